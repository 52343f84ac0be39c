"""Ground fire told as the fire of a fight (اشتباكات عنيفة … وسط قصف مدفعي) is the fight.

"دارت اشتباكات متقطعة بين قوات المقاومة والمليشيات، وتخلل تلك الاشتباكات قصف لمدفعية المقاومة", "مواجهات تخللها
تبادل للقصف", "تبادلا عنيفا للقصف وتفجيرات ضخمة رافقت الهجوم": the bombardment is the weapons of the battle
its sentence frames it in (amid, punctuating, accompanying it).  ACLED codes an exchange between armed sides,
artillery included, as one "Armed clash"; a shelling is a side firing with no ground engagement told.  Air
strikes amid a fight (وتخلل المواجهات قصف جوي شنته مقاتلات التحالف) stay their own event: aircraft are a
third party's remote weapon.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from marsad.events.context import CLASH_FIELDS
from marsad.events.drafts import Draft
from marsad.events.roles import unprefixed
from marsad.model import Token

#: Bombardment words a trigger may start with (shadow-form stems, و/ب/ل and article dropped).
_BOMBARDMENT = ("قصف", "تبادل")
#: Words of the fight the fire belongs to (shadow-form prefixes, و/ب/ل and article dropped).
_FIGHTING = ("اشتباك", "معارك", "معركه", "مواجهات")
#: The same with the assault a fire may accompany (رافقت الهجوم).
_ASSAULT = (*_FIGHTING, "هجوم")
#: Words of aircraft after a bombardment noun (قصف جوي، قصف الطيران): a strike, not the fight's fire.
_AIR = ("جوي", "طيران", "مقاتلات", "طايرات", "غارات")
#: Verbs of punctuating a fight (تخلل، تخللها، يتخللها) and of accompanying it (رافقت، ترافقت), stems.
_PUNCTUATE = ("تخلل", "يتخلل")
_ACCOMPANY = ("رافق", "ترافق", "يرافق")
#: How many words before the trigger the frame (وسط، تخلل) may stand, and after it the accompanying verb.
_REACH = 4
_AFTER = 6


def _stems(tokens: Sequence[Token]) -> list[str]:
    return [unprefixed(t.norm) for t in tokens if t.kind == "word"]


def retype_fighting_fire(d: Draft, tokens: Sequence[Token], lo: int, hi: int) -> None:
    """A bombardment or an exchange of fire (قصف، تبادل للقصف) told amid, punctuating or accompanying a fight of
    its sentence (اشتباكات … وسط قصف؛ تخلل تلك الاشتباكات قصف؛ مواجهات تخللها تبادل للقصف؛ تبادل للقصف رافق
    الهجوم) is that fight: an armed clash.  Not a bombardment by aircraft (قصف جوي)."""
    f, h = d.fields, d.hits[0]
    if f["event_type"] != "Explosions/Remote violence" or f["sub_event_type"] in ("Chemical weapon", "Suicide bomb"):
        return
    own = _stems(tokens[h.first : h.last + 1])
    before = _stems(tokens[lo : h.first])
    if not own or not (own[0].startswith(_BOMBARDMENT) or any(w.startswith("تبادل") for w in before[-2:])):
        return
    after = _stems(tokens[h.last + 1 : min(hi, h.last + 1 + _AFTER)])
    if any(w.startswith(_AIR) for w in own[1:] + after[:1]):
        return
    near = before[-_REACH:]
    amid = h.first > lo and tokens[h.first - 1].norm == "وسط" and any(w.startswith(_FIGHTING) for w in before[:-1])
    punctuated = any(w.startswith(_PUNCTUATE) for w in near) and any(w.startswith(_FIGHTING) for w in before)
    accompanied = any(w.startswith(_ACCOMPANY) and nxt.startswith(_ASSAULT) for w, nxt in pairwise(after))
    if amid or punctuated or accompanied:
        f.update(CLASH_FIELDS)
        d.notes.append("type: the fire of a fight its sentence tells (armed clash)")
