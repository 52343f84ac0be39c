"""An attack or a protest named as what something leads up to is not one that happened (issue 5, round 50).

"فيما يبدو أنه مقدمة لهجوم بري"، "تمهيدا لشن هجوم على المدينة"، "توطئة لاقتحام البلدة": the trigger after a
word of prelude and the ل of its object is the prospect the strikes or the build-up announce.  A rule that
rules the strikes out as a trend (background.intensified) would otherwise leave this weak word to stand as
the sentence's event.  Likewise a protest after a word of expectation or preparation ("ويتوقع الجيش
مشاركة عشرات الآلاف … احتجاجا"، "الانتهاء من التحضيرات لأكبر مظاهرة"، "قبيل تنظيم مسيرات احتجاج") is
announced, not reported.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.roles import bare, word_indices
from marsad.model import Token

#: Words of a prelude (shadow forms, article and و off).
_PRELUDES = frozenset({"مقدمه", "تمهيدا", "توطئه", "تمهيد"})
#: How many words before the trigger the prelude word may stand (مقدمة لشن هجوم).
PRELUDE_REACH = 2


def prelude_to(tokens: Sequence[Token], first: int, lo: int) -> str | None:
    """A prelude word within `PRELUDE_REACH` words before the trigger, the word after it opening with the ل
    of its object (the trigger itself or a verbal noun before it): a prospect, not an incident."""
    before = word_indices(tokens, lo, first)[-PRELUDE_REACH:]
    for n, i in enumerate(before):
        if bare(tokens[i]) not in _PRELUDES:
            continue
        nxt = before[n + 1] if n + 1 < len(before) else first
        if nxt == i + 1 and tokens[nxt].norm.startswith("ل"):
            return f"a prospect: {tokens[i].text} {tokens[nxt].text}"
    return None


#: Words one of which a token of the clause holds when `prelude_to` fires (its prelude word).
PRELUDE_CUES = _PRELUDES


#: Words of expectation or preparation (shadow forms, article and و off) that put a protest ahead.
_AHEAD = frozenset({"متوقع", "يتوقع", "تتوقع", "توقع", "توقعات", "تحضيرات", "تحضير", "استعدادات", "استعداد",
                    "استعدادا", "تحضيرا"})
#: Imperfect verbs of preparing (shadow forms, و off) that need the protest as their ل-object to say so: "كانت تعد
#: الحركة لمظاهرة مليونية" prepares a march, while "يعد الاحتجاج الأكبر" (is counted) tells one.
_PREPARES = frozenset({"تعد", "يعد", "يعدون", "تعدان", "يعدان", "تحضر", "يحضر", "يحضرون"})
#: How many words before the ل-protest the verb of preparing may stand (its subject between).
PREPARE_REACH = 3
#: قبيل before تنظيم: "shortly before organising" the protest.
_BEFORE = "قبيل"
#: How many words before the protest trigger the word of expectation may stand (its subject between).
AHEAD_REACH = 12


def protest_ahead(tokens: Sequence[Token], first: int, start: int) -> str | None:
    """A word of expectation or preparation, or قبيل تنظيم, within `AHEAD_REACH` words before the protest
    trigger in its clause, or a verb of preparing a few words before a ل-protest (تعد الحركة لمظاهرة): a protest
    expected or prepared, not one that took place."""
    before = word_indices(tokens, start, first)[-AHEAD_REACH:]
    for n, i in enumerate(before):
        w = bare(tokens[i])
        if w in _AHEAD:
            return f"a prospect: {tokens[i].text}"
        if w == _BEFORE and n + 1 < len(before) and bare(tokens[before[n + 1]]) == "تنظيم":
            return f"a prospect: {tokens[i].text} {tokens[before[n + 1]].text}"
        if (tokens[i].norm.removeprefix("و") in _PREPARES and len(before) - n <= PREPARE_REACH
                and tokens[first].norm.startswith("ل")):
            return f"a prospect: {tokens[i].text} {tokens[first].text}"
    return None


#: Battle nouns (shadow forms, article and و off) that may be the subject of a future verb.
_BATTLE_NOUNS = frozenset({"معركه", "معارك", "حرب"})
#: Words opening with س + a person prefix that are no future verbs (shadow-form prefixes).
_NOT_FUTURE = ("سيطر", "ستة", "سته", "ستين", "سياس", "سيار", "سينا", "ستار", "سيد", "سيف", "سيول", "سنوات", "سنه",
               "سنين", "سنوي")
#: How many words after the battle noun its future verb may stand (its genitive between).
FUTURE_REACH = 3


def _future_after(tokens: Sequence[Token], k: int, end: int) -> int | None:
    """The future verb (س + an imperfect) within `FUTURE_REACH` words after the battle noun at k, or None."""
    if bare(tokens[k]) not in _BATTLE_NOUNS:
        return None
    for j in word_indices(tokens, k + 1, end)[:FUTURE_REACH]:
        w = tokens[j].norm.removeprefix("و")
        if len(w) >= 5 and w[0] == "س" and w[1] in "تين" and not w.startswith(_NOT_FUTURE):
            return j
    return None


def battle_ahead(tokens: Sequence[Token], first: int, last: int, start: int, end: int) -> str | None:
    """A battle noun followed within `FUTURE_REACH` words of its clause (start..end) by a future verb:
    "معركة تحرير الحديدة ستلقن الحوثيين درسا"، "أكبر معارك الجيش ستكون في الغرب" say what a battle will be.
    A trigger after such a verb in the clause ("… ستلقن الحوثيين درسا من خلال عمليات عسكرية") is the
    same prospect."""
    at = _future_after(tokens, first, end)
    if at is not None:
        return f"a prospect: {tokens[first].text} {tokens[at].text}"
    for k in word_indices(tokens, start, first):
        at = _future_after(tokens, k, end)
        if at is not None and at < first:
            return f"a prospect: {tokens[k].text} {tokens[at].text}"
    return None


#: Words one of which a token of the clause holds when `battle_ahead` fires (its battle noun).
BATTLE_AHEAD_CUES = _BATTLE_NOUNS
