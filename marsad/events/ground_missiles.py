"""Surface-to-surface missiles (صواريخ أرض أرض) are fired from the ground, not from aircraft.

A strike word whose sentence names its missiles as surface-to-surface ("استهدفت قوات النظام … بأكثر من 55 صاروخا من
نوع أرض-أرض"، "تعرض المستشفى لقصف … بصواريخ أرض أرض") is ACLED's shelling/artillery/missile attack, even where
the story or a later clause speaks of aircraft ("قبل أن يتدخل الطيران المروحي"، "على أنه قصف من قبل طيران
التحالف": another act, or the claim the sentence rebuts).  Aircraft told between the trigger and the missiles
leave the type as it is: the missiles may be the aircraft's.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from marsad.events.context import AIR_FIELDS
from marsad.events.drafts import Draft
from marsad.events.retype import tells_air
from marsad.model import Token
from marsad.text import article_stripped

#: The ground-fired missile fields (ACLED's shelling/artillery/missile attack).
SHELLING_FIELDS = {"event_type": "Explosions/Remote violence", "sub_event_type": "Shelling/artillery/missile attack",
                   "plover_mode": "heavy-weapons"}
#: Words after the missiles in which aircraft make the two one list of weapons (45 صاروخ أرض – أرض، و38 غارة جوية):
#: the strikes may be the aircraft's.
LIST_REACH = 4
#: "Ground" (shadow form of أرض, with the article or a glued و dropped).
_GROUND = "ارض"


def surface_to_surface(tokens: Sequence[Token], lo: int, hi: int) -> int | None:
    """The index of the first أرض of "أرض أرض" / "أرض-أرض" among tokens lo..hi (punctuation between the two
    words skipped), or None."""
    words = [(i, article_stripped(t.norm.removeprefix("و"))) for i, t in enumerate(tokens[lo:hi], lo)
             if t.kind == "word"]
    for (i, a), (j, b) in pairwise(words):
        if a == _GROUND and b == _GROUND and all(t.kind == "punct" for t in tokens[i + 1 : j]):
            return i
    return None


def retype_ground_missiles(d: Draft, tokens: Sequence[Token], lo: int, hi: int) -> None:
    """An air strike whose sentence names surface-to-surface missiles after the trigger, with no aircraft
    told between the two nor listed beside the missiles (within `LIST_REACH` words after them), is a missile
    attack fired from the ground."""
    if d.fields["sub_event_type"] != AIR_FIELDS["sub_event_type"]:
        return
    h = d.hits[0]
    at = surface_to_surface(tokens, h.last + 1, hi)
    if at is None or tells_air(tokens, h.first, at):
        return
    second = next(i for i in range(at + 1, hi) if tokens[i].kind == "word")  # the second أرض
    after = [i for i in range(second + 1, hi) if tokens[i].kind == "word"][:LIST_REACH]
    if after and tells_air(tokens, second + 1, after[-1] + 1):
        return
    d.fields.update(SHELLING_FIELDS)
    d.notes.append("type: surface-to-surface missiles (أرض أرض) are fired from the ground (shelling)")
