"""An attack a reply answered, told with its own day ("ردا على هجوم بغاز سام في دوما في السابع من أبريل").

The retaliation reference (ردا على) rules its trigger out as the background of the reply. When the
clause gives that attack a day of its own, recent enough to be news, the attack is an incident the
report tells too (recall sample R1: the Douma attack of 7 April behind the strikes of 14 April).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from marsad.events.dates import DAY, DateMention

#: Words of a response (ردا على، انتقاما ل، ثأرا ل): the incident after them is an earlier one.
RESPONSE_RE = re.compile(r"(?:رد|انتقام|ثأر)\u064b?ا\u064b?\s+(?:على|ل)")

#: How many days before publication the answered attack's day may fall (the strict rule's 30 days).
ANSWER_DAYS = 30


def dated_answer(dates: Sequence[DateMention], start: int, end: int, published: str | None) -> bool:
    """Whether a day-precise date stands in text[start:end], at most ANSWER_DAYS before publication."""
    if not published:
        return False
    pub = dt.date.fromisoformat(published[:10])
    for d in dates:
        if start <= d.start and d.end <= end and d.precision == DAY:
            age = (pub - dt.date.fromisoformat(d.date)).days
            if 0 <= age <= ANSWER_DAYS:
                return True
    return False


def answered_days(text: str, trigger_end: int, dates: Sequence[DateMention]) -> list[DateMention]:
    """The dates that follow a word of response after the trigger: "ضربات جوية … ردا على هجوم كيماوي في 7
    أبريل" dates the attack answered, not the strikes (which the sentence's السبت dates)."""
    return [d for d in dates if d.start >= trigger_end and RESPONSE_RE.search(text, trigger_end, d.start)]
