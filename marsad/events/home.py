"""The document's country as its text names it by a nationality word (الدفاعات الجوية السورية، الوزير اليمني).

ACLED codes every event somewhere.  An event nothing near its trigger places falls back on the document's
country (`marsad.events.assemble._placed`), but a story may name that country only by its towns and its
nationality word, never as a country: the first nationality word, outside the dateline, stands for it then,
if it names the country most of the document's places lie in.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.gazetteer.countries import country
from marsad.gazetteer.demonyms import demonym_country
from marsad.model import Place
from marsad.text import tokenize


def demonym_home(text: str, iso2: str | None, after: int = 0, places: Sequence[Place] = ()) -> Place | None:
    """A country-level place (precision 3) over the first nationality word at or after `after` (past a
    dateline) when it names country `iso2`, the country of most of the document's places; else None.  A word
    that is one of the document's `places` (السعودية, the kingdom's name too) is a place the chooser dropped,
    no nationality word."""
    c = country(iso2)
    if c is None:
        return None
    for t in tokenize(text[after:]):
        named = demonym_country(t.text) if t.kind == "word" else None
        if named is None or any(p.start <= after + t.start < p.end for p in places):
            continue
        if named != iso2:
            return None  # الجيش الأردني first in a story of Syrian places: whose country is no longer clear
        start = after + t.start
        return Place(start, start + len(t.text), t.text, c.name, name_ar=c.name_ar, country=c.name, iso2=c.iso2,
                     lat=c.lat, lon=c.lon, level="country", geo_precision=3,
                     reason=f"the document's country, named by its nationality word ({t.text})")
    return None
