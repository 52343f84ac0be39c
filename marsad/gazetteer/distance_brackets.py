"""A name followed by its distance from a town in brackets: "في العبارة (10 كلم شمال بعقوبة)" (issue 3).

Agency copy places a small town for the reader abroad by its distance and direction from a known one.  The
bracket says the word before it is a place, even a word the geocoder leaves bare as a common noun (العبارة,
"the phrase"): near the town (`NEAR_KM` or less) it is coded to that town, precision 2, as a village is by the
unit it lies in; further off only the town's country is sure (precision 3).  A name already read stays.
"""

from __future__ import annotations

import re
from dataclasses import replace

from marsad.gazetteer.context import Words, direction_of
from marsad.gazetteer.countries import country
from marsad.gazetteer.unknown import fallback, overlaps, unknown_place
from marsad.model import Place
from marsad.text.normalize import Shadow

#: One word, an opening bracket, a distance in kilometres and a direction word (shadow forms).
_BRACKET = re.compile(r"(?:^|(?<=\s))(?P<a>[^\W\d_]{3,}) \((?P<km>\d{1,4}) (?:كلم|كم|كيلومترا|كيلومترات|كيلومتر) "
                      r"(?P<dir>[^\W\d_]+) ")
#: Within this many kilometres the town named is the place's own (ACLED: the nearest named place).
NEAR_KM = 25


def distance_brackets(text: str, sh: Shadow, words: Words, places: list[Place]) -> list[Place]:
    """Each name the text places by distance from a town in brackets and no step read: coded by that town."""
    if "(" not in words.m:
        return []
    out: list[Place] = []
    for run in _BRACKET.finditer(words.m):
        if not direction_of(run.group("dir")):
            continue
        after = sh.to_orig(run.end(), run.end())[0]
        town = next((p for p in places if p.start == after and p.level != "country"), None)
        if town is None or town.iso2 is None:
            continue
        o_s, o_e = sh.to_orig(*run.span("a"))
        if overlaps(places, o_s, o_e) or overlaps(out, o_s, o_e):
            continue
        here = unknown_place(text, o_s, o_e)
        why = (f"{text[o_s:o_e]!r}, placed {run.group('km')} km from {town.text!r} in brackets, is not in the "
               f"gazetteer")
        if int(run.group("km")) <= NEAR_KM:
            out.append(fallback(here, town, why))
        elif (c := country(town.iso2)) is not None:
            out.append(replace(here, name=c.name, country=c.name, iso2=c.iso2, lat=c.lat, lon=c.lon,
                               level="country", geo_precision=3,
                               reason=f"{why}: too far from it to share its unit, coded to {c.name}"))
    return out
