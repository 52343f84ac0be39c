"""A country named by an epithet alone: الجمهورية الإسلامية in a story about Iran.

The words name Iran in Arabic news only where the story is about Iran (إيران، طهران، الإيرانية
elsewhere in the text); with an adjective after them (الجمهورية الإسلامية الموريتانية) they are
another republic's title, which the adjective's own reading covers.
"""
from __future__ import annotations

import re
from collections import Counter

from marsad.gazetteer.countries import country
from marsad.gazetteer.demonyms import demonym_country
from marsad.gazetteer.unknown import overlaps
from marsad.model import Place
from marsad.text.normalize import Shadow

_EPITHETS = {"الجمهوريه الاسلاميه": "IR"}
#: An epithet after its proclitics; ل before the article is written لل ("المرشد الأعلى للجمهورية الإسلامية"),
#: and then the span starts after both lams, as the matcher cuts للعراق.
_FORM = re.compile(r"(?<!\w)(?:[وفبل]{0,2}(?=ال)|[وف]?لل)(ال|)(" + "|".join(k[2:] for k in _EPITHETS)
                   + r")(?!\w)(?: {1,2}(\w+))?")


def epithet_countries(text: str, sh: Shadow, m: str, places: list[Place], weights: Counter[str]) -> list[Place]:
    """Places for the epithets of countries the story is about (the country named besides, or its people)."""
    out: list[Place] = []
    for x in _FORM.finditer(m):
        iso2 = _EPITHETS["ال" + x[2]]
        if not weights.get(iso2) or (x[3] and demonym_country(x[3])):
            continue
        o_s, o_e = sh.to_orig(x.start(1), x.end(2))
        if overlaps(places, o_s, o_e) or (c := country(iso2)) is None:
            continue
        out.append(Place(start=o_s, end=o_e, text=text[o_s:o_e], name=c.name, name_ar=c.name_ar or None,
                         country=c.name, iso2=c.iso2, lat=c.lat, lon=c.lon, level="country", geo_precision=3,
                         reason=f"{c.name} (country): {text[o_s:o_e]!r} is its epithet, in a story about it"))
    return out
