"""The Badia (البادية): the steppe of Syria, Jordan and Iraq, which no data file has as a place.

Syrian copy names it bare or with its adjective ("في البادية", "البادية السورية"): a region of the
country, coded to that country (precision 3) as ACLED codes a region without a unit.  A bare البادية
is read only in a story whose own country is one of the three; its adjective says the country
otherwise, and any other adjective (البادية الشمالية: Jordan's district) leaves it alone.
"""

from __future__ import annotations

from marsad.gazetteer.context import Words, clitic_form, direction_of, type_of
from marsad.gazetteer.countries import country
from marsad.gazetteer.demonyms import demonym_country
from marsad.gazetteer.store import Gazetteer
from marsad.gazetteer.unknown import admin1_place, fallback, overlaps, story_country
from marsad.model import Place
from marsad.text.normalize import Shadow

_BADIA = "الباديه"
#: "الصحراء السورية" is the same steppe, but only with its adjective (الصحراء alone is the Sahara or any desert).
_DESERT = "الصحراء"
#: The countries whose steppe the word names.
_STEPPE = frozenset({"SY", "JO", "IQ"})


def badia(gaz: Gazetteer, text: str, sh: Shadow, words: Words, places: list[Place],
          prior: dict[str, float]) -> list[Place]:
    """Each البادية of the text not already a place, coded to the country its adjective or the story names."""
    if _BADIA not in words.m and _DESERT not in words.m:
        return []
    own = story_country(prior)
    out = []
    for k, (_, e) in enumerate(words.spans):
        w = words.word(k)
        head = _BADIA if clitic_form(w, _BADIA) else _DESERT if clitic_form(w, _DESERT) else None
        if head is None:
            continue
        ns = e - len(head)
        o_s, o_e = sh.to_orig(ns, e)
        if overlaps(places, o_s, o_e):
            continue
        nxt = words.next_word(k)
        said = demonym_country(nxt) if nxt.startswith("ال") else None
        if said is None and nxt.startswith("ال"):
            continue  # البادية الشمالية، البادية الغربية: a district or a direction, not the steppe at large
        if head == _DESERT and said not in _STEPPE:
            continue  # الصحراء الكبرى، الصحراء المصرية، a bare الصحراء: not the steppe
        iso2 = said or (own if own and prior[own] >= 0.5 else None)
        c = country(iso2) if iso2 in _STEPPE else None
        if c is None:
            continue
        if said:
            o_e = sh.to_orig(ns, words.spans[k + 1][1])[1]
        how = f"its adjective {nxt!r}" if said else f"the document's country (prior {prior[iso2]:.2f})"
        unit = _unit_beyond(gaz, words, sh, places, k + (2 if said else 1), c.iso2)
        if unit is not None:  # "في البادية السورية شرقي ريف حمص": the part of the steppe in Homs
            here = Place(start=o_s, end=o_e, text=text[o_s:o_e], name=text[o_s:o_e], level="region")
            out.append(fallback(here, unit, f"{text[o_s:o_e]!r}: the Badia (steppe) is in no data file; the text "
                                            f"puts this part of it by {unit.admin1}"))
            continue
        out.append(Place(start=o_s, end=o_e, text=text[o_s:o_e], name=f"Badia of {c.name}", name_ar=None,
                         country=c.name, iso2=c.iso2, lat=c.lat, lon=c.lon, level="region", geo_precision=3,
                         reason=f"{text[o_s:o_e]!r}: the Badia (steppe) is in no data file; coded to {c.name}, "
                                f"named by {how}"))
    return out


def _unit_beyond(gaz: Gazetteer, words: Words, sh: Shadow, places: list[Place], j: int, iso2: str) -> Place | None:
    """The admin1 unit of a place of `iso2` the text names right after word `j` behind a direction and
    an optional countryside word (شرقي ريف حمص، شرق حماة), else None."""
    if j >= len(words.spans) or not direction_of(words.word(j)):
        return None
    j += 1 + (j + 1 < len(words.spans) and type_of(words.word(j + 1)) == "rif")
    if j >= len(words.spans):
        return None
    o_s = sh.to_orig(*words.spans[j])[0]
    p = next((q for q in places if q.start <= o_s < q.end and q.iso2 == iso2 and q.admin1), None)
    e = gaz.admin1_entry(iso2, p.admin1) if p is not None and p.admin1 else None
    return admin1_place(e, "", 0, 0) if e is not None else None
