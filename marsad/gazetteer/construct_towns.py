"""A small town abroad written bare right before a definite place name is a noun in construct (issue 3).

"عصب الخليل التجاري" is the commercial nerve of Hebron, not Assab (Eritrea) beside Hebron: a place name
is not put in construct with another, so a bare word the gazetteer reads as a town, with a definite
place of another country right after it and no comma or و between, is the common noun that heads the
construct.  Only a town the story does not otherwise set anywhere near is dropped (`town_abroad`: under
100,000 people, in a country none of the other names votes for, nor its twin), and only without a type
word before it (مدينة عصب الإريترية stays a town).
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.gazetteer.mention import Mention
from marsad.gazetteer.store import Entry, Gazetteer

#: The largest town read here (the geocoder's limit for doubting a namesake abroad).
_MAX_POP = 100_000


def construct_head(gaz: Gazetteer, i: int, mentions: list[Mention], m: str, story: dict[str, float],
                   abroad: Callable[[Entry, dict[str, float], int], bool]) -> bool:
    """Whether mention `i` heads a construct with the definite place name right after it (see the module)."""
    if i + 1 >= len(mentions):
        return False
    a, b = mentions[i], mentions[i + 1]
    if a.prefix or a.key.startswith("ال") or " " in a.key or b.prefix or not b.key.startswith("ال"):
        return False
    if m[a.nend:b.nstart] != " " or not a.ranked or not b.ranked or (a.around and a.around.type_word):
        return False
    town, other = gaz.entries[a.ranked[0][1]], gaz.entries[b.ranked[0][1]]
    return other.iso2 != town.iso2 and other.level != "country" and abroad(town, story, _MAX_POP)
