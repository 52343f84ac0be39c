"""The last word on an event's ACLED fields that hang together: whatever step set them, the row an analyst
gets obeys ACLED's own pairings.

- Civilian targeting is a mark of political violence (ACLED sets it on battles, explosions/remote violence
  and violence against civilians, and on excessive force against protesters); an arrest or an agreement
  whose other side is civilians is no attack on civilians, so the flag is cleared there.
- A violent demonstration's crowd is "Rioters (Country)", inter 5; a peaceful one's "Protesters (Country)",
  inter 6.  Retyping a protest as violent (or back) after its sides were named left the other name.
- Territory the government regains is taken by the government's side: where the sub-event type says so (the
  extractor read the state as the taker) and actor2, not actor1, is of the government's camp in the country,
  the sides were read the wrong way round (the taker left out of a clause that names the foe's supply lines,
  "كما سيطرت على سلسلة جبلية …، وقطعت خطوط إمداد المليشيا الحوثية"), and are swapped.
"""

from __future__ import annotations

from dataclasses import replace

from marsad.events.sides import same_side
from marsad.model import Event
from marsad.model.vocab import interaction

#: Sub-event types whose crowd riots (ACLED's Riots event type).
_RIOTS = frozenset({"Violent demonstration", "Mob violence"})
#: Sub-event types whose crowd protests (ACLED's Protests event type).
_PROTESTS = frozenset({"Peaceful protest", "Protest with intervention", "Excessive force against protesters"})
#: The crowd names and inter codes of the two kinds.
_CROWDS = {"Rioters": 5, "Protesters": 6}


def _government_side(name: str | None, country: str) -> bool:
    """`name` is the government of `country`, its forces or a force of its camp (the coalition and the Giants
    Brigades in Yemen, Russia in Syria); the Houthis' forces, named after Yemen, are not."""
    return bool(name) and bool(same_side(name, f"Government of {country}"))


def _regain_by_government(e: Event) -> Event:
    """A regain whose actor2 is the government's side and whose actor1 is not has its sides swapped: the
    sub-event type already says the government took the ground, so its side is the doer."""
    country = e.location.country if e.location else None
    if e.sub_event_type != "Government regains territory" or not country or not e.actor2:
        return e
    if _government_side(e.actor1, country) or not _government_side(e.actor2, country):
        return e
    return replace(e, actor1=e.actor2, inter1=e.inter2, assoc_actor_1=e.assoc_actor_2, actor2=e.actor1,
                   inter2=e.inter1, assoc_actor_2=e.assoc_actor_1, interaction=interaction(e.inter2, e.inter1),
                   notes=e.notes + f"; sides swapped: {e.actor2} is the government's side that regained the ground")


def consistent(e: Event) -> Event:
    """`e` with a regain's taker as actor1, civilian targeting cleared outside political violence and its crowd
    named for its type."""
    e = _regain_by_government(e)
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
