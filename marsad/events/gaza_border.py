"""The Gaza border demonstrations (2017-2019): words and tests that tell a killing at the fence as force
against the crowds, not a battle (ACLED codes each day's demonstration once, by the fire that met it)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from marsad.events.drafts import Draft
from marsad.events.roles import unprefixed
from marsad.model import Token
from marsad.text import article_stripped


def deadly_confrontation(words: Sequence[str], trigger: Token, gaza: bool) -> bool:
    """Confrontations (مواجهات) in Gaza with the Israeli forces, told with dead (ارتفع عدد القتلى الفلسطينيين
    في غزة إثر مواجهات مع القوات الإسرائيلية): in the months of the border demonstrations, the crowds shot
    at, not a battle (the caller checks the dead, the date, no armed side).  Not the West Bank's, where
    villagers facing settlers or a raid are other stories (a first version with them lost a right Attack)."""
    if not gaza or not article_stripped(trigger.norm.lstrip("و")).startswith("مواجه"):
        return False
    return any(w.startswith("اسراييل") or w == "احتلال" for w in words)


#: The Gaza border demonstrations: from the protests at the fence after the US recognised Jerusalem
#: (6 December 2017) through the Great March of Return (to the end of 2019), where Israeli fire met the crowds.
MARCH_OF_RETURN = ("2017-12-06", "2019-12-31")
#: Words that tell the crowds met at the fence in a border-demonstration story (shadow-form prefixes,
#: article stripped): confrontations, clashes, gunfire, the fence, protesting.
_CROWD_MET = ("مواجه", "صدام", "رصاص", "نار", "حدود", "سياج", "جدار", "تظاهر", "مظاهر", "احتج", "يحتج", "متظاهر",
              "محتج", "مسير", "مجزر")


#: Words of a span of time (shadow-form prefixes, article stripped): على مدار، أسابيع، منذ، أشهر.
_SPAN_OF_WEEKS = ("مدار", "اسابيع", "منذ", "اشهر", "شهور")


#: Words of the border (shadow form, article stripped): حدود، الحدودي، السياج، الشريط.
BORDER_WORDS = ("حدود", "سياج", "شريط")


def gaza_border_story(tokens: Sequence[Token]) -> bool:
    """The document tells the Gaza border demonstrations: it names the March of Return (مسيرة العودة،
    مسيرات العودة) or the border of Gaza (حدود قطاع غزة، السياج الحدودي شرق غزة، الحدود مع القطاع: a border
    word within four words of غزة or القطاع)."""
    norms = [t.norm for t in tokens if t.kind == "word"]
    joined = "\n".join(norms)
    if not any(k in joined for k in ("عوده", "غزه", "قطاع")):
        return False  # an unprefixed word is the end of its word: a story with neither name skips the pass below
    words = [unprefixed(n) for n in norms]
    if any(a.startswith("مسير") and b == "عوده" for a, b in pairwise(words)):
        return True
    gaza = [k for k, w in enumerate(words) if w in ("غزه", "قطاع")]
    return any(words[j].startswith(BORDER_WORDS) for k in gaza for j in range(max(0, k - 4), min(len(words), k + 5)))


def told_in_gaza_story(d: Draft, words: Sequence[str], killed: bool, story: bool) -> bool:
    """In a story of the Gaza border demonstrations, Palestinians killed in a sentence that tells the crowds
    met at the fence (`_CROWD_MET`) were shot at the demonstrations, though it names neither Gaza nor Israel;
    not when the sentence or its place is in the West Bank (a raid on a camp there is another story), nor a
    toll told over weeks."""
    if not (story and killed):
        return False
    if any(w.startswith(_SPAN_OF_WEEKS) for w in words):
        return False  # a toll over weeks of marches (على مدار الأسبوع الماضي، بعد أسابيع من): a total, no incident
    if any(w.startswith("ضفه") for w in words) or (d.place is not None and d.place.admin1 == "West Bank"):
        return False
    return any(w.startswith(_CROWD_MET) for w in words)


#: Verbs of opening fire (shadow form, article stripped): the soldiers right after one are the shooters.
_FIRING = ("اطلق", "فتح")


def shooter(words: Sequence[str], k: int) -> bool:
    """A soldier word right after a verb of firing (أطلق الجنود الإسرائيليون النار عليه) names who fired on
    the crowd, not an armed side hit at the fence."""
    return k > 0 and words[k].startswith(("جنود", "جندي")) and words[k - 1].startswith(_FIRING)


#: Words of fire on a crowd (shadow-form prefixes, article stripped): bullets, snipers, tear gas.
FIRE_ON_CROWD = ("رصاص", "نيران", "قناص", "غاز", "مسيل")
#: Trigger classes of the force and the crowd told at the fence, a massacre among them (not strikes, shells or bombs).
BORDER_CLASSES = frozenset({"kill", "attack", "clash", "protest", "execute"})
#: Words of an armed side at the fence (shadow-form prefixes, article stripped): a fight, a shelling or a
#: soldier hit is no demonstration.
ARMED_SIDE = ("صاروخ", "صواريخ", "قذيف", "قذايف", "هاون", "مسلح", "غاره", "غارات", "طاير", "طيران", "دبابه",
               "متسلل", "تسلل", "اجتاز", "اجتياز", "عبوه", "عبوات", "ناسف", "قسام", "سرايا", "كتايب", "جندي", "جنديا",
               "جنود")
