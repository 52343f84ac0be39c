"""Bare names the data lack that a subdistrict word places: "في الجرباء قضاء مدينة جنين" (issue 3, item 6).

The Palestinian archive names a village with no type word and then the subdistrict (قضاء) it belonged to by
its town, as Iraqi news names a district.  One name (two after a compound head: بيت، كفر، دير …) after
في/من/إلى, followed at once by قضاء and a known town or unit (مدينة may come between), is a place of that
subdistrict: coded to it, precision 2, as ACLED codes a village by the smallest unit the text names.
"""

from __future__ import annotations

import re

from marsad.gazetteer.context import Words
from marsad.gazetteer.names import JOINABLE_HEADS
from marsad.gazetteer.placed_names import is_bare_name
from marsad.gazetteer.unknown import UNIT_LEVELS, fallback, overlaps, unknown_place
from marsad.model import Place
from marsad.text.normalize import Shadow

_NAME = r"[^\W\d_]{3,}"
_RUN = re.compile(rf"(?:^|(?<=\s))و?(?:في|من|الي) (?P<name>(?:(?:{'|'.join(sorted(JOINABLE_HEADS))}) )?{_NAME}) "
                  r"قضاء (?:مدينه )?")


def subdistrict_names(text: str, sh: Shadow, words: Words, places: list[Place]) -> list[Place]:
    """Each such name, coded to the town or unit its subdistrict word names."""
    out: list[Place] = []
    if " قضاء " not in words.m:
        return out  # most texts: the run's subdistrict word is not there to find, at any of its starts
    for run in _RUN.finditer(words.m):
        if not is_bare_name(run["name"].split(" ")[-1]):
            continue
        o_s, o_e = sh.to_orig(*run.span("name"))
        after = sh.to_orig(run.end(), run.end())[0]
        unit = next((p for p in places if after <= p.start <= after + 1
                     and (p.level == "populated_place" or p.level in UNIT_LEVELS)), None)
        if unit is None or overlaps(places, o_s, o_e):
            continue
        out.append(fallback(unknown_place(text, o_s, o_e), unit,
                            f"{text[o_s:o_e]!r}, placed by the subdistrict (قضاء) of {unit.text!r}, is not in the gazetteer"))
    return out
