"""A state the data lack, named with its nationality adjective: "ولاية كيرلا الهندية".

ولاية is also a term of office (ولاية ثانية، ولاية الرئيس), so it frames an unknown name only when a
definite nationality adjective follows the indefinite word at once: the adjective cannot qualify the
bare word, so it qualifies the construct, and the word is a state of that country.  It is coded to the
country, precision 3, and the adjective is no place of its own (الهندية is not Al Hindiyah of Iraq).
"""

from __future__ import annotations

import re

from marsad.gazetteer.countries import country
from marsad.gazetteer.demonyms import demonym_country
from marsad.gazetteer.unknown import NOT_NAMES, overlaps
from marsad.model import Place
from marsad.text.normalize import Shadow

#: ولاية (with a clitic or not), one indefinite word, a definite singular adjective.
_STATE = re.compile(r"(?<!\w)(?:و|ف|ب|وب)?ولايه ((?!ال)[^\W\d_]{3,}) (ال[^\W\d_]+?(?:يه|ي))(?!\w)")


def adjective_states(text: str, sh: Shadow, m: str, places: list[Place]) -> list[Place]:
    """`places` with each such state added and any place read from its adjective dropped."""
    if "ولايه" not in m:
        return places
    out = list(places)
    for hit in _STATE.finditer(m):
        name, adj = hit.group(1), hit.group(2)
        iso2 = demonym_country(adj)
        c = country(iso2) if iso2 else None
        o_s, o_e = sh.to_orig(*hit.span(1))
        if c is None or name in NOT_NAMES:
            continue
        a_s, a_e = sh.to_orig(*hit.span(2))
        if overlaps(out, o_s, o_e):
            # "ولاية كيرلا الهندية" where the data know the state: the adjective is still no place of its own
            if any(p.iso2 == c.iso2 and p.start < o_e and o_s < p.end for p in out):
                out = [p for p in out if not (p.start < a_e and a_s < p.end) or p.start < o_e]
            continue
        out = [p for p in out if not (p.start < a_e and a_s < p.end)]
        out.append(Place(start=o_s, end=o_e, text=text[o_s:o_e], name=c.name, country=c.name, iso2=c.iso2,
                         lat=c.lat, lon=c.lon, level="country", geo_precision=3,
                         reason=f"{text[o_s:o_e]!r} is not in the gazetteer; a state (ولاية) of {c.name} by its "
                                f"nationality adjective {text[a_s:a_e]!r}: coded to that country"))
    return out
