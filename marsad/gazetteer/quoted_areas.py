"""A quoted name headed by a type word, then "in" a known place: "المدينة الآسيوية" في قطر.

Alone, المدينة or المنطقة with an adjective refers back to a place already named; inside quotes the
phrase is a proper name (Doha's "Asian Town" for migrant workers), and في/ب with the place after it
says where it lies.  The data lack such names, so the area is coded to that place, precision 2 (or 3
for a country or an admin1 unit), as ACLED codes a locality by the unit that holds it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from marsad.gazetteer.context import Words
from marsad.gazetteer.unknown import fallback, overlaps, unknown_place
from marsad.model import Place
from marsad.text.normalize import Shadow

#: An opening quote, a definite type word and one or two words, the closing quote, then في or ب.
_QUOTED = re.compile(r"[\"«“](ال(?:مدينه|منطقه|حي|قريه|مخيم|مجمع) [^\W\d_]+(?: [^\W\d_]+)?)[\"»”] (?:في |ب)")


def quoted_areas(text: str, sh: Shadow, words: Words, places: list[Place]) -> list[Place]:
    """Each quoted type-word name that in/ب places inside a place the text names at once."""
    if '"' not in words.m and "«" not in words.m and "“" not in words.m:
        return []
    out = []
    for hit in _QUOTED.finditer(words.m):
        o_s, o_e = sh.to_orig(*hit.span(1))
        after = sh.to_orig(hit.end(), hit.end())[0]
        if overlaps(places, o_s, o_e):
            continue
        unit = next((p for p in places if after <= p.start <= after + 1), None)
        if unit is None:
            continue
        here = unknown_place(text, o_s, o_e)
        placed = fallback(here, unit, f"{text[o_s:o_e]!r}, quoted with its type word, is a named area the data lack")
        out.append(placed if unit.level == "populated_place" else replace(placed, geo_precision=3))
    return out
