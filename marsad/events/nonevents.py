"""Trigger words in sentences that tell no incident: a capability, an inventory, terrain, traces, a
queue, the verdict on a practice, a habit of losses.

An explainer of air defences ("designed to shoot down aircraft and drones"), an estimate of the jets at
a base, "the hills surround (تطوقه) the basin", a street "showing traces of battles", voters gathered
"waiting" for the polls to open, "the use of drones in a suicide manner is a terrorist act", "the rebels
suffer heavy losses in confrontations": each holds a trigger word, none an incident.  Each rule reads
one structure around the trigger and returns why it is not an incident, or None.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from marsad.events.background import DEBRIS, back_word
from marsad.events.ongoing import day_named
from marsad.events.periods import dayless
from marsad.events.roles import bare, bare_stem, is_quantity, word_indices
from marsad.model import Token

#: Words of a capability or a design (shadow form, و dropped): what a system can do, not what it did.
_CAPABLE = frozenset({"قادر", "قادره", "قادرين", "قادرون", "مصمم", "مصممه", "بامكانه", "بامكانها", "بوسعه",
                      "بوسعها", "قدرته", "قدرتها", "قدرات", "تستطيع", "يستطيع", "يمكنها", "يمكنه", "مخصص", "مخصصه"})
#: How many words back a capability word governs a trigger ("مصمم لإسقاط الطائرات الحربية والصواريخ والطائرات").
CAPABLE_REACH = 6
#: Words of possession: "لديها عشرات الطائرات … بما في ذلك مقاتلات" is an inventory.
_HAS = frozenset({"لديها", "لديه", "لديهم", "تمتلك", "يمتلك", "يمتلكون", "تملك", "يملك", "بحوزتها", "بحوزته",
                  "ترسانه", "ترسانتها", "ترسانته", "اسطول", "اسطولها"})
#: How many words back a possession word governs a trigger (through a list: "لديها عشرات الطائرات … في قاعدة
#: حميميم، بما في ذلك مقاتلات").
HAS_REACH = 12
#: Complementizers: a report after them (قال مصدر لديه معلومات إن غارات …) is not what the possession governs.
_THAT = frozenset({"ان", "انه", "انها", "بان"})
#: Terrain (shadow form, article stripped) that may "surround" a place: geography, not an encirclement.
_TERRAIN = frozenset({"مرتفعات", "جبال", "تلال", "هضاب", "سلسله", "سلاسل", "صحراء", "صحاري", "بساتين", "مزارع",
                      "اراضي", "سهول", "وديان", "غابات", "اسوار", "سور", "مياه"})
#: Words of traces right before a trigger (آثار المعارك، مخلفات القصف): what is left of earlier fighting.
#: Matched as written, a glued و/ب/ل dropped: آثار with its madda, since أثار ("stirred") shares its shadow form.
_TRACES = frozenset({"آثار", "مخلفات", "بصمات", "ندوب"})
#: Words of waiting after a crowd: "احتشد المواطنون أمام اللجان في انتظار فتحها" is a queue.
_WAITING = frozenset({"انتظار", "بانتظار", "انتظارا"})
#: Gathering verbs (a crowd, not yet a protest) the wait may govern.
_GATHER = ("احتشد", "تجمهر", "تجمع", "اصطف")
#: Copulas and nouns of a verdict: "استخدام الطائرات بأسلوب انتحاري هو عمل إرهابي" judges a practice.
_COPULAS = frozenset({"هو", "هي", "يعد", "تعد", "يعتبر", "تعتبر", "يمثل", "تمثل", "يشكل", "تشكل"})
_VERDICTS = frozenset({"عمل", "عملا", "جريمه", "انتهاك", "انتهاكا", "خرق", "خرقا", "تصعيد", "تصعيدا"})
#: How many words after the trigger the copula may stand.
VERDICT_REACH = 3
#: Nouns of a practice before the trigger (قيام الميليشيات باستخدام …): the verdict is on a practice, not on
#: one attack the report tells ("الهجوم هو عمل إرهابي" judges an incident and keeps it).
_PRACTICE = frozenset({"استخدام", "باستخدام", "لاستخدام", "لجوء", "اللجوء", "قيام", "بقيام", "اسلوب", "باسلوب"})
PRACTICE_REACH = 6
#: Imperfect verbs of suffering losses: "يتكبد المتمردون خسائر فادحة في مواجهات" tells a habit.
_SUFFERS = frozenset({"يتكبد", "تتكبد", "يتكبدون", "تتكبدان", "يتكبدان"})
#: How many words back such a verb governs a trigger.
SUFFERS_REACH = 6


def _unglued(text: str) -> str:
    """The word as written without one glued و, ب or ل (وآثار → آثار)."""
    return text[1:] if len(text) > 4 and text[0] in "وبل" else text


def capability(tokens: Sequence[Token], start: int, first: int) -> str | None:
    """A word of capability or design within `CAPABLE_REACH` words before the trigger in its clause:
    "النظام مصمم لإسقاط الطائرات الحربية والصواريخ والطائرات بدون طيار"، "قادرة على شن غارات"."""
    return back_word(tokens, start, first, CAPABLE_REACH, lambda t: t.norm.lstrip("و") in _CAPABLE, "capability")


#: Words one of which a token of the clause holds when `capability` fires (its word of capability).
CAPABLE_CUES = _CAPABLE


def inventory(tokens: Sequence[Token], start: int, first: int) -> str | None:
    """A word of possession within `HAS_REACH` words before the trigger in its clause, no أن between:
    "لدى روسيا عشرات الطائرات الحربية في قاعدة حميميم، بما في ذلك مقاتلات" counts arms, not a strike."""
    for k in reversed(word_indices(tokens, start, first)[-HAS_REACH:]):
        w = tokens[k].norm.lstrip("و")
        if w in _THAT:
            return None
        if w in _HAS or bare(tokens[k]) in _HAS:
            return f"inventory: {tokens[k].text}"
    return None


def terrain_surrounds(tokens: Sequence[Token], last: int, end: int) -> str | None:
    """An encircling verb whose subject right after it is terrain: "تطوقه المرتفعات من الشمال"."""
    nxt = next((k for k in range(last + 1, min(end, last + 3)) if tokens[k].kind == "word"), None)
    if nxt is not None and bare(tokens[nxt]) in _TERRAIN:
        return f"terrain: {tokens[last].text} {tokens[nxt].text}"
    return None


def traces_of(tokens: Sequence[Token], first: int, start: int) -> str | None:
    """A word of traces right before the trigger: "شارع بدت عليه آثار المعارك" shows what is left."""
    j = first - 1
    if j >= start and tokens[j].kind == "word" and _unglued(tokens[j].text) in _TRACES:
        return f"traces: {tokens[j].text} {tokens[first].text}"
    return None


#: Nouns of ruin (shadow form, article and a glued و/ب dropped): "الدمار الذي خلفته المعارك".  Not the verb
#: دمرت: "وقد دمرت قوات الدفاع الجوي خمسا من الصواريخ" tells the day's act (it lost a strike on ANT).
_RUIN = frozenset({"دمار", "خراب"})


def ruin_left(tokens: Sequence[Token], first: int, lo: int, hi: int) -> str | None:
    """A definite noun of fighting or strikes in a sentence that names ruin and no day: "رغم الدمار الذي
    خلفته المعارك"، "القتال والضربات الجوية تسببت في دمار واسع" tell what a past campaign left, not an
    incident.  A day keeps it ("دمار في الممتلكات … فجر الثلاثاء"), and so does a verb or an indefinite
    noun ("شنت مقاتلات غارات … ما تسبب في دمار كبير")."""
    if not tokens[first].norm.lstrip("و").startswith("ال") or not dayless(tokens, lo, hi):
        return None
    for t in tokens[lo:hi]:
        if t.kind == "word" and t.norm.lstrip("و").removeprefix("ب").removeprefix("ال") in _RUIN:
            return f"ruin left: {t.text} {tokens[first].text}"
    return None


#: Words of debris (shadow form, article and a glued ب/ل dropped): what is left of a missile or a drone.
_DEBRIS_WORDS = frozenset({*DEBRIS, "بقايا"})
#: Words of examining, finding or showing (shadow-form prefixes, و and a glued ب/ل dropped) before debris.
_EXAMINED = ("تفحص", "فحص", "معاين", "عاين", "عثر", "عثور", "وجد", "عرض")
#: How many words before the debris word the examining word may stand ("تمكن الفريق من تفحص حطام").
EXAMINED_REACH = 3


def debris_of(tokens: Sequence[Token], first: int, start: int) -> str | None:
    """Debris examined, found or shown: a word of debris right before the trigger (or before a number
    right before it), a word of examining within `EXAMINED_REACH` words before that: "تمكن فريق الخبراء من
    تفحص حطام عشرة صواريخ" inspects the remains of missiles fired months before, no launch of its own.
    Debris merely seen where it fell ("ليس معروفا إذا ما كانت هذه بقايا صاروخ") may place the
    interception it belongs to and stays."""
    j = first - 1
    if j > start and is_quantity(tokens[j]):  # "حطام عشرة صواريخ"، "حطام 10 صواريخ"
        j -= 1
    if j < start or tokens[j].kind != "word" or not _DEBRIS_WORDS & {bare(tokens[j]), bare_stem(tokens[j])}:
        return None
    for k in word_indices(tokens, start, j)[-EXAMINED_REACH:]:
        if bare_stem(tokens[k]).startswith(_EXAMINED) or bare(tokens[k]).startswith(_EXAMINED):
            return f"debris examined: {tokens[k].text} {tokens[j].text} {tokens[first].text}"
    return None


#: Words one of which a token of the clause holds when `debris_of` fires (its word of debris).
DEBRIS_CUES = _DEBRIS_WORDS


def waiting_crowd(tokens: Sequence[Token], first: int, last: int, end: int) -> str | None:
    """A gathering verb (احتشد، تجمهر) with a word of waiting later in its clause: a queue (at the polls, for
    aid), not a protest; a demonstration "awaiting the verdict" (تظاهروا … بانتظار) stays one."""
    if not bare(tokens[first]).startswith(_GATHER):
        return None
    for k in range(last + 1, end):
        if tokens[k].kind == "word" and tokens[k].norm.lstrip("و") in _WAITING:
            return f"a queue: {tokens[k].text}"
    return None


def judged_practice(tokens: Sequence[Token], first: int, last: int, start: int, end: int) -> str | None:
    """A practice as the subject of a verdict: a noun of use or manner within `PRACTICE_REACH` words before
    the trigger, a copula within `VERDICT_REACH` words after it, then a verdict noun ("قيام الميليشيات
    باستخدام الطائرات بدون طيار بأسلوب انتحاري هو عمل إرهابي")."""
    if not any(tokens[k].norm.lstrip("و") in _PRACTICE for k in word_indices(tokens, start, first)[-PRACTICE_REACH:]):
        return None
    at = word_indices(tokens, last + 1, end)[: VERDICT_REACH + 1]
    for n, k in enumerate(at[:-1]):
        if tokens[k].norm.lstrip("و") in _COPULAS and bare(tokens[at[n + 1]]) in _VERDICTS:
            return f"a verdict: {tokens[k].text} {tokens[at[n + 1]].text}"
    return None


#: Words one of which a token of the clause holds when `judged_practice` fires (its noun of use or manner).
PRACTICE_CUES = _PRACTICE


def suffers_losses(tokens: Sequence[Token], start: int, first: int) -> str | None:
    """An imperfect verb of suffering losses within `SUFFERS_REACH` words before the trigger in its clause:
    "ويتكبد المتمردون خسائر فادحة في مواجهات" summarises a front, not one clash."""
    return back_word(tokens, start, first, SUFFERS_REACH, lambda t: t.norm.lstrip("و") in _SUFFERS, "habit")


#: Definite superlatives right after a trigger: "خاضت المعارك الأقسى ضد التنظيم" characterises a campaign.
_SUPERLATIVES = frozenset({"الاقسي", "الاعنف", "الاشرس", "الاكبر", "الاشد", "الاطول", "الاوسع", "الادمي", "الاضخم"})


def fiercest(tokens: Sequence[Token], last: int, end: int) -> str | None:
    """A definite superlative right after the trigger, no منذ within three words after it: "the fiercest
    battles against IS" sums a campaign ("المعارك الأعنف منذ أشهر" compares a day's fighting and stays)."""
    at = word_indices(tokens, last + 1, end)[:4]
    if not at or at[0] != last + 1 or tokens[at[0]].norm.lstrip("و") not in _SUPERLATIVES:
        return None
    if any(tokens[k].norm.lstrip("و") == "منذ" for k in at[1:]):
        return None
    return f"a characterisation: {tokens[last].text} {tokens[at[0]].text}"


#: Nouns of war and battles (shadow form, article and و/ب off) that "against" (ضد) may follow.
_WAR_NOUNS = frozenset({"معارك", "حرب", "قتال"})


def war_against(tokens: Sequence[Token], first: int, last: int, end: int) -> str | None:
    """A war noun straight followed by ضد, no day named after it in its clause (`end`): "قدم التحالف
    الإسناد خلال المعارك ضد داعش"، "استعمال مقاتلي المعارضة في معارك ضد الأكراد" name a war on an enemy,
    not a battle of a day and place; an adjective between ("معارك عنيفة ضد الحوثيين") tells a battle."""
    if first != last or bare(tokens[first]).removeprefix("ب") not in _WAR_NOUNS:
        return None
    at = word_indices(tokens, last + 1, end)[:1]
    if not at or at[0] != last + 1 or tokens[at[0]].norm != "ضد" or day_named(tokens, last + 1, end):
        return None
    return f"a war on an enemy: {tokens[first].text} ضد"


#: Relative pronouns and imperfect verbs of waging with an object pronoun: "الغارات التي يشنها التحالف"،
#: "العملية العسكرية التي تشنها القوات" tell a campaign in progress, not a strike of the day.
_RELATIVE = frozenset({"التي", "الذي"})
_WAGES = frozenset({"يشنها", "تشنها", "يشنونها", "يخوضها", "تخوضها", "يخوضونها", "ينفذها", "تنفذها", "ينفذونها"})


def waged_campaign(tokens: Sequence[Token], first: int, last: int, end: int) -> str | None:
    """A definite trigger followed (within three words: its adjectives) by a relative pronoun and an
    imperfect verb of waging it (الغارات الجوية التي يشنها التحالف): a campaign in progress."""
    if not tokens[first].norm.lstrip("وبل").startswith("ال"):
        return None
    at = word_indices(tokens, last + 1, end)[:5]
    for n, k in enumerate(at[:-1]):
        if tokens[k].norm.lstrip("و") in _RELATIVE and tokens[at[n + 1]].norm in _WAGES:
            return f"a campaign: {tokens[k].text} {tokens[at[n + 1]].text}"
        if not tokens[k].norm.startswith("ال"):
            return None  # only the trigger's adjectives may stand before the relative
    return None


#: Complementizers a reported statement opens with (أكد أن …، قال إن …).
_SAID_THAT = frozenset({"ان", "بان"})
#: Adjectives of a verdict on strikes (shadow form, article stripped): "أن الضربات … "دقيقة"" judges a campaign.
_VERDICT_ADJ = frozenset({"دقيقه", "مشروعه", "قانونيه", "ناجحه", "محدوده", "عشواييه", "مبرره", "ضروريه", "جراحيه",
                          "انتقاييه", "دفاعيه"})
#: Quotation marks that set off the verdict ("دقيقة").
_QUOTES = frozenset('"«»“”')
EVALUATED_REACH = 8


def evaluated(tokens: Sequence[Token], first: int, last: int, start: int, end: int) -> str | None:
    """A trigger right after أن, with a quoted verdict adjective as its predicate within `EVALUATED_REACH`
    words: "أكد مسؤول أن الضربات الجوية الروسية والسورية على إدلب "دقيقة"" says what the strikes are like,
    not that one took place."""
    prev = first - 1
    if prev < start or tokens[prev].norm.lstrip("و") not in _SAID_THAT:
        return None
    words = 0
    for k in range(last + 1, end):
        if tokens[k].kind == "word":
            words += 1
            if words > EVALUATED_REACH:
                return None
            if bare(tokens[k]) in _VERDICT_ADJ and tokens[k - 1].text in _QUOTES:
                return f"a verdict: {tokens[k].text}"
    return None


#: Words of a funeral or burial (shadow form, و dropped): the dead they govern were killed before.
_FUNERALS = frozenset({"شيع", "شيعت", "شيعوا", "يشيع", "تشيع", "يشيعون", "تشييع", "لتشييع", "جنازه", "جنازات",
                       "دفن", "دفنت", "دفنوا", "يدفن", "تدفن", "مراسم", "ماتم", "عزاء"})
#: Words that tie the dead to an earlier death (شيعت 35 … بعد أن لقوا مصرعهم، شيع الذين قتلوا).
_BEFORE_DEATH = frozenset({"بعد", "الذين", "الذي", "التي", "ممن", "اللذين", "اللواتي"})


def funeral_of(tokens: Sequence[Token], start: int, first: int) -> str | None:
    """"شيعت الميليشيات نحو 35 من مسلحيها بعد أن لقوا مصرعهم في جبهات الساحل": a killing told as the
    cause of a funeral (a funeral word, then بعد or a relative before the trigger) counts dead buried
    after fighting elsewhere over days; the funeral is no attack.  A shooting at a funeral has its own
    trigger and stays."""
    at = word_indices(tokens, start, first)
    tie = next((n for n in range(len(at) - 1, -1, -1) if tokens[at[n]].norm.lstrip("و") in _BEFORE_DEATH), None)
    if tie is None:
        return None
    for k in at[:tie]:
        if tokens[k].norm.lstrip("و") in _FUNERALS:
            return f"a funeral: {tokens[k].text}"
    return None


#: Words of a siege (shadow form, article stripped): a bombardment joined to it is the campaign's.
_SIEGES = frozenset({"حصار", "حصارها", "حصاره"})
SIEGE_REACH = 8


def siege_and(tokens: Sequence[Token], start: int, first: int) -> str | None:
    """"بعد الحصار الذي فرضته على الغوطة والقصف العنيف عبر الغارات الجوية": a bombardment joined by و to a
    siege within `SIEGE_REACH` words (the trigger or a word after the siege carries the و) tells the
    campaign's means, not one strike."""
    at = word_indices(tokens, start, first + 1)[-SIEGE_REACH - 1 :]
    siege = next((n for n in range(len(at) - 2, -1, -1) if bare(tokens[at[n]]) in _SIEGES), None)
    if siege is None or not any(tokens[k].norm.startswith("و") for k in at[siege + 1 :]):
        return None
    return f"a siege's campaign: {tokens[at[siege]].text} {tokens[first].text}"


#: Hundreds or thousands right after a killing (قتلت المئات من القوات): a side's running claim.
_HUNDREDS = frozenset({"ميات", "الاف"})  # shadow forms: ئ is ي, الآلاف loses its article


def hundreds_killed(tokens: Sequence[Token], last: int, lo: int, hi: int) -> str | None:
    """"وتقول وحدات حماية الشعب إنها قتلت المئات من القوات التركية": hundreds killed, in a sentence with
    no day, sum a campaign (a day's massacre names its day or its own attack word)."""
    at = word_indices(tokens, last + 1, hi)[:1]
    if at and at[0] == last + 1 and bare(tokens[at[0]]) in _HUNDREDS and dayless(tokens, lo, hi):
        return f"total: {tokens[last].text} {tokens[at[0]].text}"
    return None


#: Arrest words carrying the ل of purpose (shadow form): "to catch", an aim not yet an arrest.
_TO_ARREST = frozenset({"للقبض", "لاعتقال", "لاعتقالهم", "لاعتقاله", "لاعتقالها", "لتوقيف", "لالقاء"})
#: Verbs of result a ل may follow as "to" (أدى لاعتقال): the arrest did happen.
_LED = frozenset({"ادي", "ادت", "افضي", "افضت", "قاد", "قادت", "انتهي", "انتهت"})


def arrest_aim(tokens: Sequence[Token], first: int, start: int) -> str | None:
    """"نصبت الميليشيات نقاط تفتيش … للقبض على عناصرها الفارين": an arrest word with the ل of purpose is
    what a deed is for (not after a verb of result: "ما أدى لاعتقال خمسة" tells arrests made)."""
    if tokens[first].norm.lstrip("و") not in _TO_ARREST:
        return None
    prev = word_indices(tokens, start, first)[-1:]
    if prev and tokens[prev[0]].norm.lstrip("و") in _LED:
        return None
    return f"aim: {tokens[first].text}"


#: Nouns of a count a number may close (وصل عدد الهجمات … إلى 60 غارة).
_COUNT_NOUNS = frozenset({"عدد", "اجمالي", "مجموع", "حصيله"})
#: Verbs of receiving fire (تلقت العاصمة 1200 قذيفة): a count of what fell over a period.
_RECEIVED = frozenset({"تلقت", "تلقي", "تلقوا", "استقبلت", "استقبل"})
COUNT_REACH = 12


def count_reached(tokens: Sequence[Token], first: int, start: int, lo: int, hi: int) -> str | None:
    """The trigger as the unit of a number that closes a count ("ووصل عدد الهجمات الإسرائيلية على قطاع
    غزة الأسبوع الماضي إلى 60 غارة") or of what a place received in a sentence with no day ("تلقت العاصمة
    1200 قذيفة"): a sum, not one strike.  "عدد من" (a number of) is no count."""
    j = first - 1  # right before the trigger: "… 23، اعدم اثنان" closes a count before a new deed
    if j < start or tokens[j].kind != "number":
        return None
    before = word_indices(tokens, start, j)[-COUNT_REACH:]
    if before and tokens[before[-1]].norm.lstrip("و") in _RECEIVED and dayless(tokens, lo, hi):
        return f"a count received: {tokens[before[-1]].text}"
    for k in before:
        if bare(tokens[k]) in _COUNT_NOUNS and not (k + 1 < len(tokens) and tokens[k + 1].norm == "من"):
            return f"a count: {tokens[k].text} … {tokens[first].text}"
    return None


#: Verbs of seizing that take على (shadow form, و dropped): the weapon after them was caught, not fired.
_SEIZED = frozenset({"سيطرت", "سيطر", "سيطروا", "استولت", "استولي", "استولوا", "عثرت", "عثر", "عثروا"})
SEIZED_REACH = 6


def captured(tokens: Sequence[Token], start: int, first: int) -> str | None:
    """"سيطرت القوات الإماراتية على طائرة بدون طيار إيرانية الصنع … محملة بالمتفجرات": a weapon word right
    after على, with a verb of seizing within `SEIZED_REACH` words before it, is the weapon taken (ACLED's
    disrupted use, told by its own event), not a strike."""
    at = word_indices(tokens, start, first)
    if not at or at[-1] != first - 1 or tokens[at[-1]].norm != "علي":
        return None
    return back_word(tokens, start, first - 1, SEIZED_REACH - 1, lambda t: t.norm.lstrip("و") in _SEIZED, "seized")


def told_not_done(tokens: Sequence[Token], first: int, last: int, cls: str, start: int, lo: int, hi: int) -> str | None:
    """The non-event rules of round 36 in one call (`not_new` asks it): a killing told as a funeral's
    cause or in hundreds, a drone seized, a bombardment joined to a siege, an arrest as an aim, a strike
    as a count's unit."""
    if cls == "kill":
        return funeral_of(tokens, lo, first) or hundreds_killed(tokens, last, lo, hi)
    why = arrest_aim(tokens, first, start) if cls == "arrest" else None
    if cls == "air":
        why = why or captured(tokens, start, first)
    if cls in ("bombard", "air") and lo > 0:  # a lead's "بعد حصار طويل وقصف عنيف" names the news campaign
        why = why or siege_and(tokens, start, first)
    return why or count_reached(tokens, first, start, lo, hi)


#: Nouns of criticism (shadow form, article and و off) a protest noun may be paired with: "أثار القانون
#: احتجاجات وانتقادات من طرف منظمات حقوق الإنسان" tells a reaction of opinion, not a crowd in a street.
_CRITICISM = frozenset({"انتقادات", "انتقاد", "ادانات", "ادانه", "تنديد", "تنديدات", "استنكار", "جدل"})


def protest_and_criticism(tokens: Sequence[Token], first: int, last: int, start: int, end: int) -> str | None:
    """A protest noun joined by و to a noun of criticism right after it (احتجاجات وانتقادات) or right before it
    (انتقادات واحتجاجات): the two together name the reactions a law or a decision drew, as a report of
    opinion does, not a demonstration held at a place and on a day."""
    at = word_indices(tokens, last + 1, end)[:1]
    if at and at[0] == last + 1 and tokens[at[0]].norm.startswith("و") and bare(tokens[at[0]]) in _CRITICISM:
        return f"a reaction: {tokens[last].text} {tokens[at[0]].text}"
    before = word_indices(tokens, start, first)[-1:]
    if (before and before[0] == first - 1 and tokens[first].norm.startswith("و")
            and bare(tokens[before[0]]) in _CRITICISM):
        return f"a reaction: {tokens[before[0]].text} {tokens[first].text}"
    return None


#: Past-tense endings a verb of resolve drops to its stem (قتلت، قصفنا، ضربوا).
_PAST_ENDINGS = ("نا", "وا", "ت", "ا")
#: The imperfect's prefixes after the future's س (ستقتل، سنقصف، سيضربون، سأقتل).
_IMPERFECT_PREFIXES = ("ي", "ت", "ن", "ا")
#: Plural and dual endings an imperfect may carry (سيقتلون، ستقصفان).
_IMPERFECT_ENDINGS = ("ون", "ان", "ين")


def _stem_of_past(word: str) -> str:
    for ending in _PAST_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _stem_of_future(word: str) -> str | None:
    """The stem of a future verb joined by و (وستقتل → قتل), None when the word is no such form."""
    if not word.startswith("وس") or len(word) < 6 or word[2] not in _IMPERFECT_PREFIXES:
        return None
    stem = word[3:]
    for ending in _IMPERFECT_ENDINGS:
        if stem.endswith(ending) and len(stem) - len(ending) >= 3:
            return stem[: -len(ending)]
    return stem


def resolve_rhetoric(tokens: Sequence[Token], first: int, last: int, end: int) -> str | None:
    """A past verb followed at once by its own future (قتلت وستقتل الإرهابيين، قصفنا وسنقصف): a vow about what
    a side does and will do, "Russia has killed and will kill terrorists in Syria", not an incident."""
    if first != last or last + 1 >= end or tokens[last + 1].kind != "word":
        return None
    stem = _stem_of_future(tokens[last + 1].norm)
    past = _stem_of_past(tokens[last].norm.lstrip("و"))
    if stem is None or len(past) < 3 or stem != past:
        return None
    return f"a vow: {tokens[last].text} {tokens[last + 1].text}"


def framed_by(tokens: Sequence[Token], first: int, start: int) -> str | None:
    """A trigger right after "في إطار" (within the frame of): "ضربات قاصمة للحوثيين في الأيام الماضية، وذلك في
    إطار العملية العسكرية الضخمة التي تشنها" names the campaign the report's blows belong to, not an incident."""
    at = word_indices(tokens, start, first)[-2:]
    if len(at) < 2 or at[-1] != first - 1 or tokens[at[-1]].norm != "اطار":
        return None
    if tokens[at[0]].norm.lstrip("و") != "في":
        return None
    return f"a frame: {tokens[at[0]].text} {tokens[at[-1]].text}"


#: Words one of which a token of the clause holds when `framed_by` fires (its إطار).
FRAME_CUES = frozenset({"اطار"})


#: Participles of a specialty (shadow form, article and و off): "الفرق النسائية المتخصصة في اقتحام وتفتيش
#: المنازل وقمع المظاهرات" says what a unit does, not what it did one day.
_SPECIALISED = frozenset({"متخصص", "متخصصه", "متخصصين", "متخصصون", "المتخصص", "المتخصصه", "المتخصصين"})
SPECIALISED_REACH = 8


def specialised_in(tokens: Sequence[Token], start: int, first: int) -> str | None:
    """A participle of a specialty followed by في within `SPECIALISED_REACH` words before the trigger in its
    clause: the trigger names a unit's line of work (المتخصصة في … قمع المظاهرات)."""
    at = word_indices(tokens, start, first)[-SPECIALISED_REACH:]
    for n, k in enumerate(at[:-1]):
        if tokens[k].norm.lstrip("و") in _SPECIALISED and tokens[at[n + 1]].norm == "في":
            return f"a specialty: {tokens[k].text} في"
    return None


#: Words one of which a token of the clause holds when `specialised_in` fires (its participle of a specialty).
SPECIALISED_CUES = _SPECIALISED


#: Words of leaving (shadow form) a negated "left nothing but" idiom is built on: لم تترك … شيئا … إلا واستهدفته.
_LEFT = ("ترك", "تترك", "يترك", "تدع", "يدع", "توفر", "يوفر")
_NEGATIONS = frozenset({"لم", "لا", "ما"})
_THINGS = frozenset({"شيء", "شيا", "شييا", "احدا", "مكانا", "بيتا"})
#: How many words from إلا و to the trigger (itself the verb after إلا, or its means: بنيرانها واعتداءاتها).
NOTHING_BUT_REACH = 4


def nothing_but(tokens: Sequence[Token], start: int, first: int) -> str | None:
    """A trigger joined by و right after إلا (or its means a few words on), in a clause that opens with a negated
    verb of leaving and "a thing" (لم تترك ميليشيات الحوثي شيئا في اليمن إلا واستهدفته بنيرانها واعتداءاتها):
    "they spared nothing" is hyperbole about a side's conduct, not an incident."""
    at = [*word_indices(tokens, start, first), first]
    for n in range(max(0, len(at) - NOTHING_BUT_REACH), len(at) - 1):
        k = at[n]
        if tokens[k].norm != "الا" or at[n + 1] != k + 1 or not tokens[k + 1].norm.startswith("و"):
            continue
        norms = [tokens[j].norm.lstrip("و") for j in at[:n]]
        left = any(a in _NEGATIONS and b.startswith(_LEFT) for a, b in pairwise(norms))
        if left and any(bare(tokens[j]) in _THINGS or tokens[j].norm in _THINGS for j in at[:n]):
            return f"hyperbole: {tokens[k].text} {tokens[k + 1].text}"
    return None


#: Words one of which a token of the sentence holds when `nothing_but` fires (its verb of leaving, a prefix).
NOTHING_BUT_CUES = frozenset(_LEFT)


#: Imperfect verbs of lasting (shadow form, و dropped) and words of a time still to come (المقبل، القادم).
_LASTS = frozenset({"يستمر", "تستمر", "سيستمر", "ستستمر", "يمتد", "تمتد", "سيمتد", "ستمتد"})
_UNTIL = frozenset({"حتي", "الي", "لغايه"})
_COMING_TIME = frozenset({"مقبل", "مقبله", "قادم", "قادمه"})
LASTING_REACH = 3
UNTIL_REACH = 5


def lasting_until(tokens: Sequence[Token], last: int, end: int) -> str | None:
    """An imperfect verb of lasting within `LASTING_REACH` words after the trigger, then حتى and a time still to
    come (احتجاجا يستمر حتى 15 مايو المقبل): a campaign announced for weeks ahead, not one day's incident
    ("اشتباكات تستمر حتى الآن" is going on and stays)."""
    at = word_indices(tokens, last + 1, end)
    for n, k in enumerate(at[:LASTING_REACH]):
        if tokens[k].norm.lstrip("و") not in _LASTS or n + 1 >= len(at) or tokens[at[n + 1]].norm not in _UNTIL:
            continue
        if any(bare(tokens[j]) in _COMING_TIME for j in at[n + 2 : n + 2 + UNTIL_REACH]):
            return f"a campaign ahead: {tokens[k].text} {tokens[at[n + 1]].text}"
    return None


#: Words right before a trigger that make it a topic rather than a report: "يسلط الضوء على اعتقال الأطفال"
#: (sheds light on: an issue), "في إدارة العمليات العسكرية" (the conduct of operations, in general), and for a
#: protest "لحماية المتظاهرين" (to protect protesters: the brigade's purpose, no demonstration told).
_TOPIC_HEADS = frozenset({"اداره", "باداره", "لاداره"})
_PROTECTION = frozenset({"حمايه", "لحمايه", "بحمايه"})


def a_topic(tokens: Sequence[Token], first: int, start: int, protest: bool) -> str | None:
    """The word right before the trigger makes it a topic: الضوء على (after a verb of shedding light), إدارة (the
    conduct of), or for a protest trigger حماية (protecting protesters): an issue, not an incident."""
    at = word_indices(tokens, start, first)[-2:]
    if not at or at[-1] != first - 1:
        return None
    w = tokens[at[-1]].norm.lstrip("و")
    if w in _TOPIC_HEADS or (protest and w in _PROTECTION):
        return f"a topic: {tokens[at[-1]].text} {tokens[first].text}"
    if w == "علي" and len(at) == 2 and bare(tokens[at[0]]) == "ضوء":
        return f"a topic: {tokens[at[0]].text} {tokens[at[-1]].text}"
    return None


#: Verbs of result (shadow form, و off) a toll follows (العنف أدى إلى مقتل 47 شخصا).
_RESULTS = frozenset({"ادي", "اسفر", "اوقع", "خلف"})
#: Nouns of a listing of means (shadow form, article off): "من خلال طرق منها الاعتقالات".
_MEANS_NOUNS = frozenset({"طرق", "وسايل", "اساليب", "ادوات", "ممارسات"})
_AMONG_THEM = frozenset({"منها", "بينها", "مثل"})


def violence_toll(tokens: Sequence[Token], first: int, start: int) -> str | None:
    """A toll whose cause is "the violence" itself (ويقول مسؤولون إن العنف أدى إلى مقتل 47 شخصا على الأقل): the
    count of a wave of fighting, named by no incident of its own."""
    at = word_indices(tokens, start, first)[-4:]
    for n, k in enumerate(at[1:], start=1):
        if tokens[k].norm.lstrip("و") in _RESULTS and bare(tokens[at[n - 1]]) == "عنف" and len(at) - n <= 2:
            return f"a wave's toll: {tokens[at[n - 1]].text} {tokens[k].text}"
    return None


def listed_means(tokens: Sequence[Token], first: int, start: int) -> str | None:
    """A trigger right after "means, among them" (من خلال طرق منها الاعتقالات): one of the ways a pressure is
    applied, not an incident."""
    at = word_indices(tokens, start, first)[-2:]
    if len(at) < 2 or at[-1] != first - 1 or tokens[at[-1]].norm not in _AMONG_THEM:
        return None
    if bare(tokens[at[0]]) in _MEANS_NOUNS:
        return f"a means: {tokens[at[0]].text} {tokens[at[-1]].text}"
    return None
