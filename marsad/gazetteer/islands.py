"""The islands a plural island word lists: "الجزر الثلاث طنب الكبرى وطنب الصغرى وأبو موسى".

The gazetteer keeps some islands only with their type word (جزيرة أبو موسى), as the bare name is a
kunya or an ordinary word elsewhere.  After الجزر each item of the list is an island, so an item is
read as the island whose name is "جزيرة" + the item, where the data have one.
"""

from __future__ import annotations

from marsad.gazetteer.context import Words, clitic_form
from marsad.gazetteer.demonyms import demonym_country
from marsad.gazetteer.lists import list_items
from marsad.gazetteer.mention import shadow_set
from marsad.gazetteer.store import Gazetteer
from marsad.gazetteer.unknown import PRECISION, entry_place, overlaps
from marsad.model import Place
from marsad.text.normalize import Shadow

_ISLANDS = "جزر"
_ISLAND = "جزيره "
#: Counts and adjectives between the plural and its list (الجزر الإماراتية الثلاث).
_COUNTS = shadow_set({"الثلاث", "الثلاثه", "الاربع", "الاربعه", "الخمس", "الخمسه", "المحتله"})


def listed_islands(gaz: Gazetteer, text: str, sh: Shadow, words: Words, places: list[Place]) -> list[Place]:
    """Each item after الجزر (with its count or nationality adjective) that the data name as an island."""
    if _ISLANDS not in words.m:
        return []
    out: list[Place] = []
    for k in range(len(words.spans) - 1):
        w = words.word(k)
        if not clitic_form(w, "ال" + _ISLANDS):
            continue
        j = k
        while j + 1 < len(words.spans) and (words.word(j + 1) in _COUNTS or demonym_country(words.word(j + 1))):
            j += 1
        if j == k:
            continue  # "الجزر" bare is islands in general, not a list's head
        for ns, ne, _ in list_items(words, j):
            o_s, o_e = sh.to_orig(ns, ne)
            if overlaps(places, o_s, o_e) or overlaps(out, o_s, o_e):
                continue
            hits = gaz.lookup(_ISLAND + words.m[ns:ne])
            if not hits:
                continue
            e = hits[0]
            out.append(entry_place(e, text, o_s, o_e, e.level, PRECISION.get(e.level, 2),
                                   f"{e.label()}: an island listed after {w!r} (the data name it "
                                   f"{_ISLAND.strip()} {words.m[ns:ne]})"))
    return out
