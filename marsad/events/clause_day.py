"""The day a trigger's own clause gives, over a nearer day of another clause.

An incident is dated by the date expression nearest its trigger.  When that nearest day stands before the
trigger, past a comma, it often dates another deed or the report itself: "عبّر المدير العام، الإثنين، عن قلقه
تجاه الهجوم الكيماوي المشتبه بوقوعه في 7 أبريل" (the statement's Monday), "وفقاً لاتفاقية عقدت الأحد من جهة،
وبين هجوم شهدته قاعدة تيفور الجوية، صباح الإثنين" (the agreement's Sunday).  A day written a few words after the
trigger, with no clause opener, statement verb or stop between, is the incident's own and wins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.events.dates import DateMention
from marsad.text import normalize

#: How many words may stand between a trigger and the day that follows it in its clause.
DAY_REACH = 6
#: Stops that end a clause whatever follows.
_STOPS = re.compile(r"[.؛;:!?؟\n]")
_COMMA = re.compile(r"[،,]")
#: Words that open another clause or deed between a trigger and a day (the day is that clause's): time
#: links (بعد يوم من اتفاق الاثنين), contrasts, statement verbs and complementizers.
_OPENERS = frozenset(normalize(w) for w in (
    "بعد", "قبل", "منذ", "عقب", "إثر", "اثر", "فيما", "بينما", "حيث", "حين", "عندما", "لكن", "كما", "حتى",
    "أعلن", "أعلنت", "قال", "قالت", "ذكر", "ذكرت", "أكد", "أكدت", "أفاد", "أفادت", "أضاف", "أضافت", "صرح",
    "أن", "إن", "أنه", "إنه", "بأن",
))


def _words(span: str) -> list[str]:
    return [w for w in (normalize(x).strip("\"«»()'") for x in span.split()) if w and not _COMMA.fullmatch(w)]


def own_clause_day(text: str, dates: Sequence[DateMention], start: int, end: int) -> DateMention | None:
    """The date right after the trigger at [start, end) in its own clause, when the date nearest the trigger
    stands before it past a comma (another clause's or a statement's day); None when the nearest one stands."""
    if not dates:
        return None
    nearest = min(dates, key=lambda m: abs(m.start - start))
    if nearest.end > start or not _COMMA.search(text[nearest.end : start]):
        return None
    after = [m for m in dates if m.start >= end]
    if not after:
        return None
    day = min(after, key=lambda m: m.start)
    gap = text[end : day.start]
    if _STOPS.search(gap) or _COMMA.search(gap.rstrip().rstrip("،,")):
        return None  # a comma is allowed only right before the day ("الجوية، صباح الإثنين")
    words = _words(gap)
    if len(words) > DAY_REACH or any(w.lstrip("و") in _OPENERS or w in _OPENERS for w in words):
        return None
    return day
