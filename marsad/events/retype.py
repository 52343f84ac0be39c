"""Sub-event types read from the article beyond the trigger's clause.

The lexicon's refiners type a strike by the cues of its own clause (غارة، طائرات، جوية).  News of air
raids often names the aircraft once, in the lead, and then tells the same strikes with bare words (قصف،
استهدف، الضربات، انفجار); ACLED codes those as air/drone strikes, not shelling or a clash.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from itertools import pairwise

from marsad.events.context import AIR_FIELDS
from marsad.events.drafts import Draft
from marsad.events.mentions import ActorMention
from marsad.model import Span, Token
from marsad.text import article_stripped, normal_forms, normalize

#: Words that tell aircraft or air raids (shadow form, article and glued و/ب/ل dropped).
_AIR_WORDS = frozenset(normal_forms("طائرات", "طائرة", "مقاتلات", "مقاتلة", "غارات", "غارة", "غارتين", "غارتان", "طيران",
                              "مروحيات", "مروحية", "قاذفات", "قاذفة", "درون", "أغارت", "أغار"))
#: Adjectives of the air after a strike or a force (ضربات جوية، سلاح الجو); not an air base or an air defence
#: (قاعدة الشعيرات الجوية، الدفاعات الجوية).
_AIR_ADJ = frozenset(normal_forms("جوية", "جوي", "جو"))
_AIR_HEADS = frozenset(normal_forms("ضربات", "ضربة", "غارات", "غارة", "قصف", "هجوم", "هجمات", "سلاح", "قوات", "عمليات",
                             "عملية", "غطاء", "إسناد", "دعم"))
#: The sub-event types a bare strike word gets from the lexicon when its clause names no weapon.
_GROUND_TYPES = frozenset({"Shelling/artillery/missile attack", "Armed clash", "Remote explosive/landmine/IED"})
#: Bare strike words (shadow form, article dropped): a bombardment, a strike, a targeting, a blast.
_STRIKE_WORDS = normal_forms("قصف", "ضرب", "استهدف", "استهداف", "تستهدف", "يستهدف", "انفجار")
#: Words that name ground fire, a ground fight or a planted charge in the trigger's sentence: the type stands.
_GROUND_WORDS = normal_forms("مدفع", "هاون", "قذيف", "قذائف", "صاروخ", "صواريخ", "راجم", "كاتيوشا", "دباب", "اشتباك", "معارك",
                      "معركة", "مواجه", "عبوة", "عبوات", "ناسف", "مفخخ", "لغم", "ألغام", "انتحاري", "رصاص", "قناص", "برية")
#: Non-state sides (ACLED inter 2 rebels, 3 militias, 4 communal militias) fly no warplanes.
_NON_STATE = frozenset({2, 3, 4})
#: Ground weapons that, named anywhere in an article, leave its bare strike words ambiguous.
_ARTILLERY = normal_forms("مدفع", "هاون", "قذيف", "قذائف", "راجم", "كاتيوشا", "دباب")
#: The states and coalitions that strike from the air in these wars (ACLED names): a bare قصف of theirs is an air
#: raid in an air-raid story; another side's (Syrian or Turkish forces, an armed group) may be ground fire.
_AIR_POWERS = ("Israel", "United States", "United Kingdom", "France", "Saudi", "United Arab Emirates", "Russia",
               "Coalition", "Restoring Hope")
#: Air powers and ground forces in a doer the role tagger found but no actor resolved (shadow-form stems).
_AIR_POWER_STEMS = normal_forms("إسرائيل", "أمريك", "أميرك", "تحالف", "سعودي", "إمارات", "روسي", "روس")
_FORCE_STEMS = normal_forms("قوات", "جيش", "جنود", "مقاتل", "مسلح", "معارض", "فصائل", "فصيل", "ميليشي", "مليشي", "حوثي",
                     "تنظيم", "داعش", "متمرد", "ثوار", "تركي", "نظام", "حكومي")
#: How many sentences make the lead.
LEAD_SENTENCES = 2


def _forms(tok: Token) -> tuple[str, ...]:
    """The token's shadow form with and without a glued و and then ب/ل/ف, each without the article."""
    w = tok.norm
    out = [w]
    if w.startswith("و") and len(w) > 3:
        w = w[1:]
        out.append(w)
    if w[:1] in ("ب", "ل", "ف") and len(w) > 3:
        out.append(w[1:])
    return tuple(article_stripped(x) for x in out)


def tells_air(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Tokens lo..hi name aircraft or air raids (طائرات التحالف، غارة جوية، الضربات الجوية، سلاح الجو)."""
    forms = [_forms(t) for t in tokens[lo:hi] if t.kind == "word"]
    if any(w in _AIR_WORDS for fs in forms for w in fs):
        return True
    return any(any(w in _AIR_ADJ for w in b) and any(w in _AIR_HEADS for w in a) for a, b in pairwise(forms))


def air_story(tokens: Sequence[Token], sentences: Sequence[Span]) -> bool:
    """The article tells air raids: its lead (the first `LEAD_SENTENCES` sentences) names aircraft or air
    raids, and nowhere does it name artillery, mortars, shells, tanks or rocket launchers (where it does,
    a bare قصف may be either: "the article separates air strikes and artillery")."""
    if not sentences:
        return False
    end = sentences[min(len(sentences), LEAD_SENTENCES) - 1].end
    if not tells_air(tokens, 0, bisect.bisect_left([t.start for t in tokens], end)):
        return False
    words = [t for t in tokens if t.kind == "word"]
    joined = "\n".join(t.norm for t in words)
    if not any(a in joined for a in _ARTILLERY):
        return True  # each of a word's forms is the end of its word: no stem anywhere, no form starts with one
    return not any(w.startswith(_ARTILLERY) for t in words for w in _forms(t))


def _plain_forms(tok: Token) -> tuple[str, ...]:
    """The token's shadow form with and without a glued و and ب, the article kept (والقصف → القصف)."""
    w = tok.norm
    return (w, w[1:], w[2:]) if len(w) > 4 else (w,)


def _ground_doer(source: Span | None) -> bool:
    """A doer told but not resolved to an actor that names fighters or forces and no air power (قصفوا مقاتلو
    المعارضة، قوات تركية): no reason to give it aircraft.  A speaker (المنظمة الأممية) or an air power's
    name (الإسرائيلي) is no such doer."""
    if source is None:
        return False
    words = [article_stripped(normalize(w).lstrip("و")) for w in source.text.split()]
    if any(w.removeprefix("ل").startswith(_AIR_POWER_STEMS) for w in words):
        return False
    return any(w.removeprefix("ل").startswith(_FORCE_STEMS) for w in words)


def may_take_air(d: Draft) -> bool:
    """The tests of `retype_air_from_lead` on the draft alone (a ground type from a bare strike, blast or attack
    word no refiner retyped): a draft that fails them never asks whether the article is an air story."""
    return (d.fields["sub_event_type"] in _GROUND_TYPES and d.hits[0].entry.cls in ("bombard", "attack", "blast")
            and not d.retyped)


def retype_air_from_lead(
    d: Draft, tokens: Sequence[Token], lo: int, hi: int, air_told: bool, ments: Sequence[ActorMention]
) -> bool:
    """A bare strike word (قصفا استهدف حافلة، تم استهداف الرادارات، انفجار مستودع) in an article that tells
    air raids (`air_story`) is one of those raids: ACLED's air/drone strike, not the shelling, clash or remote
    explosive the lexicon gives a bare word.  Not when a refiner typed it, its sentence names ground fire,
    a fight or a planted charge, or its doer is a non-state side (which flies no warplanes)."""
    h = d.hits[0]
    if not air_told or not may_take_air(d):
        return False
    if not any(w.startswith(_STRIKE_WORDS) for w in _forms(tokens[h.first])):
        return False
    if any(w.startswith(("القصف", "للقصف")) for w in _plain_forms(tokens[h.first])):
        return False  # the definite القصف is `folds.bombardment_of_air_strikes`'s, weighed against the strikes told
    iso = d.place.iso2 if d.place is not None else None
    if d.actor1 is not None and not any(p in d.actor1.name(iso) for p in _AIR_POWERS):
        return False
    if d.actor1 is None and _ground_doer(d.tagged[0] or d.role_spans[0]):
        return False
    if any(m.inter in _NON_STATE for m in ments) or tells_air(tokens, lo, hi):
        return False
    if any(w.startswith(_GROUND_WORDS) for t in tokens[lo:hi] if t.kind == "word" for w in _forms(t)):
        return False
    d.fields.update(AIR_FIELDS)
    d.notes.append("type: a bare strike in an article whose lead tells air raids (air)")
    return True
