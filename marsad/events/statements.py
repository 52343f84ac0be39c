"""Trigger words a sentence uses to describe, not to report: a state's diplomatic protest, the grip on
power, people fleeing or drawn into "the battles", a side described by what it "still" does, one of the
ways a thing may go (سواء … أو), the cause of an outcome a warning fears,
an incident named as the object of a verdict (وصف محللون القبض على … بالإنجاز), the reason a
call or measure "comes" for (ويأتي ذلك احتجاجا على …), a side described by what it did across whole states or
keeps doing (التحالف الذي شن ضربات جوية … في سوريا والعراق، الإرهابيين الذين يشنون هجمات), and a practice a
present-tense charge or a concern names (ويتهم متظاهرون ميليشيات … بإلقاء القنابل).

"مذكرة احتجاج" and "احتجاج السودان على أحد المشاهد" are a government's complaint, "الاستمرار بالقبض على
مقاليد الحكم" keeps a grip on power, "المدينة مكتظة بالفارين من المعارك" and "جندت آلاف الأطفال في المعارك"
name fighting as the place people fled or were sent to, and "المسلحين الذين ما زالوا يقصفون دمشق" says
who the militants are.  Each rule reads one structure around the trigger and returns why it tells no
incident, or None.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from marsad.events.ongoing import day_named
from marsad.events.roles import bare, word_indices
from marsad.gazetteer.countries import countries
from marsad.model import Token
from marsad.text import normalize

#: Documents a protest is lodged in (shadow form, article stripped): مذكرة احتجاج، رسالة احتجاج.
_NOTES = frozenset({"مذكره", "رساله", "خطاب", "برقيه", "مذكرات", "رسايل"})
#: Adjectives of an official protest right after the noun (احتجاج رسمي، احتجاجا دبلوماسيا).
_OFFICIAL = frozenset({"رسمي", "رسميا", "دبلوماسي", "دبلوماسيا", "شديد"})
#: Objects of a grip on power after القبض على / الإمساك ب (shadow form, article stripped).
_REINS = frozenset({"مقاليد", "زمام", "ناصيه", "سلطه", "حكم"})
#: Words of flight or recruitment (shadow-form prefixes, article and و stripped) that send people from or
#: into fighting: الفارين من المعارك، هربا من القصف، جندت الأطفال في المعارك، الزج بهم في المعارك.
_FLEE_OR_SEND = ("فار", "هارب", "هرب", "فرار", "فروا", "نازح", "نزح", "جند", "تجنيد", "زج", "يزج", "اشراك", "يشرك")
#: Prepositions between such a word and the trigger.
_FROM_INTO = frozenset({"من", "في", "عن", "الي"})
#: Nouns of a field of fighting between the preposition and the trigger (في أرض المعركة، إلى ساحات القتال).
_FIELDS = frozenset({"ارض", "ساحه", "ساحات", "جبهات", "اتون", "خطوط"})
#: How many words back the flight or recruitment word may stand ("جندت آلاف الأطفال في المعارك").
SEND_REACH = 4
#: Relative pronouns and forms of "still" (ما زال، لا يزال) before an imperfect trigger verb.
_RELATIVE = frozenset({"الذين", "الذي", "التي", "اللذين", "اللتين"})
_STILL = ("زال", "يزال", "تزال", "مازال", "لازال", "لايزال", "لاتزال", "مايزال")


#: "Whether" (سواء … أو): the trigger is one of the ways a thing may go, not a thing that went.
_WHETHER = frozenset({"سواء", "سواءا"})
#: How many words back سواء may stand ("سواء بقتلهم في الاشتباكات المتبادلة").
WHETHER_REACH = 4


#: Words of a warning (shadow-form prefixes, و dropped): حذر، يحذر، تحذير، محذرا.
_WARNS = ("حذر", "حذرت", "يحذر", "تحذر", "تحذير", "محذر")
#: Words of cause right before the trigger (جراء القصف، بسبب الغارات، نتيجة المعارك).
_BECAUSE = frozenset({"جراء", "بسبب", "نتيجه"})


#: Verbs of describing or deeming (shadow form, و dropped): "ووصف محللون القبض على عشماوي … بالإنجاز الكبير".
_DEEMS = frozenset({"وصف", "وصفت", "وصفوا", "يصف", "تصف", "يصفون", "اعتبر", "اعتبرت", "اعتبروا", "يعتبر", "تعتبر",
                    "يعتبرون"})
#: How many words may stand between the verb and the trigger (its subject: محللون، المتحدث باسم الجيش).
DEEM_REACH = 3


@lru_cache(maxsize=1)
def _state_names() -> frozenset[str]:
    """One-word Arabic country names in shadow form (السودان، مصر، إيران)."""
    names = (normalize(c.name_ar) for c in countries().values() if c.name_ar)
    return frozenset(n for n in names if n and " " not in n)


def diplomatic_protest(tokens: Sequence[Token], first: int, last: int, start: int, end: int) -> str | None:
    """A singular protest noun lodged in a note (مذكرة احتجاج), called official (احتجاج رسمي) or owned by a
    state named right after it (احتجاج السودان على أحد المشاهد): a government's complaint, not a crowd."""
    if bare(tokens[first]).lstrip("بل") not in ("احتجاج", "احتجاجا"):
        return None
    before = word_indices(tokens, start, first)[-1:]
    if before and bare(tokens[before[0]]) in _NOTES:
        return f"a diplomatic note: {tokens[before[0]].text} {tokens[first].text}"
    after = word_indices(tokens, last + 1, end)[:1]
    if after and after[0] == last + 1:
        nxt = tokens[after[0]]
        if nxt.norm in _OFFICIAL or nxt.norm in _state_names():
            return f"a state's protest: {tokens[first].text} {nxt.text}"
    return None


def grip_on_power(tokens: Sequence[Token], last: int, end: int) -> str | None:
    """An arrest phrase whose object is power itself (القبض على مقاليد الحكم، زمام الأمور): a grip."""
    after = word_indices(tokens, last + 1, end)[:1]
    if after and after[0] == last + 1 and bare(tokens[after[0]]) in _REINS:
        return f"a grip on power: {tokens[last].text} {tokens[after[0]].text}"
    return None


def fled_or_sent(tokens: Sequence[Token], first: int, start: int) -> str | None:
    """A definite trigger right after من/في/عن (or after a field noun behind one: في أرض المعركة), governed
    by a word of flight or recruitment within `SEND_REACH` words: "الفارين من المعارك"، "جندت آلاف الأطفال في
    المعارك"، "الزج بهم في أرض المعركة" name fighting in general."""
    if not tokens[first].norm.startswith("ال"):
        return None
    before = word_indices(tokens, start, first)
    if before and bare(tokens[before[-1]]) in _FIELDS:
        before = before[:-1]
    if not before or tokens[before[-1]].norm not in _FROM_INTO:
        return None
    for k in reversed(before[-SEND_REACH - 1 : -1]):
        if bare(tokens[k]).startswith(_FLEE_OR_SEND):
            return f"fled from or sent into: {tokens[k].text} {tokens[first].text}"
    return None


def described_by_practice(tokens: Sequence[Token], first: int, start: int) -> str | None:
    """An imperfect trigger verb right after "still" (ما زالوا، لا يزالون) that follows a relative pronoun:
    "المسلحين الذين ما زالوا يقصفون دمشق" describes a side by what it keeps doing."""
    if tokens[first].norm.lstrip("و")[:1] not in ("ي", "ت"):
        return None
    before = word_indices(tokens, start, first)[-3:]
    if len(before) < 2 or before[-1] != first - 1 or not tokens[before[-1]].norm.startswith(_STILL):
        return None
    k = len(before) - 2
    if tokens[before[k]].norm in ("ما", "لا") and k >= 1:
        k -= 1
    if tokens[before[k]].norm.lstrip("و") in _RELATIVE:
        return f"a description: {tokens[before[k]].text} {tokens[first].text}"
    return None


def either_or(tokens: Sequence[Token], first: int, start: int) -> str | None:
    """سواء within `WHETHER_REACH` words before the trigger in its clause: "سواء بقتلهم في الاشتباكات
    المتبادلة أو القبض عليهم" lists the ways an operation may end, no clash the report tells."""
    for k in word_indices(tokens, start, first)[-WHETHER_REACH:]:
        if tokens[k].norm.lstrip("و") in _WHETHER:
            return f"an alternative: {tokens[k].text} {tokens[first].text}"
    return None


#: Words one of which a token of the clause holds when `either_or` fires (its سواء).
WHETHER_CUES = _WHETHER


def warned_outcome(tokens: Sequence[Token], first: int, start: int) -> str | None:
    """A trigger right after جراء/بسبب/نتيجة in a clause that opens with a warning ("حذر المفوض من كارثة
    ستقع على المدنيين في درعا جراء القصف الجوي"): the cause of a feared outcome, not a strike told."""
    before = word_indices(tokens, start, first)
    if not before or before[-1] != first - 1 or tokens[first - 1].norm.lstrip("وم") not in _BECAUSE:
        return None
    for k in before[:-1]:
        if tokens[k].norm.lstrip("و").startswith(_WARNS):
            return f"a warning: {tokens[k].text} … {tokens[first - 1].text} {tokens[first].text}"
    return None


def deemed(tokens: Sequence[Token], first: int, start: int) -> str | None:
    """A verb of describing or deeming within `DEEM_REACH` words before the trigger, no أن between: the
    trigger is the object judged ("ووصف محللون القبض على عشماوي حيا … بالإنجاز الكبير"), an incident the
    report has told, not a new one."""
    for k in reversed(word_indices(tokens, start, first)[-DEEM_REACH:]):
        w = tokens[k].norm
        if w.lstrip("و") in ("ان", "انه", "بان"):
            return None
        if w in _DEEMS or (w.startswith("و") and w[1:] in _DEEMS):
            return f"judged: {tokens[k].text} {tokens[first].text}"
    return None


#: Verbs of coming (shadow form, و dropped) that give a reason: "ويأتي ذلك احتجاجا على …".
_COMES = frozenset({"ياتي", "تاتي", "جاء", "جاءت", "جات", "يجيء", "تجيء"})
COMES_REACH = 6


def comes_in_protest(tokens: Sequence[Token], first: int, start: int) -> str | None:
    """احتجاجا after a verb of coming within `COMES_REACH` words in its clause ("وتأتي هذه الدعوة احتجاجا
    على مشروع القانون"، "ويأتي ذلك احتجاجا على التدخل"): the reason for a call, a measure or a strike told
    before, not another protest."""
    if bare(tokens[first]) != "احتجاجا":
        return None
    for k in word_indices(tokens, start, first)[-COMES_REACH:]:
        if tokens[k].norm.lstrip("و") in _COMES:
            return f"a reason, not a protest: {tokens[k].text} … {tokens[first].text}"
    return None


#: Past verbs of waging fire (shadow form, a glued و dropped) that open a relative clause describing a side:
#: "التحالف الدولي الذي شن ضربات جوية على تنظيم الدولة في سوريا والعراق"، "الحوثيين الذين أطلقوا صواريخ".
_WAGED = ("شن", "اطلق", "استهدف", "نفذ", "قصف", "هاجم", "خاض")
#: How many words before the trigger the relative pronoun may stand (its verb, an object, a conjoined verb).
DEEDS_REACH = 8
#: Short names of states the gazetteer's Arabic country names spell otherwise (الجمهورية العربية السورية).
_SHORT_STATES = frozenset({"سوريا", "سوريه", "السعوديه", "ايران", "روسيا", "فلسطين", "الامارات"})


@lru_cache(maxsize=1)
def _deed_states() -> frozenset[str]:
    """The states `described_by_deeds` looks for: the country table's one-word names and the short forms."""
    return _state_names() | _SHORT_STATES


def described_by_deeds(tokens: Sequence[Token], first: int, start: int, end: int) -> str | None:
    """A trigger inside a relative clause opened by a past verb of waging fire (الذي شن، الذين أطلقوا) within
    `DEEDS_REACH` words, with a state named as its target or ground and no day in the clause: "التحالف
    الذي شن ضربات جوية على تنظيم الدولة في سوريا والعراق" says who a side is by what it has done across
    whole countries, not an incident of a day and place."""
    before = word_indices(tokens, start, first)[-DEEDS_REACH:]
    rel = next((n for n in range(len(before) - 1, -1, -1) if tokens[before[n]].norm.lstrip("و") in _RELATIVE), None)
    if rel is None:
        return None
    verb = before[rel + 1] if rel + 1 < len(before) else first
    if not bare(tokens[verb]).lstrip("و").startswith(_WAGED):
        return None
    if any(tokens[k].norm.lstrip("و") in _RELATIVE for k in before[rel + 1 :]):
        return None
    if day_named(tokens, before[rel], end):
        return None
    states = _deed_states()
    if not any(_names_state(bare(tokens[k]), states) or _names_state(tokens[k].norm, states)
               for k in word_indices(tokens, first + 1, end)):
        return None
    return f"a side described by its deeds: {tokens[before[rel]].text} {tokens[verb].text}"


def _names_state(w: str, states: frozenset[str]) -> bool:
    """`w` is a state's name, bare or after one or two proclitics (وبسوريا، لليبيا): the name's own first
    letters (لبنان، ليبيا، باكستان) are never taken for a proclitic."""
    return any(w[k:] in states for k in range(3) if all(c in "وبل" for c in w[:k]))


#: Present-tense verbs of accusing (shadow form, a glued و dropped): a charge that stands, not one made of a day.
_ACCUSES_NOW = frozenset({"يتهم", "تتهم", "يتهمون", "يتهمان", "تتهمان", "نتهم"})
#: Nouns of concern or fear (shadow form, و and article dropped) whose object after من is what is feared.
_CONCERN = frozenset({"قلق", "قلقه", "قلقها", "قلقهم", "قلقهما", "مخاوف", "مخاوفه", "مخاوفها", "مخاوفهم"})
#: How many words before the trigger the accusing verb or the concern noun may stand in its sentence: a
#: charge or a concern governs the list of acts that follows it (قلقها من قيام الميليشيا بزرع الألغام …،
#: وزرع الألغام البحرية والعبوات الناسفة حول ميناء الحديدة، ونشر القناصة).
STANDING_CHARGE_REACH = 30


def standing_charge(tokens: Sequence[Token], first: int, start: int, end: int) -> str | None:
    """A trigger a present-tense accusation governs through ب (ويتهم متظاهرون ميليشيات … بإلقاء الرصاص
    والقنابل على المتظاهرين) or a concern through من (عبرت عن قلقها من قيام الميليشيا بزرع الألغام
    والعبوات الناسفة), within `STANDING_CHARGE_REACH` words of its sentence (start..end) and with no day after the
    cue: a practice charged or feared, not an incident of a day and place."""
    before = word_indices(tokens, start, first)[-STANDING_CHARGE_REACH:]
    for n in range(len(before) - 1, -1, -1):
        w = tokens[before[n]].norm.lstrip("و")
        rest = [*before[n + 1 :], first]
        if w in _ACCUSES_NOW:
            governed = any(tokens[k].norm.startswith("ب") for k in rest[1:])
        elif bare(tokens[before[n]]).lstrip("و") in _CONCERN or w in _CONCERN:
            governed = any(tokens[k].norm == "من" for k in rest[:3])
        else:
            continue
        if governed and not day_named(tokens, before[n], end):
            return f"a practice charged or feared: {tokens[before[n]].text} … {tokens[first].text}"
        return None
    return None


#: Present-tense verbs of waging fire or fighting (shadow form) that, after a relative pronoun, tell what a side
#: habitually does: "الإرهابيين الذين يشنون هجمات بطائرات بدون طيار"، "الميليشيات التي لا تزال تخوض اشتباكات".
_WAGES_NOW = frozenset({"يشن", "تشن", "يشنون", "يطلق", "تطلق", "يطلقون", "يخوض", "تخوض", "يخوضون", "ينفذ", "تنفذ",
                        "ينفذون"})
#: Nouns of a time a relative clause may describe (المرة التي تستهدف فيها): a time told, not a side.
_TIMES = frozenset({"مره", "وقت", "يوم", "ساعه", "لحظه", "فتره"})


def _time_before(tokens: Sequence[Token], rel: int, start: int) -> bool:
    """Is a noun of a time among the two words before the relative pronoun (المرة الأولى التي)?"""
    return any(bare(tokens[k]) in _TIMES for k in word_indices(tokens, start, rel)[-2:])


def described_by_habit(tokens: Sequence[Token], first: int, start: int, end: int) -> str | None:
    """A trigger at most `DEEDS_REACH` words into a relative clause opened by a present-tense verb of waging
    with an indefinite object, no day in the clause: "تريد روسيا التخلص من
    الإرهابيين الذين يشنون هجمات باستخدام طائرات بدون طيار على قاعدتها" says who a side is by what it
    keeps doing, the drones as much as the attacks."""
    before = word_indices(tokens, start, first)[-DEEDS_REACH:]
    words = [*before, first]
    for v in range(len(words) - 2, 0, -1):
        if tokens[words[v]].norm not in _WAGES_NOW:
            continue
        if tokens[words[v + 1]].norm.lstrip("وب").startswith("ال"):
            return None  # "التي تشن الغارات": a definite object is the strikes told
        k = v - 1
        if tokens[words[k]].norm.lstrip("و") not in _RELATIVE:
            return None  # "الميليشيات التي لا تزال تخوض اشتباكات في العاصمة": fighting still going on
        if _time_before(tokens, words[k], start) or day_named(tokens, words[k], end):
            return None
        return f"a side described by its habit: {tokens[words[k]].text} {tokens[words[v]].text} … {tokens[first].text}"
    return None
