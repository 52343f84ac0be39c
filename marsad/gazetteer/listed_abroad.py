"""Small towns abroad in a list of the story's own places: "مثل الزريجي والخور ومناطق الأهوار" (issue 3).

A list joins places of one kind and, in a story, of one country: in an Iraqi sentence of the Basra
marshes, الخور (the creek) is an Iraqi area the data lack, not Al Khawr, a Qatari town of 19,000 that
no other name of the story is in.  A town abroad of under 100,000 people, joined by و to the name
before it with nothing framing it (no type word, direction or container), whose sentence names a
place of the one country the story's other names lean to, is such a homonym: it is no place, and it
casts no vote for the story's country.

Only where that country is one of the region, whose local places bear Arabic names: a place of Norway
or Italy the data lack is not spelt شرم الشيخ, so "في اوسلو وشرم الشيخ" lists two summits' towns.
"""

from __future__ import annotations

from marsad.gazetteer.build import REGION
from marsad.gazetteer.context import Words
from marsad.gazetteer.mention import Mention
from marsad.gazetteer.store import Entry, Gazetteer
from marsad.gazetteer.unknown import SENTENCE_END

#: Below this many people a town abroad is read as a homonym in a list of another country's places.
_SMALL = 100_000
#: The share of the story's other names one country needs to be the list's country.
_LEAN = 0.5


def listed_abroad(gaz: Gazetteer, i: int, mentions: list[Mention], story: dict[str, float], words: Words) -> bool:
    """Whether mention `i` is a small town abroad listed with the story's own places (see the module)."""
    mn = mentions[i]
    if not story or not mn.ranked or mn.prefix != "و" or mn.parent is not None or mn.child or mn.key in gaz.attested:
        return False
    lean = max(story, key=lambda c: story[c])
    e = gaz.entries[mn.ranked[0][1]]
    if story[lean] < _LEAN or lean not in REGION or not _small_abroad(e, story):
        return False
    a = mn.around
    if a and (a.type_level or a.dir_before or a.dir_after):
        return False
    k = words.index_at(mn.nstart)
    if k < 1 or words.m[words.spans[k - 1][1]:mn.nstart - len(mn.prefix)] != " ":
        return False  # "A والخور": a bare list, no comma or stop before the item
    return any(j != i and o.ranked and gaz.entries[o.ranked[0][1]].iso2 == lean
               and not SENTENCE_END.search(words.m, min(o.nend, mn.nend), max(o.nstart, mn.nstart))
               for j, o in enumerate(mentions))


def _small_abroad(e: Entry, story: dict[str, float]) -> bool:
    """A shipped town under `_SMALL` people in a country none of the story's other names is in."""
    return e.level == "populated_place" and e.pop < _SMALL and not e.user and not e.site and not story.get(e.iso2)
