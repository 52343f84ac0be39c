"""The day of a reaction is not its incident's ("مجلس الأمن يعقد اجتماعا، اليوم الاثنين، لبحث الهجوم").

A denial, a condemnation, a description or a meeting about an incident is dated by the day it was
made; the incident it answers came before, on a day the sentence does not tell.  The incident takes the
sentence's own earlier day when it has one, or else the reaction's day at week precision: the day bounds
it from above only, the week (read ±6 days when reports are matched) holds it, and no day is guessed
(merge check 19: the Duma attack of 7 April given the Security Council's Monday, Khashoggi's killing given
the consulate's denial of 7 October).  The reaction's day is not moved back to the week's middle: an
event dated days before its report is scored as older news and dropped (two right events of A-AJ lost).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from marsad.events.dates import DAY, WEEK, DateMention
from marsad.events.drafts import Draft
from marsad.events.lexicon import TriggerHit
from marsad.model.spans import Span
from marsad.text.normalize import normalize

#: Words of a reaction to something already done (shadow form, و/ف stripped): deny, condemn, describe,
#: discuss.  A statement (قال، أعلن) is not one: a report often tells its own day's incident.
REACTION_WORDS = frozenset({
    "نفي", "نفت", "ينفي", "تنفي", "ادان", "ادانت", "يدين", "تدين", "دان", "دانت", "ندد", "نددت", "يندد", "تندد",
    "استنكر", "استنكرت", "شجب", "شجبت", "وصف", "وصفت", "يصف", "تصف", "لبحث", "لمناقشه", "ناقش", "ناقشت",
    "يناقش", "تناقش",
})
#: How many words a reaction word may stand after the day it carries ("اليوم الاثنين، لبحث الهجوم"), and
#: before it, past its subject ("نفى مصدر مسؤول في القنصلية السعودية في إسطنبول، فجر الأحد").
REACTION_REACH = 4
REACTION_REACH_BEFORE = 8
#: Purposes after a day that make it a meeting's ("اجتماع طارئ، اليوم الاثنين، لبحث الهجوم").
PURPOSE_WORDS = frozenset({"لبحث", "لمناقشه", "لمتابعه"})
#: How many days before a reaction the sentence's other day may be, to be its incident's own.
REACTION_DAYS = 7
_WORD = re.compile(r"\S+")


def _reaction_near(text: str, lo: int, hi: int, side: str, words_of: frozenset[str] = REACTION_WORDS) -> bool:
    words = [normalize(m.group()).strip("،,\"«»()") for m in _WORD.finditer(text, lo, hi)]
    words = words[-REACTION_REACH_BEFORE:] if side == "before" else words[:REACTION_REACH]
    return any(w in words_of or (w[:1] in ("و", "ف") and w[1:] in words_of) for w in words)


def reaction_day(text: str, m: DateMention, trig_start: int, trig_end: int, sent_start: int, sent_end: int) -> bool:
    """The date `m` is carried by a reaction word near it, with the trigger not between the two: the
    reaction's day, not the incident's.  Any reaction word counts before the day, or between a day and the
    trigger after it; after a day that follows the trigger only a purpose does ("اليوم الاثنين، لبحث الهجوم"):
    "جراء هجوم كيماوي، مساء السبت، لكن دمشق تنفي" is the attack's Saturday."""
    if m.precision != DAY:
        return False
    if m.end <= trig_start:
        return (_reaction_near(text, max(sent_start, m.start - 120), m.start, "before")
                or _reaction_near(text, m.end, trig_start, "after"))
    if m.start >= trig_end:
        return (_reaction_near(text, max(trig_end, m.start - 120), m.start, "before")
                or _reaction_near(text, m.end, min(sent_end, m.end + 60), "after", PURPOSE_WORDS))
    return False


def own_day(text: str, m: DateMention, dates: Sequence[DateMention], trig: Span, sent: Span) -> DateMention | None:
    """Another day of the sentence, earlier than the reaction's `m` by at most REACTION_DAYS and no
    reaction's day itself: the incident's own ("دانت فرنسا السبت إطلاق النار … الذي أدى إلى مقتل تسعة
    الجمعة")."""
    for o in dates:
        if o is m or o.precision != DAY or reaction_day(text, o, trig.start, trig.end, sent.start, sent.end):
            continue
        if 0 < (dt.date.fromisoformat(m.date) - dt.date.fromisoformat(o.date)).days <= REACTION_DAYS:
            return o
    return None


def redate(d: Draft, text: str, sent: Span, m: DateMention, trig: TriggerHit, dates: Sequence[DateMention]) -> None:
    """Date draft `d`, dated by `m`, by the sentence's own earlier day, or else at `m`'s week, when `m` is a
    reaction's day (`reaction_day`)."""
    if not reaction_day(text, m, trig.start, trig.end, sent.start, sent.end):
        return
    if (o := own_day(text, m, dates, Span(trig.start, trig.end, text[trig.start : trig.end]), sent)) is not None:
        d.date, d.precision, d.date_text = o.date, DAY, o.text
        d.notes.append(f"date: {o.text}, the incident's own day, not the reaction's {m.text}")
        return
    d.precision = WEEK
    d.notes.append(f"date: {m.text} is the day of a reaction to the incident, which came in the week up to it")
