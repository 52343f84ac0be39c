"""Period phrases that make a trigger a sum over days or weeks, read across a comma.

A toll "since 18 February", "over the past two days", "in less than a week" or "during the escalation
of the bombardment" counts many incidents; so does a protest wave that "entered its second week".
`background.py` reads such phrases close to the trigger and inside its clause; these read the
shapes the judged samples showed further off (a comma, a list of the dead between) or not yet
listed there.  Each returns why the trigger is not one incident, or None.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from marsad.events.background import compared
from marsad.events.dates import lexicon
from marsad.events.roles import bare, word_indices
from marsad.model import Token

#: Punctuation that ends a sentence's reach (a comma does not: "قتلت الهجمات 1000 شخص، منذ 18 فبراير").
_HARD_BREAKS = frozenset("؛;.!?؟\n")
#: How many words after the trigger a period phrase still governs its count.
REACH = 14
#: Words that open a running total of its own ("ليرتفع عدد القتلى منذ …"): a period after them counts
#: that total, not the trigger's incident.
_TOTAL_OPENERS = frozenset({"ليرتفع", "لترتفع", "يرفع", "ترفع", "ليرفع", "لترفع", "ليصل", "لتصل", "ليبلغ",
                            "ليتجاوز", "ليزيد", "حصيله", "اجمالي", "مجموع"})
#: After منذ and a number, words of a recent start (منذ 3 ساعات، منذ يومين): still a current incident.
_RECENT = frozenset("ساعات ساعه ساعتين دقايق دقيقه ايام يوم يومين اسبوع اسبوعين".split())
#: Parts of a month before its name (منذ مطلع أغسطس، منذ أواخر آذار).
_MONTH_PARTS = frozenset({"مطلع", "بدايه", "اوايل", "منتصف", "اواسط", "اواخر", "نهايه"})
#: Spans of days or weeks that, closed by a past adjective, make a window (خلال اليومين الماضيين).
_SHORT_SPANS = frozenset("يومين ايام اسبوع اسبوعين اسابيع شهر".split())
#: Words that close a span in the past (الماضي، الماضيين، الأخيرة).
_PAST = frozenset({"ماضي", "ماضيه", "ماضيين", "ماضيتين", "اخيره", "اخيرين", "منصرم", "منصرمه"})
#: Openers of a window (خلال، طيلة، طوال، على مدى/مدار).
_OPENERS = frozenset({"خلال", "طيله", "طوال", "مدي", "مدار"})
#: Words of a campaign's escalation a trigger may be the object of (خلال تصعيد عمليات القصف).
_ESCALATION = frozenset({"تصعيد", "تصاعد"})
#: Words that may lead an escalation to the trigger (خلال/منذ/مع تصعيد …).
_DURING = frozenset({"خلال", "منذ", "مع", "اثناء", "طيله", "طوال"})
#: Words that may stand between the escalation and the trigger (تصعيد عمليات القصف، تصاعد حملة الغارات).
_CAMPAIGN_WORDS = frozenset({"عمليات", "حمله", "حملات", "موجه"})
#: A wave's age: "احتجاجات دخلت أسبوعها الثاني" (a week or more: a campaign, not a day's protest).
_AGES = ("اسبوع", "شهر", "عام", "سنه")
_ENTERED = frozenset({"دخلت", "دخل", "تدخل", "يدخل", "دخلا", "دخلوا", "دخولها", "دخوله", "بدخولها", "بدخوله"})
#: How many words after the trigger the wave's age may stand ("الاحتجاجات في مدن جنوبي العراق تأخذ منحى
#: جديدا مع دخولها أسبوعها الثالث").
AGE_REACH = 10


def _words(tokens: Sequence[Token], last: int, hi: int) -> list[int]:
    """Up to `REACH` word or number tokens after `last` in the sentence, stopping at a hard break or at a
    word that opens a total of its own."""
    out: list[int] = []
    for j in range(last + 1, hi):
        t = tokens[j]
        if t.kind == "punct":
            if t.text in _HARD_BREAKS:
                break
            continue
        if bare(t) in _TOTAL_OPENERS or t.norm in _TOTAL_OPENERS:
            break
        out.append(j)
        if len(out) >= REACH:
            break
    return out


def _since_date(tokens: Sequence[Token], at: Sequence[int], n: int) -> bool:
    """Words at[n:] read منذ, a day's number and a word that is not a span of hours or days (a month:
    منذ 18 فبراير), or منذ and a month, with a part of it before (منذ مطلع أغسطس)."""
    if tokens[at[n]].norm.lstrip("و") != "منذ" or n + 2 >= len(at) or compared(tokens, at[n]):
        return False
    num, word = tokens[at[n + 1]], tokens[at[n + 2]]
    if num.kind == "number":
        return word.kind == "word" and bare(word) not in _RECENT
    months = lexicon().months
    return num.norm in months or (bare(num) in _MONTH_PARTS and word.norm in months)


def _escalation_after(tokens: Sequence[Token], at: Sequence[int], n: int) -> bool:
    """Words at[n:] read خلال (حملة) التصعيد: "قصف للقوات الحكومية خلال حملة التصعيد الأخيرة"."""
    w = [bare(tokens[k]) for k in at[n : n + 3]]
    if not w or w[0] != "خلال":
        return False
    rest = w[2:] if len(w) > 1 and w[1] in _CAMPAIGN_WORDS else w[1:]
    return bool(rest) and rest[0] in _ESCALATION


def _past_window(tokens: Sequence[Token], at: Sequence[int], n: int) -> bool:
    """Words at[n:] read a window of past days or weeks (خلال اليومين الماضيين، على مدى الأيام الأخيرة)
    or a short span counted up to (في أقل من أسبوع)."""
    w = [bare(tokens[k]) for k in at[n : n + 4]]
    if w and w[0] in _OPENERS:
        rest = w[1:]
        if rest and rest[0].isdigit():
            rest = rest[1:]  # خلال الـ 3 أيام الماضية
        return len(rest) >= 2 and rest[0] in _SHORT_SPANS and rest[1] in _PAST
    return len(w) >= 3 and w[0] == "اقل" and w[1] == "من" and w[2] in _SHORT_SPANS and n > 0 \
        and bare(tokens[at[n - 1]]) == "في"


#: The bare words a period phrase of `period_across` starts on: an opener or اقل (`_past_window`), خلال
#: (`_escalation_after`).
_PERIOD_HEADS = _OPENERS | {"اقل", "خلال"}


def _heads_period(tok: Token) -> bool:
    """Whether a period phrase of `period_across` may start at the token (منذ with no more than و before it:
    `_since_date`)."""
    return bare(tok) in _PERIOD_HEADS or tok.norm.lstrip("و") == "منذ"


def period_across(tokens: Sequence[Token], first: int, last: int, hi: int) -> str | None:
    """"قتلت الهجمات الحكومية أكثر من 1000 شخص، منذ 18 فبراير"، "مقتل 128 في غارات ومواجهات … خلال اليومين
    الماضيين"، "قتلوا خلال المواجهات في أقل من أسبوع"، "جراء قصف للنظام خلال حملة التصعيد الأخيرة": a
    period phrase later in the trigger's sentence, past a comma or a list of the dead, closes a toll over
    many days (not after a superlative: "the worst battles since …" compares)."""
    if compared(tokens, first):
        return None  # "أشد المعارك التي شهدتها سوريا منذ 7 سنوات": the worst since, not a sum
    at = _words(tokens, last, hi)
    for n in range(len(at)):
        if not _heads_period(tokens[at[n]]):
            continue  # the cheap test first: the three below start only on these words
        if _since_date(tokens, at, n) or _past_window(tokens, at, n) or _escalation_after(tokens, at, n):
            return f"period: {' '.join(tokens[k].text for k in at[n : n + 3])}"
    return None


#: Words one of which a token of the sentence holds when `period_across` fires (a word a period phrase
#: starts on, `_heads_period`).
PERIOD_ACROSS_CUES = frozenset({*_PERIOD_HEADS, "منذ"})


def during_escalation(tokens: Sequence[Token], start: int, first: int) -> str | None:
    """"قضوا خلال تصعيد عمليات القصف الجوي"، "منذ تصاعد حملة الغارات": the trigger named as what an
    escalation is made of (a campaign over days), not one strike."""
    at = [k for k in range(start, first) if tokens[k].kind == "word"]
    for n in range(len(at) - 1, max(len(at) - 4, 0), -1):
        between = [bare(tokens[j]) for j in at[n + 1 :]]
        if (bare(tokens[at[n]]) in _ESCALATION and bare(tokens[at[n - 1]]) in _DURING
                and all(w in _CAMPAIGN_WORDS for w in between)):
            return f"period: {tokens[at[n - 1]].text} {tokens[at[n]].text} {tokens[first].text}"
    return None


#: Words one of which a token of the clause holds when `during_escalation` fires.
ESCALATION_CUES = _ESCALATION


def wave_age(tokens: Sequence[Token], last: int, hi: int) -> str | None:
    """"احتجاجات اجتماعية دخلت أسبوعها الثاني"، "… مع دخولها أسبوعها الثالث": a wave that has run a week
    or more, not a day's protest."""
    at = _words(tokens, last, hi)[:AGE_REACH]
    for n, k in enumerate(at[:-1]):
        if tokens[k].norm.lstrip("و") in _ENTERED and bare(tokens[at[n + 1]]).startswith(_AGES):
            return f"a wave's age: {tokens[k].text} {tokens[at[n + 1]].text}"
    return None


#: Words one of which a token of the sentence holds when `wave_age` fires (its verb of entering).
WAVE_AGE_CUES = _ENTERED


#: Openers of a campaign's span (خلال تلك العملية، طوال المعارك، إبان الحرب).
_SPAN_OF = frozenset({"خلال", "اثناء", "طيله", "طوال", "ابان"})
#: Demonstratives that point back to a campaign told before (تلك العملية).
_THAT_ONE = frozenset({"تلك", "هذه", "ذلك", "هذا"})
#: Nouns of a campaign whose span a toll may be counted over (shadow form, article stripped).
_CAMPAIGNS = frozenset({"عمليه", "حمله", "حرب", "معارك", "عمليات", "هجوم", "غزو", "اجتياح"})
#: Plural nouns of a wave of demonstrations (shadow form, article stripped): "خلال مسيرات العودة"، "خلال
#: الاحتجاجات" span the wave's days as a campaign's name spans its course.
_WAVES = frozenset({"مسيرات", "احتجاجات", "مظاهرات", "تظاهرات"})
#: Words that date a sentence to a day (shadow form, article stripped): a toll with one is that day's.
_DAYS = frozenset({"يوم", "امس", "فجر", "صباح", "مساء", "ظهر", "ليل", "ليله", "ليلا", "عصر", "اليوم"})


def dayless(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """No word of a day (أمس، فجر، a weekday) in tokens lo..hi: nothing ties what the sentence tells to
    one day."""
    return not any(t.kind == "word" and _day_word(t) for t in tokens[lo:hi])


def _day_word(t: Token) -> bool:
    """A word of a day: أمس، فجر، اليوم (`_DAYS`) or a weekday."""
    return bare(t) in _DAYS or t.norm.lstrip("و") in lexicon().weekdays


def _definite(t: Token) -> bool:
    """The word carries the article (العملية، للعمليات): a campaign already known to the reader."""
    return t.norm.lstrip("و").removeprefix("ب").removeprefix("ل").startswith(("ال", "ل"))


def during_campaign(tokens: Sequence[Token], last: int, lo: int, hi: int) -> str | None:
    """"قتلوا في قصف تركي خلال تلك العملية العسكرية": a span opener and a definite campaign noun (or one
    after a demonstrative) later in the trigger's sentence, and no day in it, count the campaign's toll
    over its whole course, not one incident ("قتل خمسة في قصف أمس خلال العملية" keeps its day; "خلال
    عمليات عسكرية نوعية" are the day's operations told in the sentence before, and both stay)."""
    at = _words(tokens, last, hi)
    for n in range(len(at) - 1):
        if bare(tokens[at[n]]) not in _SPAN_OF:
            continue
        m = n + 1 if bare(tokens[at[n + 1]]) not in _THAT_ONE and tokens[at[n + 1]].norm not in _THAT_ONE else n + 2
        if m < len(at) and bare(tokens[at[m]]) in _CAMPAIGNS and (m > n + 1 or _definite(tokens[at[m]])) \
                and dayless(tokens, lo, hi):
            return f"period: {' '.join(tokens[k].text for k in at[n : m + 1])}"
    return None


#: Words that tell a wave going on now (التي تشهدها العاصمة، المستمرة، الجارية): its day's acts, not its toll.
_WAVE_NOW = ("تشهد", "يشهد", "تعيش", "مستمر", "متواصل", "جاري", "دايره", "حاليه")


def toll_over_wave(tokens: Sequence[Token], first: int, last: int, start: int, lo: int, hi: int) -> str | None:
    """"حيث قتل نحو خمسين شخصا برصاص القوات الإسرائيلية خلال مسيرات العودة": the dead of the trigger's clause
    counted over a known wave of demonstrations (a span opener, then a plural of protests with the article
    or named by the word after it), in a sentence with no day, are the wave's toll over its weeks, not one
    day's force ("قتل متظاهر برصاص الأمن أمس خلال الاحتجاجات" keeps its day; "خلال احتجاجات في البصرة" is
    one protest's; "خلال الاحتجاجات التي تشهدها العاصمة" tells the acts of a wave going on, and stays)."""
    if not any(tokens[k].norm.lstrip("و") in _DIED for k in word_indices(tokens, start, first + 1)):
        return None
    at = _words(tokens, last, hi)
    before = word_indices(tokens, start, first)[-1:]
    if before and before[0] == first - 1:
        at = [before[0], first, *at]  # "قتل ثلاثون خلال الاحتجاجات": the wave is the trigger itself
    for n in range(len(at) - 1):
        if bare(tokens[at[n]]) not in _SPAN_OF or bare(tokens[at[n + 1]]) not in _WAVES:
            continue
        wave, nxt = at[n + 1], at[n + 2] if n + 2 < len(at) else None
        named = nxt is not None and all(tokens[j].kind == "punct" and tokens[j].text in "\"«“'" for j in range(wave + 1, nxt))
        if not (_definite(tokens[wave]) or (named and tokens[nxt].norm.startswith("ال"))):
            continue
        rest = [bare(tokens[k]) for k in at[n + 2 : n + 5]]
        if any(w.startswith(_WAVE_NOW) for w in rest) or not dayless(tokens, lo, hi):
            return None
        return f"a toll over a wave of demonstrations: {tokens[at[n]].text} {tokens[wave].text}"
    return None


#: Words of a start (shadow form, article stripped) that make the campaign after them a time anchor.
_STARTED = frozenset({"بدات", "بدا", "بدء", "بدايه", "انطلقت", "انطلق", "انطلاق", "انطلاقه", "اطلاق"})
#: Words of time the start may follow (بعد أن بدأت، منذ انطلاق، قبل بدء، مع بداية).
_ANCHORS = frozenset({"بعد", "منذ", "قبل", "عقب"})


def campaign_launch(tokens: Sequence[Token], start: int, first: int, lo: int, hi: int) -> str | None:
    """"استقال … بعد أن بدأت العملية العسكرية التركية ضد عفرين": the trigger is a campaign whose start dates
    something else (a time word, an optional أن, a word of starting right before the campaign noun) in a
    sentence with no day, not news ("بعد بدء الهجوم فجر اليوم" may open the day's offensive, and stays)."""
    at = word_indices(tokens, start, first)[-3:]
    if bare(tokens[first]) not in _CAMPAIGNS:
        return None  # "قبل انطلاق المظاهرة": the protest itself, told by its start
    if not at or at[-1] != first - 1 or bare(tokens[at[-1]]) not in _STARTED:
        return None
    before = [bare(tokens[k]) for k in at[:-1]]
    if before and before[-1] in ("ان", "ما"):
        before = before[:-1]
    if before and before[-1] in _ANCHORS and dayless(tokens, lo, hi):
        return f"a campaign's start as a time: {tokens[at[-1]].text} {tokens[first].text}"
    return None


#: Definite plurals of fighting a toll may be counted in (قتلوا في المعارك): the whole campaign's fighting.
_BATTLES = frozenset({"المعارك", "العمليات", "الاشتباكات", "المواجهات"})
#: Verbs of dying (shadow form, و dropped) a toll is told with.
_DIED = frozenset({"قتلوا", "قتل", "قتلت", "قضوا", "قضي", "سقطوا", "مصرعهم", "مصرعه", "حتفهم", "استشهدوا"})
#: Words one of which a token of the clause holds when `toll_over_wave` fires (its verb of dying).
WAVE_TOLL_CUES = _DIED


#: Words that join the battles to another cause of death (والاشتباكات، وخلال الاشتباكات، وفي المعارك).
_JOINED = frozenset({"وخلال", "وفي", "واثناء", "وجراء"})
#: Words that open the causes of a death (قضوا في القصف …، سقطوا خلال …).
_CAUSE_OPENERS = frozenset({"في", "خلال", "اثناء", "جراء"})
#: How many words before the battles the verb of dying may stand when they end a list of causes.
LIST_REACH = 8


def _conjunct(tokens: Sequence[Token], first: int, before: Sequence[int]) -> bool:
    """The battles at `first` are joined by و to what comes before (والاشتباكات، وخلال الاشتباكات)."""
    glued = tokens[first].norm.startswith("وال")
    return glued or bool(before and before[0] == first - 1 and tokens[before[0]].norm in _JOINED)


def _cause_list(tokens: Sequence[Token], start: int, first: int) -> list[int]:
    """The verb of dying that opens a list of causes ending in the battles at `first` ("قضوا في القصف الجوي
    والبري والاشتباكات"، "سقطوا في غارات للتحالف وخلال الاشتباكات"): its index, or none."""
    at = word_indices(tokens, start, first)[-LIST_REACH:]
    return [k for k, nxt in pairwise(at) if tokens[nxt].norm in _CAUSE_OPENERS and tokens[k].norm.lstrip("و") in _DIED][-1:]


def toll_in_battles(tokens: Sequence[Token], start: int, first: int, lo: int, hi: int) -> str | None:
    """"وقال المرصد إن ما لا يقل عن 289 مدنيا قد قتلوا في المعارك في عفرين": the dead counted in the
    definite plural battles of a sentence with no day are the campaign's toll, not one clash; so are the
    battles that end a list of the causes of a death (round 82: "ممن قضوا في القصف الجوي والبري
    والاشتباكات"، "سقطوا في غارات للتحالف وخلال الاشتباكات")."""
    if tokens[first].norm.lstrip("و").removeprefix("ب") not in _BATTLES:
        return None
    at = word_indices(tokens, start, first)[-3:]
    if tokens[first].norm.lstrip("و").startswith("ب"):
        died = at[-2:]
    elif at and tokens[at[-1]].norm == "في":
        died = at[:-1]
    elif _conjunct(tokens, first, at[-1:]):
        died = _cause_list(tokens, start, first)
    else:
        return None
    if any(tokens[k].norm.lstrip("و") in _DIED for k in died) and dayless(tokens, lo, hi):
        return f"a campaign's toll: {tokens[first].text}"
    return None


#: Words that frame the definite battles as a setting (في المعارك، خلال المعارك، مع احتدام المعارك، أرض المعارك).
_SETTINGS = frozenset({"في", "من", "خلال", "اثناء", "طيله", "طوال", "ابان", "سير", "احتدام", "ارض", "ساحات"})
#: Adjectives of battles going on now (article stripped): "في المعارك الدائرة" are the news, not a setting.
_ONGOING = frozenset({"دايره", "مستمره", "جاريه", "متواصله", "عنيفه", "ضاريه", "محتدمه", "اخيره"})
#: Capture words (shadow-form prefixes, article stripped): battles in a sentence of a gain are the gain's fighting.
_CAPTURE = ("سيطر", "حرر", "تحرير", "استعاد", "استرد", "تقدم")


def battles_as_setting(tokens: Sequence[Token], start: int, first: int, lo: int, hi: int) -> str | None:
    """"استخدم الكلور في المعارك"، "شارك في العديد من المعارك"، "فروا مع احتدام المعارك": the definite
    plural battles right after a word that makes them a setting, in a sentence with no day and no
    capture, are the war the sentence is about, not one clash ("قتل خمسة في المعارك أمس" keeps its day,
    "قتلوا في المعارك الدائرة" tells battles going on, "شاركت في المعارك التي شنتها" the battles told,
    "تمكنت خلال المعارك من السيطرة" a gain; all stay)."""
    if bare(tokens[first]) != "معارك" or not _definite(tokens[first]):
        return None
    at = word_indices(tokens, start, first)[-1:]
    if not at or bare(tokens[at[0]]) not in _SETTINGS or not dayless(tokens, lo, hi):
        return None
    after = word_indices(tokens, first + 1, hi)[:1]
    if after and (bare(tokens[after[0]]) in _ONGOING or tokens[after[0]].norm == "التي"):
        return None  # "في المعارك التي شنتها ضد الميليشيا": the battles the report tells
    if any(tokens[k].kind == "word" and bare(tokens[k]).startswith(_CAPTURE) for k in range(lo, hi)):
        return None
    return f"the battles as a setting: {tokens[at[0]].text} {tokens[first].text}"


#: Verbs of documenting a count (shadow form, a glued و dropped): a monitor's tally (وثق المرصد مقتل 289 مدنيا).
_DOCUMENTED = frozenset({"وثق", "وثقت", "احصي", "احصت", "رصد", "رصدت"})
#: Words of a campaign's start a period toll counts from (shadow form, article stripped): منذ بدء العملية.
_SINCE_START = frozenset({"بدء", "بدايه", "انطلاق", "انطلاقه", "اندلاع"})


def _period_toll(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Tokens lo..hi tell a toll since a campaign's start: a word of dying and منذ right before a word of
    its start (قضوا منذ بدء العملية في 20 يناير، لقوا حتفهم منذ بدء الهجوم)."""
    words = word_indices(tokens, lo, hi)
    died = any(tokens[k].norm.lstrip("و") in _DIED or bare(tokens[k]).startswith("حتف") for k in words)
    return died and any(tokens[a].norm.lstrip("و") == "منذ" and bare(tokens[b]) in _SINCE_START
                        for a, b in pairwise(words))


def documented_after_period(tokens: Sequence[Token], first: int, lo: int, hi: int) -> str | None:
    """"قضى 1500 مقاتل منذ بدء العملية في 20 يناير. ووثق المرصد مقتل 289 مدنيا ممن قضوا في القصف": a
    monitor's documented toll (وثق، أحصى before the trigger) in a sentence with no day, right after a
    sentence that counts the dead since the campaign's start, is the same tally's other side, not one
    incident ("ووثق المرصد مقتل 20 مدنيا السبت" keeps its day)."""
    if not any(tokens[k].norm in _DOCUMENTED or tokens[k].norm.removeprefix("و") in _DOCUMENTED
               for k in word_indices(tokens, lo, first)):
        return None
    if not dayless(tokens, lo, hi):
        return None
    prev = lo - 1
    while prev >= 0 and tokens[prev].kind == "punct":
        prev -= 1
    start = prev
    while start > 0 and not (tokens[start - 1].kind == "punct" and tokens[start - 1].text in _HARD_BREAKS):
        start -= 1
    if prev < 0 or not _period_toll(tokens, start, prev + 1):
        return None
    return "a tally after a toll since the campaign's start"


#: Words one of which a token of the sentence holds when `documented_after_period` fires (its verb of
#: documenting).
DOCUMENTED_CUES = _DOCUMENTED


#: Definite plurals of fighting a record of battles is told by (article stripped): المعارك، الحروب، المواجهات.
_FOUGHT_NOUNS = frozenset({"معارك", "حروب", "مواجهات"})


def battles_fought(tokens: Sequence[Token], first: int, lo: int, hi: int) -> str | None:
    """"مستفيدا من المعارك التي خاضها في الهلال النفطي والجفرة وبنغازي"، "ومن أبرز المعارك التي خاضتها القوات":
    the definite battles a side "has fought" (التي and a form of خاض right after), in a sentence with no day,
    are its record of past battles, not one clash ("المعارك التي شهدتها التحيتا خلال اليومين الماضيين" tells
    battles of the news by the place that saw them, and stays)."""
    if bare(tokens[first]) not in _FOUGHT_NOUNS or not _definite(tokens[first]):
        return None
    after = word_indices(tokens, first + 1, hi)[:2]
    if len(after) < 2 or tokens[after[0]].norm != "التي" or not tokens[after[1]].norm.startswith("خاض"):
        return None
    if not dayless(tokens, lo, hi):
        return None
    return f"a record of battles fought: {tokens[first].text} التي {tokens[after[1]].text}"


def campaign_span(tokens: Sequence[Token], first: int, last: int, start: int, lo: int, hi: int) -> str | None:
    """The period rules of round 36 in one call (`not_new` asks it): a toll over a campaign's span, a
    campaign's start as a time, a toll counted in the battles, the battles as a setting (and round 69's
    record of battles fought)."""
    return (during_campaign(tokens, last, lo, hi) or campaign_launch(tokens, start, first, lo, hi)
            or toll_in_battles(tokens, start, first, lo, hi) or battles_as_setting(tokens, start, first, lo, hi)
            or battles_fought(tokens, first, lo, hi))


#: Words one of which a token of the sentence holds when `campaign_span` fires: a span opener (`during_campaign`),
#: a word of starting (`campaign_launch`), the battles of `toll_in_battles` and `battles_as_setting`, the خاض
#: of `battles_fought`.
CAMPAIGN_SPAN_CUES = frozenset({*_SPAN_OF, *_STARTED, *_BATTLES, "معارك", "خاض"})


#: Verbs of a start (shadow form, و dropped) a wave of demonstrations is dated by (بدأت الاحتجاجات مطلع يوليو).
_WAVE_BEGAN = frozenset({"بدات", "بدا", "انطلقت", "اندلعت"})
#: How many words after the wave noun the part of a month dating its start may stand ("بدأت التظاهرات
#: السلمية في مدينة البصرة جنوبي العراق مطلع يوليو").
WAVE_START_REACH = 10


def wave_began(tokens: Sequence[Token], first: int, last: int, lo: int, hi: int) -> str | None:
    """"وبدأت التظاهرات السلمية في مدينة البصرة مطلع يوليو الجاري": a definite wave of demonstrations right
    after a verb of starting, dated by a part of a month (مطلع، أواخر …) in a sentence with no day, is the
    wave's beginning told as background, not one day's protest ("بدأت المظاهرات صباح الجمعة" keeps its day;
    "بدأت الاحتجاجات في البصرة" with no month part may be the news, and stays; so does the article's first
    sentence, whose wave is the report's news: "بدأت الاحتجاجات في عمان في أواخر مايو")."""
    if lo == 0 or bare(tokens[first]) not in _WAVES or not _definite(tokens[first]):
        return None
    before = word_indices(tokens, lo, first)[-1:]
    if not before or before[0] != first - 1 or tokens[before[0]].norm.lstrip("و") not in _WAVE_BEGAN:
        return None
    at = _words(tokens, last, hi)[:WAVE_START_REACH]
    for k in at:
        if bare(tokens[k]) in _MONTH_PARTS and dayless(tokens, lo, hi):
            return f"a wave's start: {tokens[before[0]].text} {tokens[first].text} {tokens[k].text}"
    return None


#: Pronouns after a verb of dying that point back to a wave told before it (وقتل فيها، سقط خلالها).
_IN_IT = frozenset({"فيها", "خلالها"})


def toll_in_named_wave(tokens: Sequence[Token], first: int, lo: int, hi: int) -> str | None:
    """"مسيرات العودة الكبرى التي يشارك فيها آلاف الفلسطينيين، وقتل فيها قرابة 123 … برصاص الجيش": a verb of
    dying followed by فيها, after a wave of demonstrations named earlier in the sentence (a plural of
    protests) and before the trigger, in a sentence with no day, counts the wave's dead over its weeks, not
    one day's force ("قتل فيها" after a single protest, مظاهرة, is that protest's toll, and stays)."""
    words = word_indices(tokens, lo, first)
    for n, k in enumerate(words[:-1]):
        if tokens[k].norm.lstrip("و") not in _DIED or tokens[words[n + 1]].norm not in _IN_IT:
            continue
        if any(bare(tokens[j]) in _WAVES for j in words[:n]) and dayless(tokens, lo, hi):
            return f"a toll over a wave of demonstrations: {tokens[k].text} {tokens[words[n + 1]].text}"
    return None


#: Words one of which a token of the sentence holds when `toll_in_named_wave` fires (its فيها).
NAMED_WAVE_CUES = _IN_IT


def toll_in_aged_wave(tokens: Sequence[Token], first: int, lo: int, hi: int) -> str | None:
    """"بدأت الاحتجاجات … تأخذ منحى جديدا مع دخولها أسبوعها الثالث …، لاسيما بعد سقوط عدد من القتلى": dead
    told after a wave of demonstrations (a plural of protests) and its age of a week or more (دخولها أسبوعها،
    دخلت شهرها), in a sentence with no day, are counted over the wave's weeks, not one day's incident (the
    age told after the trigger is `wave_age`'s)."""
    words = word_indices(tokens, lo, first)
    for n, k in enumerate(words[:-1]):
        if tokens[k].norm.lstrip("و") not in _ENTERED_WAVE:
            continue
        # the age right after the verb (دخولها أسبوعها), or after the wave it names (دخول الاحتجاجات أسبوعها)
        age = n + 2 if n + 2 < len(words) and bare(tokens[words[n + 1]]) in _WAVES else n + 1
        if not bare(tokens[words[age]]).startswith(_AGES) or words[age] >= first:
            continue
        if any(bare(tokens[j]) in _WAVES for j in words[: age]) and dayless(tokens, lo, hi):
            return f"a toll over a wave's weeks: {tokens[k].text} {tokens[words[age]].text}"
    return None


#: Verbs and nouns of a wave entering its age (the verbs of `wave_age`, and the bare noun: مع دخول الاحتجاجات).
_ENTERED_WAVE = _ENTERED | {"دخول", "بدخول"}



#: Verbs that start a campaign (shadow form, و dropped): بدأ الجيش عملية، والتي بدأها، أطلقت القوات حملة.
_BEGUN = frozenset({"بدا", "بدات", "بداها", "بداته", "بداتها", "اطلق", "اطلقت", "اطلقها", "اطلقته"})
#: Nouns of an operation or campaign (shadow-form prefixes, article stripped): عملية، عمليته، حملة.
_OPERATION = ("عمليه", "عمليت", "عمليات", "حمله", "حملت")
#: Verbs of a statement whose day may stand in the sentence (أعلن الجيش، الاثنين، مقتل …): the day of the telling.
_TELLING = frozenset({"اعلن", "اعلنت", "قال", "قالت", "افاد", "افادت", "ذكر", "ذكرت", "اكد", "اكدت"})
#: How many words apart a verb of starting and its campaign noun (a relative clause may stand between: عمليته
#: العسكرية الواسعة ضد تنظيم داعش في سيناء، والتي بدأها), and the month it names, may stand.
BEGUN_REACH = 10
MONTH_BACK_REACH = 8


def _month_back(tokens: Sequence[Token], words: Sequence[int], n: int) -> bool:
    """Word n is الماضي after a month's name or الشهر (في فبراير الماضي، الشهر الماضي): a month before this one."""
    if n == 0 or bare(tokens[words[n]]) not in ("ماضي",):
        return False
    prev = tokens[words[n - 1]]
    return bare(prev) == "شهر" or prev.norm in lexicon().months  # not `bare`: it reads فبراير's ف as a conjunction


def _told_day_only(tokens: Sequence[Token], words: Sequence[int]) -> bool:
    """Every word of a day in the sentence stands within three words after a verb of telling (أعلن الجيش،
    الاثنين): the day is the statement's, and nothing ties the count to one day of fighting."""
    for n, k in enumerate(words):
        if _day_word(tokens[k]):
            if not any(tokens[words[m]].norm.lstrip("و") in _TELLING for m in range(max(0, n - 3), n)):
                return False
    return True


def operation_begun_back(tokens: Sequence[Token], lo: int, hi: int) -> str | None:
    """"أعلن الجيش، الاثنين، مقتل 52 إرهابيا بسيناء، في إطار عمليته العسكرية … والتي بدأها في فبراير
    الماضي"; "وفي الشهر الماضي بدأ الجيش عملية كبرى …، ويقول إنه قتل العشرات واحتجز المئات": dead or
    detained counted in a sentence that dates the start of their operation to an earlier month (a verb of
    starting beside a campaign noun, a month and الماضي near it), with no day but the statement's, are the
    operation's running total, not one incident (ACLED codes the operation's days, not its tallies)."""
    words = word_indices(tokens, lo, hi)
    for n, k in enumerate(words):
        if tokens[k].norm.lstrip("و") not in _BEGUN:
            continue
        near = words[max(0, n - BEGUN_REACH) : n + BEGUN_REACH + 1]
        if not any(bare(tokens[j]).startswith(_OPERATION) for j in near):
            continue
        span = range(max(0, n - MONTH_BACK_REACH), min(len(words), n + MONTH_BACK_REACH + 1))
        if any(_month_back(tokens, words, m) for m in span) and _told_day_only(tokens, words):
            return f"an operation's running total: {tokens[k].text}"
    return None
