"""Force on a demonstration that killed no one and used only crowd-control means.

ACLED's codebook separates the two ways the state meets a peaceful crowd: "Protest with intervention" is a
protest that is "physically dispersed or suppressed without serious/lethal injuries being reported" (tear
gas, rubber bullets, water cannon, sound grenades), while "Excessive force against protesters" is kept for
"lethal force or force resulting in serious injuries".  The force rules type any tear gas fired at a crowd
as excessive force; this pass gives back the intervention when the sentence tells no death and no live fire.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from marsad.events.context import protester_violence
from marsad.events.drafts import Draft
from marsad.events.merge import EXCESSIVE
from marsad.model import Token
from marsad.text import article_stripped

INTERVENTION = "Protest with intervention"
#: Crowd-control means (shadow-form prefixes, article stripped): tear gas (الغاز المسيل للدموع), water cannon
#: (خراطيم المياه), batons (الهراوات); sound grenades are a pair (`_grenades`).
_CROWD_CONTROL = ("مسيل", "دموع", "خراطيم", "هراوات")
#: Adjectives that make a bullet a crowd-control round (الرصاص المطاطي، الرصاص المعدني المغلف بالمطاط).
_SOFT_ROUNDS = ("مطاط", "معدن", "مغلف")
#: Words of death (shadow-form prefixes, article stripped): force that killed is excessive force.
_DEATHS = ("قتل", "مقتل", "قتيل", "قتلي", "مصرع", "استشهاد", "شهيد", "شهداء", "وفاه", "توفي", "اعدم")
#: Words of live fire or serious wounds (الرصاص الحي، إطلاق النار، إصابات خطيرة، رصاصة في الرأس): serious force.
_SERIOUS = ("النار", "نار", "خطيره", "خطره", "حرجه", "قناص", "قنص", "رشاش", "راس")


def bare_word(tok: Token) -> str:
    """The token's shadow form without a glued و, ب or ل and the article (`civil_targets` tests the same)."""
    w = tok.norm.lstrip("و")
    if w[:1] in ("ب", "ل") and len(w) > 3:
        w = w[1:]
    return article_stripped(w)


def _grenades(words: Sequence[str]) -> bool:
    """Sound or gas grenades (قنابل الصوت، قنابل صوتية، قنابل الغاز), or rubber or metal-coated bullets."""
    return any((a.startswith("قنابل") and b.startswith(("صوت", "غاز"))) or (a.startswith("رصاص") and b.startswith(_SOFT_ROUNDS))
               for a, b in pairwise(words))


def live_rounds(words: Sequence[str]) -> bool:
    """A bullet of the sentence is not a crowd-control round: رصاص with no rubber or metal-coated adjective."""
    for k, w in enumerate(words):
        if w.startswith("رصاص") and not any(v.startswith(_SOFT_ROUNDS) for v in words[k + 1 : k + 3]):
            return True
    return False


def retype_mild_force(d: Draft, tokens: Sequence[Token], lo: int, hi: int) -> None:
    """Excessive force told in a sentence that names crowd-control means (tear gas, sound grenades, rubber or
    metal-coated bullets, water cannon) and no death, live fire or serious wound is ACLED's protest with
    intervention.  ACLED's intervention is on a peaceful crowd: a sentence that tells the crowd's own violence
    (stones, fire, petrol bombs: `context.protester_violence`) keeps its type for the riot rules.  The Gaza
    border protests and confrontations keep their own rules, which weigh the wounds."""
    f = d.fields
    if f.get("sub_event_type") != EXCESSIVE or any("Gaza" in n for n in d.notes):
        return
    words = [bare_word(t) for t in tokens[lo:hi] if t.kind == "word"]
    if not any(w.startswith(_CROWD_CONTROL) for w in words) and not _grenades(words):
        return
    if any(w.startswith(_DEATHS) for w in words) or any(w in _SERIOUS for w in words) or live_rounds(words):
        return
    if any(w.startswith("حجار") for w in words) or protester_violence(tokens, lo, hi) is not None:
        return
    f.update(event_type="Protests", sub_event_type=INTERVENTION)
    d.notes.append("type: crowd-control force, no death or live fire (protest with intervention)")
