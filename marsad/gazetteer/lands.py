"""The lands a بلاد heads: "بلاد العراق وفارس والشام ومصر".

Old and encyclopaedic text names countries as بلاد X, and one بلاد heads a whole list: فارس there is
بلاد فارس (Persia, Iran), not a knight or a man's name.  So each item of the list that the data know only
with بلاد before it ("بلاد فارس" is an Iran name; bare فارس is none) is read as that land.
"""

from __future__ import annotations

from marsad.gazetteer.context import Words, clitic_form
from marsad.gazetteer.lists import list_items
from marsad.gazetteer.store import Gazetteer
from marsad.gazetteer.unknown import PRECISION, entry_place, overlaps
from marsad.model import Place
from marsad.text.normalize import Shadow

_LANDS = "بلاد"
#: What a land can be: a country or a named region (بلاد الشام).
_LAND_LEVELS = frozenset({"country", "region"})


def listed_lands(gaz: Gazetteer, text: str, sh: Shadow, words: Words, places: list[Place]) -> list[Place]:
    """Each item of a list after بلاد that the data name as "بلاد" + the item, a country or region."""
    if _LANDS not in words.m:
        return []
    out: list[Place] = []
    for k in range(len(words.spans) - 1):
        w = words.word(k)
        if not clitic_form(w, _LANDS):
            continue
        for ns, ne, joined in list_items(words, k):
            o_s, o_e = sh.to_orig(ns, ne)
            if not joined or overlaps(places, o_s, o_e) or overlaps(out, o_s, o_e):
                continue
            e = next((x for x in gaz.lookup(f"{_LANDS} {words.m[ns:ne]}") if x.level in _LAND_LEVELS), None)
            if e is None:
                continue
            out.append(entry_place(e, text, o_s, o_e, e.level, PRECISION.get(e.level, 3),
                                   f"{e.label()}: a land listed after {w!r} (the data name it "
                                   f"{_LANDS} {words.m[ns:ne]})"))
    return out
