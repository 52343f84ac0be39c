"""Quoted names placed by a direction and a known place: "السيطرة على "المدب" و"الغرزة" شرقي حرض" (issue 3).

Front reports quote the hills, villages and positions they name ("المدب", "الغرزة") and place them by a
compass word and a town right after.  No data file has such names and no type word introduces them, so
each quoted definite name of such a run (joined by و) is coded to that town, precision 2, as ACLED codes a
locality by the place the text puts it near.  A quoted name without the direction phrase stays a quote:
slogans, titles and organisations are quoted too.
"""

from __future__ import annotations

import re

from marsad.gazetteer.context import Words, direction_of
from marsad.gazetteer.unknown import fallback, overlaps, unknown_place
from marsad.model import Place
from marsad.text.normalize import Shadow

#: One quoted definite name of one or two words.
_QUOTED = r"[\"«“](ال[^\W\d_]{2,}(?: [^\W\d_]+)?)[\"»”]"
#: Sound plurals are labels of people or groups (وصفهم بـ"الإرهابيين"), not names of places.
_PLURAL_ENDS = ("ين", "ون", "ات")
#: A run of quoted names joined by و (the و inside or outside the quotes), then one word: the direction.
_RUN = re.compile(rf"{_QUOTED}(?: و ?{_QUOTED})* (?P<dir>[^\W\d_]+) ")
_ONE = re.compile(_QUOTED)


def quoted_sites(text: str, sh: Shadow, words: Words, places: list[Place]) -> list[Place]:
    """Each quoted definite name of a run that a direction word and a known place follow at once."""
    if '"' not in words.m and "«" not in words.m and "“" not in words.m:
        return []
    out: list[Place] = []
    for run in _RUN.finditer(words.m):
        # a quote glued to a word (بـ"التنظيمات الإرهابية": "as") labels; a town, not a country, places a hill
        if direction_of(run.group("dir")) is None or (run.start() and not words.m[run.start() - 1].isspace()):
            continue
        after = sh.to_orig(run.end(), run.end())[0]
        unit = next((p for p in places if after <= p.start <= after + 1 and p.level == "populated_place"), None)
        if unit is None:
            continue
        for hit in _ONE.finditer(words.m, run.start(), run.start("dir")):
            o_s, o_e = sh.to_orig(*hit.span(1))
            if overlaps(places, o_s, o_e) or overlaps(out, o_s, o_e) or hit.group(1).endswith(_PLURAL_ENDS):
                continue
            here = unknown_place(text, o_s, o_e)
            out.append(fallback(here, unit, f"{text[o_s:o_e]!r}, quoted and placed by a direction from "
                                            f"{unit.text!r}, is not in the gazetteer"))
    return out
