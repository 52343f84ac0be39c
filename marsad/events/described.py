"""A definite mention that a relative clause describes is the incident the report has already told.

"وقال الجيش إن الضربة الجوية التي نفذت الثلاثاء استهدفت مناطق …"، "كما قتل تسعة مسلحين في الاشتباكات التي دارت في
…": the article and the clause that describes the noun point back at the strike or the fighting the report has
named, whatever sides the describing sentence names or leaves out.  ACLED codes that incident once: the
described mention folds into the latest earlier event of its sub-type within a day, at the same scene."""

from __future__ import annotations

from marsad.events.drafts import Roles
from marsad.events.folds import fold_pairs
from marsad.events.merge import days_apart, definite, same_scene
from marsad.model import Event
from marsad.text import tokenize

#: Relative pronouns (shadow form) that open a clause describing the noun before them.
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})
#: Words after the trigger within which its relative clause may open ("الهجوم الصاروخي الذي"، "الغارة الأخيرة، التي").
DESCRIBED_REACH = 3
#: Characters after the trigger read for those words.
_LOOK_AHEAD = 80
#: Days the described mention may lie from the incident it tells (the day of the report against the incident's).
DESCRIBED_DAYS = 1


def described(e: Event, text: str) -> bool:
    """The event's trigger carries the article and a relative pronoun follows within `DESCRIBED_REACH` words."""
    if e.trigger is None or not definite(e):
        return False
    after = [t.norm for t in tokenize(text[e.trigger.end : e.trigger.end + _LOOK_AHEAD]) if t.kind == "word"]
    return any(w in RELATIVES for w in after[:DESCRIBED_REACH])


def _told_before(events: list[Event], e: Event, min_confidence: float) -> int | None:
    """The latest event told before `e` of its sub-type, within `DESCRIBED_DAYS` of it and at its scene, that the
    output keeps (`min_confidence`)."""
    if e.trigger is None:
        return None
    best: int | None = None
    latest = -1
    for j, k in enumerate(events):
        if (k is e or k.trigger is None or k.trigger.start >= e.trigger.start or k.sub_event_type != e.sub_event_type
                or k.confidence < min_confidence):
            continue
        gap = days_apart(k, e)
        if gap is None or gap > DESCRIBED_DAYS or not same_scene(k.location, e.location):
            continue
        if k.trigger.start > latest:
            best, latest = j, k.trigger.start
    return best


def fold_described(text: str, events: list[Event], roles: list[Roles],
                   min_confidence: float = 0.0) -> tuple[list[Event], list[Roles]]:
    """Fold each described mention (`described`) into the incident told before it (`_told_before`): that
    incident's type, day and sides stand; the finer of the two places is kept (the description often names the
    villages the first telling left at the country)."""
    pairs = []
    gone: set[int] = set()
    for i, e in enumerate(events):
        if not described(e, text):
            continue
        j = _told_before(events, e, min_confidence)
        if j is not None and j not in gone:
            pairs.append((j, i))
            gone.add(i)
    return fold_pairs(events, roles, pairs)
