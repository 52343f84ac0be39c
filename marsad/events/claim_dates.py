"""A claim of responsibility belongs to the attack it claims, not to every attack of the article.

`sides._claimed_doer` hands an attack with no named doer to the one group the article has claim an
attack (وأعلنت حركة الشباب مسؤوليتها عن الهجوم).  A background paragraph may tell a claim of an earlier
attack (وفي مايو/أيار الماضي، أعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم على مكاتب اللجان الانتخابية
in a report of a rocket attack on Mitiga airport months later): its group did that attack, and is no
evidence of who fired the rockets.  A claim's own sentence that dates it before the event's time (a
month that ended before the event's day, a day more than a week before it) is such an earlier one:
a claim never comes before the attack it claims.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from marsad.events.dates import DAY, MONTH, WEEK, after_since
from marsad.events.mentions import ActorMention

#: A day-dated claim this many days before the event's day may still be its (the event dated by its report).
_SLACK_DAYS = 7


def date_mentions(mentions: Sequence[ActorMention], dates: Sequence[Any], sentence_starts: Sequence[int],
                  text: str) -> list[ActorMention]:
    """`mentions` each given the date its own sentence gives (the expression nearest it, not one after منذ), so
    that the side passes can tell a claim of an earlier attack, or a group named only in an earlier time,
    from the event's."""
    if not dates:
        return list(mentions)
    by_sentence: dict[int, list[Any]] = {}
    for d in dates:
        if not after_since(text, d.start):
            by_sentence.setdefault(bisect.bisect_right(sentence_starts, d.start) - 1, []).append(d)
    out = []
    for m in mentions:
        told = by_sentence.get(bisect.bisect_right(sentence_starts, m.start) - 1) if m.start >= 0 else None
        if told:
            near = min(told, key=lambda d: abs(d.start - m.start))
            m = replace(m, told_date=(near.date, int(near.precision)))
        out.append(m)
    return out


def told_before(told_date: tuple[str, int] | None, event_date: str | None) -> bool:
    """A date its sentence gives ends before the event's day (a month wholly before it, a day or a week more than
    a week before it): a claim told so claims an earlier attack, a side told so is an earlier time's."""
    if told_date is None or not event_date:
        return False
    try:
        day = dt.date.fromisoformat(told_date[0])
        when = dt.date.fromisoformat(event_date[:10])
    except ValueError:
        return False
    precision = told_date[1]
    if precision == MONTH:
        last = day.replace(day=calendar.monthrange(day.year, day.month)[1])
        return last < when
    if precision in (DAY, WEEK):
        end = day + dt.timedelta(days=3 if precision == WEEK else 0)
        return end < when - dt.timedelta(days=_SLACK_DAYS)
    return False

