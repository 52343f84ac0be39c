"""A weapon told as the means of a ruled-out act is that act's, not an incident of its own (round 76).

"لمنع القصف المروع للغوطة وقصف العاصمة دمشق بقذائف مورتر"، "ردا على استهداف التنظيمات الإرهابية بقذائف
الهاون": the shells are how the aimed-at or answered shelling is done.  Once that shelling is ruled out
(an aim, a reference, an answered attack), the weapon after it, glued to ب and a few words on with no
break between, goes with it; told right after it (بقذائف right after قصف) `assemble` already joins them.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.model import Token

#: Trigger classes that name a weapon a ب may make the means of an act (قذائف، صواريخ، عبوات، غازات).
MEANS_CLASSES = frozenset({"bombard", "blast", "chemical", "grenade"})
#: How many tokens may stand between the ruled-out act and its means (its object: العاصمة السورية دمشق).
MEANS_REACH = 4


def means_of_ruled_out(tokens: Sequence[Token], first: int, cls: str, ruled_out_last: int) -> str | None:
    """Why the weapon trigger at `first` is the means of the ruled-out trigger ending at `ruled_out_last`:
    a ب glued to it, at most `MEANS_REACH` words between and none of them punctuation; else None."""
    if cls not in MEANS_CLASSES or not tokens[first].norm.startswith("ب"):
        return None
    if ruled_out_last < 0 or not 0 < first - ruled_out_last <= MEANS_REACH + 1:
        return None
    if any(t.kind == "punct" for t in tokens[ruled_out_last + 1 : first]):
        return None
    return f"the means of a ruled-out act: {tokens[first].text}"
