"""Reported deaths and injuries near a trigger: digits, number words and vague amounts.

A quantity counts as killed (or injured) when a death (injury) word stands right after it
("20 قتيلا", "عدد من القتلى") or right before it ("مقتل 5", "إصابة 3"), or a few words after
it ("سبعة أشخاص على الأقل قتلوا").  No figure is ever invented: vague amounts keep their words
and have no best figure unless ACLED gives one (عشرات = 10).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from marsad.gazetteer.demonyms import demonym_country
from marsad.model import Token
from marsad.text import find_quantities
from marsad.text.numbers import Quantity
from marsad.text.tokenize import QUOTES

_KILL = (
    "قتل",
    "مقتل",
    "قتيل",
    "قتلي",
    "قتلا",
    "قتلاه",
    "حتف",
    "حتفه",
    "حتفهم",
    "مصرع",
    "مصرعه",
    "مصرعهم",
    "وفاه",
    "موت",
    "شهيد",
    "شهداء",
    "شهيدا",
    "ضحيه",
    "ضحايا",
    "اعدم",
)
#: The hurt told by the passive verb or the verbal noun (أصيب، إصابة، جرح، جرحى): the one list of hurt
#: stems (shadow forms, matched as prefixes); a count of security men hurt reads only these.
HURT_TOLD = ("اصيب", "اصابه", "اصابات", "جرح")
#: Stems of the hurt, also as persons and wounds (جريح، مصابين، جروح).
HURT_STEMS = (*HURT_TOLD, "جريح", "جروح", "مصاب")
#: A toll's injury words: the hurt stems, and بجروح behind a stripped و (وبجروح).
_HURT = (*HURT_STEMS, "بجروح")
_STOP = frozenset({"و", "،", ".", ",", "؛"})
#: Words of a hedge between a death word and its figure (مقتل ما يزيد عن ألف، ما لا يقل عن).
_HEDGES = frozenset({"ما", "يزيد", "يربو", "عن", "علي", "من", "اكثر", "نحو", "حوالي", "قرابه", "زهاء", "يقارب", "لا", "يقل",
                     "اقل"})
#: How many hedge words may stand between a death word and its figure.
HEDGE_REACH = 4
# Person nouns whose dual gives a count of two: مدنيان، طفلين، جنديان.  The -ين form is also the sound
# plural of some (مدنيين "civilians"), so it counts only for nouns with a broken plural (أطفال، جنود).
_DUAL_AN = ("مدني", "شخص", "طفل", "جندي", "عنصر", "رجل", "شاب", "فتي", "مسلح", "شرطي", "مقاتل", "ضابط",
            "صحفي", "مواطن", "مزارع", "راع", "عامل", "طالب", "مسعف", "ناشط", "امراه", "امرات")  # fmt: skip
_DUAL_IN = ("شخص", "طفل", "جندي", "عنصر", "رجل", "شاب", "فتي", "ضابط", "امرات")
# Feminine nouns keep their ت before the dual ending (طفلة → طفلتان، طفلتين), which no sound plural shares.
_DUAL_FEM = ("طفلت", "فتات", "سيدت", "شقيقت", "شابت", "مواطنت")
_DUALS = frozenset([w + "ان" for w in _DUAL_AN] + [w + "ين" for w in _DUAL_IN]
                   + [w + e for w in _DUAL_FEM for e in ("ان", "ين")]
                   + ["قتيلان", "قتيلين", "شهيدان", "شهيدين", "جريحان", "جريحين"])


def _kind(norm: str) -> str | None:
    w = norm
    for p in ("وال", "بال", "ال", "و", "ب", "ل"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            w = w[len(p) :]
            break
    if w.startswith(_KILL) or norm.startswith(("يقتل", "تقتل")):
        return "killed"
    if w.startswith(_HURT):
        return "injured"
    return None


@dataclass(frozen=True, slots=True)
class Toll:
    """One reported figure: killed or injured, with its quantity and span."""

    kind: str
    quantity: Quantity
    start: int
    end: int
    text: str


# A figure followed by one of these measures something else: an age (طفل (15 عاما)), a time, a distance,
# money or a share.  Shadow forms.
_UNITS = frozenset({
    "عام", "عاما", "اعوام", "سنه", "سنوات", "سنين", "عمر", "يوم", "يوما", "ايام", "ساعه", "ساعات", "دقيقه",
    "دقائق", "شهر", "شهرا", "اشهر", "شهور", "اسبوع", "اسابيع", "كيلومتر", "كيلومترا", "كيلومترات", "كلم", "كم",
    "متر", "مترا", "امتار", "ميل", "دولار", "دولارا", "يورو", "مليار", "بالمئه", "بالمائه", "%", "طن", "طنا",
})  # fmt: skip
# A running total since some date (يرتفع إلى 46 عدد القتلى منذ اندلاع …) or an overall sum (إجمالي،
# مجموع) is not one incident's toll; a risen toll of one incident (ارتفعت حصيلة التفجير إلى 20) is.
_RISE = ("يرتفع", "ارتفع", "ارتفعت", "ليرتفع", "لترتفع", "ترتفع", "ارتفاع", "بارتفاع")
_SUM = ("اجمالي", "مجموع", "باجمالي", "بمجموع")


#: Deeds and munitions a figure may count (ثلاث غارات، 5 صواريخ): "قتلوا في ثلاث غارات" counts strikes, not
#: the dead.  Shadow form, the article and و/ب stripped.
_DEEDS = frozenset({"غارات", "غاره", "ضربات", "ضربه", "هجمات", "هجوم", "صواريخ", "صاروخ", "قذايف", "قذيفه",
                    "عمليات", "عمليه", "مرات", "مره", "تفجيرات", "انفجارات", "طلعات", "طلعه"})


def _measure(toks: list[Token], a: int, b: int) -> bool:
    """The figure toks[a..b] is an age, a duration, a distance, a count of deeds or a running total, not a toll."""
    nxt = toks[b + 1].norm if b + 1 < len(toks) else ""
    if nxt in _UNITS or nxt in _DEEDS:
        return True
    before = [t.norm.lstrip("و") for t in toks[max(0, a - 3) : a]]
    if any(w.startswith(_SUM) for w in before):
        return True
    # منذ after the figure (… إلى 46 قتيلا منذ اندلاع) or between the rise and the figure (ارتفاع عدد القتلى
    # منذ انطلاق العملية إلى نحو 255)
    window = toks[max(0, a - 15) : a]
    rise = next((k for k, t in enumerate(window) if t.norm.lstrip("و").startswith(_RISE)), None)
    if rise is None:
        return False
    return any(t.norm in ("منذ", "ومنذ") for t in [*toks[b + 1 : b + 8], *window[rise:]])


def _dual(norm: str) -> bool:
    """A dual person noun (مدنيان، طفلين), with or without و/ب/ل/ال before it."""
    if norm in _DUALS:
        return True
    for p in ("وال", "ال", "و", "ب", "ل"):
        if norm.startswith(p) and norm[len(p) :] in _DUALS:
            return True
    return False


# Singular person nouns: "مقتل شاب"، "لقي طفل مصرعه" report one death, but only right beside the
# death or injury word (a singular elsewhere in the sentence says nothing about a count).
_SINGULAR = frozenset(_DUAL_AN) | {"فتاه", "طفله", "سيده", "امراه", "مواطنه", "رضيع", "مسن"}


def _singular(norm: str) -> bool:
    for p in ("", "ال", "و", "وال"):
        if norm.startswith(p) and norm[len(p) :] in _SINGULAR:
            return True
    return False


#: Singular persons that are also adjectives or warplanes (عسكري، قيادي، مقاتلة): one death only right after
#: the death word ("مقتل قيادي"), never before it ("هجوم عسكري قتل فيه 5").
_SINGULAR_AFTER = frozenset({"قيادي", "عسكري", "مقيم", "مقاتله", "صحفيه", "ناشطه", "طالبه", "مسعفه", "مسن"})


def _lone_person(tok: Token) -> bool:
    """An indefinite singular named by a nationality (فلسطيني، مصري) or by `_SINGULAR_AFTER`: "قتل فلسطيني"
    reports one death as "قتل شاب" does; so does a post (القيادي، المقاتلة) with or without the article.  The
    written ي (not ى) keeps plurals like أسرى out."""
    if tok.norm.removeprefix("و").removeprefix("ال") in _SINGULAR_AFTER:
        return True  # "مصرع المقاتلة البريطانية": one, named by her post
    w = tok.text.removeprefix("و")
    return not w.startswith("ال") and len(w) >= 4 and w.endswith("ي") and demonym_country(w) is not None


def _quantities(text: str, toks: list[Token]) -> list[Quantity]:
    """The sentence's quantities plus its dual person nouns (two) and, beside a death or injury
    word, its singular ones (one)."""
    qs = find_quantities(text, toks)
    taken = {(q.start, q.end) for q in qs}
    for k, t in enumerate(toks):
        if t.kind != "word" or (t.start, t.end) in taken:
            continue
        if _dual(t.norm):
            qs.append(Quantity(t.start, t.end, t.text, 2, 2, 2))
        # the cheap tests of the neighbours first: `_lone_person` looks the word up as a nationality
        elif (_singular(t.norm) and _beside_death(toks, k)) or (
                k > 0 and _kind(toks[k - 1].norm) and _person_after_death(toks, k) and _lone_person(t)):
            qs.append(Quantity(t.start, t.end, t.text, 1, 1, 1))
        elif _met_death(toks, k) is not None and (_singular(t.norm) or _lone_person(t)):
            qs.append(Quantity(t.start, t.end, t.text, 1, 1, 1))
    return sorted(qs, key=lambda q: q.start)


def _beside_death(toks: list[Token], k: int) -> bool:
    """A death or injury word right before toks[k], or one or two words after it (لقي طفل مصرعه)."""
    if k > 0 and _kind(toks[k - 1].norm):
        return True
    return any(_kind(t.norm) for t in toks[k + 1 : k + 3] if t.kind == "word")


def _person_after_death(toks: list[Token], k: int) -> bool:
    """The word before toks[k] is a death noun or verb, not a dead-toll noun of its own (قتلى، ضحايا)."""
    return not toks[k - 1].norm.lstrip("و").removeprefix("ال").startswith(("قتلي", "ضحايا", "شهداء"))


#: "Met" (لقي) and the death words it takes after its subject: "لقي قيادي بارز في الميليشيا مصرعه".
_MET = frozenset({"لقي", "ولقي", "لقيت", "ولقيت"})
_MET_DEATH = frozenset({"مصرعه", "مصرعها", "حتفه", "حتفها"})
#: How many words after the subject of لقي its death word may stand.
MET_REACH = 8


def _met_death(toks: list[Token], k: int) -> int | None:
    """The index of مصرعه/حتفه when toks[k] is the subject right after لقي (no stop between), else None."""
    if k == 0 or toks[k - 1].norm not in _MET:
        return None
    return _word_ahead(toks, k + 1, MET_REACH, _MET_DEATH)


def _word_ahead(toks: list[Token], k: int, reach: int, wanted: frozenset[str]) -> int | None:
    """The index of the first of toks[k : k + reach] whose shadow form is in `wanted`, no stop before it; else
    None: the word that closes a subject running from k."""
    for j in range(k, min(len(toks), k + reach)):
        if toks[j].text in _STOP:
            return None
        if toks[j].norm in wanted:
            return j
    return None


def _kind_before(toks: list[Token], a: int, s: int) -> tuple[str | None, int]:
    """The death or injury word one or two tokens before the figure at a, or before a hedge on it ("مقتل
    ما يزيد عن ألف شخص"، "إصابة ما لا يقل عن 20"), and where the toll starts."""
    # an opening quote is no word between them: عدد القتلى بلغ "39 مدنيا"
    near = [k for k in range(a - 1, max(-1, a - 4), -1) if toks[k].text not in QUOTES][:2]
    for k in near:
        if toks[k].text not in _STOP:
            kind = _kind(toks[k].norm)
            if kind:
                return kind, toks[k].start
    k = a - 1
    while k >= 0 and a - k <= HEDGE_REACH and toks[k].norm in _HEDGES:
        k -= 1
    if k >= 0 and k < a - 2 and toks[k].text not in _STOP:
        kind = _kind(toks[k].norm)
        if kind:
            return kind, toks[k].start
    return None, s


#: Plural death verbs that close a subject told before them ("خمسة مسلحين من القوات الشعبية قتلوا"،
#: "سبعة خبراء من الميليشيات لقوا مصرعهم"), shadow form.
_PEOPLE_DIED = frozenset({"قتلوا", "مصرعهم", "حتفهم", "مصرعهن", "حتفهن", "قتلن"})
#: How many words after a figure its partitive subject may run before the verb.
PARTITIVE_REACH = 10


def _partitive_verb(toks: list[Token], b: int) -> int | None:
    """The plural death verb ending the figure's subject when a partitive من follows the figure or its noun
    ("تسعة أفراد من قوات …"، "أكثر من 25 من عناصر …"), within `PARTITIVE_REACH` words and no stop; else None."""
    if not any(b + j < len(toks) and toks[b + j].norm == "من" for j in (1, 2)):
        return None
    return _word_ahead(toks, b + 1, PARTITIVE_REACH, _PEOPLE_DIED)


def find_tolls(text: str, tokens: Sequence[Token], lo: int, hi: int) -> list[Toll]:
    """Killed/injured figures among tokens[lo:hi] (one sentence)."""
    if lo >= hi:
        return []
    toks = list(tokens[lo:hi])
    by_start = {t.start: k for k, t in enumerate(toks)}
    by_end = {t.end: k for k, t in enumerate(toks)}
    out: list[Toll] = []
    for q in _quantities(text, toks):
        a, b = by_start.get(q.start), by_end.get(q.end)
        if a is None or b is None:
            continue
        if _measure(toks, a, b):
            continue
        kind, s, e = None, q.start, q.end
        # a dual that is itself the death or injury word: سقوط قتيلين
        if a == b and _dual(toks[a].norm):
            kind = _kind(toks[a].norm)
        # right before the figure first (مقتل 5، إصابة 3، قتل خمسة), unless a و makes the figure the next
        # item of a list ("255 قتيلا و500 جريح": 500 are the wounded)
        listed = toks[a].text.startswith("و") or (a > 0 and toks[a - 1].norm == "و")
        if kind is None and not listed:
            kind, s = _kind_before(toks, a, s)
        # "لقي قيادي بارز في الميليشيا مصرعه": the death word ends the subject of لقي
        if kind is None and a == b and (met := _met_death(toks, a)) is not None:
            kind, e = "killed", toks[met].end
        # then right after it, skipping a noun like أشخاص / مدنيين and "على الأقل"
        if kind is None:
            for k in range(b + 1, min(len(toks), b + 6)):
                if toks[k].text in _STOP:
                    break
                kind = _kind(toks[k].norm)
                if kind:
                    e = toks[k].end
                    break
        # "تسعة أفراد من قوات الحرس الوطني قتلوا": past a partitive من, the people's verb ends the phrase
        if kind is None and (k := _partitive_verb(toks, b)) is not None:
            kind, e = "killed", toks[k].end
        if kind is None and listed:
            kind, s = _kind_before(toks, a, s)
        if kind:
            out.append(Toll(kind, q, s, e, text[s:e]))
    return out
