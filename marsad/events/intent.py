"""A trigger governed by a verb of intent or preparation is an aim, not an incident.

"تسعى القوات إلى فرض سيطرتها"، "تستعد دمشق لشن هجوم"، "خطة لإعادته واعتقاله": what a side seeks,
prepares, intends or plans is told before it happens (or never does).  The rule is structural: the
trigger lies in the إلى/ل complement (or the أن clause) of such a word earlier in its clause, with no
subordinator between that would start another clause (بعد أن، حيث، الذي …), so "تستعد لهجوم بعد أن
استؤنفت الضربات" keeps the strikes.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.roles import bare
from marsad.model.spans import Token
from marsad.text.tokenize import ARTICLE_RUNS, QUOTES

#: Words of seeking, aiming, preparing, intending and planning (shadow form, و/ف and article stripped).
_INTENT = frozenset(
    "يسعي تسعي يسعون تسعيان يسعيان سعيا سعي مساعي مسعي "
    "يهدف تهدف يهدفون تهدفان بهدف هادف هادفه "
    "يستعد تستعد يستعدون تستعدان استعداد استعدادا استعدادات "
    "يعتزم تعتزم يعتزمون اعتزام اعتزامها اعتزامه "
    "ينوي تنوي ينوون نيه "
    "يخطط تخطط يخططون خطه خطط".split()
)
#: Words of an attempt: a takeover tried ("تحاول القوات … السيطرة على"، "تصدت لمحاولة … السيطرة") is not
#: ground taken, though an attempted strike is still a strike; its masdar object needs no opener.
_ATTEMPT = frozenset(
    "يحاول تحاول يحاولون تحاولان حاول حاولت حاولوا محاوله محاولات لمحاوله بمحاوله".split()
)
#: Words looked back from a takeover for a word of an attempt (its subject and a route may lie between).
ATTEMPT_REACH = 12
#: Words that open the complement of an intent word: إلى, أن, or a ل-prefixed verbal noun (لشن، للسيطرة).
_OPENERS = frozenset({"الي", "ان", "لان"})
#: Words that start another clause: a trigger after them is not the intent's complement.
_BREAKS = frozenset(
    {"بعد", "عقب", "اثر", "حيث", "الذي", "التي", "الذين", "عندما", "حين", "حينما", "ثم", "لكن", "لكنه", "لكنها",
     "فيما", "بينما", "غير", "منذ", "اذ", "كما", "وقد", "قد", "سبق", "بسبب", "جراء", "ردا", "خلال"}
)
#: Words looked back from the trigger for the intent word.
INTENT_REACH = 8
#: Words that open a parenthetical of backing between commas ("تستعد دمشق، بدعم من حليفتيها روسيا وإيران، لشن
#: هجوم"): the complement goes on past it (shadow form, و dropped).
_BACKING = ("بدعم", "بمسانده", "باسناد", "مدعوم", "مدعومه", "مدعومين", "بمشاركه")
#: How many words a parenthetical of backing may hold.
BACKING_REACH = 8


def _backing_before(tokens: Sequence[Token], comma: int, start: int) -> int | None:
    """The index of the comma that opens a parenthetical of backing closed by the comma at `comma`
    (the word right after it opens `_BACKING`), within `BACKING_REACH` words; else None."""
    words = 0
    for j in range(comma - 1, start - 1, -1):
        t = tokens[j]
        if t.kind == "punct":
            if t.text not in ("،", ","):
                return None
            nxt = next((k for k in range(j + 1, comma) if tokens[k].kind == "word"), None)
            return j if nxt is not None and tokens[nxt].norm.lstrip("و").startswith(_BACKING) else None
        words += t.kind == "word"
        if words > BACKING_REACH:
            return None
    return None


def _opens(tok: Token) -> bool:
    w = tok.norm.lstrip("و")
    # لشن is the one three-letter verbal noun with ل the complement opens with (لها، لكن، لدى are not)
    return w in _OPENERS or w == "لشن" or (w.startswith("ل") and len(w) > 3 and not w.startswith("لم"))


def intended(tokens: Sequence[Token], start: int, first: int, takeover: bool = False) -> str | None:
    """"aim: <intent word>" when an intent word within `INTENT_REACH` words before the trigger (not
    before `start`, the clause's first token) governs it through إلى/أن/ل (the trigger itself may carry
    the ل), with no clause-opening word between; for a `takeover`, also a word of an attempt within
    `ATTEMPT_REACH` words; else None."""
    opened = _opens(tokens[first])
    i, words = first - 1, 0
    while i >= start and words < (ATTEMPT_REACH if takeover else INTENT_REACH):
        t = tokens[i]
        i -= 1
        if t.kind == "punct":
            opening = _backing_before(tokens, i + 1, start) if t.text in ("،", ",") and opened else None
            if opening is None:
                return None  # a comma or quote ends the complement: "تستعد للمعركة، قصفت …"
            i = opening - 1  # "تستعد دمشق، بدعم من روسيا وإيران، لشن هجوم": past the backing, to the verb
            continue
        if t.kind != "word":
            continue
        words += 1
        b = bare(t)
        if takeover and b in _ATTEMPT:
            return f"attempt: {t.text}"
        if b in _INTENT and words <= INTENT_REACH:
            return f"aim: {t.text}" if opened else None
        if b in _BREAKS or t.norm in _BREAKS:
            return None
        opened = opened or _opens(t)
    return None


#: Words one of which a token of the clause holds when `intended` fires (its word of intent or attempt).
INTENT_CUES = _INTENT | _ATTEMPT


#: Imperfect forms of "to target" (shadow-form prefixes, و/ف dropped): what an operation is for, in the present.
_TARGETS = ("يستهدف", "تستهدف")
#: Nouns of an operation, a campaign or a plot (shadow form, article stripped) whose targeting is its aim.
_OPERATIONS = frozenset({"عمليه", "حمله", "خطه", "موامره", "مخطط"})
#: Past copulas that make an imperfect a past act ("كانت تستهدف مطار أبها": the drone was on its way).
_WAS = frozenset({"كان", "كانت", "كانوا", "كانا", "كانتا"})
#: Words looked back from the imperfect for the operation noun (a demonstrative, an adjective, التي between).
OPERATION_REACH = 3


def operation_aims(tokens: Sequence[Token], start: int, first: int) -> str | None:
    """An imperfect "targets" whose subject, within `OPERATION_REACH` words before it, is an operation, a
    campaign or a plot: "تؤكد أنقرة أن هذه العملية تستهدف وحدات حماية الشعب"، "بعد أسبوعين من حملة تستهدف
    استعادة آخر منطقة"، "المؤامرة التي تستهدفهم" tell what it is waged for, not a strike of the day.  A
    past copula before it ("كانت تستهدف المطار") makes it an act and leaves it alone."""
    if not bare(tokens[first]).startswith(_TARGETS):
        return None
    i, words = first - 1, 0
    while i >= start and words < OPERATION_REACH:
        t = tokens[i]
        i -= 1
        if t.kind != "word":
            return None  # a comma or a quote: the subject lies in another clause
        words += 1
        if bare(t) in _WAS:
            return None
        if bare(t) in _OPERATIONS:
            return f"aim: {t.text} {tokens[first].text}"
    return None


#: Words of avoiding (shadow form, و/ف and article stripped): "لتجنب استهداف المدنيين"، "لتجنب معركة دامية".
_AVOID = frozenset({"تجنب", "لتجنب", "تجنبا", "تفادي", "لتفادي", "تفاديا"})
#: Words looked back from the trigger for the word of avoiding.
AVOID_REACH = 3


def avoided(tokens: Sequence[Token], start: int, first: int) -> str | None:
    """A word of avoiding within `AVOID_REACH` words before a trigger without the article, in its clause:
    what a side acts to avoid ("لتجنب استهداف المدنيين"، "لتجنب معركة دامية") has not happened.  With the
    article the trigger names strikes the report already tells, dodged as they fall ("يحرقون الإطارات
    لتفادي الضربات الجوية"), and stays."""
    if tokens[first].norm.startswith(ARTICLE_RUNS):  # the article, bare or behind و/ف and ب/ل/ك
        return None
    i, words = first - 1, 0
    while i >= start and words < AVOID_REACH:
        t = tokens[i]
        i -= 1
        if t.text in QUOTES:
            continue  # "لتجنب "معركة دامية"": the avoided thing quoted
        if t.kind != "word":
            return None  # a comma: another clause
        words += 1
        if bare(t) in _AVOID:
            return f"aim: {t.text}"
    return None


#: Verbs of providing for (shadow form, و/ف stripped): "اتفاق يقضي باستعادة الحكومة السيطرة"، "قرار ينص على وقف
#: الأعمال القتالية".
_PROVIDES = frozenset({"يقضي", "تقضي", "ينص", "تنص"})
#: Words looked back from the trigger for the verb of providing.
PROVIDES_REACH = 6


def provided_for(tokens: Sequence[Token], start: int, first: int) -> str | None:
    """A verb of providing for within `PROVIDES_REACH` words before the trigger, in its clause and with no
    clause-opening word between: the terms of a deal, a plan or a law, not something done."""
    i, words = first - 1, 0
    while i >= start and words < PROVIDES_REACH:
        t = tokens[i]
        i -= 1
        if t.kind != "word":
            return None  # a comma or a quote: another clause
        words += 1
        b = bare(t)
        if b in _PROVIDES:
            return f"terms: {t.text}"
        if b in _BREAKS or t.norm in _BREAKS:
            return None
    return None
