"""A town its nationality adjective puts in another country than its reading: "مدينة بور هبكة الصومالية".

After an indefinite town word (مدينة، بلدة، قرية) the name and a definite feminine nationality adjective
make one phrase: the adjective agrees with the town word, not with the name, and says the town's country.
A reading of the name in another country (Bor, Turkey, for the Somali Buurhakaba) is a namesake, so the
name is coded to the adjective's country instead, precision 3, as `adjective_states` codes a state the
data lack.  A reading in the adjective's country is left as it is.
"""

from __future__ import annotations

import re

from marsad.gazetteer.countries import country
from marsad.gazetteer.demonyms import demonym_country
from marsad.model import Place
from marsad.text.normalize import Shadow

#: A town word (with a clitic or not), a name of one or two words, a definite feminine adjective.
_TOWN = re.compile(r"(?<!\w)(?:و|ف|ب|ل|وب)?(?:مدينه|بلده|قريه) ([^\W\d_]{2,}(?: [^\W\d_]{2,})?) "
                   r"(ال[^\W\d_]+?يه)(?!\w)")


def adjective_towns(text: str, sh: Shadow, m: str, places: list[Place]) -> list[Place]:
    """`places` with each town read in another country than its adjective's coded to that country."""
    if not any(w in m for w in ("مدينه", "بلده", "قريه")):
        return places
    out = list(places)
    for hit in _TOWN.finditer(m):
        iso2 = demonym_country(hit.group(2))
        c = country(iso2) if iso2 else None
        if c is None:
            continue
        o_s, o_e = sh.to_orig(*hit.span(1))
        read = [p for p in out if p.start < o_e and o_s < p.end]
        # only a name read wholly inside the phrase, and in no place of the adjective's country
        if not read or any(p.iso2 == c.iso2 or p.start < o_s or p.end > o_e for p in read):
            continue
        was = ", ".join(f"{p.name} ({p.iso2})" for p in read)
        a_s, a_e = sh.to_orig(*hit.span(2))
        out = [p for p in out if all(p is not r for r in read)]
        out.append(Place(start=o_s, end=o_e, text=text[o_s:o_e], name=c.name, country=c.name, iso2=c.iso2,
                         lat=c.lat, lon=c.lon, level="country", geo_precision=3,
                         reason=f"{text[o_s:o_e]!r}: its nationality adjective {text[a_s:a_e]!r} says "
                                f"{c.name}, not {was}: coded to that country"))
    return out
