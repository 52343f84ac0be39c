"""A statement's day standing for an incident's, and the own day another mention gives instead.

"أعلن الجيش الإسرائيلي الأحد في بيان أن مقاتلاته شنت ليلا غارة": الأحد, before the أن of the report, dates the
statement; the raid it tells came that day or the night before (ACLED codes such an incident to the span from the
day before the statement to its day).  With no day of its own the incident keeps the statement's
(`Extractor._date` marks it with `TOLD_DAY`); but when another mention of the same incident, merged into it, gives
a day of its own in that span ("شنت مقاتلات إسرائيلية ليل السبت الأحد غارة"), that day is the incident's, not the
statement's (FR-174: the lead's Sunday beat the night of Saturday).
"""

from __future__ import annotations

import datetime as dt

from marsad.model import Event
from marsad.text import normalize

#: The note `Extractor._date` writes after the day when the trigger's sentence dates only the saying.
TOLD_DAY = "the day it was told, no day of its own"
#: How many days before a statement an incident it tells with no day may have happened.
TOLD_SPAN = 1
#: A night named by its days (shadow form): "ليل السبت الأحد"، "ليلة السبت".
_NIGHTS = ("ليل", "ليله")


def told_day_note(date_text: str) -> str:
    """The coding note of an incident dated by the day its report was told (`date_text`)."""
    return f"date: {date_text}, {TOLD_DAY}"


def told_day(e: Event) -> bool:
    """The event's date is still the statement's day its own mention was coded with."""
    return e.date_text is not None and told_day_note(e.date_text) in e.notes


def own_day_in_span(told: Event, other: Event) -> bool:
    """`told` is dated by a statement's day and `other`, a mention of the same incident, dates it by a night
    of its own the day before that statement ("ليل السبت الأحد" for a Sunday statement): the incident's day,
    which `told` should take.  Only a night: a plain weekday told elsewhere may be another strike's of the
    same campaign, and moving the statement's incident onto it folds the two (FR-26, the lead's toll of
    raids and the body's Monday artillery)."""
    if not told_day(told) or other.date_text is None or told_day(other) or other.time_precision != 1:
        return False
    if not normalize(other.date_text).startswith(_NIGHTS):
        return False
    if told.event_date is None or other.event_date is None:
        return False
    try:
        gap = (dt.date.fromisoformat(told.event_date[:10]) - dt.date.fromisoformat(other.event_date[:10])).days
    except ValueError:
        return False
    return 0 < gap <= TOLD_SPAN
