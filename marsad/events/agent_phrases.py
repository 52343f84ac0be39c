"""Doers a report names after the attack noun rather than before it.

ACLED's actor1 is the side that acted as the report tells it, and a side the report attributes the
attack to (accuses of it, suspects) is coded as its doer.  Besides a subject or a مِن قِبَل, Arabic tells
the doer of an attack noun by a bare من (تتعرض للقصف الجوي والبري من القوات التركية، غارات من طائرات
التحالف), by the adjective of the state's side (قصف حكومي، القصف الجوي الحكومي: the government's, as قصف
إسرائيلي is Israel's) and by an accusation (الهجوم الكيميائي الذي اتهم النظام السوري بشنه).  These readers
only test token positions; `marsad.events.actors.assign_roles` decides with them.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.accusation import BACK, accusing, doing_ending
from marsad.events.alleged import alleged_after
from marsad.events.mentions import UNIDENTIFIED, ActorMention, generic_mention, military_mention
from marsad.events.roles import PLATFORMS, bare, unprefixed
from marsad.gazetteer.demonyms import demonym_country
from marsad.lexicons.actors import GenericMatch
from marsad.model import Token
from marsad.text import normalize

#: Attack nouns that take their doer after them (القصف، الغارات، الضربات، الهجوم، الهجمات).
ATTACK_NOUNS = ("غار", "ضرب", "هجوم", "هجمات", "قصف")
#: Adjectives and joined adjectives between an attack noun and its doer (الجوي والبري، المدفعي المكثف).
_MODIFIERS = frozenset(normalize(w) for w in (
    "جوي", "جوية", "بري", "برية", "مدفعي", "مدفعية", "صاروخي", "صاروخية", "بحري", "بحرية", "عسكري", "عسكرية",
    "مكثف", "مكثفة", "كثيف", "كثيفة", "عنيف", "عنيفة", "متواصل", "متواصلة", "مستمر", "مستمرة", "متقطع", "جديد",
    "جديدة", "مماثل", "مماثلة"))
#: How many adjectives may stand between the attack noun and من.
_MODIFIER_REACH = 4
#: The state side's adjective (قصف حكومي، الضربات الجوية الحكومية).
_GOVERNMENT = frozenset(normalize(w) for w in ("حكومي", "حكومية"))
#: How far (tokens) an accusing verb may stand before the accused side, or after the trigger.
_ACCUSE_REACH = 4


def _modifier(tok: Token) -> bool:
    """An adjective of an attack noun, with the article or a joining و (الجوي، والبري، المكثف)."""
    return tok.kind == "word" and bare(tok) in _MODIFIERS


def _attack_noun(tok: Token) -> bool:
    """An attack noun, bare or behind ب/ل (القصف، للقصف، بغارات)."""
    w = tok.norm.lstrip("و")
    return (w[2:] if w.startswith("لل") else unprefixed(w)).startswith(ATTACK_NOUNS)


def agent_from(tokens: Sequence[Token], i: int, first: int, last: int) -> bool:
    """The side at token i is the doer named by من after the attack noun (the trigger at first..last), its
    adjectives or an alleging clause between: للقصف الجوي والبري من القوات التركية، لقصف مكثف من القوات
    الحكومية، غارات من طائرات التحالف، قصف يرجح أنه من القوات الإسرائيلية."""
    if i < 2 or not _attack_noun(tokens[first]):
        return False
    k = i - 1
    if bare(tokens[k]) in PLATFORMS or bare(tokens[k]) in ("طيران", "مقاتلات"):
        k -= 1  # من طائرات التحالف: the aircraft stand between من and their owner
    if tokens[k].norm != "من":
        return False
    j = alleged_after(tokens, last + 1)
    if j == last + 1:
        while j < k and j - last <= _MODIFIER_REACH and _modifier(tokens[j]):
            j += 1
    return j == k


def government_side(tokens: Sequence[Token], last: int) -> ActorMention | None:
    """The state forces an attack noun is told as the government's by (قصف حكومي، القصف الجوي الحكومي المكثف،
    الضربات الجوية الحكومية السورية): those of the country a nationality word after names, else of the event's
    country (the mention needs one, like قوات حكومية)."""
    k = last + 1
    while k < len(tokens) and k - last <= _MODIFIER_REACH and _modifier(tokens[k]):
        k += 1
    if k >= len(tokens) or tokens[k].kind != "word" or bare(tokens[k]) not in _GOVERNMENT:
        return None
    t = tokens[k]
    if k + 1 < len(tokens) and tokens[k + 1].kind == "word" and not tokens[k + 1].norm.startswith("و"):
        try:
            iso = demonym_country(tokens[k + 1].text)
        except (OSError, ValueError):
            iso = None
        if iso:
            return military_mention(t.start, tokens[k + 1].end, t.text + " " + tokens[k + 1].text, iso)
    return generic_mention(GenericMatch(t.start, t.end, t.text, "Military Forces of {country}", 1, True, "military",
                                        "military"))


def accused(tokens: Sequence[Token], i: int, end: int, first: int, last: int) -> bool:
    """The side at tokens i..end is accused of the trigger's attack (first..last): after an accusing verb and
    right before a verbal noun of doing that takes the attack (اتهم النظام السوري بشن الهجوم) or refers back
    to it (الهجوم الكيميائي المفترض الذي اتهم النظام السوري بشنه، غارات اتهمت دمشق إسرائيل بتنفيذها).  The
    accuser, named first, is not the side right before the verbal noun."""
    if end + 1 >= len(tokens) or i < 1:
        return False
    rest = doing_ending(tokens[end + 1])
    if rest is None:
        return False
    if not any(accusing(tokens[k]) for k in range(max(0, i - _ACCUSE_REACH), i)):
        return False
    if rest == "":
        return end + 2 == first  # اتهم النظام بشن الهجوم: the trigger is the noun's object
    if rest not in BACK or i <= last:
        return False
    verb = next((k for k in range(i - 1, last, -1) if accusing(tokens[k])), None)
    return verb is not None and verb - last <= _ACCUSE_REACH


#: Time words a verb's subject may stand behind (استهدف أمس الانقلابيون).
_TIME_WORDS = frozenset(normalize(w) for w in ("أمس", "اليوم", "فجر", "صباح", "مساء", "ليل", "ليلا", "مجددا", "أيضا"))
#: Verbs unvocalised news often means in the passive (قُتل المسلحون، اُعتقل المتظاهرون): their nominative is
#: who was hit.
_OFTEN_PASSIVE = tuple(normalize(w) for w in ("قتل", "اغتيل", "أصيب", "اصيب", "جرح", "خطف", "اختطف", "اعتقل", "أعدم",
                                             "اعدم", "احتجز", "أوقف", "اوقف"))


def nominative_subject(tokens: Sequence[Token], i: int, end: int, first: int, last: int) -> bool:
    """The side at tokens i..end, right after the verb that is the trigger (first..last), is in the nominative
    plural (استهدف الانقلابيون الأحياء السكنية، قصف المسلحون): the verb's subject, never its object, which would
    end in ين; so a verb of targeting that marks what follows as hit (استهدف) does not make it the target."""
    if i <= last or tokens[first].kind != "word" or bare(tokens[first]).startswith(_OFTEN_PASSIVE):
        return False
    k = last + 1
    while k < i and tokens[k].norm in _TIME_WORDS:
        k += 1
    return k == i and tokens[end].kind == "word" and tokens[end].norm.endswith("ون") and len(bare(tokens[end])) > 4


#: The definite words a report uses for the armed group it has named (بدأ التنظيم هجومه، شنت الحركة هجوما).
_ANAPHORS = frozenset(normalize(w) for w in ("التنظيم", "الجماعة", "الحركة"))
#: Verbs of starting or carrying out an attack noun told after its subject (شن التنظيم هجوما، بدأ التنظيم هجومه).
_LAUNCHING = frozenset(normalize(w) for w in ("شن", "شنت", "بدأ", "بدأت", "نفذ", "نفذت", "واصل", "واصلت"))
#: The note a doer read off such a word carries: `marsad.events.sides` keeps it only when the article names the
#: one group it can refer to.
ANAPHOR_NOTE = "actor1 the group the article names, referred back to"


def anaphor_doer(tokens: Sequence[Token], first: int, last: int, verbal: bool) -> ActorMention | None:
    """التنظيم، الجماعة، الحركة as the subject of the attack (هاجم التنظيم، بدأ التنظيم هجومه، أن التنظيم بدأ هجومه): a
    group the report has named and now refers back to, as an unidentified armed group for the article's passes
    to name (`sides._named_group`: the one armed group the article names)."""
    k = None
    if verbal and last + 1 < len(tokens):
        k = last + 1
    elif first >= 2 and tokens[first - 2].norm.lstrip("و") in _LAUNCHING:
        k = first - 1  # بدأ التنظيم هجومه
    elif first >= 2 and tokens[first - 1].norm.lstrip("و") in _LAUNCHING:
        k = first - 2  # التنظيم بدأ هجومه
    if k is None or tokens[k].kind != "word" or tokens[k].norm not in _ANAPHORS:
        return None
    t = tokens[k]
    return generic_mention(GenericMatch(t.start, t.end, t.text, UNIDENTIFIED, 3, True, "armed",
                                        "unidentified_armed_group"))
