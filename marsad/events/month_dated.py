"""An incident told once by its month ("اعتقلت هذا الشهر"، "خطفوا الشهر الماضي") and once by a day of that month.

A report often names an arrest, a kidnapping or a strike loosely ("بعد أن اعتقلتها من جديد هذا الشهر") and then
with its day ("التي اعتقلت يوم 13 يونيو"), or the reverse: the month-dated telling lands mid-month and the day-keyed
merges keep both.  Of one sub-type, at one scene, with sides that agree, the two are one incident (ACLED's one
event per incident).  The telling at the finer place carries the event, the day-dated one on a tie; the day's
date stands either way."""

from __future__ import annotations

from dataclasses import replace

from marsad.events.dates import DAY, MONTH
from marsad.events.drafts import Roles
from marsad.events.folds import fold_pairs
from marsad.events.location import LEVEL_RANK
from marsad.events.merge import compatible_actors, same_scene, shared_actor
from marsad.model import Event
from marsad.text import normalize

#: A month named relative to the report, with no part of it: "هذا الشهر"، "الشهر الماضي".  A named month
#: ("مطلع شباط/فبراير"، "في مطلع مايو") is often narrowed to its start or end, another incident's days.
_RELATIVE = frozenset(normalize(w) for w in ("هذا الشهر", "الشهر الماضي", "الشهر الجاري", "الشهر الحالي"))


def month_dated(e: Event) -> bool:
    """The event's date is the report's month or the one before, told as such ("هذا الشهر"، "الشهر الماضي")."""
    return (e.time_precision == MONTH and e.event_date is not None and e.date_text is not None
            and normalize(e.date_text) in _RELATIVE)


def _of_month(day: Event, month: Event) -> bool:
    """`day`, dated to a day of `month`'s calendar month, tells the same incident: one sub-type, one scene, sides
    that agree (or one shared)."""
    return (day.time_precision == DAY and day.event_date is not None and month.event_date is not None
            and day.event_date[:7] == month.event_date[:7] and day.sub_event_type == month.sub_event_type
            and same_scene(day.location, month.location)
            and (compatible_actors(day, month) or shared_actor(day, month)))


def _finer(a: Event, b: Event) -> bool:
    """`a`'s place is finer than `b`'s (an unknown place is the widest)."""
    ra = LEVEL_RANK.get(a.location.level, 6) if a.location is not None else 7
    rb = LEVEL_RANK.get(b.location.level, 6) if b.location is not None else 7
    return ra < rb


def fold_month_dated(events: list[Event], roles: list[Roles],
                     min_confidence: float = 0.0) -> tuple[list[Event], list[Roles]]:
    """Fold each month-dated event (`month_dated`) and the first day-dated event of its month that it repeats
    (`_of_month`), both kept by the output (`min_confidence`), into one: the finer place's telling, the day's date."""
    out = list(events)
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for i, m in enumerate(events):
        if i in used or m.confidence < min_confidence or not month_dated(m):
            continue
        j = next((j for j, d in enumerate(events) if j != i and j not in used and d.confidence >= min_confidence
                  and _of_month(d, m)), None)
        if j is None:
            continue
        d = events[j]
        if _finer(m, d):
            out[i] = replace(m, event_date=d.event_date, time_precision=d.time_precision, date_text=d.date_text)
            pairs.append((i, j))
        else:
            pairs.append((j, i))
        used.update((i, j))
    return fold_pairs(out, roles, pairs)
