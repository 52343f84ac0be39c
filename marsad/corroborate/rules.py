"""When two reported events are the same incident: type family, dates, places and actors.

Each rule is a small pure function so that tests can pin it down and the merger can say which
rule kept two reports apart.
"""

from __future__ import annotations

import calendar
import datetime as dt

from marsad.gazetteer.distance import km
from marsad.model import Event, Place

FAMILIES = {
    "Battles": "armed",
    "Explosions/Remote violence": "armed",
    "Violence against civilians": "civilians",
    "Protests": "demonstrations",
    "Riots": "demonstrations",
}


def type_family(event: Event) -> str:
    """Armed conflict, violence against civilians, demonstrations; strategic developments by sub-type."""
    fam = FAMILIES.get(event.event_type)
    if fam:
        return fam
    return f"{event.event_type}:{event.sub_event_type}"


def date_interval(date: str | None, precision: int | None, slack_days: int = 1) -> tuple[dt.date, dt.date] | None:
    """The days a date may mean at its precision (1 day, 2 week, 3 month), widened by `slack_days`."""
    if not date:
        return None
    try:
        d = dt.date.fromisoformat(date[:10])
    except ValueError:
        return None
    if precision == 3:
        last = calendar.monthrange(d.year, d.month)[1]
        return _shift(d.replace(day=1), -slack_days), _shift(d.replace(day=last), slack_days)
    if precision == 2:
        return _shift(d, -6 - slack_days), _shift(d, 6 + slack_days)
    return _shift(d, -slack_days), _shift(d, slack_days)


def _shift(d: dt.date, days: int) -> dt.date:
    """`d` moved by `days`, held at the calendar's ends: a window reaching past 0001-01-01 or
    9999-12-31 (a report dated there) stops at them rather than raising OverflowError."""
    return dt.date.fromordinal(min(max(d.toordinal() + days, 1), dt.date.max.toordinal()))


def dates_agree(a: tuple[dt.date, dt.date] | None, b: tuple[dt.date, dt.date] | None) -> bool:
    return a is not None and b is not None and a[0] <= b[1] and b[0] <= a[1]


def _key(p: Place) -> tuple[str, ...]:
    return tuple((x or "").casefold() for x in (p.iso2, p.admin1, p.admin2, p.admin3))


COARSE_LEVELS = frozenset({"country", "region", "admin1"})


def coarse(p: Place) -> bool:
    """A place coded to a large area's centre: two such reports share a point without sharing a place."""
    return p.level in COARSE_LEVELS or p.geo_precision >= 3


def places_agree(a: Place | None, b: Place | None, max_km: float = 10.0) -> bool:
    """Same admin3 (within the same admin1/admin2 and country), or points within `max_km`.

    A place known only to the province, region or country agrees with nothing: "in Syria" on the
    same day is not evidence of the same incident.
    """
    if a is None or b is None or coarse(a) or coarse(b):
        return False
    if a.admin3 and b.admin3 and _key(a) == _key(b):
        return True
    if None not in (a.lat, a.lon, b.lat, b.lon):
        return km(a.lat, a.lon, b.lat, b.lon) <= max_km  # type: ignore[arg-type]
    return bool(a.name) and a.name == b.name and a.iso2 == b.iso2 and a.level == b.level


def actor_key(name: str | None) -> str:
    """A comparable form of an actor name; "" for an unnamed side, and ACLED's "Unidentified …"
    placeholders count as unnamed: a later report naming the group is the same incident."""
    if not name or name.startswith("Unidentified"):
        return ""
    return " ".join(name.casefold().replace("(", " ").replace(")", " ").split())


def _same_actor(x: str, y: str) -> bool:
    return x == y or x.startswith(y) or y.startswith(x)


def actors_compatible(a: Event, b: Event) -> bool:
    """True unless the two reports name different parties: the named sides of one must be
    found among those of the other (either way), so an unnamed side never blocks a merge but
    army-versus-A and army-versus-B at one place on one day stay two incidents."""
    sa = [k for k in (actor_key(a.actor1), actor_key(a.actor2)) if k]
    sb = [k for k in (actor_key(b.actor1), actor_key(b.actor2)) if k]
    small, big = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    return all(any(_same_actor(x, y) for y in big) for x in small)


def shared_actor(a: Event, b: Event) -> bool:
    """The two reports name at least one common party."""
    sa = [k for k in (actor_key(a.actor1), actor_key(a.actor2)) if k]
    sb = [k for k in (actor_key(b.actor1), actor_key(b.actor2)) if k]
    return any(_same_actor(x, y) for x in sa for y in sb)


TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
GROUND_FIGHT = TERRITORY | {"Armed clash"}


def subtypes_agree(a: Event, b: Event) -> bool:
    """Reports typed differently may still tell one incident (قصف for one outlet, غارة for another)
    when they name a common party.  Ground taken is the exception: the army that takes a town
    also shells the next one, so in one offensive "the Syrian army" is in every report, and a
    capture joins only another capture or the fighting for the ground (ACLED codes the strikes
    before it as events of their own).  Outside a clash the party must hold the same side in both
    (`same_side`): a war's two sides are named in all its reports, and "coalition strikes on the
    Houthis" and "a Houthi mine against the coalition" are two incidents; in a clash the order of
    the sides means little, so a clash needs only a party in common."""
    if a.sub_event_type == b.sub_event_type:
        return True
    if (a.sub_event_type in TERRITORY or b.sub_event_type in TERRITORY) and not (
            a.sub_event_type in GROUND_FIGHT and b.sub_event_type in GROUND_FIGHT):
        return False
    return same_side(a, b)


_UNITS = frozenset({"admin1", "admin2"})


def same_unit_same_day(a: Event, b: Event) -> bool:
    """Two reports placed only at one province or district ("قطاع غزة"), of one sub-type, on one day
    they both give to the day, with a party in common: ACLED codes one event per type, sides,
    place and day, so these are one even though the place is coarse.  (Two strikes a report puts
    at different towns stay apart: each is placed finer.)  A country or region still agrees with
    nothing: "in Syria" on one day is not evidence of one incident."""
    pa, pb = a.location, b.location
    if pa is None or pb is None or pa.level not in _UNITS or pa.level != pb.level:
        return False
    return (_key(pa) == _key(pb) and a.sub_event_type == b.sub_event_type
            and a.time_precision == b.time_precision == 1 and a.event_date == b.event_date
            and a.event_date is not None and shared_actor(a, b))


def vague_date_agree(a: Event, a_precision: int, b: Event, b_precision: int) -> bool:
    """A report dated only to the week or the month ("الأسبوع الماضي", "هذا الشهر") is mostly a
    background line of a later story, and its window (two to five weeks) holds many incidents of one
    family at one town in any campaign: agreeing dates and places are no evidence there.  It joins
    only a report of its own sub-type that names a common party."""
    if max(a_precision, b_precision) < 2:
        return True
    return a.sub_event_type == b.sub_event_type and shared_actor(a, b)


def inside(unit: Place, p: Place) -> bool:
    """`p`, placed finer than a province or district, lies in the unit `unit` names."""
    ku, kp = _key(unit), _key(p)
    if coarse(p) or not ku[1] or ku[:2] != kp[:2]:
        return False
    return unit.level == "admin1" or (bool(ku[2]) and ku[2] == kp[2])


def same_side(a: Event, b: Event) -> bool:
    """The two reports name a common party on the same side: the doer in both or the target in both.
    In an armed clash (either report's) the order of the two sides means little, so there either side will do."""
    if "Armed clash" in (a.sub_event_type, b.sub_event_type):
        return shared_actor(a, b)
    return any(
        actor_key(x) and actor_key(y) and _same_actor(actor_key(x), actor_key(y))
        for x, y in ((a.actor1, b.actor1), (a.actor2, b.actor2))
    )


def inside_unit_same_day(unit: Event, fine: Event) -> bool:
    """A report placed only at a province or district ("قطاع غزة") and a report placed at a town
    inside it, of one sub-type, on one day both give to the day, with a party in common on the
    same side (`same_side`: the army's air strikes across a province are not strikes on the army in
    its city).  ACLED codes one event per type, sides, place and day, and the province line is
    often the same incident told from afar; but a province holds many towns, so the merger also
    asks that this be the only such incident it knows there that day (`merge.join_inside_units`)."""
    pu, pf = unit.location, fine.location
    if pu is None or pf is None or pu.level not in _UNITS or not inside(pu, pf):
        return False
    return (unit.sub_event_type == fine.sub_event_type and unit.time_precision == fine.time_precision == 1
            and unit.event_date == fine.event_date and unit.event_date is not None and same_side(unit, fine))
