"""One chemical attack told twice in a report is one event (round 95).

A chemical weapon is rarely used, and a report that tells one names it again and again: the attack itself
("هجوم كيميائي على مدينة دوما")، a leader's reaction to it ("كتب ترامب: قتل كثيرون في هجوم كيميائي متهور في سوريا"),
footage of the bomb ("تظهر انفجار قنبلة، نتج عنها عامود دخان أصفر"), each dated or placed by its own sentence
(the tweet's day before, the capital for the country).  ACLED codes the attack once: the chemical-weapon events
of one country within a week of the best-told one (the most confident) fold into it, and its scene and day stand.
"""

from __future__ import annotations

from dataclasses import replace

from marsad.events.drafts import Roles
from marsad.events.folds import fold_pairs
from marsad.events.merge import within_week
from marsad.model import Event

CHEMICAL = "Chemical weapon"


def _same_country(a: Event, b: Event) -> bool:
    return a.location is None or b.location is None or a.location.iso2 == b.location.iso2


def fold_chemical_copies(events: list[Event], roles: list[Roles]) -> tuple[list[Event], list[Roles]]:
    """Fold each chemical-weapon event into the most confident one of its country and week."""
    chem = sorted((i for i, e in enumerate(events) if e.sub_event_type == CHEMICAL),
                  key=lambda i: (-events[i].confidence, i))
    pairs: list[tuple[int, int]] = []
    taken: set[int] = set()
    for j in chem:
        if j in taken:
            continue
        for i in chem:
            if i != j and i not in taken and _same_country(events[j], events[i]) and within_week(
                    events[j].event_date, events[i].event_date):
                pairs.append((j, i))
                taken.add(i)
        taken.add(j)
    if not pairs:
        return events, roles
    kept = {j: events[j] for j, _ in pairs}
    out, roles = fold_pairs(events, roles, pairs, keep_scene=True)
    # the best-told event's day and toll stand (a reaction's day or a larger count told of it is not its own)
    return [next((replace(e, event_date=k.event_date, fatalities=k.fatalities or e.fatalities)
                  for k in kept.values() if k.trigger == e.trigger and k.trigger is not None), e) for e in out], roles
