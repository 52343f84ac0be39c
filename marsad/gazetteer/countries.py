"""Country metadata (ISO codes, M49 numeric code, names in en/fr/ar, ACLED region).

Built from OCHA's country taxonomy (CC BY 3.0 IGO); see NOTICE.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Country:
    iso2: str
    iso3: str
    m49: int | None
    name: str
    name_fr: str
    name_ar: str
    lat: float | None
    lon: float | None
    acled_region: str


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """All countries by ISO alpha-2 code."""
    path = resources.files("marsad.gazetteer") / "data" / "countries.tsv"
    out: dict[str, Country] = {}
    with path.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            out[r["iso2"]] = Country(
                r["iso2"],
                r["iso3"],
                int(r["m49"]) if r["m49"] else None,
                r["name"],
                r["name_fr"],
                r["name_ar"],
                float(r["lat"]) if r["lat"] else None,
                float(r["lon"]) if r["lon"] else None,
                r["acled_region"],
            )
    return out


def country(iso2: str | None) -> Country | None:
    return countries().get(iso2 or "")
