"""Place data (built from GeoNames, OCHA, OpenSyria, Natural Earth) and the geocoder.

`Gazetteer.load()` gives the shipped gazetteer (cached); `geocode(text)` the places of a text;
`resolve(text, spans)` the places at spans a user gives;
`demonym_country(word)` the country of a nationality word (فرنسيون -> FR).  Imports are lazy so
that `import marsad` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from marsad.gazetteer.api import geocode, resolve
    from marsad.gazetteer.demonyms import demonym_country
    from marsad.gazetteer.geocoder import Geocoder
    from marsad.gazetteer.store import Entry, Gazetteer

__all__ = ["Entry", "Gazetteer", "Geocoder", "demonym_country", "geocode", "resolve"]

_WHERE = {
    "geocode": "marsad.gazetteer.api",
    "resolve": "marsad.gazetteer.api",
    "demonym_country": "marsad.gazetteer.demonyms",
    "Geocoder": "marsad.gazetteer.geocoder",
    "Gazetteer": "marsad.gazetteer.store",
    "Entry": "marsad.gazetteer.store",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        import importlib

        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'marsad.gazetteer' has no attribute {name!r}")
