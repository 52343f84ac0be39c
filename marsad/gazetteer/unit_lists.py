"""The names a plural unit word heads: "بمحافظات القاهرة والإسكندرية والجيزة والغربية، والبحيرة" (issue 3).

محافظات names governorates, so each name of the list it heads is one, even where the name alone reads as a
town (محافظات الحديدة وصعدة: the governorates, not the cities) or as a word the geocoder leaves bare
(الغربية "western", البحيرة "the lake").  Each item is looked up as "محافظة X": where the gazetteer holds
that unit, the item is coded to it (admin1, precision 3) in place of what was read there, unless that reading
is the unit or a town of its country by that name (الحديدة the city: the labelled sets code such an item as
the town, so that reading is left to a later round to weigh against them).  The list runs
while items are joined by و or a comma, all in one country, and stops at the first item that is no such
unit; a list of fewer than two such units is left alone (محافظات الجنوب، محافظات مصر say nothing).
"""

from __future__ import annotations

from marsad.gazetteer.context import Words
from marsad.gazetteer.mention import shadow_set
from marsad.gazetteer.store import Entry, Gazetteer
from marsad.gazetteer.unknown import entry_place
from marsad.model import Place
from marsad.text.normalize import Shadow
from marsad.text.tokenize import proclitic_ok

_PLURAL = "محافظات"
_UNIT = next(iter(shadow_set({"محافظة"})))
#: The gaps that join two items of a list: none but the space (و is glued to the next item) or a comma.
_JOINS = frozenset({"", "،", ","})
#: The most words one governorate's name takes (كفر الشيخ، البحر الأحمر).
_MAX_WORDS = 3


def _plural(w: str) -> bool:
    """`w` is محافظات, bare or behind a proclitic or two (بمحافظات، وبمحافظات)."""
    return w.endswith(_PLURAL) and proclitic_ok(w[: len(w) - len(_PLURAL)])


def _unit(gaz: Gazetteer, key: str, iso2: str | None) -> Entry | None:
    """The one governorate "محافظة `key`" names (of country `iso2` when given)."""
    found = {h.entry for h in gaz.candidates(f"{_UNIT} {key}") if gaz.entries[h.entry].level == "admin1"
             and (iso2 is None or gaz.entries[h.entry].iso2 == iso2)}
    return gaz.entries[found.pop()] if len(found) == 1 else None


def _items(gaz: Gazetteer, words: Words, k: int) -> list[tuple[int, int, int, Entry]]:
    """The governorates listed after the plural word `k`: (first word, last word, letters of a glued و
    cut from the first word, entry) each."""
    items: list[tuple[int, int, int, Entry]] = []
    j, n, iso2 = k + 1, len(words.spans), None
    while j < n:
        gap = words.m[words.spans[j - 1][1]:words.spans[j][0]].strip()
        word = words.word(j)
        if items and (gap not in _JOINS or (not gap and not word.startswith("و"))):
            break
        if not items and gap:
            break
        # a later item carries و, after a comma perhaps not (، واسط is Wasit itself)
        cuts = ((1, 0) if gap else (1,)) if items and word.startswith("و") else (0,)
        hit = None
        for cut in cuts:
            for size in range(min(_MAX_WORDS, n - j), 0, -1):
                if any(words.m[words.spans[i][1]:words.spans[i + 1][0]] != " " for i in range(j, j + size - 1)):
                    continue
                e = _unit(gaz, " ".join([word[cut:], *(words.word(i) for i in range(j + 1, j + size))]), iso2)
                if e is not None:
                    hit = (j, j + size - 1, cut, e)
                    break
            if hit is not None:
                break
        if hit is None:
            break
        items.append(hit)
        iso2 = hit[3].iso2
        j = hit[1] + 1
    return items


def unit_lists(gaz: Gazetteer, text: str, sh: Shadow, words: Words, places: list[Place]) -> list[Place]:
    """`places` with each governorate listed after محافظات coded to that governorate."""
    if _PLURAL not in words.m:
        return places
    out = list(places)
    for k in range(len(words.spans)):
        if not _plural(words.word(k)):
            continue
        items = _items(gaz, words, k)
        if len(items) < 2:
            continue
        for a, b, cut, e in items:
            ns = words.spans[a][0] + cut
            o_s, o_e = sh.to_orig(ns, words.spans[b][1])
            if any(p.start == o_s and p.end == o_e and p.iso2 == e.iso2
                   and (p.admin1 == e.admin1 or p.level == "populated_place") for p in out):
                continue  # the unit itself, or the town of its name (its seat), which the sets code as the town
            out = [p for p in out if not (p.start < o_e and o_s < p.end)]
            out.append(entry_place(e, text, o_s, o_e, "admin1", 3,
                                   f"{text[o_s:o_e]!r} is listed after {_PLURAL!r} (governorates): the "
                                   f"governorate {e.name_ar or e.name} ({e.label()})"))
    return sorted(out, key=lambda p: (p.start, p.end))
