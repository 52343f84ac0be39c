"""One death count told twice, once dated to a day and once only by a span: one incident.

A report often gives an incident's toll in its lead with the day ("قتل 36 … السبت") and again further on in a
sentence whose only date is a loose span picked up nearby ("منذ ثلاثة أسابيع"، "قبل أيام"), so the two tellings
land on different days and the day-keyed merges keep both.  An equal count of at least `SAME_TOLL_MIN` dead, of
one event type, at one scene, is the same incident (ACLED's one event per incident): the telling dated by a
span folds into the one dated to a day, whose day, type, place and sides stand."""

from __future__ import annotations

from marsad.events.drafts import Roles
from marsad.events.folds import fold_matches
from marsad.events.merge import compatible_actors, days_apart, same_count, same_scene, shared_actor
from marsad.model import Event

#: The finest date precision, a day (a week is 2, a month 3).
DAY_PRECISION = 1
#: The most days a span-dated telling may lie from the day-dated one it repeats: a span read a month wide
#: ("منذ شهر") still names that month's incident; a toll further off is an older incident's.
SPAN_REACH_DAYS = 31


def _dated_by_span(e: Event) -> bool:
    """The event's date comes from a week or month ("قبل أيام"، "منذ ثلاثة أسابيع"), not from a day."""
    return e.time_precision is not None and e.time_precision > DAY_PRECISION


def _repeats(day: Event, span: Event) -> bool:
    """`span` tells `day`'s incident again: the same type and death count, the same or an enclosing scene, sides
    that agree (or one shared), within `SPAN_REACH_DAYS`."""
    gap = days_apart(day, span)
    return (day.event_type == span.event_type and same_count(day, span) and gap is not None
            and gap <= SPAN_REACH_DAYS and same_scene(day.location, span.location)
            and (compatible_actors(day, span) or shared_actor(day, span)))


def fold_span_dated_tolls(events: list[Event], roles: list[Roles],
                          min_confidence: float = 0.0) -> tuple[list[Event], list[Roles]]:
    """Fold each span-dated event (`_dated_by_span`) into the first day-dated event the output keeps
    (`min_confidence`) that it repeats (`_repeats`); the day-dated event's day, type, place and sides stand."""
    return fold_matches(
        events, roles,
        kept=lambda k: k.time_precision == DAY_PRECISION and k.confidence >= min_confidence,
        folded=lambda e: _dated_by_span(e) and e.fatalities.best is not None,
        match=_repeats,
        keep_scene=True)
