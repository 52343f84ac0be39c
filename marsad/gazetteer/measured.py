"""A distance measured from a name that is both a country and its capital is measured from the city.

"محكمة أقبو (180 كلم شرق الجزائر)": kilometres are counted from a point, so الجزائر is Algiers, not
Algeria (so too الكويت، تونس، جيبوتي).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.gazetteer.mention import Mention
from marsad.gazetteer.nationals import capital_ids
from marsad.gazetteer.store import Gazetteer

# "180 كلم شرق", "20 كيلومترا جنوب غربي", "نحو 50 كم إلى الشمال من" (normalised text, digits ASCII)
_DISTANCE = re.compile(r"\d[\d.,]*\s*(?:كلم|كم|كيلومترا|كيلومترات|كيلومتر|ميلا|اميال)\s+(?:الي\s+)?"
                       r"(?:(?:ال)?(?:شمال|جنوب|شرق|غرب)(?:ي|ا)?\s+){1,2}(?:من\s+)?$")


def measured_capitals(gaz: Gazetteer, mentions: Sequence[Mention], m: str) -> None:
    """Re-rank in place: the capital first where a distance is measured from its country's name."""
    capitals = capital_ids()
    for mn in mentions:
        if len(mn.ranked) < 2 or gaz.entries[mn.ranked[0][1]].level != "country":
            continue
        cut = mn.nstart - len(mn.prefix)
        if not _DISTANCE.search(m[max(0, cut - 48):cut]):
            continue
        iso2 = gaz.entries[mn.ranked[0][1]].iso2
        for r in mn.ranked[1:]:
            e = gaz.entries[r[1]]
            if e.id in capitals and e.iso2 == iso2:
                mn.promote(r, "a distance is measured from the capital, not from the country of the same name")
                break
