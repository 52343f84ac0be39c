"""Word classes for reading role phrases (who acted, who was hit) off the tokens around a trigger.

A role phrase is a noun phrase headed by a person or group noun.  What sits next to a trigger is
often something else: the weapon (انفجار سيارة مفخخة), a verb (فجرت عبوة), a preposition or
adverb (على متن، قرب), a quantity (عدد من الشبان: the head is الشبان).  These tests keep those
out of the actor roles; they work on the shadow form (`Token.norm`), article and proclitics
stripped where it matters.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from marsad.model import Token
from marsad.text import article_stripped, normalize
from marsad.text.numbers import NUMBER_WORDS as _NUMBER_WORDS  # the number parser's own words

#: Weapons and means of attack: never an actor head (the GSR's annotators sometimes took them for one).
WEAPONS = frozenset(
    normalize(w)
    for w in (
        "عبوة عبوات عبوتين عبوتان سيارة سيارات سيارتين مفخخة مفخخات ملغومة ملغومتين قذيفة قذائف قذيفتان قذيفتين "
        "صاروخ صواريخ صاروخا صاروخين صاروخي صاروخية قنبلة قنابل قنبلتين هاون لغم ألغام حزام أحزمة ناسف ناسفة ناسفتين "
        "رصاص رصاصة رصاصات أسلحة سلاح متفجرات شاحنة شاحنات دراجة دراجات عيار أعيرة نار نيران غاز كاتيوشا "
        "آر بي جي مدفعية مدفعي هاونات انفجار انفجارين تفجير تفجيرات حجارة بالحجارة زجاجات"
    ).split()
)
#: Nouns for the attack itself (هجوم انتحاري استهدف …): the event, not a party to it.
EVENT_NOUNS = frozenset(
    normalize(w)
    for w in "هجوم هجوما هجومان هجومين هجمات هجوماً تفجير تفجيرات عملية عمليات اعتداء اعتداءات غارة غارات قصف ضربة ضربات".split()
)
#: Military platforms: they stand for the side that flies or drives them (دبابة إسرائيلية), so they may be a source.
PLATFORMS = frozenset(
    normalize(w)
    for w in "طائرة طائرات طائرتين مروحية مروحيات دبابة دبابات مقاتلات مقاتلة بارجة بوارج زوارق زورق مدرعة مدرعات".split()
)
#: Prepositions, adverbs, connectives, pronouns and quantity words: never a role head.
FUNCTION_WORDS = frozenset(
    normalize(w)
    for w in (
        "في من إلى الى عن مع على علي الذي التي الذين اللذين أن ان إن انه أنه بأن بان لأن بعد قبل خلال حيث إثر اثر عندما "
        "متن داخل خارج قرب بقرب عند لدى بين بينما نحو حوالي حوالى أكثر اكثر أقل آخر اخر آخرون آخرين أخرى اخرى أحد احد إحدى "
        "اثناء أثناء جراء نتيجة بسبب وسط أمام امام خلف فوق تحت منذ حتى كما لكن غير دون بدون ذلك تلك هذا هذه هؤلاء "
        "الذي هو هي هم هما كل بعض جميع جميعا أيضا ايضا فقط مما ما لا لم لن قد كان كانت كانوا يكون تكون ثم أو او "
        "أمس امس اليوم صباح مساء ليلا فجر ظهر عصر الليلة الماضي الماضية الجاري الحالي منطقة شمال جنوب شرق غرب شمالي "
        "جنوبي شرقي غربي مدينة بلدة قرية حي محافظة إقليم اقليم ولاية عدد عدة بضعة نحو مصدر مصادر بينهم منهم احدهم أحدهم "
        "حتفهم مصرعهم بجروح جروح"
    ).split()
)
#: Common finite verbs of news prose that a role phrase must not swallow (يقول محللون، ترتدي حزاما).
COMMON_VERBS = frozenset(
    normalize(w)
    for w in (
        "قال قالت قالوا يقول تقول يقولون أكد أكدت أعلن أعلنت ذكر ذكرت أفاد أفادت أضاف أضافت أشار أشارت يعتقد "
        "أدى ادى أسفر اسفر أسفرت نفذ نفذت نفذه نفذها نفذوا تبنى تبنت تبناه تبنته قام قامت قاموا يقود تقود يقودها "
        "ترتدي يرتدي يرتدون كان كانت تم يتم وقع وقعت شهد شهدت تعرض تعرضت تعرضوا أصيب اصيب أصيبت قتل قتلت قتلوا "
        "انطلقت انطلق استهدف استهدفت استهدفوا أطلق أطلقت أطلقوا فتح فتحوا فتحت فجر فجرت فجروا انفجرت انفجر يسافرون "
        "يحملون حملوا رفعوا رفع هتفوا هتف رددوا ردد تجمعوا طالبوا يطالبون تطالب مطالبين يقوم تقوم عثر شنت شن شنوا "
        "ألقى ألقت ألقوا يعتقد اعتقد تسللوا ينتمون لقي لقوا سقط سقطت أوقع أوقعت"
    ).split()
)
#: Words a vague quantity leads with: the phrase's head comes after them (عدد من الشبان، عشرات المواطنين).
QUANTITY_LEADS = frozenset(
    normalize(w)
    for w in (
        "عدد عدة عشرات العشرات مئات المئات آلاف الآلاف الاف ألوف مجموعة مجموعات حشد حشود نحو حوالي حوالى قرابة "
        "أكثر اكثر زهاء بضعة بضع مئة مائة ألف الف"
    ).split()
)
_CONNECT = frozenset({"من", "علي"})  # عدد من, أكثر من, ما لا يقل عن … (علي: shadow of على)


@lru_cache(maxsize=1)
def _verb_forms() -> frozenset[str]:
    """Every reporting verb form of the claims lexicon, in shadow form."""
    path = Path(__file__).resolve().parents[1] / "lexicons" / "reporting.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return COMMON_VERBS
    forms = {normalize(f) for c in data.get("cues", []) if c.get("kind") == "verb" for f in c.get("forms", [])}
    return frozenset(forms) | COMMON_VERBS


def bare(tok: Token) -> str:
    """The token's shadow form without a leading و/ف and the article: the word to look up."""
    return _bare(tok.norm)


def bare_form(norm: str) -> str:
    """`bare` of a shadow form rather than a token (for a test cached by the form)."""
    return _bare(norm)


def bare_stem(tok: Token) -> str:
    """`bare` with a glued ل, then ب, dropped (للاشتباه، بالتزوير): the stem the crowd and suspect rules test."""
    return bare(tok).removeprefix("ل").removeprefix("ب")


def word_indices(tokens: Sequence[Token], lo: int, hi: int) -> list[int]:
    """Indices of the word tokens in lo..hi (no numbers or punctuation): what the rules' reaches count."""
    return [k for k in range(lo, hi) if tokens[k].kind == "word"]


@lru_cache(maxsize=1 << 16)
def _bare(w: str) -> str:
    """`bare` of a shadow form (cached: the event rules ask it of every token, many times over)."""
    if len(w) > 3 and w[0] in "وف":
        w = w[1:]
    return article_stripped(w)


def unprefixed(norm: str) -> str:
    """A shadow-form word without its و, then a ب or ل, and the article: the stem that prefix lists test
    (بالغارات، للمواجهات → غارات، مواجهات); one place for what the passes strip alike."""
    return article_stripped(norm.lstrip("و").removeprefix("ب").removeprefix("ل"))


def is_verbish(tok: Token) -> bool:
    """A finite verb (from the trigger stems, the reporting cues or common news verbs)."""
    return _verbish(tok.norm)


@lru_cache(maxsize=65536)
def _verbish(w: str) -> bool:
    from marsad.events.actors import is_verb

    w1 = w[1:] if len(w) > 3 and w[0] in "وف" else w
    forms = _verb_forms()
    return w in forms or w1 in forms or is_verb(w1)


def is_number(tok: Token) -> bool:
    return tok.kind == "number" or any(ch.isdigit() for ch in tok.norm)


def bad_head(tok: Token, allow_platform: bool = True, allow_event: bool = False) -> bool:
    """Can this token not head an actor phrase (weapon, verb, function word, number, punctuation)?"""
    if tok.kind not in ("word", "latin"):
        return True
    b = bare(tok)
    if len(b) < 2 or b in FUNCTION_WORDS or tok.norm in FUNCTION_WORDS or b in WEAPONS or tok.norm in WEAPONS:
        return True
    if b in EVENT_NOUNS and not allow_event:
        return True
    if not allow_platform and b in PLATFORMS:
        return True
    if tok.norm.startswith("ب") and b[1:] in WEAPONS:
        return True  # بسيارة، بقذائف: the means
    return is_verbish(tok) or b in CASUALTY or b in PASSIVE_AFTER


#: Member nouns between a target mark and the group it counts (على مجموعة من عناصر «كتائب القسام»).
MEMBERS = frozenset(normalize(w) for w in "عناصر عنصر أفراد افراد نشطاء مقاتلي مقاتلين أعضاء اعضاء دورية موكب مقر".split())


def marked_before(tokens: Sequence[Token], i: int, marks: frozenset[str] | set[str], reach: int = 4) -> bool:
    """A mark word (على، ضد، استهدف) stands before token i, maybe behind quantity and member words."""
    k = i - 1
    while k >= 0 and i - k <= reach:
        t = tokens[k]
        w = t.norm.lstrip("و")
        if w in marks:
            return True
        if not (w == "من" or bare(t) in QUANTITY_LEADS or bare(t) in MEMBERS or is_quantity(t)):
            return False
        k -= 1
    return False


def skip_quantity(tokens: Sequence[Token], i: int, hi: int) -> int:
    """Index of the head after a quantity lead (عدد من الشبان -> الشبان), or i itself when there is none."""
    j = i
    moved = False
    while j < hi and j - i < 5:
        t = tokens[j]
        if is_number(t) or bare(t) in QUANTITY_LEADS or t.norm in QUANTITY_LEADS or _number_word(t):
            j += 1
            moved = True
            continue
        if moved and t.norm in _CONNECT:
            j += 1
            continue
        break
    return j if moved and j < hi else i


def _number_word(tok: Token) -> bool:
    return tok.norm in _NUMBER_WORDS or bare(tok) in _NUMBER_WORDS or tok.norm.rstrip("ا") in _NUMBER_WORDS


def is_quantity(tok: Token) -> bool:
    """A figure or a number word (ثلاثة، 11، عشرات)."""
    return is_number(tok) or _number_word(tok) or bare(tok) in QUANTITY_LEADS


#: Words of a toll: a figure after them counts the dead, hurt or taken (مقتل أربعة من عناصر الشرطة).
CASUALTY = frozenset(
    normalize(w)
    for w in (
        "مقتل قتل قتلت قتلوا إصابة اصابة أصيب اصيب أصيبت جرح جرحت مصرع استشهاد إعدام اعدام خطف خطفت اختطاف اختطف "
        "اختطفت اعتقال اعتقل اعتقلت احتجاز احتجز سقوط سقط وقتل وإصابة واصابة وجرح"
    ).split()
)
#: Verbs after a noun that make it the one hit (ثمانية أشخاص قتلوا، جندي أصيب).
PASSIVE_AFTER = frozenset(normalize(w) for w in "قتلوا قتلا قتل قتلت أصيب أصيبوا أصيبا جرحوا لقوا لقي لقيا خطفوا اختطفوا".split())


_DEAD = frozenset(normalize(w) for w in "قتيلا قتيل قتلى جريحا جرحى مصابا مصابين شخصا أشخاص اشخاص".split())
#: … of which the plurals name the dead of a side by themselves (قتلى وجرحى من X، عشرات القتلى من X).
_DEAD_PLURAL = frozenset(normalize(w) for w in "قتلى جرحى مصابين".split())


def victim_position(tokens: Sequence[Token], i: int, last: int) -> bool:
    """Tokens i..last name the dead, the hurt or the taken: a figure after a toll word before
    them (مقتل أربعة من عناصر الشرطة، قتلت القوات 11 مسلحا), or a figure before and a passive after
    them (ثمانية أشخاص قتلوا)."""
    k = i - 1
    if k >= 0 and tokens[k].norm == "من":
        k -= 1
        if k >= 0 and bare(tokens[k]) in _DEAD_PLURAL:
            return True  # سقط قتلى وجرحى من ميليشيات الحوثي: a plural of the dead needs no figure
        if k >= 1 and bare(tokens[k]) in _DEAD:
            k -= 1  # 14 قتيلا من قوات النظام: a toll whatever comes before it
            return is_number(tokens[k]) or _number_word(tokens[k])
    if k < 0 or not (is_number(tokens[k]) or _number_word(tokens[k])):
        return False
    for j in range(max(0, k - 3), k):
        if bare(tokens[j]) in CASUALTY or tokens[j].norm in CASUALTY:
            return True
    for j in range(last + 1, min(len(tokens), last + 4)):
        if tokens[j].norm in PASSIVE_AFTER or bare(tokens[j]) in PASSIVE_AFTER:
            return True
    return False


#: Passive casualty verbs that can open a sentence before the one hit (وقتل شخص، أصيب جندي).
PASSIVE_BEFORE = frozenset(normalize(w) for w in "قتل أصيب اصيب جرح اغتيل خطف اختطف اعتقل سقط".split())
#: Nouns that name the dead or hurt rather than a doer (شخص، مدنيين، عشرات).
VICTIM_NOUNS = frozenset(
    normalize(w)
    for w in "شخص شخصا شخصان شخصين اشخاص أشخاص مدني مدنيا مدنيين مدنيون مواطن مواطنا مواطنين مواطنون طفل أطفال امرأة".split()
)


def _takes_no_object(tokens: Sequence[Token], k: int) -> bool:
    """Nothing that could be a verb's object starts at token k (end, punctuation, a preposition,
    a conjoined clause): the verb before it is read as a passive."""
    if k >= len(tokens):
        return True
    t = tokens[k]
    if t.kind == "punct":
        return True
    if is_quantity(t):
        return False
    return (
        t.norm in FUNCTION_WORDS
        or t.norm.startswith("و")
        or (t.norm.startswith("ب") and len(t.norm) > 3)
        or t.norm in _TIME_AFTER
    )


_TIME_AFTER = frozenset(normalize(w) for w in "أمس امس اليوم فجر صباح مساء ليلا جراء إثر اثر بانفجار بجروح".split())


def _phrase_end(tokens: Sequence[Token], j: int) -> int:
    """The last token of the noun phrase that token j is in: over nouns, adjectives, figures,
    "على الأقل" (ثمانية أشخاص على الأقل) and a conjoined count (200 مسلح ونحو 50 جنديا), never
    over a verb or a preposition."""
    n = len(tokens)
    steps = 0
    while j + 1 < n and steps < 6:
        t = tokens[j + 1]
        if t.norm == "علي" and j + 2 < n and tokens[j + 2].norm in ("الاقل", "اقل"):
            j += 2
            continue
        joined = (
            t.kind == "word" and t.norm.startswith("و") and len(t.norm) > 2 and is_quantity(Token(0, 0, t.norm[1:], t.norm[1:]))
        )
        if (
            joined
            or t.kind == "number"
            or (
                t.kind == "word"
                and not (t.norm in FUNCTION_WORDS or bare(t) in FUNCTION_WORDS or is_verbish(t) or bare(t) in PASSIVE_AFTER)
            )
        ):
            j += 1
            steps += 1
            continue
        break
    return j


def passive_subject(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Tokens i..j are the one hit by a passive casualty verb, not its doer: a passive after
    them with no object (ثمانية أشخاص قتلوا في …، جنديان قتلا وأصيب ثالث), or, for a victim
    noun or a figure, one before them (وقتل شخص بعد …)."""
    k = _phrase_end(tokens, j) + 1
    if k < len(tokens) and tokens[k].norm == "قد":
        k += 1
    if (
        k < len(tokens)
        and (tokens[k].norm in PASSIVE_AFTER or bare(tokens[k]) in PASSIVE_AFTER)
        and _takes_no_object(tokens, k + 1)
    ):
        return True
    while i >= 1 and (is_quantity(tokens[i - 1]) or tokens[i - 1].norm == "من"):
        i -= 1  # سقط عشرات العراقيين: the figure belongs to the phrase
    if i >= 1 and tokens[i - 1].norm.lstrip("و") in PASSIVE_BEFORE and _takes_no_object(tokens, j + 1):
        nxt = tokens[j + 1].norm if j + 1 < len(tokens) else ""
        toll = nxt.startswith("و") and nxt[1:] in PASSIVE_BEFORE  # قتل جنديان وأصيب تسعة: a toll
        return toll or any(bare(t) in VICTIM_NOUNS or is_quantity(t) for t in tokens[i : j + 1])
    return False
