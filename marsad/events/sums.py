"""Incidents told as a sum of several, not as one incident (issue 5, round 60).

ACLED codes one event per incident (one day, one place).  A count of times in the trigger's clause
with no day named ("وهاجم عشرات المرات مواقع الجيش"، "دفعت الولايات المتحدة مرتين لشن غارات جوية")
sums repeated attacks over an unstated period and gives none of them.  A day named keeps the event
("قصفت البلدة ثلاث مرات مساء الخميس" is that evening's shelling), and so do the shots or blows of one
wounding ("أصيب بأعيرة نارية مرتين في الرقبة والصدر").
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.fatalities import HURT_STEMS
from marsad.events.ongoing import day_named
from marsad.events.roles import bare, word_indices
from marsad.model import Token

#: Plural and dual nouns of times (shadow forms, article and و off): several occasions.
_TIMES = frozenset({"مرات", "مرتين", "مرتان"})
#: Words of wounds on one body (shadow-form prefixes, و/ب off): "أصيب بأعيرة نارية مرتين"، "طعنه عدة مرات"
#: count the shots or blows of one incident.
_ONE_BODY = (*HURT_STEMS, "طعن", "طعنه")
#: How many words from the trigger a count of times may stand in its clause.
TIMES_REACH = 6


def counted_times(tokens: Sequence[Token], first: int, start: int, end: int) -> str | None:
    """Why the trigger at `first` sums repeated incidents: a plural or dual of times within `TIMES_REACH`
    words of it in its clause (start..end), no day named there and no wound near; else None."""
    words = word_indices(tokens, start, end)
    if first not in words:
        return None
    at = words.index(first)
    near = words[max(0, at - TIMES_REACH) : at + TIMES_REACH + 1]
    hit = next((k for k in near if bare(tokens[k]) in _TIMES), None)
    if hit is None or day_named(tokens, start, end):
        return None
    if any(tokens[k].norm.lstrip("وب").startswith(_ONE_BODY) for k in near):
        return None
    return f"a sum of times: {tokens[hit].text}"
