"""A country's name with "سيتي" (City) after it is its capital: غواتيمالا سيتي، بنما سيتي (issue 3).

Arabic copy transliterates Guatemala City, Panama City and Kuwait City as the country's name and سيتي; the
country's name alone matched, so the capital was read as the country.  The capital is the one GeoNames
names for that country (`nationals.capital`).
"""

from __future__ import annotations

import re

from marsad.gazetteer.nationals import capital
from marsad.gazetteer.store import Gazetteer
from marsad.gazetteer.unknown import entry_place
from marsad.model import Place

#: The transliterated "City" right after the name (one or two spaces).
_CITY = re.compile(r" {1,2}سيتي(?!\w)")


def city_suffix(gaz: Gazetteer, text: str, places: list[Place]) -> list[Place]:
    """`places` with each country followed by سيتي replaced by its capital over both words."""
    if "سيتي" not in text:
        return places
    out = []
    for p in places:
        hit = _CITY.match(text, p.end) if p.level == "country" and p.iso2 else None
        e = capital(gaz, p.iso2) if hit else None
        if hit is None or e is None:
            out.append(p)
            continue
        out.append(entry_place(e, text, p.start, hit.end(), "populated_place", 1,
                               f"{e.label()}: the country's name with سيتي (City) is its capital"))
    return out
