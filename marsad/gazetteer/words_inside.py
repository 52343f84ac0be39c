"""A name that is also a word, placed inside a town abroad: "في منطقة السوق في السويداء" (issue 3).

السوق ("the market") is also Suq Sirwah, a Yemeni hamlet; after a type word the geocoder reads it, and the
words right after it (في X, or a glued بX) put it inside a town of another country.  The text outranks the
reading: the span is the market of that town, coded to the town (precision 2) as an unknown name in it is.
Only a name the gazetteer lists as a common word counts, only "in" or a glued ب links the two, and only a
town or unit (never a country) of a country other than the word's reading takes it.
"""

from __future__ import annotations

from marsad.gazetteer.context import Words
from marsad.gazetteer.mention import shadow_set
from marsad.gazetteer.names import name_key
from marsad.gazetteer.store import Gazetteer
from marsad.gazetteer.unknown import SENTENCE_END, fallback
from marsad.model import Place
from marsad.text.normalize import Shadow

_IN = shadow_set({"في"})


def _a_word(gaz: Gazetteer, text: str) -> bool:
    """The span's name is a common word, with its article or without."""
    key = name_key(text)
    return key in gaz.common or "ال" + key in gaz.common


def words_inside(gaz: Gazetteer, sh: Shadow, words: Words, places: list[Place]) -> list[Place]:
    """`places` with each common-word town placed inside a town abroad coded to it."""
    places = sorted(places, key=lambda p: (p.start, p.end))
    out = list(places)
    for i, p in enumerate(places[:-1]):
        q = places[i + 1]
        if p.level != "populated_place" or p.geo_precision != 1 or q.level == "country" or q.iso2 in (None, p.iso2):
            continue
        ne, qs = sh.to_norm(p.end), sh.to_norm(q.start)
        if qs <= ne or SENTENCE_END.search(words.m, ne, qs):
            continue
        gap = words.m[ne:qs].strip()
        if not (gap in _IN or gap == "ب") or not _a_word(gaz, p.text):
            continue
        out[i] = fallback(p, q, f"{p.text!r} is a common word ({p.name} of {p.iso2} by its letters), placed in "
                                f"{q.text!r}")
    return out
