"""Incidents told as a sum of several, not as one incident (issue 5, round 60).

ACLED codes one event per incident (one day, one place).  A count of times in the trigger's clause
with no day named ("وهاجم عشرات المرات مواقع الجيش"، "دفعت الولايات المتحدة مرتين لشن غارات جوية")
sums repeated attacks over an unstated period and gives none of them.  A day named keeps the event
("قصفت البلدة ثلاث مرات مساء الخميس" is that evening's shelling), and so do the shots or blows of one
wounding ("أصيب بأعيرة نارية مرتين في الرقبة والصدر").

A count of the incidents themselves in dozens or hundreds reads the same way (round 76): "شنت إسرائيل
عشرات الضربات الجوية على مواقع … في سوريا" tells a record over years, not one incident; with a day or a
month named ("شنت الطائرات عشرات الغارات على البلدة الخميس"، "في العاشر من أيار") they are that day's
strikes and stay.

So does a count of the dead in hundreds or thousands in the trigger's clause (round 82): "تسببت هجمات
الحوثيين في سقوط مئات القتلى" is a war's toll, not one incident's; with a day named it stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.dates import lexicon
from marsad.events.fatalities import HURT_STEMS
from marsad.events.ongoing import day_named
from marsad.events.roles import bare, word_indices
from marsad.model import Token

#: Plural and dual nouns of times (shadow forms, article and و off): several occasions.
_TIMES = frozenset({"مرات", "مرتين", "مرتان"})
#: Words of wounds on one body (shadow-form prefixes, و/ب off): "أصيب بأعيرة نارية مرتين"، "طعنه عدة مرات"
#: count the shots or blows of one incident.
_ONE_BODY = (*HURT_STEMS, "طعن", "طعنه")
#: Words of a count in dozens or hundreds (shadow forms, article and و off; مئات reads ميات): عشرات الغارات.
#: عدة and a number ("شنت مقاتلات التحالف عدة غارات"، "أكثر من 10 غارات") count one day's strikes in a
#: front report as often as a record, and are left alone.
_SEVERAL = frozenset({"عشرات", "مئات", "ميات"})
#: Nouns of incidents (shadow-form prefixes, article and و/ب/ل off) a count may govern: a count of
#: weapons (عشرات الصواريخ، عدة قذائف) can be one salvo and is left alone.
_INCIDENT_NOUNS = ("هجوم", "هجمات", "هجما", "غاره", "غارات", "ضربه", "ضربات", "اعتداء", "عمليات", "تفجير",
                   "اشتباك", "معارك", "مواجهات")
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


#: Words one of which a token of the clause holds when `counted_times` fires (its plural of times).
TIMES_CUES = _TIMES


def _dated(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """A word of a day or a month's name in tokens lo..hi ("في العاشر من أيار/مايو"): the sentence dates
    what it tells."""
    months = lexicon().months
    return day_named(tokens, lo, hi) or any(
        tokens[i].norm.lstrip("وب") in months or bare(tokens[i]) in months for i in word_indices(tokens, lo, hi))


def counted_incidents(tokens: Sequence[Token], first: int, lo: int, hi: int) -> str | None:
    """Why the trigger at `first` is a count of incidents: a noun of incidents right after عشرات or مئات
    (من between allowed: عشرات من الغارات), in a sentence (lo..hi) that names no day or month; else None."""
    if not bare(tokens[first]).lstrip("بل").startswith(_INCIDENT_NOUNS):
        return None
    j = first - 1
    if j > lo and tokens[j].norm == "من":
        j -= 1
    if j < lo or tokens[j].kind != "word" or bare(tokens[j]) not in _SEVERAL or _dated(tokens, lo, hi):
        return None
    return f"a count of incidents: {tokens[j].text} {tokens[first].text}"


#: Counts of the dead in hundreds or thousands (norm, a glued و dropped): مقتل مئات، سقوط آلاف القتلى.
_HUNDREDS = frozenset({"ميات", "الميات", "الاف", "الالاف"})
#: Words of killing a count may follow (norm, a glued و dropped): مقتل المئات، قتل مئات.
_KILLING = frozenset({"مقتل", "قتل", "مصرع", "استشهاد", "وفاه"})
#: Nouns of the dead a count may govern (shadow form, article stripped): مئات القتلى، آلاف الضحايا.
_DEAD = frozenset({"قتلي", "ضحايا", "شهداء"})


def counted_dead(tokens: Sequence[Token], first: int, start: int, end: int) -> str | None:
    """Why the trigger at `first` is a sum: its clause (start..end) counts the dead in hundreds or
    thousands ("وقتل المئات من أفراد الجيش، راح غالبيتهم ضحايا هجمات"، "تسببت هجمات … في سقوط مئات
    القتلى") and names no day: a toll over a campaign, not one incident's.  The wounded or the displaced
    in hundreds ("إصابة المئات"، "نزوح مئات المدنيين") may be one day's, and are left alone; so is a count
    in dozens."""
    words = word_indices(tokens, start, end)
    for n, k in enumerate(words):
        if tokens[k].norm.removeprefix("و") not in _HUNDREDS:
            continue
        before = tokens[words[n - 1]].norm.removeprefix("و") if n else ""
        after = bare(tokens[words[n + 1]]) if n + 1 < len(words) else ""
        if (before in _KILLING or after in _DEAD) and not day_named(tokens, start, end):
            return f"a toll in hundreds: {' '.join(tokens[j].text for j in words[max(n - 1, 0) : n + 2])}"
    return None


#: Words one of which a token of the clause holds when `counted_dead` fires (its hundreds or thousands).
HUNDREDS_CUES = _HUNDREDS
