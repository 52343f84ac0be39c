"""Home-made fire bombs thrown by a crowd are a riot's weapon, not a planted explosive.

The lexicon types a bomb word (قنابل) as a remote explosive (IED).  Bombs the text calls home-made or
incendiary (قنابل مصنعة يدويا (مولوتوف)، قنابل حارقة، زجاجات حارقة) are thrown by hand in a street fight:
ACLED codes their use by a crowd or mob as "Violent demonstration" (Riots), not "Remote
explosive/landmine/IED", whose device is detonated from afar.  Dropped from aircraft (قنابل حارقة from
Russian planes) they are an air strike, which another rule types first.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.context import RIOT_FIELDS
from marsad.events.drafts import Draft
from marsad.events.mentions import default_actor
from marsad.events.retype import tells_air
from marsad.events.roles import unprefixed
from marsad.model import Token
from marsad.text import normal_forms

#: Bomb and bottle words of the trigger (shadow-form prefixes, article stripped).
_BOMBS = normal_forms("قنابل", "قنبلة", "زجاجات", "زجاجة")
#: Words that make them fire bombs (shadow-form prefixes, article stripped): a Molotov, incendiary.  Not
#: "home-made" alone (قنابل محلية الصنع may be pipe bombs).
_FIREBOMB = normal_forms("مولوتوف", "حارق")
#: How many words after the trigger the qualifier may stand (قنابل مصنعة يدويا (مولوتوف)).
_REACH = 4
#: The types a bomb word gets from the lexicon.
_BOMB_TYPES = frozenset({"Remote explosive/landmine/IED", "Grenade"})


def retype_firebombs(d: Draft, tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """A bomb or bottle trigger typed remote explosive or grenade whose next `_REACH` words call it home-made
    or incendiary (قنابل مصنعة يدويا (مولوتوف)، قنابل حارقة), in a sentence that names no aircraft, is the violent
    demonstration it was thrown in; its thrower, when no actor is named, is the rioters."""
    f, h = d.fields, d.hits[0]
    if f.get("sub_event_type") not in _BOMB_TYPES or d.retyped:
        return False
    if not unprefixed(tokens[h.first].norm).startswith(_BOMBS):
        return False
    after = [unprefixed(t.norm) for t in tokens[h.last + 1 : min(hi, h.last + 1 + 2 * _REACH)] if t.kind == "word"]
    if not any(w.startswith(_FIREBOMB) for w in after[:_REACH]) or tells_air(tokens, lo, hi):
        return False
    f.update(RIOT_FIELDS)
    crowd = ("protesters", "rioters")
    if d.actor2 is not None and d.actor2.kind in crowd:
        d.actor2 = None  # the crowd threw the bombs: it is no target
    if d.actor1 is not None and d.actor1.inter == 1:  # the police or army the bombs were thrown at
        d.actor2, d.actor1 = d.actor1, default_actor("rioters")
    elif d.actor1 is None or d.actor1.kind in crowd:
        d.actor1 = default_actor("rioters")
    d.notes.append("type: home-made fire bombs thrown in a street fight (violent demonstration)")
    return True
