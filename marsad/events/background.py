"""Background, periods and totals: trigger words that tell history or a sum, not a new incident.

A report of a new incident is framed by what it is not: a war's running toll "since 2011", a
campaign's arrests "of thousands", an attack "at the time" (آنذاك) or "earlier this year", a
government that "stopped broadcasts" (أوقفت بثها: not an arrest).  These rules look at the words
right around one trigger, inside its clause, and say why it is not a new incident.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise
from typing import Any

from marsad.events.crowds import GATHERING as _GATHERING  # forms that only say a crowd gathered
from marsad.events.fatalities import HURT_STEMS
from marsad.events.roles import bare as _bare  # a local list is named bare here
from marsad.events.roles import bare_form
from marsad.model import Token
from marsad.text import article_stripped, normalize
from marsad.text.numbers import NUMBER_WORDS, parse_number

#: Words that open a new clause inside a sentence ("X قصف …، بينما قتل …"): the place and the
#: type cues of one clause are not those of the next.
CLAUSE_OPENERS = frozenset({"بينما", "فيما", "حين", "غضون", "حيث", "تزامن", "تزامنا"})
#: Words that open a clause only when "في" comes before them (في حين، في وقت، في غضون).
_AFTER_FI = frozenset({"حين", "وقت", "غضون"})
#: Adjectives that make "في وقت" a time (في وقت سابق، في وقت متأخر), not "while".
_TIME_ADJ = frozenset({"سابق", "لاحق", "متاخر", "مبكر", "مبكرا"})
#: Punctuation that always ends a clause.
_HARD_BREAKS = frozenset("؛;.!?؟\n")
#: How far after a trigger (in words) a period phrase (منذ …، خلال السنوات …) still governs it.
PERIOD_REACH = 8
#: Relative pronouns: what follows describes another noun ("المدينة التي تشهد معارك منذ أسابيع").
_RELATIVES = frozenset({"التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي"})
#: Words of result: a destruction told as what an explosion caused ("أدى الانفجار إلى هدم منازل")
#: is part of that event, not a second one.
_RESULT = frozenset({"ادي", "ادت", "اسفر", "اسفرت", "تسبب", "تسببت", "خلف", "خلفت"})
#: After منذ, words of a recent start: "منذ ساعات" / "منذ يومين" still tell a current incident.
_RECENT = frozenset(
    "ساعات ساعه ساعتين صباح الصباح فجر الفجر ليل ليله الليله مساء ظهر الظهر ايام يوم يومين امس "
    "اسبوع اسبوعين دقائق لحظات قليل".split()
)
#: Nouns of a span of time: "خلال السنوات الماضية" sums a period.
_SPANS = frozenset("سنوات سنين اعوام عامين سنتين اشهر شهور شهرين عقود عقد عقدين اسابيع ايام".split())
_SPAN_OPENERS = frozenset({"خلال", "مدي", "طيله", "طوال", "مدار"})
#: A war or a crisis as the span (خلال الحرب الأهلية، طوال الأزمة): a sum over the whole conflict.
_WARS = frozenset({"حرب", "ازمه", "صراع", "نزاع"})
#: Words that put a sentence in the past of the report ("قُتل آنذاك", "في حينه").
HISTORY_MARKERS = frozenset({"وقتها", "انذاك", "حينها", "حينذاك", "حينئذ", "وقتئذ", "حينه"})
#: Phrases that do the same (shadow form, article stripped word by word).
HISTORY_PHRASES = (
    ("وقت", "سابق", "من", "هذا", "عام"),
    ("وقت", "سابق", "من", "عام"),
    ("عام", "ماضي"),
    ("سنه", "ماضيه"),
    ("سنوات", "ماضيه"),
    ("اعوام", "ماضيه"),
    ("ذلك", "وقت"),
    ("اشهر", "ماضيه"),
    ("شهور", "ماضيه"),
    ("اشهر", "قليله", "ماضيه"),
    ("عقود", "ماضيه"),
    ("سنوات", "اخيره"),
    ("اشهر", "اخيره"),
    ("فتره", "نفسها"),
    ("فتره", "ذاتها"),
    ("عام", "ذاته"),  # "في العام ذاته": the year of a past event the sentence before named
    ("عام", "نفسه"),
    ("سنه", "ذاتها"),
    ("سنه", "نفسها"),
    ("عامين", "ماضيين"),
    ("سنتين", "ماضيتين"),
    ("عامين", "اخيرين"),
    ("سنتين", "اخيرتين"),
    ("شهور", "اخيره"),
    ("اعوام", "اخيره"),
    ("عقود", "اخيره"),
    ("قرن", "ماضي"),
    ("اسبوعين", "ماضيين"),
    ("هذه", "فتره"),
    ("تلك", "فتره"),
    ("في", "سابق"),  # "وسائل التعذيب المستخدمة في السابق": in the past (not "في وقت سابق", earlier today)
    ("تسعينات",),
    ("تسعينيات",),
    ("ثمانينات",),
    ("ثمانينيات",),
    ("سبعينات",),
    ("سبعينيات",),
)
#: Markers that "في" turns into an idiom: "في حينها" is "promptly, in due course" as often as "at the
#: time" ("في حينه" after a naming or a report stays "at the time": "وسميت في حينه").
_IDIOM_AFTER_FI = frozenset({"حينها"})
#: Arrest-class words that also mean "stop" (أوقف بثها، أوقفت الإجراءات): an arrest needs a person.
_STOP_VERBS = ("اوقف", "توقيف")
#: Objects of "stop" that are not people (a diplomat who "أوقف بيانا" blocked a statement).
_NOT_PEOPLE = frozenset(
    "اجراءات بث بثها العمل عمل تسجيل رحلات دعم مساعدات تعاون مفاوضات اطلاق صادرات تصدير استيراد "
    "دراسه ضخ انتاج نشاط نشاطها تعامل صرف تمويل خدمات تاشيرات منح اصدار تنفيذ العمليات عمليات "
    "حركه ملاحه مشروع برنامج بيان بيانا قرار قرارا مشروعا تصويت".split()
)
#: Words for thousands: an arrest count in thousands is a campaign's total.
_THOUSANDS = frozenset({"الاف", "الف", "الالاف"})


def clause_bounds(tokens: Sequence[Token], lo: int, hi: int, first: int, last: int) -> tuple[int, int]:
    """Token range [start, end) of the clause holding tokens first..last within the sentence lo..hi.

    A clause ends at ؛ . ! ? and at a clause opener (بينما، فيما، في حين، في وقت، في غضون، حيث).
    """
    def opens(i: int) -> bool:
        t = tokens[i]
        if t.kind == "punct":
            return t.text in _HARD_BREAKS
        if not _may_open(t.norm):
            return False  # most words: the tests below all say no
        raw = t.norm[1:] if t.norm.startswith("و") and len(t.norm) > 3 else t.norm
        if raw in CLAUSE_OPENERS and raw not in _AFTER_FI:
            return True  # فيما / وبينما: checked before ف is taken for a clitic
        w = _bare(t)
        if w in _AFTER_FI:
            # في وقت سابق / في وقت متأخر is a time, not "while"
            timed = w == "وقت" and i + 1 < hi and _bare(tokens[i + 1]) in _TIME_ADJ
            return i > lo and _bare(tokens[i - 1]) == "في" and not timed
        return w in CLAUSE_OPENERS

    start = first
    while start > lo and not opens(start):
        start -= 1
    if start > lo and _bare(tokens[start]) in _AFTER_FI:
        start -= 1  # keep في with حين / وقت
    end = last + 1
    while end < hi and not opens(end):
        end += 1
    if end < hi and end > last + 1 and _bare(tokens[end - 1]) == "في" and _bare(tokens[end]) in _AFTER_FI:
        end -= 1
    return start, end


@lru_cache(maxsize=1 << 14)
def _may_open(norm: str) -> bool:
    """Whether a word of this shadow form is one `clause_bounds` may take for a clause opener (bare or with its
    و): the test its walk asks of every word, cached by the form."""
    raw = norm[1:] if norm.startswith("و") and len(norm) > 3 else norm
    w = bare_form(norm)
    return raw in CLAUSE_OPENERS or w in CLAUSE_OPENERS or w in _AFTER_FI


def _words_after(tokens: Sequence[Token], last: int, hi: int, reach: int) -> list[int]:
    """Indices of up to `reach` word tokens after `last`, stopping at a clause break or a relative pronoun."""
    out: list[int] = []
    j = last + 1
    while j < hi and len(out) < reach:
        t = tokens[j]
        if t.kind == "punct":
            if t.text in _HARD_BREAKS or t.text in "،,":
                break
        elif t.norm.lstrip("و") in _RELATIVES:
            break
        else:
            out.append(j)
        j += 1
    return out


def result_of_another(tokens: Sequence[Token], first: int, lo: int) -> str | None:
    """A destruction after a word of result (أدى … إلى، أسفر عن) within four words before it."""
    j, words = first - 1, 0
    while j >= lo and words < 4:
        t = tokens[j]
        if t.kind == "punct":
            if t.text in _HARD_BREAKS or t.text in "،,":
                break
        else:
            words += 1
            if t.norm.lstrip("و") in _RESULT:
                return f"result: {t.text}"
        j -= 1
    return None


def period_before(tokens: Sequence[Token], start: int, first: int) -> str | None:
    """"ومنذ سنوات يشن الجيش حملة …": a منذ phrase opening the trigger's clause sets a period;
    "بعد عامين من الاعتقال": a span of time told before the trigger measures how long it lasted."""
    if first - 2 >= start and tokens[first - 1].norm == "من" and _bare(tokens[first - 2]) in _SPANS:
        return f"period: {tokens[first - 2].text} من"
    if first - 2 >= start and _bare(tokens[first - 1]) in _STARTS and tokens[first - 2].norm.lstrip("و") in ("من", "منذ"):
        return f"period: {tokens[first - 2].text} {tokens[first - 1].text}"  # "بعد أسابيع من بدء الهجوم"
    for j in range(start, first - 1):
        if tokens[j].norm.lstrip("و") == "منذ" and not compared(tokens, j):
            nxt = next((k for k in range(j + 1, first) if tokens[k].kind != "punct"), None)
            if nxt is None:
                return None
            if tokens[nxt].kind == "number":
                after = next((k for k in range(nxt + 1, first) if tokens[k].kind == "word"), None)
                if after is not None and _bare(tokens[after]) in _RECENT:
                    continue
            elif _bare(tokens[nxt]) in _RECENT:
                continue
            return f"period: منذ {tokens[nxt].text}"
    return None


#: Words of an accident: deaths in a crash, a flood or a fire are not political violence.
_ACCIDENT = ("تحطم", "غرق", "زلزال", "فيضان", "فيضانات", "سيول", "انهيار", "انهار", "انزلاق", "اصطدام", "حريق", "صعق")


def accident(tokens: Sequence[Token], start: int, end: int) -> str | None:
    """"تحطم طائرة ركاب ومقتل جميع ركابها": an accident in the clause, not an attack."""
    for i in range(start, end):
        if _bare(tokens[i]).startswith(_ACCIDENT) or tokens[i].norm.lstrip("و").startswith(_ACCIDENT):
            return f"accident: {tokens[i].text}"
    return None


def period_after(tokens: Sequence[Token], last: int, hi: int) -> str | None:
    """"منذ 2013" / "منذ بداية الحرب" / "خلال السنوات الماضية" shortly after a trigger: a sum over a period."""
    after = _words_after(tokens, last, hi, PERIOD_REACH + 2)
    for n, j in enumerate(after[:PERIOD_REACH]):
        w = _bare(tokens[j])
        if w == "منذ" and n + 1 < len(after) and not compared(tokens, j):
            nxt = [_bare(tokens[k]) for k in after[n + 1 : n + 3]]
            if tokens[after[n + 1]].kind == "number" and len(nxt) > 1 and nxt[1] in _RECENT:
                return None
            if nxt[0] not in _RECENT:
                return f"period: منذ {tokens[after[n + 1]].text}"
        if w in _SPAN_OPENERS and n + 1 < len(after):
            nxt_words = [_bare(tokens[k]) for k in after[n + 1 : n + 3]]
            if any(x in _SPANS or x in _WARS for x in nxt_words):
                return f"period: {tokens[j].text} {tokens[after[n + 1]].text}"
            if _counted_span(tokens, after[n + 1 :]):
                return f"period: {tokens[j].text} {tokens[after[n + 1]].text}"
    return None


#: Words one of which a token of the sentence holds when `period_after` fires (منذ or a span opener).
PERIOD_AFTER_CUES = frozenset({"منذ", *_SPAN_OPENERS})


#: Units of a long span counted past ten, in the singular a number of 11 to 99 takes (خلال الـ 12 شهرا الماضية،
#: على مدى 15 عاما): months or years.  Hours and days (خلال 24 ساعة) are left to the dates.
_COUNTED_UNITS = frozenset({"شهرا", "عاما", "سنه"})


def _counted_span(tokens: Sequence[Token], words: Sequence[int]) -> bool:
    """The words after a span opener are a number (after a detached article, الـ) and a month or year unit:
    "اعتداءات في الشارع خلال الـ 12 شهرا الماضية" sums a year of incidents (a survey's question)."""
    k = 1 if words and tokens[words[0]].norm == "ال" else 0
    if len(words) < k + 2 or tokens[words[k]].kind != "number":
        return False
    return _bare(tokens[words[k + 1]]) in _COUNTED_UNITS


#: Superlatives before منذ make it a comparison ("الغارات الأعنف منذ بداية العام"), not a period.
_SUPERLATIVES = frozenset({"اعنف", "اكبر", "اكثر", "اول", "اعلي", "اسوا", "اشد", "اخطر", "ادمي", "اوسع", "اضخم"})


def compared(tokens: Sequence[Token], j: int) -> bool:
    """Token j (منذ) follows a superlative within three words: "the worst since …"."""
    return any(_bare(tokens[k]) in _SUPERLATIVES for k in range(max(0, j - 3), j) if tokens[k].kind == "word")


def history_marker(tokens: Sequence[Token], start: int, end: int) -> str | None:
    """A word or phrase in the clause that sets it in the past of the report (آنذاك، في وقت سابق من هذا العام)."""
    words = [(i, _bare(tokens[i])) for i in range(start, end) if tokens[i].kind == "word"]
    bare = [w for _, w in words]
    for k, (i, w) in enumerate(words):
        if tokens[i].norm in HISTORY_MARKERS:
            w = tokens[i].norm  # وقتها: its و is the word's own, not a clitic
        if w in HISTORY_MARKERS and not (w in _IDIOM_AFTER_FI and k > 0 and bare[k - 1] == "في"):
            return f"history: {tokens[i].text}"
        if w == "قبل" and _years_ago(_unhedged(bare[k + 1 : k + 4])):
            return f"history: {' '.join(tokens[x].text for x, _ in words[k : k + 3])}"
        if w not in _PHRASE_HEADS:
            continue
        for ph in HISTORY_PHRASES:
            if tuple(bare[k : k + len(ph)]) == ph:
                return f"history: {' '.join(tokens[x].text for x, _ in words[k : k + len(ph)])}"
    return None


#: Words one of which a token of the clause holds when `history_marker` fires: a marker, قبل, or the last
#: word of a whole phrase.
HISTORY_CUES = frozenset({*HISTORY_MARKERS, "قبل", *(ph[-1] for ph in HISTORY_PHRASES)})


_PHRASE_HEADS = frozenset(ph[0] for ph in HISTORY_PHRASES)
#: Spans of years after قبل ("قبل 6 سنوات"، "قبل عامين"، "قبل نحو عقد"): an incident that long ago.
_LONG_SPANS = frozenset("سنوات سنه سنين عاما عام اعوام سنتين عامين عقد عقود".split())
#: Spans of months after قبل ("قبل نحو شهرين"، "قبل أشهر"): past the 30 days of news when they follow the
#: trigger (a single month, "قبل شهر", is left to the dates).
_MONTH_SPANS = frozenset("شهرين اشهر شهور".split())
#: How many words after the trigger "قبل أشهر" still dates it.
MONTHS_REACH = 8


#: How many words after the trigger "في وقت مبكر" (early on) may stand.
EARLY_REACH = 6


def early_on(tokens: Sequence[Token], last: int, hi: int) -> str | None:
    """"في وقت مبكر" after the trigger with nothing after it in its clause ("من أبرز الدول التي استهدفتها
    ميليشيات إيران في وقت مبكر، السعودية"): early on, in a history; followed by a day or a part of one (في وقت
    مبكر الخميس، في وقت مبكر من صباح اليوم) it dates the incident and stays."""
    j, words = last + 1, 0
    while j + 2 < hi and words < EARLY_REACH:
        if tokens[j].kind == "punct":
            if tokens[j].text in _HARD_BREAKS or tokens[j].text in "،,":
                return None
            j += 1
            continue
        words += 1
        if (_bare(tokens[j]) == "في" and _bare(tokens[j + 1]) == "وقت" and _bare(tokens[j + 2]) == "مبكر"
                and (j + 3 >= hi or tokens[j + 3].kind == "punct")):
            return f"history: {tokens[j].text} {tokens[j + 1].text} {tokens[j + 2].text}"
        j += 1
    return None


def months_ago(tokens: Sequence[Token], last: int, hi: int) -> str | None:
    """"أسقطتها قبل نحو شهرين"، "تظاهرات ضربت البلاد قبل أشهر": months ago, after the trigger in its clause."""
    after = _words_after(tokens, last, hi, MONTHS_REACH)
    bare = [_bare(tokens[j]) for j in after]
    for k, w in enumerate(bare):
        if w != "قبل":
            continue
        rest = _unhedged(bare[k + 1 : k + 4])
        if rest and (rest[0] in _MONTH_SPANS or (len(rest) > 1 and (rest[0].isdigit() or rest[0] in _NUMBER_WORDS)
                                                 and rest[1] in _MONTH_SPANS)):
            return f"history: {tokens[after[k]].text} … {tokens[after[min(k + 2, len(after) - 1)]].text}"
    return None


#: Words one of which a token of the sentence holds when `months_ago` fires (its قبل).
MONTHS_AGO_CUES = frozenset({"قبل"})


#: Hedges between قبل and its span ("قبل نحو شهرين"، "قبل حوالي عامين").
_HEDGES = frozenset({"نحو", "حوالي", "قرابه", "زهاء", "اكثر", "ما", "يقارب"})


def _unhedged(after: Sequence[str]) -> Sequence[str]:
    """The words after قبل without a leading hedge (نحو، حوالي، أكثر من، ما يقارب)."""
    k = 0
    while k < len(after) and (after[k] in _HEDGES or (k > 0 and after[k] == "من" and after[k - 1] == "اكثر")):
        k += 1
    return after[k:]


def _years_ago(after: Sequence[str]) -> bool:
    """The words after قبل name years: a span noun, or a number and a span noun."""
    if not after:
        return False
    if after[0] in _LONG_SPANS:
        return True
    return len(after) > 1 and (after[0].isdigit() or after[0] in _NUMBER_WORDS) and after[1] in _LONG_SPANS


#: A count of years: the number parser's words and a vague few (بضع سنوات).
_NUMBER_WORDS = NUMBER_WORDS | frozenset({"بضع", "بضعه"})


def _unpossessed(w: str) -> str:
    """The word without a possessive suffix ها/هم/هما (رحلاتها → رحلات); ه alone may be ة and stays."""
    for suffix in ("هما", "هم", "ها"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


def stop_not_arrest(tokens: Sequence[Token], first: int, last: int, hi: int) -> str | None:
    """أوقفت بثها / أوقفت السلطات الإجراءات: "stopped" something that is not a person; أوقف … عن
    العمل: suspended from work."""
    if not _bare(tokens[first]).startswith(_STOP_VERBS) and not tokens[first].norm.startswith(_STOP_VERBS):
        return None
    for j in _words_after(tokens, last, hi, 4):
        w = _unpossessed(_bare(tokens[j]))
        # "توقيفا مؤقتا لحركة الطيران": the object may come with ل (للملاحة: ل + the article)
        if w in _NOT_PEOPLE or (w[:2] == "لل" and w[2:] in _NOT_PEOPLE) or (w[:1] == "ل" and w[1:] in _NOT_PEOPLE):
            return f"not an arrest: {tokens[first].text} {tokens[j].text}"
    for j in range(last + 1, hi - 1):
        if tokens[j].norm == "عن" and _bare(tokens[j + 1]).startswith("عمل"):
            return "not an arrest: suspended from work"
    return None


#: Words of a celebration, as the aim of the crowd ("احتفالا بالفوز"): a crowd celebrating a win is
#: not a demonstration (a festival merely named in the clause is not the crowd's aim).
_CELEBRATION = frozenset({"احتفالا", "احتفاء", "ابتهاجا", "للاحتفال"})


#: Words of diplomacy: "استدعت طهران دبلوماسيين للاحتجاج" is a government's protest, not a demonstration.
_DIPLOMACY = ("استدع", "سفير", "سفراء", "دبلوماسي", "القائم بالاعمال", "مذكره احتجاج")
#: Words of a funeral: a crowd gathered to bury its dead.
_FUNERAL = ("تشييع", "جنازه", "جنازات", "تابين")


#: Subjects that make "احتج" a government's objection ("احتجت الحكومات الأوروبية على الإجراءات").
_STATES = frozenset({"حكومه", "حكومات", "وزاره", "وزارات", "خارجيه", "دول", "دوله", "حكومتا", "عواصم"})


def celebration(tokens: Sequence[Token], hit: Any, start: int, end: int) -> str | None:
    """Not a demonstration: a celebration ("تجمع مؤيدون … احتفالا بالفوز"), a government's
    diplomatic protest ("استدعت دبلوماسيين للاحتجاج"، "احتجت الحكومات على …"), or a crowd gathered
    for a funeral."""
    subject = next((k for k in range(hit.last + 1, end) if tokens[k].kind == "word"), None)
    if subject is not None and _bare(tokens[subject]) in _STATES:
        return f"diplomacy: {tokens[subject].text}"
    gathering = _bare(tokens[hit.first]).startswith(_GATHERING) or hit.entry.form.startswith(_GATHERING)
    for i in range(start, end):
        w = _bare(tokens[i])
        if tokens[i].norm.lstrip("و") in _CELEBRATION:
            return f"celebration: {tokens[i].text}"
        if w.startswith(_DIPLOMACY) or tokens[i].norm.startswith(_DIPLOMACY):
            return f"diplomacy: {tokens[i].text}"
        if gathering and (w.startswith(_FUNERAL) or w[1:].startswith(_FUNERAL)):
            return f"funeral: {tokens[i].text}"
    return None


#: Words after قنابل/قنبلة that make it tear gas, sound or smoke, not an explosive.
_NOT_EXPLOSIVE = frozenset({"غاز", "مسيله", "مسيل", "للدموع", "صوتيه", "دخانيه", "ضوئيه", "الصوت", "صوت", "دخان"})


def not_explosive(tokens: Sequence[Token], last: int, hi: int) -> str | None:
    """قنابل الغاز المسيل للدموع / قنابل صوتية: riot control, not a bombing."""
    for j in _words_after(tokens, last, hi, 2):
        if _bare(tokens[j]) in _NOT_EXPLOSIVE:
            return f"not an explosive: {tokens[j].text}"
    return None


#: Adjectives after هجوم / استهداف that make it something other than violence (هجوم إلكتروني).
_NOT_PHYSICAL = frozenset(
    {"الكتروني", "الكترونيه", "سيبراني", "سيبرانيه", "اعلامي", "اعلاميه", "سياسي", "سياسيه", "لفظي", "كلامي",
     "اعلاميا", "سياسيا", "لفظيا", "كلاميا", "حاد", "حادا", "حاده", "لاذع", "لاذعا", "لاذعه"}
)  # a sharp or scathing attack (هجوما حادا على إيران) is a speech
#: Electoral adjectives (shadow form, article off): "معركة انتخابية" is a campaign for votes.
_ELECTORAL = frozenset({"انتخابي", "انتخابيه"})
#: Verbal nouns of an aim after استهدف ("العملية تستهدف تحرير المناطق": it aims to liberate them).
_AIMS = frozenset({"تحرير", "قضاء", "اعاده", "تامين", "تطهير", "دعم", "تعزيز", "تحقيق", "جذب", "زياده", "تطوير", "رفع", "خفض"})


def not_physical(tokens: Sequence[Token], last: int, hi: int) -> str | None:
    """An adjective of words, media or politics right after the trigger (هجوم إلكتروني، مواجهات سياسية عديدة
    مع خصمه، معركة انتخابية): a contest, not violence."""
    after = _words_after(tokens, last, hi, 1)
    if not after:
        return None
    w = _bare(tokens[after[0]])
    if w in _NOT_PHYSICAL or tokens[after[0]].norm in _NOT_PHYSICAL or w in _ELECTORAL:
        return f"not violence: {tokens[after[0]].text}"
    return None


def not_violence(tokens: Sequence[Token], last: int, hi: int) -> str | None:
    """هجوم إلكتروني / استهداف سياسي / تستهدف تحرير: words of attack that tell no violence."""
    why = not_physical(tokens, last, hi)
    if why is not None:
        return why
    after = _words_after(tokens, last, hi, 1)
    if after and _bare(tokens[after[0]]) in _AIMS:
        return f"an aim: {tokens[after[0]].text}"
    return None


#: What one controls that is no ground (السيطرة على الموقف / الحريق / الأسعار): no territory changes hands.
_NOT_GROUND = frozenset({"موقف", "وضع", "اوضاع", "امور", "حريق", "حرائق", "نيران", "نار", "ازمه", "اسعار", "تضخم",
                         "وباء", "فيروس", "مرض", "انتشار", "اجواء", "اعصاب", "نفسه", "نفسها", "سوق", "اسواق", "حكومه",
                         "برلمان", "مجلس", "قرار", "سلطه",
                         # a vessel or an aircraft seized is no ground either (سيطرت على السفينة)
                         "سفينه", "ناقله", "باخره", "قارب", "مركب", "طائره", "زورق"})  # compared without the article


def not_ground(tokens: Sequence[Token], last: int, hi: int) -> str | None:
    """"تمت السيطرة على الموقف": control of a situation, a fire or a market is no territory change."""
    after = _words_after(tokens, last, hi, 1)
    if after and _bare(tokens[after[0]]) in _NOT_GROUND:
        return f"not ground: {tokens[after[0]].text}"
    return None


def _is_thousands(t: Token) -> bool:
    """آلاف / الألف: also the raw form, since the article test would strip آلاف's ال."""
    return _bare(t) in _THOUSANDS or t.norm.lstrip("و") in _THOUSANDS


def arrests_in_thousands(tokens: Sequence[Token], last: int, hi: int) -> str | None:
    """"توقيف آلاف الأشخاص" / "اعتقال أكثر من 50 ألف شخص": a campaign's total, not one incident."""
    for j in _words_after(tokens, last, hi, 5):
        t = tokens[j]
        if _is_thousands(t):
            return f"total: {t.text}"
        if t.kind == "number" and t.norm.replace(",", "").isdigit() and int(t.norm.replace(",", "")) >= 1000:
            return f"total: {t.text}"
    return None


#: Words before a bare year that make it a date ("عام 2014"، "في 2013", "أوائل 2011") or name a past
#: episode by its year ("حرب 2014"، "انتخابات 2016"، "أحداث 2011").
_YEAR_HEADS = frozenset(
    "عام سنه في حرب حربي ثوره انتفاضه احداث عدوان انتخابات مجزره اوايل اواخر اواسط مطلع منتصف بدايه نهايه "
    "ربيع صيف خريف شتاء".split()
)


def old_year(tokens: Sequence[Token], start: int, end: int, published: str | None) -> str | None:
    """A year before the publication year in the clause ("أعلن خلافته عام 2014 وسيطر على …"): history.

    A year in a منذ phrase ("أكبر هجوم منذ حرب عام 2014") starts a period or a comparison and is left
    to `period_after`."""
    if not published or not published[:4].isdigit():
        return None
    pub = int(published[:4])
    for i in range(max(start, 1), end):
        t = tokens[i]
        if t.kind == "number" and len(t.norm) == 4 and t.norm.isdigit() and 1900 < int(t.norm) < pub:
            since = any(tokens[k].norm.lstrip("و") == "منذ" for k in range(max(start, i - 3), i))
            head = tokens[i - 1].norm.lstrip("و")
            if (head in _YEAR_HEADS or _bare(tokens[i - 1]) in _YEAR_HEADS) and not since:
                return f"history: {tokens[i - 1].text} {t.text}"
    return None


#: How many tokens after منذ its year may come ("منذ 14 أغسطس/ آب 2013"، "منذ عام 2016").
SINCE_YEAR_REACH = 6


def _since_old_year(tokens: Sequence[Token], k: int, hi: int, pub: int) -> str | None:
    """Token k is منذ and a year before the publication year follows within `SINCE_YEAR_REACH` tokens."""
    if tokens[k].kind != "word" or _bare(tokens[k]) != "منذ" or compared(tokens, k):
        return None
    for i in range(k + 1, min(hi, k + 1 + SINCE_YEAR_REACH)):
        t = tokens[i]
        if t.kind == "number" and len(t.norm) == 4 and t.norm.isdigit() and 1900 < int(t.norm) < pub:
            return f"history: {tokens[k].text} … {t.text}"
    return None


def since_old_year(
    tokens: Sequence[Token], lo: int, hi: int, clause: tuple[int, int], first: int, published: str | None, arrest: bool
) -> str | None:
    """An incident known or held since a year before publication: an arrest in a sentence that says the
    person has been held since then ("وأودع في السجن منذ 14 أغسطس 2013"), or any trigger after "منذ 2008"
    in its clause ("أكدت منذ 2008 بأن الغارة شنتها إسرائيل") happened that long ago. A comparison
    ("أعنف هجوم منذ 2014") starts nothing."""
    if not published or not published[:4].isdigit():
        return None
    pub = int(published[:4])
    span = range(lo, hi) if arrest else range(clause[0], first)
    for k in span:
        why = _since_old_year(tokens, k, hi, pub)
        if why:
            return why
    return _when_then(tokens, lo, first, pub) or _toll_since_old_year(tokens, first, hi, pub)


#: Words of a toll (shadow-form prefixes, article stripped): what a count "since 2015" after the trigger counts.
_TOLL_STEMS = ("قتيل", "قتلي", "ضحايا", "خلف", "اسفر", "اوقع", "حصيل")


def _toll_since_old_year(tokens: Sequence[Token], first: int, hi: int, pub: int) -> str | None:
    """"في عمليات الطعن وإطلاق النار والدهس …، والتي خلفت نحو 55 قتيلا إسرائيليا منذ أكتوبر 2015": a toll
    word after the trigger, then منذ and a year before publication later in the sentence (no full stop
    between), count the trigger's dead over years: the trigger names a series, not one incident ("قتل
    خمسة في درنة التي يحاصرها الجيش منذ 2016" has no toll word before منذ, and stays)."""
    toll = False
    for k in range(first + 1, hi):
        t = tokens[k]
        if t.kind == "punct" and t.text in _HARD_BREAKS:
            return None
        if t.kind != "word":
            continue
        if toll and (why := _since_old_year(tokens, k, hi, pub)):
            return f"a toll since an earlier year: {why}"
        toll = toll or _bare(t).startswith(_TOLL_STEMS) or t.norm.lstrip("و").startswith(_TOLL_STEMS)
    return None


#: "When" words that open the telling of a past moment: "الأكثر دموية منذ مارس 2016، حين حاول مسلحون …".
_WHEN = frozenset({"حين", "عندما", "حينما"})


def _when_then(tokens: Sequence[Token], lo: int, first: int, pub: int) -> str | None:
    """A trigger after "منذ <earlier year>، حين …" in its sentence (a comparison too: "the deadliest since
    March 2016, when gunmen tried to seize the town") tells what happened in that year."""
    for k in range(lo, first):
        t = tokens[k]
        if t.kind != "word" or _bare(t) != "منذ":
            continue
        year = next((i for i in range(k + 1, min(first, k + 1 + SINCE_YEAR_REACH)) if tokens[i].kind == "number"
                     and len(tokens[i].norm) == 4 and tokens[i].norm.isdigit() and 1900 < int(tokens[i].norm) < pub), None)
        if year is None:
            continue
        when = next((i for i in range(year + 1, min(first, year + 4)) if tokens[i].kind == "word"
                     and _bare(tokens[i]) in _WHEN), None)
        if when is not None:
            return f"history: منذ {tokens[year].text}، {tokens[when].text}"
    return None


def year_then_when(tokens: Sequence[Token], lo: int, first: int, published: str | None) -> str | None:
    """"اعتبارا من 1976، عندما دخل الجيش السوري الأراضي اللبنانية، باسطا السيطرة على …": a year before
    publication with a "when" word right after it (past a comma) opens the telling of that year's moment,
    and a trigger later in the sentence is part of it, whatever word led to the year (the منذ form is
    `_when_then`'s)."""
    if not published or not published[:4].isdigit():
        return None
    pub = int(published[:4])
    for k in range(lo, first):
        t = tokens[k]
        if t.kind == "punct" and t.text in _HARD_BREAKS:
            return None
        if not (t.kind == "number" and len(t.norm) == 4 and t.norm.isdigit() and 1900 < int(t.norm) < pub):
            continue
        when = next((i for i in range(k + 1, min(first, k + 3)) if tokens[i].kind == "word"
                     and _bare(tokens[i]) in _WHEN), None)
        if when is not None and all(tokens[i].kind == "punct" for i in range(k + 1, when)):
            return f"history: {t.text}، {tokens[when].text}"
    return None


def year_before_where(tokens: Sequence[Token], lo: int, first: int, published: str | None) -> str | None:
    """An old year in the sentence before a حيث that comes before the trigger ("اتهم عام 2015 بتنفيذ
    عملية طعن، أصيب فيها مستوطنان، حيث جرى اعتقاله"): what حيث goes on to tell happened then, however
    many clauses follow."""
    for j in range(first - 1, lo, -1):
        if tokens[j].kind == "word" and _bare(tokens[j]) == "حيث":
            why = old_year(tokens, lo, j, published)
            return f"{why} (حيث)" if why else None
    return None


#: Words of a campaign or a war whose toll is a running total ("حصيلة قتلى العملية العسكرية").
#: (Not هجوم: "حصيلة الهجوم على السوق" is one incident's toll.)
_CAMPAIGNS = frozenset({"عمليه", "حمله", "حرب", "نزاع", "صراع", "عدوان", "ازمه", "ثوره", "احداث", "معارك"})
#: A campaign owned by its doer or told in the plural (منذ بداية حملته، منذ تصاعد عمليات القوات): the same start.
_CAMPAIGNS_OWNED = frozenset({"حملته", "حملتها", "عمليته", "عمليتها", "عمليات", "عملياته", "عملياتها"})


def campaign_toll(tokens: Sequence[Token], start: int, first: int) -> str | None:
    """"ارتفعت حصيلة قتلى العملية العسكرية إلى 162 مدنيا غالبيتهم في قصف …" / "عدد القتلى في الحرب":
    what follows the toll of a campaign counts its dead over its whole course, not one incident."""
    for i in range(max(start, first - 3 * CHARGE_REACH), first):
        if "حصيل" not in tokens[i].norm and (_bare(tokens[i]) != "عدد" or i < first - 2):
            continue
        near = _words_after(tokens, i, len(tokens), 3)  # the campaign may follow the trigger: عدد القتلى في الحرب
        if any(_bare(tokens[k]) in _CAMPAIGNS for k in near):
            return f"total: {tokens[i].text} {' '.join(tokens[k].text for k in near)}"
    return None


#: Words one of which a token of the clause holds when `campaign_toll` fires (its حصيلة or عدد).
CAMPAIGN_TOLL_CUES = frozenset({"حصيل", "عدد"})


#: Participles of equipment: "مدمرة مسلحة بصواريخ" is armed with missiles, not firing them.
_EQUIPPED = ("مسلح", "مزود", "مجهز", "محمل", "مدجج")


def equipped_with(tokens: Sequence[Token], first: int, lo: int) -> str | None:
    """A weapon after "مسلحة ب / مزودة ب / مجهزة ب": what something carries is no attack."""
    if first <= lo or not tokens[first].norm.startswith(("ب", "وب")):
        return None
    prev = tokens[first - 1]
    if prev.kind != "word" or not _bare(prev).startswith(_EQUIPPED) or not _bare(prev).endswith(("ه", "ات")):
        return None  # a man "(غير) مسلح برصاص" is a victim or a doer; a ship or a truck is "مسلحة ب"
    if first - 2 >= lo and _bare(tokens[first - 2]) == "غير":
        return None
    return f"equipment: {prev.text} {tokens[first].text}"


#: Words of a charge, a conviction or a verdict: what follows them in the clause is what someone is
#: accused or convicted of ("وشملت الاتهامات … قتل ضابط"، "أدينوا باستهداف كنائس"), not a report.
_CHARGES = frozenset(
    "تهم تهمه اتهامات اتهام لائحه ادين ادينوا ادينت مدان مدانه مدانين مدانون مدانات احكام محاكمه محاكمتهم".split()
)


#: How many words after a charge word the list of charges may run.
CHARGE_REACH = 15


def charged(tokens: Sequence[Token], start: int, first: int) -> str | None:
    """A charge or verdict word earlier in the trigger's clause, at most `CHARGE_REACH` words back (a
    list of charges runs on; a clash outside the court told later in the sentence is news)."""
    return back_word(tokens, start, first, CHARGE_REACH, _is_charge, "charge")


#: Words one of which a token of the clause holds when `charged` fires.
CHARGE_CUES = _CHARGES


def _is_charge(t: Token) -> bool:
    return _bare(t) in _CHARGES or t.norm.lstrip("وب") in _CHARGES


def back_word(tokens: Sequence[Token], start: int, first: int, reach: int, test: Any, why: str) -> str | None:
    """"why: word" for the nearest of the `reach` words before `first` (not before `start`) that passes `test`."""
    i, words = first - 1, 0
    while i >= start and words < reach:
        t = tokens[i]
        if t.kind == "word":
            words += 1
            if test(t):
                return f"{why}: {t.text}"
        i -= 1
    return None


def in_thousands(tokens: Sequence[Token], first: int, lo: int) -> str | None:
    """"آلاف الضربات الجوية" / "آلاف من الغارات": thousands of attacks are a campaign's sum."""
    j = first - 1
    if j >= lo and tokens[j].norm == "من":
        j -= 1
    if j >= lo and _is_thousands(tokens[j]):
        return f"total: {tokens[j].text}"
    return None


#: "أي" before a noun: any such thing ("لمواجهة أي اشتباكات"، "لصد أي هجوم") is a case imagined, not one reported.
_ANY = frozenset({"اي", "لاي", "باي", "ايه", "لايه"})


def hypothetical(tokens: Sequence[Token], first: int, lo: int) -> str | None:
    """The trigger right after أي ("any"): a case imagined or guarded against, not an incident."""
    j = first - 1
    if j >= lo and tokens[j].kind == "word" and tokens[j].norm.lstrip("و") in _ANY:
        return f"any: {tokens[j].text} {tokens[first].text}"
    return None


#: Adverbs of frequency: what happens daily or repeatedly (يتم انتهاكه يوميا، قصف يومي) is a habit, not an incident.
#: (Not دوما, the town of Duma, nor يومي, "the two days of".)  أحيانا: "sometimes the shelling stops for hours" tells a
#: routine of life under shelling.
_FREQUENCY = frozenset({"يوميا", "اسبوعيا", "باستمرار", "مرارا", "تكرارا", "دايما", "احيانا"})
#: How many words either side of a trigger an adverb of frequency governs it ("تتعرض يوميا لقصف"،
#: "يتم انتهاكه يوميا"); further off it tells of something else ("هدنة … لمدة خمس ساعات يوميا").
FREQUENCY_REACH = 6


#: A time noun that a following "and/to another" makes "from time to time" (من حين لآخر، بين الحين والآخر،
#: من وقت لآخر، بين فينة وأخرى): a frequency, as يوميا is.
_TIME_NOUNS = frozenset({"حين", "وقت", "فينه", "اخري"})
_ANOTHER = frozenset({"لاخر", "والاخر", "واخر", "لاخري", "واخري", "والاخري"})


def _time_to_time(tokens: Sequence[Token], words: Sequence[int], k: int) -> bool:
    return k + 1 < len(words) and _bare(tokens[words[k]]) in _TIME_NOUNS and tokens[words[k + 1]].norm in _ANOTHER


def habitual(tokens: Sequence[Token], first: int, last: int, start: int, end: int) -> str | None:
    """An adverb of frequency within `FREQUENCY_REACH` words of the trigger, inside its clause (a time noun
    with its "to another", من حين لآخر, counts as one)."""
    before = [i for i in range(start, first) if tokens[i].kind == "word"][-FREQUENCY_REACH:]
    after = [i for i in range(last + 1, end) if tokens[i].kind == "word"][:FREQUENCY_REACH + 1]
    for words in (before, after):
        for k, i in enumerate(words[:FREQUENCY_REACH]):
            if _bare(tokens[i]) in _FREQUENCY:
                return f"habit: {tokens[i].text}"
            if _time_to_time(tokens, words, k):
                return f"habit: {tokens[i].text} {tokens[words[k + 1]].text}"
    return None


#: Words one of which a token of the clause holds when `habitual` fires: an adverb of frequency, or the اخر
#: every word of `_ANOTHER` holds.
HABIT_CUES = frozenset({*_FREQUENCY, "اخر"})


#: Present-tense verbs of support (shadow forms, a glued و dropped): "يدعم التحالف قوات سوريا الديمقراطية في
#: معاركها"، "إيران تدعم أعمال الشغب": backing told as a standing relation, not an incident.
_SUPPORTS = frozenset({"يدعم", "تدعم", "يدعمون", "يساند", "تساند", "يساندون", "يويد", "تويد"})
#: How many words before the trigger the support verb may stand, in its clause.
SUPPORT_REACH = 12
#: A relative pronoun before the verb makes it describe a side (التحالف الذي يدعم الأسد); a complementizer
#: after it opens the clause of what was said, where the trigger is told in its own right.
_RELATIVES = frozenset({"الذي", "التي", "الذين"})
_THAT = frozenset({"ان"})


def supported(tokens: Sequence[Token], start: int, first: int) -> str | None:
    """A present-tense support verb, no relative pronoun right before it, within `SUPPORT_REACH` words before
    the trigger in its clause and with no إن/أن between."""
    words = [i for i in range(start, first) if tokens[i].kind == "word"][-SUPPORT_REACH:]
    for k in range(len(words) - 1, -1, -1):
        w = tokens[words[k]].norm
        if w in _THAT:
            return None
        if w.removeprefix("و") in _SUPPORTS and not (k and tokens[words[k - 1]].norm in _RELATIVES):
            return f"support: {tokens[words[k]].text}"
    return None


#: Words of an end right before a battle or strike word (انتهاء المعارك، نهاية العملية العسكرية، توقف القصف):
#: the fighting is told as over, a war's state, not an incident of the day.
_ENDS = frozenset({"انتهاء", "نهايه", "انهاء", "توقف", "بانتهاء", "بنهايه", "لانتهاء"})


def ended(tokens: Sequence[Token], first: int, lo: int) -> str | None:
    """The word right before the trigger (in its clause) is the end of it (رغم إعلان انتهاء المعارك)."""
    j = first - 1
    while j >= lo and tokens[j].kind != "word":
        j -= 1
    if j < lo:
        return None
    w = tokens[j].norm
    w = w[1:] if len(w) > 4 and w[0] in "وف" else w
    return f"ended: {tokens[j].text}" if w in _ENDS else None


#: Words of proof: an attack cited as evidence ("أدلة تثبت استخدام … خلال استهدافهم") is an argument
#: about a past incident, dated to when the proof is shown, not a report of one.
_PROOF = frozenset({"ادله", "دليل", "دلايل", "براهين", "اثبات", "تثبت", "يثبت", "يثبتان", "تثبتان"})
#: How many words back a proof word still governs a trigger.
PROOF_REACH = 10


def cited_as_proof(tokens: Sequence[Token], start: int, first: int) -> str | None:
    """A proof word within `PROOF_REACH` words before the trigger in its clause."""
    return back_word(tokens, start, first, PROOF_REACH, lambda t: _bare(t) in _PROOF, "proof")


#: Words one of which a token of the clause holds when `cited_as_proof` fires (its word of proof).
PROOF_CUES = _PROOF


#: Words of a start after منذ: "منذ بداية العملية العسكرية" counts from a campaign's start.
_STARTS = frozenset({"بدايه", "انطلاق", "انطلاقه", "بدء", "اطلاق"})
#: A campaign's escalation counts from its start as well (منذ تصاعد عمليات القوات المشتركة).
_ESCALATION = frozenset({"تصاعد"})
#: What منذ may count a doer's own campaign from, and the campaigns it may name (`since_campaign_owned`).
_OWNED_STARTS = _STARTS | _ESCALATION
_OWNED_CAMPAIGNS = _CAMPAIGNS | _CAMPAIGNS_OWNED


#: A wave of protests whose start a total counts from ("عدد القتلى … منذ بدء الاحتجاجات").
_WAVES = frozenset({"احتجاجات", "مظاهرات", "تظاهرات", "مسيرات", "انتفاضه", "هبه"})


def since_campaign_start(tokens: Sequence[Token], last: int, end: int) -> str | None:
    """"منذ بداية العملية" anywhere later in the trigger's clause: a list of counts closed by the start
    of a campaign ("مقتل 71 … وإلقاء القبض على خمسة، … منذ بداية العملية") is its running total; so is a
    definite noun trigger closed by the start of a protest wave ("عدد القتلى … منذ بدء الاحتجاجات"), but not a
    verb ("قتلت فلسطينيا، ليزيد عدد من قتلوا منذ بدء الاحتجاجات": today's killing, then the total).
    Not `since_campaign_owned`: only a start word and a bare campaign, but a protest wave too (nouns only)."""
    noun = tokens[last].norm.lstrip("و").startswith("ال")
    for j in range(last + 1, end - 2):
        if (tokens[j].norm.lstrip("و") == "منذ" and _bare(tokens[j + 1]) in _STARTS
                and (_bare(tokens[j + 2]) in _CAMPAIGNS or (noun and _bare(tokens[j + 2]) in _WAVES))):
            return f"total: منذ {tokens[j + 1].text} {tokens[j + 2].text}"
    return None


def since_campaign_owned(tokens: Sequence[Token], last: int, end: int) -> str | None:
    """"قتل عدد من المتطرفين … منذ بداية حملته"، "خسائر الميليشيات … منذ تصاعد عمليات القوات": the start
    (or escalation) of the doer's own campaign or of the operations later in the clause closes a running
    total, verb or noun, as since_campaign_start's bare campaign does.  It differs from that test in taking
    an escalation (تصاعد) and an owned or plural campaign (حملته، عمليات), but never a protest wave; it is
    asked later in `not_new`'s order, so the two stay apart."""
    for j in range(last + 1, end - 2):
        if (tokens[j].norm.lstrip("و") == "منذ" and _bare(tokens[j + 1]) in _OWNED_STARTS
                and _bare(tokens[j + 2]) in _OWNED_CAMPAIGNS):
            return f"total: منذ {tokens[j + 1].text} {tokens[j + 2].text}"
    return None


#: Words of a pretext: what the killer alleged ("قتله بزعم محاولته تنفيذ عملية دهس"، "بذريعة") is his claim
#: about the victim, not a second incident.
#: A cover or a justification claimed for fire ("استخدام الاحتجاجات كغطاء لشن هجمات"، "يعطي مبررا للحكومة كي
#: تواصل قصف المنطقة") is the same: what a side is said to seek leave for (not "تحت غطاء جوي", a support).
_PRETEXT = frozenset({"بزعم", "زعم", "بدعوي", "بحجه", "بذريعه", "ذريعه", "كذريعه", "كحجه", "مزاعم", "بادعاء", "ادعاء",
                      "كغطاء", "مبرر", "مبررا", "كمبرر", "ذرايع", "بذرايع"})
#: How many words back a pretext word governs a trigger.
PRETEXT_REACH = 5


def pretext(tokens: Sequence[Token], start: int, first: int) -> str | None:
    """A pretext word within `PRETEXT_REACH` words before the trigger in its clause."""
    return back_word(tokens, start, first, PRETEXT_REACH, lambda t: t.norm.lstrip("و") in _PRETEXT, "pretext")


#: Verbs of calling: a protest someone calls for ("دعت اللجان إلى الخروج بمظاهرة"، "يدعو للتظاهر") is a plan.
#: (Verbs only: "استجابة لدعوة …" precedes a protest that took place.)
_CALLS = frozenset({"دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون", "ندعو", "ناشد", "ناشدت", "ناشدوا"})
#: How many words back a call verb governs a protest.
CALL_REACH = 8


#: Nouns of a call right before a ل-protest ("تتضمن المبادرة الدعوة للاحتشاد يوم 31 أغسطس"): a plan; not after
#: a word of answering it ("استجابة لدعوة"، "تلبية للدعوة").
_CALL_NOUNS = frozenset({"دعوه", "دعوات", "لدعوه", "بدعوه"})
_ANSWERS = frozenset({"استجابه", "تلبيه", "استجابا", "تلبيا"})


def called_for(tokens: Sequence[Token], start: int, first: int) -> str | None:
    """A call verb within `CALL_REACH` words before a protest trigger in its clause, with إلى or لـ
    leading to it: the call, not the protest; so is a call noun right before a ل-protest."""
    lead = tokens[first].norm.startswith("لل") or any(tokens[i].norm == "الي" for i in range(start, first))
    if not lead:
        return None
    j = first - 1
    if (j >= start and tokens[first].norm.startswith("لل") and _bare(tokens[j]) in _CALL_NOUNS
            and not (j - 1 >= start and _bare(tokens[j - 1]) in _ANSWERS)):
        return f"call: {tokens[j].text} {tokens[first].text}"
    why = back_word(tokens, start, first, CALL_REACH, _is_call, "call")
    if why is not None:
        return why
    goal = next((i for i in range(first - 1, start - 1, -1) if tokens[i].norm == "الي"), None)
    if goal is not None and _goal_phrase(tokens, goal, first):
        # "ودعت التنسيقيات في بيان، إلى ما وصفتها مظاهرات حاشدة": the call governs إلى; what its goal says
        # of the protest ("what it called") does not move the verb further away
        return back_word(tokens, start, goal, CALL_REACH, _is_call, "call")
    return None


def _is_call(t: Token) -> bool:
    return t.norm.lstrip("و") in _CALLS


#: Words between a call's إلى and its protest that only frame it (ما وصفته "…"، ما أسمته).
_GOAL_FRAME = frozenset({"ما", "وصفته", "وصفتها", "وصفه", "وصفها", "اسمته", "اسماه", "سمته", "سماه", "اسمتها", "سمتها"})


def _goal_phrase(tokens: Sequence[Token], goal: int, first: int) -> bool:
    """Only framing words (ما وصفتها) lie between إلى and the protest: the protest is the call's goal."""
    words = [tokens[i] for i in range(goal + 1, first) if tokens[i].kind == "word"]
    return bool(words) and all(_bare(t) in _GOAL_FRAME or t.norm in _GOAL_FRAME for t in words)


def told_as_cause(tokens: Sequence[Token], first: int, lo: int) -> str | None:
    """"التي أدى اعتقالها إلى أزمة": a trigger right after a relative pronoun and a verb of result is
    a known event given as the cause of something else."""
    if first - 2 < lo:
        return None
    verb, rel = tokens[first - 1], tokens[first - 2]
    if verb.norm in _RESULT and rel.norm.lstrip("و") in _RELATIVES:
        return f"reference: {rel.text} {verb.text}"
    return None


#: Words of interception (shadow form prefixes, without و and the article): a missile or a drone that is
#: intercepted, shot down or repelled did not hit the place it was fired at (ACLED: disrupted weapons use).
_INTERCEPT = ("اعترض", "اعتراض", "تصدت", "تصدي", "يتصدي", "تتصدي", "اسقط", "اسقاط")
#: What air defences intercept (shadow form prefixes, article stripped): missiles, rockets and drones
#: (a manned plane shot down is no disrupted attack).
_PROJECTILES = ("صاروخ", "صواريخ", "لصاروخ", "لصواريخ", "قذيف", "قذائف", "لقذائف", "قذايف", "لقذايف", "مسير", "درون")
_DRONE_WORDS = frozenset({"بدون", "مسيره", "مسيرات", "درون"})
#: Words of a hit: beside them the attack landed, whatever else was intercepted.
IMPACT_WORDS = (
    "سقط", "اصاب", "تصيب", "يصيب", "انفجر", "اسفر", "ادي", "ادت", "مقتل", "قتل", "اضرار", "خسائر", "جرح", "جرحي", "مصرع",
)
#: How many words before a weapon or strike word an interception word governs it; after it only a
#: passive interception (تم اعتراضه، اعترضته الدفاعات) counts, this close.
INTERCEPT_BEFORE = 12
#: How many words after an interception verb its object (the missile or the drone) may come.
INTERCEPT_OBJECT = 6
INTERCEPT_AFTER = 6
#: Air defences as the subject right after an interception verb (shadow forms, article dropped).
_DEFENDERS = ("دفاع", "منظوم", "وسايط", "بطاري")
_INTERCEPT_AFTER = ("اعترض", "اعتراض")


#: Words of an air raid by aircraft (shadow form, article stripped): a strike by jets is no missile salvo.
_AIR_RAID = ("غاره", "غارات", "مقاتلات", "مقاتلتي", "حربيه")
#: Air words that are a raid's unless air defence speaks (الدفاعات الجوية).
_AIR_ADJ = ("جوي", "جويه")
#: Words of a launch toward a target (أطلق، باتجاه، في طريقه) or of a ballistic missile: a salvo in flight.
_LAUNCH = ("اطلق", "اطلاق", "باتجاه", "نحو", "طريقه", "متجه", "بالستي", "باليستي")


def missile_salvo(tokens: Sequence[Token], lo: int, hi: int, near: tuple[int, int]) -> bool:
    """The sentence tells a missile or drone launched at a target (أطلق، باتجاه، باليستي), with the
    projectile in `near` (the trigger's clause and the one before), no air raid by aircraft and no hit
    but its debris's."""
    words = [i for i in range(lo, hi) if tokens[i].kind == "word"]
    bare = [_bare(tokens[i]) for i in words]
    if any(w.startswith(_AIR_RAID) for w in bare):
        return False
    if any(w in _AIR_ADJ and not (k and bare[k - 1].startswith("دفاع")) for k, w in enumerate(bare)):
        return False
    if not any(w.startswith(_LAUNCH) for w in bare):
        return False
    if not any(_projectile(tokens, i, hi) for i in words if near[0] <= i < near[1]):
        return False
    debris = any(w.startswith(DEBRIS) for w in bare)
    return debris or not any(w.startswith(IMPACT_WORDS) for w in bare)


def interception_told(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """The sentence tells an interception of a missile or a drone: an interception word (not a purpose,
    "لإسقاط") with a projectile in the sentence or a pronoun for it ("تمكنت من اعتراضه وتدميره")."""
    words = [i for i in range(lo, hi) if tokens[i].kind == "word"]
    caught = [i for i in words if (_bare(tokens[i]).startswith(_INTERCEPT) or tokens[i].norm.lstrip("و").startswith(_INTERCEPT))
              and not tokens[i].norm.lstrip("و").startswith(("لا", "لل"))]
    if not caught:
        return False
    if any(_projectile(tokens, i, hi) for i in words):
        return True
    return any(tokens[i].norm.endswith(("ه", "ها", "هما")) for i in caught)


def _drone(tokens: Sequence[Token], i: int, end: int) -> bool:
    """Token i is a drone told in flight: طائرة بدون طيار / مسيرة, then كانت / حاولت within four words."""
    w = _bare(tokens[i])
    if not (w.startswith(("طائره", "طائرات", "طاير")) and i + 1 < end and _bare(tokens[i + 1]) in _DRONE_WORDS):
        return False
    return any(_bare(t).startswith(_IN_FLIGHT) for t in tokens[i + 2 : min(end, i + 7)] if t.kind == "word")


#: Verbs of destroying: with a drone in flight as object, an interception (not a strike on a drone base).
_DESTROY = ("دمر", "تدمير")
#: Debris of a missile or drone shot down (shadow-form prefixes, article stripped): its hits ("سقوط الشظايا")
#: are the interception's, not a strike's.
DEBRIS = ("شظايا", "حطام")
#: … both kinds of stopping, looked up at every token of an interception window.
_STOPPED = (*_INTERCEPT, *_DESTROY)
#: Words telling a drone was on its way (كانت تحاول، حاولت، كانت تستهدف).
_IN_FLIGHT = ("كانت", "حاولت", "تحاول")


def _projectile(tokens: Sequence[Token], i: int, end: int) -> bool:
    """Token i names a missile, a rocket or a drone (طائرة only with بدون طيار / مسيرة after it)."""
    w = _bare(tokens[i])
    if w.startswith(_PROJECTILES) or tokens[i].norm.lstrip("و").startswith(_PROJECTILES):
        return True
    if w.startswith(("طائره", "طائرات", "طاير", "لطاير")) and i + 1 < end:
        return _bare(tokens[i + 1]) in _DRONE_WORDS
    return False


#: Words of a capability: "قادر على التصدي لصواريخ" tells what a system can do, not an interception.
_CAPABLE = frozenset({"قادر", "قادره", "قادرين", "قادرون", "قدره", "قدرات", "قدرتها", "قدرته", "تستطيع", "يستطيع",
                      "مصمم", "مصممه", "يتمكن", "تتمكن", "ليتمكن", "لتتمكن"})


def intercepted(tokens: Sequence[Token], first: int, last: int, start: int, end: int) -> int | None:
    """"اعترضت الدفاعات صاروخا أطلقه الحوثيون باتجاه نجران" / "أسقطت طائرة بدون طيار حاولت استهداف المطار":
    an interception word with a missile or a drone right after it, before the trigger (or a passive
    interception right after the trigger), and no word of a hit in the clause: the attack was disrupted,
    not carried out on its target.  Returns the interception word's index (for the caller's blockers:
    "لم تحاول إسقاط أي من الصواريخ" intercepted nothing)."""
    words = [i for i in range(start, end) if tokens[i].kind == "word"]
    # debris of what was shot down may still kill (وأسفر سقوط الشظايا عن مقتل مقيم): no hit of the attack;
    # not for a definite projectile (اعتراض الصاروخ وتدميره), a retelling of the interception already told
    debris = not tokens[first].norm.lstrip("وب").startswith("ال") and any(
        _bare(tokens[i]).startswith(DEBRIS) for i in words)
    if not debris and any(
            _bare(tokens[i]).startswith(IMPACT_WORDS) or tokens[i].norm.lstrip("و").startswith(IMPACT_WORDS) for i in words):
        return None
    before = [i for i in words if i < first][-INTERCEPT_BEFORE:]
    for n, i in enumerate(before):
        t = tokens[i]
        if not (_bare(t).startswith(_STOPPED) or t.norm.lstrip("و").startswith(_INTERCEPT)):
            continue
        if t.norm.lstrip("و").startswith(("لا", "لل")):
            continue  # "مصمم لإسقاط الصواريخ"، "للتصدي لأي هجوم": a purpose, not an interception
        if any(_bare(tokens[k]).removeprefix("ب") in _CAPABLE for k in before[max(0, n - 3) : n]):
            continue
        # its object: the next words, the trigger among them (تصدت لصواريخ at once; اعترضت الدفاعات الجوية
        # مساء السبت صاروخا after its subject and a time)
        reach = 2 if _bare(t).startswith(("تصد", "يتصد", "تتصد")) else INTERCEPT_OBJECT
        objects = [*before[n + 1 : n + 1 + reach], first][:reach]
        subject = [*before[n + 1 : n + 2], first][0]
        if reach == 2 and _bare(tokens[subject]).startswith(_DEFENDERS):
            # the air defences named first: the object marked by ل follows them (تصدت الدفاعات الجوية لصاروخين)
            seq = [*before[n + 1 : n + 1 + INTERCEPT_OBJECT], first]
            m = next((k for k, i in enumerate(seq) if tokens[i].norm.startswith("ل")), None)
            objects = seq[m : m + 2] if m is not None else objects  # its word and the next (لهجوم صاروخي)
        if _bare(t).startswith(_DESTROY):
            # a drone destroyed in flight (دمر التحالف طائرة بدون طيار كانت تحاول استهداف المطار)
            if any(_drone(tokens, k, end) for k in [*before[n + 1 :], first]):
                return i
            # what air defences destroyed, they shot down (الدفاعات الجوية واجهت ودمرت صاروخين إسرائيليين)
            if any(_bare(tokens[k]).startswith(_DEFENDERS) for k in before[max(0, n - 4) : n]) and any(
                    _projectile(tokens, k, end) for k in objects):
                return i
            continue
        if any(_projectile(tokens, k, end) for k in objects):
            return i
    if _projectile(tokens, first, end) and not tokens[first].norm.endswith("ي"):  # not "الدفاع الصاروخي"
        for i in [i for i in words if i > last][:INTERCEPT_AFTER]:
            if _bare(tokens[i]).startswith(_INTERCEPT_AFTER) or tokens[i].norm.lstrip("و").startswith(_INTERCEPT_AFTER):
                return i
    return None


#: Words before a trigger that make it part of a set phrase, by the trigger's class: rules of engagement
#: (قواعد الاشتباك), riot police (شرطة مكافحة الشغب), an arrest warrant or order (مذكرة اعتقال، أمر
#: بالاعتقال), a call to stop arrests (إيقاف اعتقال الناشطين).
_SET_PHRASES = {
    # فض / فك only with the singular: فض الاشتباك، اتفاقية فك الاشتباك "disengagement"; خط المواجهة، خطوط
    # الاشتباك: the front line, a place where forces face each other, not a clash
    "clash": frozenset({"قواعد", "قاعده", "فض", "لفض", "فك", "لفك", "خط", "خطوط", "لخط", "بخط", "لخطوط"}),
    "riot": frozenset({"مكافحه", "لمكافحه", "بمكافحه"}),
    "arrest": frozenset({"امر", "اوامر", "مذكره", "مذكرات", "امرا", "بامر", "وقف", "ايقاف", "بايقاف", "بوقف",
                         "لوقف", "انهاء", "بانهاء",
                         # a place or a procedure of detention (مركز الاعتقال، إجراءات التوقيف) is no arrest
                         "مركز", "مراكز", "معسكر", "معسكرات", "اجراءات", "ظروف"}),
}


def set_phrase(tokens: Sequence[Token], first: int, lo: int, cls: str) -> str | None:
    """The word right before the trigger makes it a set phrase of no incident (see `_SET_PHRASES`)."""
    heads = _SET_PHRASES.get(cls)
    if heads is None or first - 1 < lo or tokens[first - 1].kind != "word":
        return None
    prev = tokens[first - 1]
    if _bare(prev) in ("فض", "لفض", "فك", "لفك") and not tokens[first].norm.endswith("اشتباك"):
        return None  # "لفض الاشتباكات": clashes there were, and someone broke them up
    if _bare(prev) in heads or prev.norm.lstrip("و") in heads or _unglued(prev.norm) in heads:
        return f"set phrase: {prev.text} {tokens[first].text}"
    return None


def _unglued(w: str) -> str:
    """The word without a glued و and one ب/ل ("بقواعد الاشتباك" → قواعد)."""
    w = w[1:] if len(w) > 3 and w[0] == "و" else w
    return w[1:] if len(w) > 3 and w[0] in "بل" else w


#: Words of a rumour: "سرت شائعات عن وقوع اشتباكات" tells what was rumoured, not what happened.
_RUMOURS = frozenset({"شايعات", "شايعه", "اشاعات", "اشاعه", "لشايعات", "بشايعات"})
def rumoured(tokens: Sequence[Token], lo: int, first: int) -> str | None:
    """A rumour word anywhere before the trigger in its sentence ("ومن الشائعات، تم تداول صور عن إشكال
    تخلله إطلاق نار"): the sentence tells what was rumoured."""
    return back_word(tokens, lo, first, first - lo, _is_rumour, "rumour")


#: Words one of which a token of the sentence holds when `rumoured` fires (the piece every rumour word holds).
RUMOUR_CUES = frozenset({"شايع", "اشاع"})


def _is_rumour(t: Token) -> bool:
    return ("شايع" in t.norm or "اشاع" in t.norm) and _bare(t) in _RUMOURS  # the substring test is the cheap one


#: Words that deny a report before "عن/من الصحة": "عار عن الصحة"، "لا أساس له من الصحة".
_DENIALS = frozenset({"عار", "عاريه", "اساس"})


def denied(tokens: Sequence[Token], last: int, hi: int) -> str | None:
    """A denial of truth later in the trigger's sentence ("ما يجري تداوله عن وقوع اشتباكات … هو عار عن
    الصحة"): the trigger is the claim denied, not an incident."""
    for k in range(last + 2, hi):
        if _bare(tokens[k]) == "صحه" and tokens[k - 1].norm in ("عن", "من"):
            if any(_bare(tokens[j]) in _DENIALS for j in range(max(last + 1, k - 3), k - 1)):
                return f"denied: {tokens[k - 1].text} {tokens[k].text}"
    return None


#: Words one of which a token of the sentence holds when `denied` fires (the صحة of its denial).
DENIED_CUES = frozenset({"صحه"})


#: Words of losses and of a cause: "خسائر كبيرة جراء المواجهات والغارات" blames losses on fighting in general;
#: so does a harm denied to anyone ("لم يصب أي إسرائيلي جراء الاحتجاجات").
_LOSSES = frozenset({"خساير", "خسايرها", "خسايره", "خسايرهم"})
_CAUSES = frozenset({"جراء", "بسبب", "نتيجه", "بفعل"})
#: How many words back a loss word still governs the cause before the trigger.
LOSSES_REACH = 10


def losses_from(tokens: Sequence[Token], first: int, last: int, start: int, end: int) -> str | None:
    """A definite trigger that closes its clause right after a cause word (or another trigger coordinated
    after one) with a loss word before it: the fighting losses are blamed on, named in general, not an
    incident ("خسائر كبيرة لحقت بالحوثيين جراء المواجهات والغارات الجوية")."""
    if not tokens[first].norm.lstrip("و").startswith("ال"):
        return None
    rest = [tokens[k] for k in range(last + 1, end) if tokens[k].kind != "punct"]
    if len(rest) > 3 or any(not t.norm.startswith(("ال", "وال")) for t in rest):
        return None  # an object, a place or a time follows (not just "والغارات الجوية"): a told incident
    words = [k for k in range(start, first) if tokens[k].kind == "word"]
    if not words:
        return None
    k = words[-1]
    if _bare(tokens[k]) not in _CAUSES and len(words) > 1 and tokens[first].norm.startswith("وال"):
        k = words[-2]  # "جراء المواجهات والغارات": the second of two coordinated nouns
    if _bare(tokens[k]) not in _CAUSES:
        return None
    why = back_word(tokens, start, k, LOSSES_REACH, lambda t: _bare(t) in _LOSSES, "losses from fighting")
    if why is None and back_word(tokens, start, k, 5, lambda t: t.norm == "اي", "any"):
        why = back_word(tokens, start, k, 7, lambda t: t.norm.lstrip("و") in ("لم", "لا"), "no harm from")
    return why


#: Verbs of habit: "دأبت الميليشيات على استهداف …" tells a practice over time.
_HABIT_VERBS = ("داب", "اعتاد")  # matched as prefixes: دأبت، اعتادوا …


def used_to(tokens: Sequence[Token], first: int, lo: int) -> str | None:
    """A verb of habit earlier in the trigger's sentence ("دأبت على استهداف المدنيين، حيث تقصف الأحياء"):
    the trigger tells a practice, not an incident. (كان before an imperfect is left alone: "كانوا يحتجون"
    is as often the scene of an incident as a habit.)"""
    for i in range(lo, first):
        if tokens[i].kind == "word" and tokens[i].norm.lstrip("وف").startswith(_HABIT_VERBS):
            return f"habit: {tokens[i].text}"
    return None


#: Words one of which a token of the sentence holds when `used_to` fires (its verb of habit, a prefix).
USED_TO_CUES = frozenset(_HABIT_VERBS)


#: Words of a share: "السيطرة على نحو 65 بالمئة من المنطقة" measures a campaign's progress.
_PERCENT = frozenset({"بالمايه", "بالميه", "%", "المايه", "الميه"})  # shadow forms: ئ is ي


#: Fractions of an area ("السيطرة على نصف الغوطة"، "أكثر من ثلث مساحة المنطقة"), read like a percentage.
_FRACTIONS = frozenset({"نصف", "ثلث", "ربع", "ثلثي", "ثلثا", "ارباع", "خمس"})
#: Words of the greater part before a wide area ("بسطت سيطرتها على معظم محافظة درعا"، "استعادة السيطرة على
#: معظم المناطق والموانئ"): a campaign's sum, read like a fraction (issue 5, round 50).  Most of a town's
#: entrances or quarters ("السيطرة على معظم مداخل درنة") is a day's gain and stays.
_MOST = frozenset({"معظم", "اغلب", "غالبيه"})
#: Wide areas (shadow form, article stripped) whose greater part only a campaign takes.
_WIDE_AREAS = frozenset({"محافظه", "محافظتي", "محافظات", "مناطق", "اراضي", "بلاد", "ارياف", "مدن", "قري", "بلدات"})
#: How many tokens after a territory trigger the share may stand.
SHARE_REACH = 6


def _most(tokens: Sequence[Token], k: int) -> bool:
    """Token k is معظم/أغلب/غالبية before a wide area (محافظة، المناطق، البلاد): the greater part of it."""
    return (_bare(tokens[k]) in _MOST and k + 1 < len(tokens)
            and _bare(tokens[k + 1]) in _WIDE_AREAS)


def share_taken(tokens: Sequence[Token], last: int, hi: int) -> str | None:
    """A percentage or a fraction within `SHARE_REACH` tokens after a territory trigger: the share of an
    area taken so far, a campaign's progress rather than one place taken ("استعادة السيطرة على أكثر من 70
    بالمئة" puts five tokens before the percentage)."""
    for k in range(last + 1, min(hi, last + SHARE_REACH + 1)):
        if tokens[k].norm in _PERCENT or _bare(tokens[k]) in _FRACTIONS or _most(tokens, k):
            return f"share of an area: {tokens[k].text}"
    return None


#: Negated verbs of stopping that describe fire as unceasing ("غارات جوية لا تهدأ"، "قصف لا يتوقف").
_UNCEASING = frozenset({"يهدا", "تهدا", "يتوقف", "تتوقف", "ينقطع", "تنقطع", "يكف", "تكف"})


def unceasing(tokens: Sequence[Token], last: int, hi: int) -> str | None:
    """An attack described right after it as never stopping ("وسط غارات جوية لا تهدأ على الغوطة") is a
    campaign told as a backdrop, not one strike."""
    after = _words_after(tokens, last, hi, 3)
    for n, j in enumerate(after[:-1]):
        if _bare(tokens[j]) in ("لا", "لم") and _bare(tokens[after[n + 1]]) in _UNCEASING:
            return f"a campaign: {tokens[j].text} {tokens[after[n + 1]].text}"
    return None


#: Nouns of a count, a rate or cases: "ارتفاع في عدد الغارات"، "عدد المعتقلين"، "حالات التوقيف" sum a period.
_COUNTS = frozenset({"عدد", "اعداد", "حجم", "معدل", "معدلات", "نسبه", "وتيره", "حالات"})


def counted(tokens: Sequence[Token], first: int, lo: int, cls: str) -> str | None:
    """The trigger right after a noun of a count ("عدد الغارات"، not "عدد من الغارات"): a sum or a trend.

    A death toll ("عدد القتلى") is the toll of an incident told beside it, so killings are left alone."""
    j = first - 1
    if cls == "kill" or j < lo or tokens[j].kind != "word" or _bare(tokens[j]) not in _COUNTS:
        return None
    return f"a count: {tokens[j].text} {tokens[first].text}"


#: Forms of a deployment or an alert (reinforcements sent, a state of alert) and a cordon named as a place
#: (الطوق الجنوبي): troops moving or standing ready are no incident.
_DEPLOYMENTS = ("تعزيز", "بتعزيز", "استنفار", "الاستنفار")


def deployment(tokens: Sequence[Token], first: int) -> str | None:
    """"أرسلت تعزيزات عسكرية إلى …" / "أعلن حالة استنفار" / "خرقت الطوق البحري": no incident."""
    t = tokens[first]
    w = t.norm.lstrip("و")
    if w.startswith(_DEPLOYMENTS) or _bare(t).startswith(_DEPLOYMENTS) or w == "الطوق":
        return f"a deployment, not an incident: {t.text}"
    return None


#: Verbs of discussing: what a seminar, a report or a meeting "deals with" (ستتناول الندوة حملات المداهمات)
#: is its topic, not an incident it reports.
_DISCUSS = frozenset(
    "تناول تتناول يتناول ستتناول سيتناول تناولت تناقش يناقش ناقش ناقشت ستناقش سيناقش تتطرق يتطرق تطرق تطرقت "
    "ستتطرق سيتطرق تستعرض يستعرض ستستعرض".split()
)
#: How many words back a verb of discussing governs a trigger in its clause (a topic list runs long).
DISCUSS_REACH = 40


def discussed(tokens: Sequence[Token], start: int, first: int) -> str | None:
    """A verb of discussing earlier in the trigger's clause: the trigger is a topic."""
    return back_word(tokens, start, first, DISCUSS_REACH, lambda t: t.norm.lstrip("و") in _DISCUSS, "topic")


#: Words one of which a token of the clause holds when `discussed` fires (its verb of discussing).
DISCUSSED_CUES = _DISCUSS


#: Acts of a gesture (مقاطعة التصويت احتجاجا على …): "احتجاجا" after them is the reason for the act,
#: not a demonstration.
_GESTURES = ("مقاطع", "انسحاب", "انسحب", "استقال", "تعليق", "علق", "رفض", "امتنع", "امتناع", "استدع", "مجمد", "تجميد",
             "جمد", "الغاء", "الغت", "طرد")
#: Nouns a protest word may depend on without telling a protest (مطالب المحتجين "the protesters' demands").
_OWNERS = frozenset({"مطالب", "مطالبات", "حقوق", "ممثلي", "ممثلو", "لمطالب", "بمطالب"})
GESTURE_REACH = 12


def protest_gesture(tokens: Sequence[Token], first: int, start: int) -> str | None:
    """"قاطعوا التصويت احتجاجا على الخفض": a boycott, a walk-out or a resignation done in protest is no
    demonstration; "مطالب المحتجين" names the protesters' demands, not a protest."""
    t = tokens[first]
    if first - 1 >= start and tokens[first - 1].kind == "word" and tokens[first - 1].norm.lstrip("و") in _OWNERS:
        return f"possessor: {tokens[first - 1].text} {t.text}"
    if t.norm.lstrip("و") != "احتجاجا":
        return None
    return back_word(
        tokens, start, first, GESTURE_REACH,
        lambda x: _bare(x).startswith(_GESTURES) or x.norm.lstrip("و").startswith(_GESTURES), "a gesture of protest",
    )


#: Natural disasters (shadow-form prefixes, article stripped): floods that "swept away" or "trapped" people
#: are no looting and no detention.
_NATURAL = ("سيول", "فيضان", "امطار", "زلزال", "عاصفه", "اعصار")
#: Ordinary crimes (shadow-form prefixes, article stripped) an arrest may be for: out of ACLED's scope.
_CRIMES = ("كحول", "خمور", "مخدر", "حشيش", "ابتزاز", "تبتز", "يبتز", "سرقه", "سطو", "احتيال", "اغتصاب", "تحرش", "دعاره",
           "رشوه", "اختلاس", "اتجار")
#: People that may be sold (shadow-form prefixes, article stripped): "بتهمة الترويج لبيع طفلة" is trafficking,
#: an ordinary crime; a sale of anything else (بيع أسلحة لداعش) may be the conflict's and is left alone.
_SOLD_PEOPLE = ("طفل", "اطفال", "رضيع", "نساء", "فتيات", "فتاه", "بشر", "اعضاء")
#: How many words after an arrest its charge may name the crime.
CRIME_REACH = 15
#: Words after تجمع that make it an organisation (تجمع مدني، تجمع "كلنا وطني"), not a gathering.
_BODY_ADJ = frozenset({"مدني", "سياسي", "انتخابي", "حزبي", "وطني", "نقابي", "مهني", "شبابي", "نسايي"})
#: Words of flight (shadow-form prefixes, article stripped): a crowd fleeing fighting is displacement.
_FLIGHT = ("هربا", "فرارا", "نازح", "نزوح", "هاربين", "فارين")
#: A feminine plural after مقاتلات (الكرديات، اللواتي، أمهاتهن): women fighters, not fighter jets.
_WOMEN = ("اللواتي", "اللاتي")


def natural_disaster(tokens: Sequence[Token], lo: int, hi: int) -> str | None:
    """Rain, floods or an earthquake in the sentence ("أمطار قوية خلفت فيضانات جرفت شخصين"، "احتجزتهم السيول"):
    the harm is nature's, not an incident of political violence."""
    for i in range(lo, hi):
        if tokens[i].kind == "word" and _bare(tokens[i]).startswith(_NATURAL):
            return f"natural disaster: {tokens[i].text}"
    return None


#: Armed men among those arrested (عناصر قوات النظام، جنود): their crimes are the conflict's, in scope.
_ARMED_MEN = ("عناصر", "عنصر", "قوات", "جنود", "جندي", "مسلح", "ميليشي", "مليشي", "ضباط", "ضابط")


def ordinary_crime(tokens: Sequence[Token], last: int, hi: int) -> str | None:
    """An arrest whose sentence names an ordinary crime after it, before a full stop (بتهمة تصنيع الكحول،
    "أوقفت ثلاثة أشخاص، رجلين وامرأة، لتنفيذهم عمليات ابتزاز"): policing out of ACLED's scope, unless
    the arrested are armed men (soldiers looting homes are the conflict's)."""
    seen = 0
    for j in range(last + 1, hi):
        t = tokens[j]
        if t.kind == "punct" and t.text in _HARD_BREAKS:
            break
        if t.kind != "word":
            continue
        seen += 1
        if seen > CRIME_REACH:
            break
        w = _bare(t).removeprefix("ب").removeprefix("ل")
        if w.startswith(_ARMED_MEN):
            return None
        if w.startswith(_CRIMES) or _bare(t).startswith(_CRIMES):
            return f"ordinary crime: {t.text}"
        if w == "بيع" and j + 1 < hi and tokens[j + 1].kind == "word" and _bare(tokens[j + 1]).startswith(_SOLD_PEOPLE):
            return f"ordinary crime: {t.text} {tokens[j + 1].text}"
    return None


def not_a_crowd(tokens: Sequence[Token], first: int, last: int, start: int, end: int, hi: int) -> str | None:
    """A protest word that names no demonstration: تجمع as an organisation (تجمع مدني، لتجمع "كلنا وطني"),
    or a crowd massed in flight from fighting (احتشد 200 ألف شخص … هربا من المعارك)."""
    if _bare(tokens[first]).removeprefix("ل") == "تجمع" and last + 1 < hi:
        nxt = tokens[last + 1]
        if (nxt.kind == "punct" and nxt.text in '"«“') or _bare(nxt) in _BODY_ADJ:
            return f"an organisation: {tokens[first].text} {nxt.text}"
    for i in range(start, end):
        if tokens[i].kind == "word" and _bare(tokens[i]).startswith(_FLIGHT):
            return f"a crowd in flight: {tokens[i].text}"
    return None


def women_fighters(tokens: Sequence[Token], last: int, hi: int) -> str | None:
    """"المقاتلات الكرديات اللواتي شاركن"، "مقاتلات الغوطة مع أمهاتهن": women fighters, not jets."""
    for j in _words_after(tokens, last, min(hi, last + 5), 4):
        w = _bare(tokens[j])
        if w in _WOMEN or (w.endswith("يات") and len(w) > 4) or w.endswith("هن"):
            return f"women fighters: {tokens[j].text}"
    return None


#: Words of intensifying or increase (shadow-form prefixes, without و): "كثفت الطائرات ضرباتها"، "تكثفت وتيرة
#: القصف"، "إثر زيادة الضربات الجوية" tell a trend of days, not one strike, unless the clause gives the day.
_INTENSIFY = ("كثف", "كثفت", "تكثف", "تكثفت", "يكثف", "تكثيف", "وتيره", "زياده", "تزايد")
#: The pace of what follows (shadow form, whole word: وتيرة keeps its و, which the stems' lstrip drops):
#: "ارتفاع وتيرة الاحتجاجات"، "تراجع وتيرة الهجمات" tell a trend, rising or falling.  (حدة, "intensity", is
#: read only falling, `_FALLING`: "تصاعدت حدة المواجهات على حدود القطاع" leads a report of the day's clashes.)
_PACE = frozenset({"وتيره", "ووتيره", "بوتيره"})
#: Intensity (حدة) after a verb of falling (shadow forms, a glued و dropped): "تراجعت حدة الاحتجاجات"،
#: "خفت حدة المعارك" tell a lull, a trend like a pace, where a rising intensity leads the day's report.
_INTENSITY = "حده"
_FALLING = frozenset({"تراجعت", "تراجع", "خفت", "هدات", "هدا", "انخفضت", "تضاءلت", "تقلصت", "خفتت", "تراجعا"})
#: Words of a day in the clause (اليوم، أمس، فجر، a weekday): the intensified fire of that day is an incident.
_DAY_WORDS = frozenset({"يوم", "اليوم", "امس", "فجر", "صباح", "مساء", "ظهر", "ليل", "ليله", "الليله"})
#: How many words before the trigger a verb of intensifying governs it.
INTENSIFY_REACH = 5


def intensified(tokens: Sequence[Token], start: int, first: int, end: int) -> str | None:
    """"وكثفت الطائرات ضرباتها الجوية على جنوب إدلب"، "تكثفت وتيرة إطلاق القذائف"، "تراجعت حدة الاحتجاجات":
    a trend, when the clause names no day."""
    words = [i for i in range(max(start, first - 2 * INTENSIFY_REACH), first) if tokens[i].kind == "word"][-INTENSIFY_REACH:]
    hit = next((i for i in words if tokens[i].norm.lstrip("و").startswith(_INTENSIFY) or tokens[i].norm in _PACE), None)
    lull = hit is None and _lull(tokens, words)
    if lull:
        hit = next(i for i in words if tokens[i].norm == _INTENSITY)
        if any(any(c.isdigit() for c in tokens[i].text) for i in range(hit, end)):
            return None  # "تراجعت حدة التظاهرات … بعد أن بلغت ذروتها في 14 أيار": the peak's dated incident
    if hit is None:
        return None
    pace = lull or tokens[hit].norm in _PACE
    if pace and any(tokens[i].kind == "word" and _bare(tokens[i]).startswith((*_TOLL_STEMS, *HURT_STEMS))
                    for i in range(start, hit)):
        return None  # "بسقوط عشرات القتلى، إثر تصاعد وتيرة الهجمات": the day's toll the rising attacks caused
    # a pace told after another act's day ("6 غارات مساء الأربعاء، بعد تراجع وتيرة الاحتجاجات") is undated itself
    told_from = max(start, hit - 2) if pace else start
    if any(tokens[i].kind == "word" and (_bare(tokens[i]) in _DAY_WORDS | _WEEKDAYS or tokens[i].norm in _DAY_WORDS)
           for i in range(told_from, end)):
        return None
    return f"a trend: {tokens[hit].text}"


def _lull(tokens: Sequence[Token], words: Sequence[int]) -> bool:
    """حدة right after a verb of falling among the words before the trigger: a lull, not an incident."""
    return any(tokens[i].norm == _INTENSITY and tokens[j].norm.lstrip("و") in _FALLING for j, i in pairwise(words))


#: Words one of which a token of the clause holds when `intensified` fires (its verb or noun of intensifying).
INTENSIFIED_CUES = frozenset({*_INTENSIFY, *_PACE, _INTENSITY})


#: Verbal nouns of an arrest with ل ("نصبوا كمينا لضبط المتهمة"): the ambush or raid was the way to the arrest.
_FOR_ARREST = ("لضبط", "لاعتقال", "للقبض", "لالقاء", "لتوقيف", "لاحتجاز")


def ambush_for_arrest(tokens: Sequence[Token], last: int, hi: int) -> str | None:
    """A clash word followed by "ل + arrest" within two words: an arrest's ambush, not a battle."""
    for j in _words_after(tokens, last, hi, 2):
        if tokens[j].norm.lstrip("و").startswith(_FOR_ARREST):
            return f"the way to an arrest: {tokens[j].text}"
    return None


#: Who carried out an attack (مهاجم، منفذ، الجاني، انتحاري): their capture is the attack's outcome.
_ATTACKERS = ("مهاجم", "منفذ", "جاني", "جناه", "انتحاري")
#: Ordinals that count people a sentence has already counted (قتل ثلاثة من المهاجمين واعتقال الرابع).
_ORDINALS = frozenset("ثاني ثالث رابع خامس سادس".split())
#: Deeds of an attack an ordinal capture counts on from (مقتل أحدهم وإصابة آخر واعتقال ثالث).
_ATTACK_DEEDS = ("قتل", "مقتل", "قتلت", "هجوم", "هجمات", "تفجير", "اصابه", "اطلق", "دهس", "انتحاري")


def attacker_taken(tokens: Sequence[Token], last: int, lo: int, hi: int) -> str | None:
    """An arrest whose first words after it (past على/عليه) name an attacker (ألقي القبض على مهاجم ثالث),
    or an ordinal in a sentence that tells the attack (قتل ثلاثة من المهاجمين واعتقال الرابع): the attacker
    captured in or after the attack the report tells is part of it; ACLED codes the attack, not an arrest."""
    after = [j for j in _words_after(tokens, last, hi, 3) if _bare(tokens[j]) not in ("علي", "عليه", "عليهم")][:2]
    if not after:
        return None
    w = _bare(tokens[after[0]])
    if w.startswith(_ATTACKERS) or w.removeprefix("ل").startswith(_ATTACKERS):
        return f"an attacker captured: {tokens[after[0]].text}"
    if w in _ORDINALS and any(
        t.kind == "word" and _bare(t).startswith(_ATTACK_DEEDS) for t in tokens[lo:hi]
    ):
        return f"an attacker captured: {tokens[after[0]].text}"
    return None


#: Words that make an arrest one outcome, a manner or a matter rather than a deed: أو before it (قتل أو
#: اعتقال البغدادي: a prospect of one or the other), لتنفيذ before it (اقتحم المخيم لتنفيذ عمليات اعتقال:
#: the aim of a raid), تتعلق ب (انتقادات تتعلق باعتقال ناشطين: what a row is about).
_ALTERNATIVE = frozenset({"او"})
_FOR_DOING = frozenset({"لتنفيذ", "لشن", "بهدف", "لغرض"})
_ABOUT = frozenset({"تتعلق", "يتعلق", "المتعلقه", "متعلقه", "المتعلق", "متعلق", "تتصل", "يتصل"})
#: Nouns of a state an arrest noun completes (في حالة اعتقال، رهن الاعتقال، قيد الاحتجاز): in custody, no arrest.
_CUSTODY = frozenset({"حاله", "رهن", "قيد"})
#: "تعسفي" after an arrest noun (الاعتقال التعسفي، اعتقالات تعسفية): the practice reports denounce.
_ARBITRARY = ("تعسفي", "التعسفي")


def arrest_not_deed(tokens: Sequence[Token], first: int, last: int, lo: int, hi: int) -> str | None:
    """An arrest word told as an alternative (قتل أو اعتقال), an aim (لتنفيذ عمليات اعتقال), a matter
    (تتعلق باعتقال), a state (في حالة اعتقال: in custody) or a practice (الاعتقالات التعسفية): no arrest
    the report tells."""
    before = [t for t in tokens[max(lo, first - 3) : first] if t.kind == "word"]
    if before and before[-1].norm in _ALTERNATIVE:
        return f"an alternative: {before[-1].text} {tokens[first].text}"
    if any(t.norm.lstrip("و") in _FOR_DOING for t in before[-2:]):
        return f"an aim: {tokens[first].text}"
    if before and before[-1].norm in _ABOUT and tokens[first].norm.startswith("ب"):
        return f"a matter: {before[-1].text} {tokens[first].text}"
    if before and before[-1].norm in _CUSTODY:
        return f"in custody: {before[-1].text} {tokens[first].text}"
    after = _words_after(tokens, last, hi, 1)
    if after and tokens[after[0]].norm.lstrip("و").startswith(_ARBITRARY):
        return f"a practice: {tokens[first].text} {tokens[after[0]].text}"
    return None


#: Question words: "لماذا شننتم الغارة؟" asks about an attack, it reports none.
_QUESTIONS = frozenset({"لماذا", "هل", "كيف", "متي", "ماذا"})
#: How many words back a question word governs a trigger in its clause.
QUESTION_REACH = 6


def questioned(tokens: Sequence[Token], start: int, first: int) -> str | None:
    """A question word within `QUESTION_REACH` words before the trigger in its clause."""
    return back_word(tokens, start, first, QUESTION_REACH, lambda t: t.norm.lstrip("وف") in _QUESTIONS, "question")


#: A line this short with no final stop, after the first line, is a crosshead or a link to another report
#: ("للمزيد: ضربات جوية تستهدف مطار التيفور"، "هجوم صعدة: مقتل العشرات …"): the article tells its own
#: incidents in sentences.
LINK_WORDS = 16
_STOPS = frozenset(".!?؟…")


#: What a line pointing to another report opens with (shadow form): "للمزيد - معركة عفرين: من يقاتل من؟".
_READ_MORE = tuple(normalize(w) for w in ("للمزيد", "اقرأ أيضا", "إقرأ أيضا", "اقرأ المزيد"))


def link_line(text: str, start: int) -> bool:
    """The offset `start` lies on a line after the first that has at most `LINK_WORDS` words and no final
    stop, or that opens with "for more" / "read also" (its headline may end in a question mark)."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or not text[:line_start].strip():
        return False
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    return _read_more(line) or _head_shape(line)


def _read_more(line: str) -> bool:
    """The line opens with "for more" / "read also": it points to another report."""
    return normalize(line).startswith(_READ_MORE)


def _head_shape(line: str) -> bool:
    """A stripped line of at most `LINK_WORDS` words and no final stop (a sentence of the report ends in one)."""
    return bool(line) and line[-1] not in _STOPS and len(line.split()) <= LINK_WORDS


def is_crosshead(line: str) -> bool:
    """A crosshead or a headline: a line of that shape (`_head_shape`) that points to no other report."""
    return _head_shape(line) and not _read_more(line)


#: Words that, followed by ما, make the clause a habit ("وعادة ما يشن التحالف غارات").
_HABIT_HEADS = frozenset({"عاده", "غالبا", "كثيرا", "دايما", "نادرا"})


def habit_opener(tokens: Sequence[Token], start: int, first: int) -> str | None:
    """"عادة ما" / "غالبا ما" anywhere before the trigger in its clause: what usually happens."""
    for i in range(start, first - 1):
        if tokens[i + 1].norm == "ما" and _bare(tokens[i]) in _HABIT_HEADS:
            return f"habit: {tokens[i].text} ما"
    return None


_OPENER_ENDS = tuple(_SPAN_OPENERS)
#: Words after a span that close it in the past ("خلال الأيام الخمسة الماضية"، "خلال الأسابيع الأخيرة").
_PAST_ADJ = frozenset({"ماضيه", "ماضي", "اخيره", "منصرمه", "سابقه"})


def span_before(tokens: Sequence[Token], start: int, first: int) -> str | None:
    """"كثفت خلال الأيام الماضية غاراتها": a span of past days or months before the trigger in its
    clause makes it a sum over that span, not one incident."""
    for i in range(start, first - 1):
        if not tokens[i].norm.endswith(_OPENER_ENDS) or _bare(tokens[i]) not in _SPAN_OPENERS:
            continue
        ahead = [k for k in range(i + 1, min(first, i + 5)) if tokens[k].kind in ("word", "number")]
        words = [_bare(tokens[k]) for k in ahead]
        # "تعرضت طوال سنوات لقصف": years need no "past" to be a period; other spans do (خلال الأيام الماضية)
        # "على مدار الأسبوع الماضي": a week's days, summed, as "خلال الأيام الماضية" are
        spans = bool(words) and (words[0] in _SPANS or words[0] == "اسبوع")
        if words and (words[0] in _YEARS or (spans and any(w in _PAST_ADJ for w in words[1:]))):
            return f"period: {tokens[i].text} {tokens[ahead[0]].text}"
    if first - 2 >= start and tokens[first - 1].norm in ("فتره", "الفتره") and _bare(tokens[first - 2]) in _SPAN_OPENERS:
        return f"period: {tokens[first - 2].text} {tokens[first - 1].text}"  # "خلال فترة سيطرتهم على"
    return None


#: Words one of which a token of the clause holds when `span_before` fires (a span opener, on both of its paths).
SPAN_BEFORE_CUES = _SPAN_OPENERS


#: Plural years or decades: a span opener before them (طوال سنوات، على مدى عقود) spans years.
_YEARS = frozenset({"سنوات", "سنين", "اعوام", "عقود"})


#: Weekdays (shadow form, article stripped): "منذ الاثنين" counts from a day, a running total.
_WEEKDAYS = frozenset({"سبت", "احد", "اثنين", "ثلاثاء", "اربعاء", "خميس", "جمعه"})
#: How many words after a trigger a "since <weekday>" still closes its sentence's count.
SINCE_DAY_REACH = 14


def since_day_before(tokens: Sequence[Token], start: int, first: int) -> str | None:
    """"ومنذ يوم الأحد الماضي تتعرض الغوطة لقصف مكثف": since a weekday before the trigger in its clause, the
    trigger runs over the days since then (a campaign or a running count), not one incident."""
    for i in range(start, first - 1):
        if tokens[i].kind != "word" or tokens[i].norm.lstrip("و") != "منذ" or compared(tokens, i):
            continue
        ahead = [_bare(t) for t in tokens[i + 1 : min(first, i + 3)] if t.kind == "word"]
        if ahead and (ahead[0] in _WEEKDAYS or (ahead[0] == "يوم" and ahead[1:2] and ahead[1] in _WEEKDAYS)):
            return f"period: منذ {tokens[i + 1].text}"
    return None


def since_day(tokens: Sequence[Token], last: int, hi: int) -> str | None:
    """"المعارك أوقعت 40 قتيلا، وأكثر من مئة جريح منذ الاثنين الماضي": a toll counted since a weekday,
    past a comma, is a running total over several days, not one day's incident."""
    words = 0
    for j in range(last + 1, hi - 1):
        t = tokens[j]
        if t.kind == "punct":
            if t.text in _HARD_BREAKS:
                return None
            continue
        words += 1
        if words > SINCE_DAY_REACH:
            return None
        if t.norm.lstrip("و") == "منذ" and _bare(tokens[j + 1]) in _WEEKDAYS:
            return f"period: منذ {tokens[j + 1].text}"
    return None


#: Words one of which a token of the sentence holds when `since_day` fires (its منذ).
SINCE_DAY_CUES = frozenset({"منذ"})


def victims_of(tokens: Sequence[Token], first: int, lo: int) -> str | None:
    """"تعازيه لأسر ضحايا المداهمة"، "ضحايا هجمات التنظيم": an incident named by its victims is one the
    report refers back to (a lead, condolences, a tally), not one it tells."""
    j = first - 1
    if j >= lo and tokens[j].kind == "word" and tokens[j].norm.lstrip("و").removeprefix("ل") == "ضحايا":
        return f"reference: {tokens[j].text} {tokens[first].text}"
    return None


#: Words of a length of time: "فترة توقيف المشتبه بهم" is how long a detention may last, not an arrest;
#: of a continuing or prolonged one ("بسبب استمرار اعتقال قس"، "تمديد توقيفه"): a state, not a new arrest.
_DURATION = frozenset({"فتره", "مده", "لفتره", "لمده", "استمرار", "باستمرار", "لاستمرار", "تمديد", "بتمديد"})


def detention_term(tokens: Sequence[Token], first: int, lo: int) -> str | None:
    """An arrest word right after فترة / مدة / استمرار / تمديد: a term of detention, not an arrest."""
    j = first - 1
    if j >= lo and tokens[j].kind == "word" and tokens[j].norm.removeprefix("و") in _DURATION:
        return f"a term, not an arrest: {tokens[j].text} {tokens[first].text}"
    return None


#: Words of a prospect or a resolve right before a takeover: "على وشك السيطرة"، "إيذانا باستعادته السيطرة"،
#: "قرب سيطرتها"، "عزم الجيش على … استعادة السيطرة" (not yet taken).
_PROSPECTS = frozenset({"وشك", "ايذانا", "بصدد", "تمهيدا", "قاب", "قرب", "اقتراب", "عزم", "عزمه", "عزمها"})


def takeover_aim(tokens: Sequence[Token], first: int, lo: int = 0) -> str | None:
    """"لاستعادة السيطرة" / "للسيطرة على": a takeover with the ل of purpose is an aim, not a capture; one
    right after a word of a prospect (على وشك، إيذانا ب) has not happened yet."""
    w = tokens[first].norm.lstrip("وف")
    if w.startswith("ل") and (w[1:].startswith(("استعاد", "استرد", "سيطر")) or w.startswith("للسيطر")):
        return f"aim: {tokens[first].text}"
    before = [t for t in tokens[max(lo, first - 3) : first] if t.kind == "word"][-2:]
    prospect = next((t for t in before if _bare(t) in _PROSPECTS), None)
    return f"prospect: {prospect.text} {tokens[first].text}" if prospect is not None else None


#: Words of a court: an execution told with one ("أعدم شنقا"، "بحكم"، "ببراءة رجل أعدم") is a sentence carried
#: out, which ACLED does not code; a killing "لقتله" (for having killed) is punished, not perpetrated.
#: (Not بتهمة or محكمة alone: an armed group "executes" on its own charges and in its own courts.)
_COURT = frozenset({"شنقا", "شنق", "بالشنق", "براءه", "ببراءه", "ادين", "ادانته", "ادانه", "قضاييا", "قضايي"})
_PUNISHED_FOR = ("لقتل", "لدهس", "لاغتيال", "لتورط", "لطعن", "لتفجير")
COURT_REACH = 8


def judicial(tokens: Sequence[Token], first: int, lo: int, hi: int) -> str | None:
    """An execution verb (أعدم) with a court word or the crime it punishes within `COURT_REACH` words."""
    if not tokens[first].norm.lstrip("و").startswith(("اعدم", "يعدم", "تعدم")):
        return None
    near = [t for t in tokens[max(lo, first - COURT_REACH) : min(hi, first + COURT_REACH + 1)] if t.kind == "word"]
    for t in near:
        if _bare(t) in _COURT or t.norm.lstrip("و") in _COURT or t.norm.startswith(_PUNISHED_FOR):
            return f"a judicial execution: {t.text}"
    return None


#: "وسبق أن اقتحمت الشرطة …": what had happened before the news.
_BEFORE_NOW = frozenset({"سبق", "سبقت"})
PREVIOUSLY_REACH = 4


def previously(tokens: Sequence[Token], start: int, first: int) -> str | None:
    """سبق (أن) within `PREVIOUSLY_REACH` words before the trigger in its clause: an earlier occasion; so is
    the adverb سابقا ("قد شنت سابقا غارات"، "ووصف نتنياهو أردوغان سابقا بالرجل الذي يقصف"), unless it closes a
    former name ("هيئة تحرير الشام (النصرة سابقا)"، "المعروفة سابقا"), which dates nothing."""
    why = back_word(tokens, start, first, PREVIOUSLY_REACH, lambda t: _bare(t) in _BEFORE_NOW, "before the news")
    if why is not None:
        return why
    for i in range(max(start, first - 2 * PREVIOUSLY_REACH), first):
        if tokens[i].kind == "word" and _bare(tokens[i]) == "سابقا" and not _former_name(tokens, i):
            return f"before the news: {tokens[i].text}"
    return None


#: Words one of which a token of the clause holds when `previously` fires (سبق or سابقا).
PREVIOUSLY_CUES = frozenset({*_BEFORE_NOW, "سابقا"})


def _former_name(tokens: Sequence[Token], i: int) -> bool:
    """سابقا at token i closes a former name: a bracket right after it, or المعروف(ة) before it."""
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is not None and after.kind != "word" and after.text in ")]":
        return True
    return i > 0 and _bare(tokens[i - 1]) in ("معروف", "معروفه")


#: Adjectives of a trend right after the trigger: "مواجهات متزايدة" is a rise, not an incident.
_TRENDS = frozenset({"متزايده", "متزايد", "متصاعده", "متصاعد", "متناميه", "متنامي"})


def trend(tokens: Sequence[Token], last: int, hi: int) -> str | None:
    """A trend adjective right after the trigger (مواجهات متزايدة، هجمات متصاعدة)."""
    after = _words_after(tokens, last, hi, 1)
    if after and _bare(tokens[after[0]]) in _TRENDS:
        return f"a trend: {tokens[after[0]].text}"
    return None


#: Possessive endings a plural trigger may carry (هجماتهما، احتجاجاتهم) before its adjective.
_POSSESSIVES = ("هما", "هم", "ها", "ه")
#: "Recent" after a plural: a series over the last weeks ("الاعتقالات الأخيرة", "هجماتهما الأخيرة").
_RECENT_ADJ = frozenset({"اخيره", "اخيرتين"})


def _plural(tok: Token) -> bool:
    """A sound feminine plural (غارات، اعتقالات، هجماتهما), the form a series of incidents takes."""
    w = _bare(tok)
    for suffix in _POSSESSIVES:
        if w.endswith("ات" + suffix):
            return True
    return w.endswith("ات")


def _series_form(tok: Token) -> bool:
    """A plural that may name a series: a sound feminine plural (`_plural`) or a broken plural of fighting
    (`_SERIES_NOUNS`: "المعارك الأخيرة في الغوطة وعفرين" are the battles of the last weeks, as الاشتباكات
    الأخيرة are)."""
    return _plural(tok) or _bare(tok) in _SERIES_NOUNS


def recent_series(tokens: Sequence[Token], first: int, last: int, hi: int) -> str | None:
    """A plural trigger with "الأخيرة" after it, itself or as the noun of خلال ("الاعتقالات الأخيرة"،
    "اعتقال 60 شخصا خلال الاحتجاجات الأخيرة"), sums the incidents of the last weeks: a series, not one
    incident (a single "الغارة الأخيرة" still points at one)."""
    after = _words_after(tokens, last, hi, 6)
    if first == last and _series_form(tokens[last]) and after and _bare(tokens[after[0]]) in _RECENT_ADJ:
        return f"a recent series: {tokens[last].text} {tokens[after[0]].text}"
    for a, b, c in zip(after, after[1:], after[2:], strict=False):
        if _bare(tokens[a]) == "خلال" and _series_form(tokens[b]) and _bare(tokens[c]) in _RECENT_ADJ:
            return f"a recent series: {tokens[a].text} {tokens[b].text} {tokens[c].text}"
    return None


#: Words one of which a token of the sentence holds when `recent_series` fires (its "recent" after the plural).
RECENT_SERIES_CUES = _RECENT_ADJ


#: Adjectives of a prospect after the trigger: "الضربة الأميركية المرتقبة" has not happened (not المحتمل or
#: المفترض, which also say "suspected" of an attack that did happen); "هجوم وشيك" (imminent) is one ahead too.
_EXPECTED = frozenset({"مرتقبه", "مرتقب", "مزمعه", "مزمع", "متوقعه", "متوقع", "وشيك", "وشيكه", "وشيكا"})
EXPECTED_REACH = 3


def expected(tokens: Sequence[Token], last: int, hi: int) -> str | None:
    """An adjective of a prospect within `EXPECTED_REACH` words after the trigger."""
    for j in _words_after(tokens, last, hi, EXPECTED_REACH):
        if _bare(tokens[j]) in _EXPECTED or tokens[j].norm in _EXPECTED:  # وشيك: its و is no conjunction
            return f"a prospect: {tokens[j].text}"
    return None


#: Imperfect verbs of expecting (يتوقع الجيش مشاركة عشرات الآلاف … احتجاجا): what is foreseen, not told.
_FORESEE = frozenset({"يتوقع", "تتوقع", "يتوقعون", "نتوقع", "اتوقع", "يتوقعان"})
#: Words that anchor the expected act to what came before it (بعد هجوم، ردا على الهجوم): past the verb's reach.
_PAST_ANCHORS = frozenset({"بعد", "عقب", "اثر", "إثر", "ردا", "جراء", "بسبب", "اعقاب", "منذ"})
#: How many words before the trigger a verb of expecting governs it, in its sentence.
FORESEE_REACH = 25


def foreseen(tokens: Sequence[Token], lo: int, first: int) -> str | None:
    """A verb of expecting (يتوقع، من المتوقع) within `FORESEE_REACH` words before the trigger in its sentence:
    "ويتوقع الجيش مشاركة عشرات الآلاف … في فترة بعد الظهر، احتجاجا على تدشين السفارة" foresees the protest
    (not "كما يتوقع", which grants what follows)."""
    i, words = first - 1, 0
    while i >= lo and words < FORESEE_REACH:
        t = tokens[i]
        if t.kind == "word":
            words += 1
            w = t.norm.lstrip("و")
            if w in _PAST_ANCHORS and not _time_after(tokens, i):
                return None  # "تتوقع أوساط شن ضربات بعد هجوم كيماوي أدى إلى مقتل": the attack is what came before
            prev = _prev_word(tokens, i, lo)
            if w in _FORESEE and (prev is None or prev.norm.lstrip("و") != "كما"):
                return f"foreseen: {t.text}"
            if w == "المتوقع" and prev is not None and prev.norm.lstrip("و") == "من":
                return f"foreseen: {prev.text} {t.text}"
        i -= 1
    return None


#: The stem every verb of expecting (`_FORESEE`) and المتوقع hold: `foreseen` fires on none without it.
FORESEEN_CUES = frozenset({"توقع"})


#: Words of a time of day or a span after بعد (بعد الظهر، بعد ساعات): a time, not an event before.
_TIME_AFTER = frozenset({"الظهر", "الظهيره", "ظهر", "منتصف", "ساعات", "ساعه", "ايام", "يوم", "غد", "الغد", "قليل"})


def _time_after(tokens: Sequence[Token], i: int) -> bool:
    nxt = next((t for t in tokens[i + 1 : i + 3] if t.kind == "word"), None)
    return nxt is not None and nxt.norm in _TIME_AFTER


def _prev_word(tokens: Sequence[Token], i: int, lo: int) -> Token | None:
    j = i - 1
    while j >= lo and tokens[j].kind != "word":
        j -= 1
    return tokens[j] if j >= lo else None


#: Feminine imperfects often met after قد (the masculine ones all start with ي).
_MAY_FEMININE = frozenset({"تودي", "تكون", "تصل", "تشهد", "ترتفع", "تتعرض", "تتحول", "تتسبب", "تسفر", "تصبح"})


def may_happen(tokens: Sequence[Token], start: int, first: int) -> str | None:
    """قد before an imperfect (قد يؤدي القتال إلى مقتل …) in the trigger's clause: what may happen."""
    for i in range(start, first - 1):
        if tokens[i].norm.lstrip("و") != "قد":
            continue
        nxt = tokens[i + 1].norm
        if tokens[i + 1].kind == "word" and (nxt.startswith("ي") or nxt in _MAY_FEMININE):
            return f"may: {tokens[i].text} {tokens[i + 1].text}"
    return None


#: Imperfect verbs of witnessing: "سيناء التي تشهد عمليات عسكرية" describes a standing condition.
_WITNESSES = frozenset({"تشهد", "يشهد"})


def standing_condition(tokens: Sequence[Token], first: int, lo: int) -> str | None:
    """A trigger right after a relative pronoun and تشهد/يشهد: what a place goes through, not an incident."""
    if first - 2 >= lo and tokens[first - 1].norm in _WITNESSES and tokens[first - 2].norm.lstrip("و") in _RELATIVES:
        return f"condition: {tokens[first - 2].text} {tokens[first - 1].text}"
    return None


#: Words of a depiction: "رفعوا صورا لمدنيين قتلوا في الهجوم" shows the victims of a past attack.
#: A video too: "فيديو يظهر لحظة ضرب غارة جوية لمبنى" describes footage, not a dated incident (فيديو is
#: matched as written: its ف is no clitic).
_PICTURES = frozenset({"صور", "صورا", "صوره", "لصور", "بصور", "لافتات", "صورهم", "فيديو", "بالفيديو"})
#: How many words back a picture word governs a trigger.
PICTURE_REACH = 5


def depicted(tokens: Sequence[Token], start: int, first: int) -> str | None:
    """A picture word within `PICTURE_REACH` words before the trigger in its clause: a depiction."""
    return back_word(tokens, start, first, PICTURE_REACH, lambda t: _bare(t) in _PICTURES or t.norm in _PICTURES, "depiction")


#: Words one of which a token of the clause holds when `depicted` fires (its picture word).
DEPICTED_CUES = _PICTURES


#: Verbs of showing (shadow form, و dropped) whose subject may be footage: أظهر، يظهر، وثق، يصور.
_SHOWS = frozenset({"اظهر", "اظهرت", "يظهر", "تظهر", "وثق", "وثقت", "يوثق", "توثق", "يصور", "تصور"})
#: Footage (bare shadow form; فيديو as written, since bare() reads its ف as a clitic).
_FOOTAGE = frozenset({"فيديو", "الفيديو", "لقطات", "مقطع", "مقاطع", "صور", "مشاهد", "تسجيل", "شريط"})
#: How many words a verb of showing and its footage may stand apart (مقطع فيديو يظهر، وأظهرت اللقطات).
FOOTAGE_GAP = 2
#: How many words before a verb of showing a source may cite its footage (وقال نشطاء إن الصور تظهر).
FOOTAGE_CITED = 6
#: How many words before the trigger a verb of showing governs it.
FOOTAGE_REACH = 20
#: Words of time or cause right before the trigger (خلال الغارات، إثر القصف): it frames what the footage shows.
_FRAMES = frozenset({"خلال", "اثناء", "اثر", "جراء", "عقب", "بعد", "ابان"})
#: Words of clips spread online (bare shadow form): amateur footage is how such news is known, not a depiction.
_ONLINE = frozenset({"انترنت", "الانترنت", "التواصل", "تواصل", "تداول", "تداولت", "تداولها", "متداول", "ناشطون", "ناشطين",
                     "نشطاء"})
#: Words of a source or a report (shadow form, و dropped) that open a told account after the footage.
_SOURCED = frozenset({"بحسب", "حسب", "وفقا", "فان", "قال", "قالت", "افاد", "افادت", "ذكر", "ذكرت", "اكد", "اكدت"})


def _footage(t: Token) -> bool:
    return t.kind == "word" and (_bare(t) in _FOOTAGE or t.norm.lstrip("و") in _FOOTAGE)


def footage_shows(tokens: Sequence[Token], lo: int, first: int) -> str | None:
    """Footage as the subject of a verb of showing earlier in the trigger's sentence ("وأظهر الفيديو، الذي جاء
    كجزء من حملة …، قصفاً جوياً"، "وأظهرت اللقطات رصد المتمردين …، واستهداف التجمعات"): what the trigger tells
    is the footage's content, past commas too, not an incident the report dates.  Not another sentence's footage,
    nor what a source then tells (وبحسب مصادر محلية فإن مسلحين أطلقوا النار), nor footage a source cites (قال
    نشطاء إن الصور تظهر) or clips spread online (مقاطع فيديو نشرت على الإنترنت), which are how such news is known,
    nor the time the footage is set in (خلال الغارات)."""
    if first > lo and tokens[first - 1].norm.lstrip("و") in _FRAMES:
        return None  # أظهر الرعب الذي عاشه أطفال خلال الغارات: the strikes are the time of what it shows, told as fact
    words = 0
    for i in range(first - 1, lo - 1, -1):
        t = tokens[i]
        if t.kind == "punct" and t.text in _HARD_BREAKS:
            return None  # another sentence's footage
        if t.kind != "word":
            continue
        words += 1
        if words > FOOTAGE_REACH or _cited_by(t):
            # too far, or a source tells what follows (وبحسب مصادر محلية فإن …), or clips spread online (مقاطع
            # فيديو نشرت على الإنترنت) are the news's evidence of the day
            return None
        if t.norm.lstrip("و") not in _SHOWS:
            continue
        near = [k for k in range(max(lo, i - 4), min(first, i + 4)) if k != i and tokens[k].kind == "word"]
        before = [k for k in near if k < i][-FOOTAGE_GAP:]
        after = [k for k in near if k > i][:FOOTAGE_GAP]
        if any(_footage(tokens[k]) for k in before + after):
            cited = [k for k in range(max(lo, i - FOOTAGE_CITED), i) if tokens[k].kind == "word"]
            if any(_cited_by(tokens[k]) for k in cited):
                return None  # وقال نشطاء إن الصور تظهر تعرض دوما لهجوم كيماوي: footage cited as evidence
            return f"footage: {t.text}"
    return None


#: Words one of which a token of the sentence holds when `footage_shows` fires (its verb of showing).
FOOTAGE_CUES = _SHOWS


def _cited_by(t: Token) -> bool:
    """A word of a source or of activists or clips online (قال، بحسب، نشطاء، الإنترنت)."""
    w = t.norm.lstrip("و")
    return w in _SOURCED or w in _ONLINE or _bare(t) in _ONLINE


#: "So far" (حتى الآن، إلى الآن، حتى اليوم، لغاية الآن): a count that runs up to the report's day.
_SO_FAR_HEADS = frozenset({"حتي", "الي", "لغايه", "لحد"})
_SO_FAR_ENDS = frozenset({"الان", "اليوم", "اللحظه"})
#: Words of a fight still going on before "so far" (اشتباكات مستمرة حتى الآن).
_ONGOING = ("مستمر", "متواصل", "جاري", "دائر")
#: Broken plurals of fighting that sum a series as the sound plurals do (المعارك).
_SERIES_NOUNS = frozenset({"معارك"})


def _so_far(tokens: Sequence[Token], i: int) -> bool:
    """Tokens i, i+1 read "so far" (وإلى الآن, حتى اليوم)."""
    return (i + 1 < len(tokens) and tokens[i].norm.lstrip("و") in _SO_FAR_HEADS
            and tokens[i + 1].norm in _SO_FAR_ENDS)


def so_far(tokens: Sequence[Token], first: int, last: int, start: int, end: int) -> str | None:
    """"أدت العملية حتى الآن إلى مقتل العشرات بسبب المعارك"، "قتل 30 منذ إعلان ترامب حتى اليوم": a
    count "so far" sums a period when its clause also has منذ (from a start to now) or the trigger is a
    plural of a series; a single incident's toll so far ("قتل 5 حتى الآن في الانفجار") stays."""
    at = next((i for i in range(start, end - 1) if _so_far(tokens, i)), None)
    if at is None or (at > start and _bare(tokens[at - 1]).startswith(_ONGOING)):
        return None  # "اشتباكات مستمرة حتى الآن": one fight still going on
    since = any(_bare(tokens[i]) == "منذ" for i in range(start, end))
    series = _plural(tokens[first]) or _bare(tokens[first]) in _SERIES_NOUNS
    if since or series:
        return f"period: {tokens[at].text} {tokens[at + 1].text}"
    return None


#: Words one of which a token of the clause holds when `so_far` fires (the end of its "so far").
SO_FAR_CUES = _SO_FAR_ENDS


#: Verbs of lasting (قصف استمر لأسابيع، حملة دامت شهرين).
_LASTED = frozenset({"استمر", "استمرت", "دام", "دامت", "امتد", "امتدت", "تواصل", "تواصلت"})
#: Spans of weeks or longer: a thing that lasted that long is a campaign, not a day's incident.
_LONG_DURATIONS = frozenset(
    "اسابيع اسبوعين اسبوعا اسبوع شهر شهرا شهرين اشهر شهور سنه سنوات سنين عاما عامين اعوام".split())


def _lasted(tokens: Sequence[Token], i: int, end: int) -> bool:
    """Token i is a verb of lasting with a span of weeks or longer within three words after it."""
    if tokens[i].norm.lstrip("و") not in _LASTED:
        return False
    for k in range(i + 1, min(i + 4, end)):
        w = _bare(tokens[k])
        if w.startswith("ل") and w[1:] in _LONG_DURATIONS:
            w = w[1:]  # لأسابيع
        if w in _LONG_DURATIONS:
            return True
    return False


#: Spans that, before "من" and a fighting noun, make the fighting a span (أيام من المعارك، أسبوع من المعارك).
_FIGHTING_SPANS = _SPANS | frozenset({"اسبوع", "اسبوعين", "اسبوعا"})


def span_of_fighting(tokens: Sequence[Token], first: int) -> bool:
    """"بعد نحو أسبوع من المعارك": the trigger at token `first` is a span of days or weeks of fighting (a
    summary of a period), not one day's battle."""
    words = [k for k in range(max(0, first - 4), first) if tokens[k].kind == "word"]
    return len(words) >= 2 and tokens[words[-1]].norm == "من" and _bare(tokens[words[-2]]) in _FIGHTING_SPANS


def lasted_long(tokens: Sequence[Token], first: int, last: int, start: int, end: int) -> str | None:
    """"قصف استمر لأسابيع": the trigger lasted weeks or months (a verb of lasting within two words
    after it); "حملة عسكرية استمرت شهرين أسفرت عن سقوط قتلى": a toll the weeks-long campaign left
    (a result verb between the lasting and the trigger).  Either way a campaign, not one incident; an
    arrest after a chase that lasted weeks ("اعتقل بعد مطاردة استمرت أسابيع") stays an arrest."""
    for i in range(last + 1, min(last + 3, end)):
        if _lasted(tokens, i, end):
            return f"period: {tokens[i].text}"
    for i in range(start, first):
        if _lasted(tokens, i, end) and any(_bare(tokens[k]) in _RESULT for k in range(i + 1, first)):
            return f"period: {tokens[i].text} … {tokens[first].text}"
    return None


#: Words one of which a token of the clause holds when `lasted_long` fires (its verb of lasting).
LASTED_CUES = _LASTED


#: Month windows (هذا الشهر، خلال الشهر الماضي); a week is too often the span of one running battle.
_WINDOW_ADJ = frozenset({"ماضي", "جاري", "حالي"})
#: Verbs of seeing (shadow form) whose subject a window may be: "شهد شهر يوليو"، "شهدت الأسابيع الماضية".
_SAW = frozenset({"شهد", "شهدت"})
#: The first words of the windows `_window` reads.
_WINDOW_HEADS = _SAW | {"هذا", "خلال"}
#: Spans of days, weeks or months that may see a toll, closed by a past adjective (الأيام الماضية).
_SPANS_SEEN = frozenset({"ايام", "اسابيع", "اشهر", "شهور", "اسبوع"})
_SPAN_PAST = frozenset({"ماضي", "ماضيه", "اخيره", "منصرم", "منصرمه", "جاري"})
#: Words that make a window a date inside it: "أوائل هذا الشهر"، "في الخامس من هذا الشهر".
_WITHIN = frozenset({"اوايل", "اواخر", "مطلع", "منتصف", "بدايه", "نهايه", "من", "اول", "اخر"})


def _window(tokens: Sequence[Token], words_at: Sequence[int], n: int) -> bool:
    """The words from words_at[n] name a month as a window ("هذا الشهر"، "خلال الشهر الماضي")."""
    k = words_at[n]
    if _bare(tokens[k]) not in _WINDOW_HEADS:
        return False  # every window below opens on one of these words
    if k > 0 and (tokens[k - 1].norm in _WITHIN or _bare(tokens[k - 1]) in _WITHIN):
        return False
    words = [_bare(tokens[j]) for j in words_at[n : n + 3]]
    if len(words) >= 2 and words[0] == "هذا" and words[1] == "شهر":
        return True
    if len(words) >= 2 and words[0] in _SAW and (words[1] == "شهر" or (words[1] in _SPANS_SEEN and words[2:3]
                                                                        and words[2] in _SPAN_PAST)):
        return True  # "وشهد شهر يوليو الجاري مصرع عشرات الإرهابيين": the month as the subject of what it saw
    return len(words) >= 3 and words[0] == "خلال" and words[1] == "شهر" and words[2] in _WINDOW_ADJ


def window_total(tokens: Sequence[Token], first: int, last: int, start: int, hi: int) -> str | None:
    """"شنت 100 غارة جوية على إدلب هذا الشهر"، "1700 مدني خلال الشهر الماضي وحده": a month told as the
    window of the trigger, after it or earlier in its clause ("شنت هجوما هذا الشهر على درعا مدعومة بحملة
    قصف جوي"), sums what happened in it; a day inside it ("أوائل هذا الشهر"، "في الخامس من هذا الشهر")
    is a date, not a window."""
    after = _words_after(tokens, last, hi, PERIOD_REACH + 3)
    before = [k for k in range(start, first) if tokens[k].kind == "word"]
    for words_at, reach in ((after, PERIOD_REACH), (before, len(before))):
        for n in range(min(len(words_at), reach)):
            if _window(tokens, words_at, n):
                return f"period: {' '.join(tokens[k].text for k in words_at[n : n + 2])}"
    return None


#: Words one of which a token of the sentence holds when `window_total` fires: every window `_window` reads
#: has شهر or a span it saw.
WINDOW_CUES = frozenset({"شهر", *_SPANS_SEEN})


#: Verbs of a threat (هددت، توعد): what they threaten with (بالاعتقال، بتوسيع احتجاجاتهم) has not happened.
_THREATS = frozenset("هدد هددت هددوا يهدد تهدد يهددون توعد توعدت توعدوا يتوعد تتوعد يتوعدون".split())


def threatened_with(tokens: Sequence[Token], start: int, first: int) -> str | None:
    """"هددت الميليشيات المشايخ في ذمار بالاعتقال"، "هددوا، الخميس، بتوسيع احتجاجاتهم": a threat verb
    earlier in the trigger's clause with the trigger as its ب-object (on the trigger or the word before
    it) is a threat, however many words name the threatened between."""
    own = tokens[first].norm.lstrip("و").startswith("ب")
    prev = next((k for k in range(first - 1, start - 1, -1) if tokens[k].kind == "word"), None)
    led = prev is not None and prev == first - 1 and tokens[prev].norm.startswith("ب")
    if not (own or led):
        return None
    for k in range(start, first):
        if tokens[k].norm.lstrip("و") in _THREATS:
            return f"threat: {tokens[k].text}"
    return None


#: Verbal nouns of what a security operation reports it did (shadow form, article and و stripped): also what
#: its air defences or its intelligence stopped (اعتراض 119 صاروخا، إحباط 30 هجوما، إسقاط 12 طائرة) and whom
#: it "finished off" (القضاء على عشرة عناصر).
_TALLY_NOUNS = frozenset({"تدمير", "ضبط", "تفجير", "اكتشاف", "مصادره", "القبض", "قبض", "توقيف", "اعتقال", "تحييد",
                          "اعتراض", "احباط", "اسقاط", "قضاء"})
#: Perfect verbs of the same deeds (shadow form, و dropped): "إن التحالف دمر 737 موقعا، واعتراض … 119 صاروخا".
_TALLY_VERBS = frozenset({"دمر", "دمرت", "احبط", "احبطت", "اعترض", "اعترضت", "اسقط", "اسقطت"})
#: How big one item of a tally must be for the list to read as an operation's totals.
TALLY_BIG = 10
#: How many tokens after a tally noun its count may stand (اعتراض الدفاعات الجوية 119 صاروخا).
TALLY_REACH = 3
#: How many tokens after the first count a second one joined by و may stand ("إحباط 30 هجوما بعربات
#: مفخخة و18 مخططا"): the same deed counted twice over.
TALLY_AND_REACH = 6


def _count_at(t: Token) -> int | None:
    """The figure a token gives: digits (119) or a number word (عشرة)."""
    if t.kind == "number":
        return int(t.norm) if t.norm.isdigit() else None
    return parse_number([t.norm]) if t.kind == "word" and t.norm in NUMBER_WORDS else None


def operation_tally(tokens: Sequence[Token], lo: int, hi: int) -> str | None:
    """"تم القبض على 245 فردا، وتدمير 145 ملجأ"، "تدمير 150 ملجأ … وتفجير 30 عبوة ناسفة"، "إحباط 30 هجوما
    بعربات مفخخة و18 مخططا انتحاريا": two or more counted deeds of an operation (a verbal noun with a number
    within `TALLY_REACH` tokens after it, or a second number joined by و to the first), one of them ten or
    more, are a statement's tally of a campaign, not one raid, seizure or interception."""
    counts: list[int] = []
    for i in range(lo, hi):
        if tokens[i].kind != "word" or (_bare(tokens[i]) not in _TALLY_NOUNS
                                         and tokens[i].norm.lstrip("و") not in _TALLY_VERBS):
            continue
        for k in range(i + 1, min(i + 1 + TALLY_REACH, hi)):
            n = _count_at(tokens[k])
            if n is None:
                continue
            counts.append(n)
            for j in range(k + 1, min(k + 1 + TALLY_AND_REACH, hi - 1)):
                if tokens[j].kind == "punct":
                    break
                if tokens[j].norm == "و" and tokens[j + 1].kind == "number" and tokens[j + 1].norm.isdigit():
                    counts.append(int(tokens[j + 1].norm))
                    break
            break
    if len(counts) >= 2 and max(counts) >= TALLY_BIG:
        return f"an operation's tally: {', '.join(map(str, counts))}"
    return None


#: The pluperfect: كان/كانت/كانوا, then قد before the verb (وكان التنظيم قد سيطر).
_PAST_AUX = frozenset({"كان", "كانت", "كانوا", "كانا"})
#: How many words قد may stand before the trigger, and كان before قد.
QAD_REACH = 3
AUX_REACH = 6


def undated_pluperfect(tokens: Sequence[Token], first: int) -> bool:
    """An indefinite trigger told in the pluperfect ("كان قد سيطر على 300 قرية"، "كانوا قد اختطفوا"):
    قد within `QAD_REACH` words before it and كان within `AUX_REACH` words before قد, no clause break
    between; a place that "had seen" it (وكانت العاصمة شهدت اشتباكات) needs no قد.  The caller asks only
    when no date is near: an undated recap is the report's background.
    A definite trigger ("وكانت الهجمات قد أسفرت …") points back at the incident the report tells, and one
    with a pronoun ("وكانت رزان قد لقيت مصرعها") at the person it is about: both stay news."""
    if tokens[first].norm.lstrip("وفب").startswith("ال"):
        return False
    words: list[Token] = []
    j = first - 1
    while j >= 0 and len(words) < QAD_REACH + AUX_REACH + 1:
        t = tokens[j]
        if t.kind == "punct":
            if t.text in _HARD_BREAKS:
                break
        else:
            words.append(t)
        j -= 1
    qad = next((n for n, t in enumerate(words[:QAD_REACH]) if t.norm == "قد"), None)
    if qad is None and words and words[0].norm in _SAW:
        qad = 0  # "وكانت العاصمة طرابلس شهدت اشتباكات كبيرة": كان … شهد is the pluperfect without قد
    if qad is None:
        return False
    told = [tokens[first], *words[:qad]]  # the trigger and the words between قد and it (لقيت مصرعها برصاص)
    if any(len(w) > 4 and w.endswith(("ها", "هم", "هما")) for w in (t.norm.lstrip("وفب") for t in told)):
        return False
    return any(t.norm.lstrip("و") in _PAST_AUX for t in words[qad + 1 : qad + 1 + AUX_REACH])


#: Imperfect verbs of use (تستخدمها، يستعملونها): what a place or a weapon is used for, a habit.
_USES = ("تستخدم", "يستخدم", "تستعمل", "يستعمل")
#: "From it" after a relative's verb: the place is described by what is done from it.
_FROM_IT = frozenset({"منها", "منه"})


def used_from(tokens: Sequence[Token], first: int, start: int, end: int) -> str | None:
    """"تلال تتمركز فيها الميليشيات وتستخدمها في قصف المدينة"، "المواقع التي تقصف المليشيات المدنيين منها":
    a trigger as what a place is used for (an imperfect verb of use right before it, في or ل between) or
    an imperfect trigger right after a relative pronoun with منها after it describes a position by its
    habit, not an incident."""
    prev = [k for k in range(max(start, first - 2), first) if tokens[k].kind == "word"]
    if prev and tokens[prev[-1]].norm in ("في", "ل"):
        prev = prev[:-1]
    if prev and tokens[prev[-1]].norm.lstrip("و").startswith(_USES):
        return f"habit: {tokens[prev[-1]].text}"
    t = tokens[first].norm
    if (first > start and tokens[first - 1].norm.lstrip("و") in _RELATIVES and t[:1] in ("ت", "ي")
            and any(tokens[k].norm in _FROM_IT for k in range(first + 1, end))):
        return f"habit: {tokens[first - 1].text} {tokens[first].text} … منها"
    return None


#: Imperfect verbs of waging (shadow forms): "يشن الجيش هجوما" is a campaign going on, not a day's attack.
_WAGING = frozenset({"يشن", "تشن", "يخوض", "تخوض", "يواصل", "تواصل"})
#: How many words before the trigger the waging verb may stand (its subject and an appositive between).
WAGING_REACH = 7
#: How many words after the trigger منذ may come, across one comma (the target and its place first).
WAGED_SINCE_REACH = 10


def waged_since(tokens: Sequence[Token], first: int, last: int, lo: int, hi: int) -> str | None:
    """"ويشن الجيش، مدعوما بقوات روسية، هجوما على الفصائل في درعا، منذ 19 يونيو": an imperfect verb of
    waging before the trigger and منذ with a date after it, past a comma, tell a campaign under way since
    that date, not one attack (`period_after` stops at the comma)."""
    before = [i for i in range(max(lo, first - 2 * WAGING_REACH), first) if tokens[i].kind == "word"][-WAGING_REACH:]
    if not any(tokens[i].norm.lstrip("و") in _WAGING for i in before):
        return None
    after: list[int] = []
    commas = 0
    j = last + 1
    while j < hi and len(after) < WAGED_SINCE_REACH:
        t = tokens[j]
        if t.kind == "punct":
            if t.text in _HARD_BREAKS or (t.text in "،," and commas == 1):
                break
            commas += t.text in "،,"
        else:
            after.append(j)
        j += 1
    for n, j in enumerate(after[:-1]):
        if _bare(tokens[j]) != "منذ" or compared(tokens, j):
            continue
        nxt = [_bare(tokens[k]) for k in after[n + 1 : n + 3]]
        if nxt[0] in _RECENT or (len(nxt) > 1 and nxt[1] in _RECENT):
            return None
        return f"period: منذ {tokens[after[n + 1]].text}"
    return None


#: Words one of which a token of the sentence holds when `waged_since` fires (its verb of waging).
WAGED_SINCE_CUES = _WAGING


#: Spans of a week or a month and more, singular or dual, beside the plural `_SPANS`: "بعد أسبوع من القصف"
#: (a sum); a year too, "بعد عام من الهجوم" (an anniversary: the incident is a year old).
_WEEKS = _SPANS | frozenset({"اسبوع", "اسبوعين", "اسبوعا", "شهر", "شهرا", "شهرين", "عام", "عاما", "سنه"})
#: Words of a result whose subject may be a span of fighting ("أسفرت 10 أيام من التظاهرات عن مقتل 30").
_SPAN_RESULTS = frozenset({"اسفرت", "اسفر", "ادت", "ادي", "خلفت", "خلف", "اوقعت", "اوقع", "حصدت"})
#: Words of a toll that a span of fighting may follow ("حصيلة لحوالي أسبوعين من العملية").
_TOLLS = frozenset({"حصيله", "لحصيله", "بحصيله", "حصيلته"})
#: Hedges and numbers that may stand between a word and its span ("لحوالي أسبوعين", "10 أيام").
_SPAN_FILLERS = frozenset({"نحو", "حوالي", "لحوالي", "قرابه", "زهاء", "اكثر"})
#: Plural nouns of fighting or protest that a past span may own ("احتجاجات الأسبوع الماضي").
_FIGHT_PLURALS = frozenset(
    "احتجاجات مظاهرات تظاهرات اشتباكات مواجهات معارك غارات صدامات اضطرابات مسيرات هجمات اعتداءات".split())
#: A definite span just past ("الأسبوع الماضي", "الشهر الماضي") right after a plural noun of fighting.
_LAST_SPANS = frozenset({"اسبوع", "شهر", "اسابيع", "ايام", "اشهر"})


def _span_then_of(tokens: Sequence[Token], i: int, stop: int) -> bool:
    """A span of a week or more (after a number or hedge) at or after token i, then من, before `stop`."""
    j = i
    while j < stop and (tokens[j].kind == "number" or _bare(tokens[j]) in _SPAN_FILLERS
                        or tokens[j].norm in NUMBER_WORDS):
        j += 1
    return j + 1 < stop and _bare(tokens[j]) in _WEEKS and tokens[j + 1].norm == "من"


def weeks_of_fighting(tokens: Sequence[Token], start: int, first: int, last: int, end: int) -> str | None:
    """Fighting told as a span of time: "بعد أسبوع من القصف" (the trigger is what a week held), "أسفرت
    10 أيام من التظاهرات عن مقتل 30" (a toll whose subject is a span), "مقتل 7 … في حصيلة لحوالي أسبوعين
    من العملية", "احتجاجات الأسبوع الماضي" (a plural noun of fighting owned by a past week): a sum over the
    span, not one incident."""
    adjective = tokens[first].norm.startswith("ال") and tokens[first].norm.endswith(("يه", "ي"))
    for k in range(max(start, first - 3), first - 1):  # the noun after من, or an adjective of it
        if tokens[k + 1].norm == "من" and _bare(tokens[k]) in _WEEKS and (k + 2 == first or adjective):
            if all(tokens[j].kind == "word" for j in range(k + 2, first)):
                return f"period: {tokens[k].text} من"
    for i in range(start, first):
        if tokens[i].norm.lstrip("و") in _SPAN_RESULTS and _span_then_of(tokens, i + 1, min(first, i + 5)):
            return f"period: {tokens[i].text} …"
    for i in range(last + 1, end):
        if _bare(tokens[i]) in _TOLLS and _span_then_of(tokens, i + 1, min(end, i + 5)):
            return f"period: {tokens[i].text} …"
    for k in range(last, min(end - 2, last + 4)):  # "قتلى خلال احتجاجات الأسبوع الماضي": the toll of that span
        if tokens[k].kind != "word" or (k > last and tokens[k - 1].kind != "word"):
            break
        w = _bare(tokens[k])
        if (w in _FIGHT_PLURALS and tokens[k + 1].norm.startswith("ال")
                and _bare(tokens[k + 1]) in _LAST_SPANS and _bare(tokens[k + 2]) in _PAST_ADJ):
            return f"period: {tokens[k + 1].text} {tokens[k + 2].text}"
    return None


#: Words one of which a token of the clause holds when `weeks_of_fighting` fires: each of its four shapes
#: has a span of `_WEEKS` or `_LAST_SPANS`.
WEEKS_CUES = _WEEKS | _LAST_SPANS


#: The holy site whose entry by settlers or officials the Arabic press calls "storming" (اقتحم المسجد الأقصى).
_HOLY_SITE = frozenset({"اقصي"})
#: Stems of the hurt (أصيب، جرحى، مصابين), and the active verb too (أصاب): a storming that hit anyone.
HURT_WORDS = ("اصاب", *HURT_STEMS)
#: Words of violence (shadow-form prefixes, article stripped): a storming told with them is an incident.
_VISIT_VIOLENCE = (*HURT_WORDS, "اختناق", "رصاص", "قنابل", "قنبله", "غاز",
                   "اعتد", "مواجه", "اشتباك", "اشتبك", "قتل", "مقتل", "استشهاد", "شهيد", "ضرب", "مناوش", "عراك",
                   "تدافع", "حجار", "طعن", "دهس")


def _holy_site(tokens: Sequence[Token], j: int, hi: int) -> bool:
    """Token j names al-Aqsa (الأقصى) or the Haram (الحرم القدسي)."""
    w = article_stripped(_bare(tokens[j]).lstrip("ل"))
    return w in _HOLY_SITE or (w == "حرم" and j + 1 < hi and article_stripped(_bare(tokens[j + 1])) == "قدسي")


def holy_site_visit(tokens: Sequence[Token], first: int, last: int, lo: int, hi: int) -> str | None:
    """اقتحم مستوطنون المسجد الأقصى وسط حراسة مشددة: the press's "storming" of al-Aqsa (or the Haram) is
    an entry under guard, no ACLED event, when the sentence tells no violence (wounded, gas, bullets,
    confrontations, scuffles, stones); with violence it stays an incident.  The site is the object within
    eight words, or anywhere in the sentence for a definite storming noun (ويأتي الاقتحام …: a retelling)."""
    w = tokens[first].norm.lstrip("وفل").lstrip("ب")
    if not w.startswith(("اقتحم", "اقتحام", "يقتحم", "تقتحم", "الاقتحام")):
        return None
    near = range(lo, hi) if w.startswith("ال") else _words_after(tokens, last, hi, 8)
    site = next((j for j in near if tokens[j].kind != "punct" and _holy_site(tokens, j, hi)), None)
    if site is None:
        return None
    for t in tokens[lo:hi]:
        if t.kind != "punct" and article_stripped(_bare(t).lstrip("بل")).startswith(_VISIT_VIOLENCE):
            return None
    return f"an entry into a holy site, no violence: {tokens[site].text}"


#: The plural operations as a subject (العمليات، عملياته): what they "resulted in" is their sum.
_OPERATIONS = frozenset({"عمليات", "عملياته", "عملياتها"})


def operation_results(tokens: Sequence[Token], lo: int, first: int, hi: int) -> str | None:
    """An operation statement's results are its totals, whatever the deed: a tally of counted deeds
    (operation_tally: "تدمير 150 ملجأ … وتفجير 30 عبوة ناسفة"), or the deeds told as what the
    operations (plural) resulted in ("أن العمليات أدت إلى تدمير 9 أهداف"، "القبض على 86 … مشيرا إلى
    أن العمليات أسفرت عن"): days of raids summed, not one incident.  One operation that resulted in a
    toll (في عملية أسفرت عن مقتل 8) is one incident."""
    why = operation_tally(tokens, lo, hi)
    if why:
        return why
    for i in range(lo, hi - 1):
        if tokens[i].kind == "word" and _bare(tokens[i]) in _OPERATIONS:
            nxt = next((k for k in range(i + 1, min(i + 3, hi)) if tokens[k].kind == "word"), None)
            if nxt is not None and _bare(tokens[nxt]) in _RESULT:
                return f"an operations statement's results: {tokens[i].text} {tokens[nxt].text}"
    return None


#: Words one of which a token of the sentence holds when `operation_results` fires: a counted deed of
#: `operation_tally` (a noun or verb of `_TALLY_NOUNS` / `_TALLY_VERBS`) or the plural operations.
OPERATION_CUES = frozenset({*_TALLY_NOUNS, *_TALLY_VERBS, *_OPERATIONS})
