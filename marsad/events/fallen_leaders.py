"""A leader of an armed group killed in military operations fell in combat: an armed clash, not an attack.

"أعلن تنظيم داعش مقتل أحد قادته … خلال العمليات العسكرية التي يخوضها الجيش" tells a commander of the
group killed in the army's operations.  ACLED's "Attack" is violence against unarmed civilians; an armed
group's commander killed in the fighting is a battle death ("Armed clash").  The killing rule
(`assemble._retype_by_victims`) reads fighters and members after the killing word (مقتل عناصر، مصرع
الحوثيين); a leader (قادته، القيادي) is read here, and only in a sentence of military operations or
fighting, since a leader may also be shot at home.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.context import CLASH_FIELDS
from marsad.events.drafts import Draft
from marsad.events.roles import unprefixed
from marsad.model import Token

#: A group's leaders (shadow forms, article stripped): its leaders, a leader, a commander of it.
_LEADERS = frozenset({"قادته", "قادتها", "قيادي", "قياديا", "قياديين", "قيادييها", "قيادييه"})
#: Words of military operations or fighting (shadow-form prefixes, article stripped).
_COMBAT = ("عمليات", "العمليات", "معارك", "اشتباك", "مواجهات")
#: Words of civilians, captives or an execution (shadow-form prefixes): then the killing stays an attack.
_NOT_COMBAT = ("مدني", "اسير", "اسري", "اعدام", "اعدم", "رهين", "رهاين", "مختطف", "اغتيال", "اغتال")
#: How many words after the killing word its dead may stand (مقتل أحد قادته).
_DEAD_SPAN = 3


def retype_fallen_leader(d: Draft, tokens: Sequence[Token], lo: int, hi: int) -> None:
    """A killing typed "Attack" whose dead, within `_DEAD_SPAN` words after the killing word, is a group's
    leader (أحد قادته، القيادي), in a sentence that tells military operations or fighting and no civilians,
    captives or assassination, is an armed clash."""
    f, h = d.fields, d.hits[0]
    if f["sub_event_type"] != "Attack" or h.entry.cls != "kill":
        return
    after = [unprefixed(t.norm) for t in tokens[h.last + 1 : min(hi, h.last + 1 + _DEAD_SPAN)] if t.kind == "word"]
    if not any(w in _LEADERS for w in after):
        return
    words = [unprefixed(t.norm) for t in tokens[lo:hi] if t.kind == "word"]
    if not any(w.startswith(_COMBAT) for w in words) or any(w.startswith(_NOT_COMBAT) for w in words):
        return
    f.update(CLASH_FIELDS)
    if d.actor2 is not None and d.actor2.start < 0:
        d.actor2 = None  # the civilians an attack defaults to: the dead here are the group's
    d.notes.append("type: a group's leader killed in military operations (armed clash)")
