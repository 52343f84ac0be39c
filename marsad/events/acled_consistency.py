"""The last word on an event's ACLED fields that hang together: whatever step set them, the row an analyst
gets obeys ACLED's own pairings.

- Civilian targeting is a mark of political violence (ACLED sets it on battles, explosions/remote violence
  and violence against civilians, and on excessive force against protesters); an arrest or an agreement
  whose other side is civilians is no attack on civilians, so the flag is cleared there.
- A violent demonstration's crowd is "Rioters (Country)", inter 5; a peaceful one's "Protesters (Country)",
  inter 6.  Retyping a protest as violent (or back) after its sides were named left the other name.
"""

from __future__ import annotations

from dataclasses import replace

from marsad.model import Event
from marsad.model.vocab import interaction

#: Sub-event types whose crowd riots (ACLED's Riots event type).
_RIOTS = frozenset({"Violent demonstration", "Mob violence"})
#: Sub-event types whose crowd protests (ACLED's Protests event type).
_PROTESTS = frozenset({"Peaceful protest", "Protest with intervention", "Excessive force against protesters"})
#: The crowd names and inter codes of the two kinds.
_CROWDS = {"Rioters": 5, "Protesters": 6}


def consistent(e: Event) -> Event:
    """`e` with civilian targeting cleared outside political violence and its crowd named for its type."""
    changes: dict[str, object] = {}
    if e.civilian_targeting and "Political violence" not in (e.disorder_type or ""):
        changes["civilian_targeting"] = False
    want = "Rioters" if e.sub_event_type in _RIOTS else "Protesters" if e.sub_event_type in _PROTESTS else None
    if want:
        for side, inter in (("actor1", "inter1"), ("actor2", "inter2")):
            name = getattr(e, side) or ""
            crowd, sep, rest = name.partition(" (")
            if sep and crowd in _CROWDS and crowd != want:
                changes[side] = f"{want} ({rest}"
                changes[inter] = _CROWDS[want]
    if not changes:
        return e
    if "inter1" in changes or "inter2" in changes:
        i1 = changes.get("inter1", e.inter1)
        i2 = changes.get("inter2", e.inter2)
        changes["interaction"] = interaction(i1, i2)  # type: ignore[arg-type]
    return replace(e, **changes)  # type: ignore[arg-type]
