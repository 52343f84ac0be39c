"""Merging per-document events into incidents that keep every source's claims.

Reports are blocked by type family and country, swept in date order, and joined to an open
incident only when they agree with every report already in it (dates within their precision,
same admin3 or within 10 km, compatible actors) and come from another document: one report may
hold several incidents, and two incidents at one place on one day can differ by actors.  Within
a type family, reports of different sub-types (a clash and a shelling) merge only when they
name a common actor (on the same side, unless one is a clash): with no named party, "something
violent in Duma that week" is too little.
A report dated only to the week or month needs its own sub-type and a named party in common.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from marsad.corroborate.fatalities import Combined, Figure, combine, disagreement
from marsad.corroborate.rules import (
    actors_compatible,
    coarse,
    date_interval,
    dates_agree,
    inside,
    inside_unit_same_day,
    places_agree,
    same_unit_same_day,
    subtypes_agree,
    type_family,
    vague_date_agree,
)
from marsad.model import Event, Place
from marsad.model.vocab import interaction

#: ACLED's name for a side the sources do not name.
UNNAMED = "Unidentified"


@dataclass(frozen=True)
class Report:
    """One event as one document reports it."""

    key: int  # the event row in the store (or any unique number in tests)
    doc: str  # document uid
    source: str  # who reports it (outlet, or the claim's source)
    event: Event
    published: str | None = None
    dup_of: str | None = None  # uid of the document this one nearly duplicates

    @property
    def date(self) -> str | None:
        return self.event.event_date or self.published

    @property
    def precision(self) -> int:
        if self.event.event_date:
            return self.event.time_precision or 1
        return 2

    def interval(self, slack: int) -> tuple[dt.date, dt.date] | None:
        return date_interval(self.date, self.precision, slack)

    def claimants(self) -> tuple[str, ...]:
        return self.event.fatalities.claimed_by or self.event.sources or (self.source,)


@dataclass
class Incident:
    """Reports judged to be one incident, plus the coded values read across them."""

    reports: list[Report] = field(default_factory=list)
    uid: str = ""
    event: Event | None = None
    fatalities: Combined = field(default_factory=Combined)
    notes: str = ""

    @property
    def docs(self) -> set[str]:
        return {r.doc for r in self.reports}

    @property
    def sources(self) -> list[str]:
        return list(dict.fromkeys(s for r in self.reports for s in (r.event.sources or (r.source,)) if s))

    @property
    def independent_sources(self) -> int:
        """Distinct sources, not counting documents that nearly duplicate another one."""
        return len({r.source for r in self.reports if r.dup_of is None}) or 1


@dataclass(frozen=True)
class MergeConfig:
    day_slack: int = 1
    max_km: float = 10.0


def compatible(inc: Incident, r: Report, cfg: MergeConfig) -> bool:
    """Every report already in the incident agrees with `r`.  The date slack widens one side
    only, so two day-precise reports agree when at most `day_slack` days apart."""
    if r.doc in inc.docs:
        return False
    ri = r.interval(cfg.day_slack)
    for o in inc.reports:
        if not dates_agree(ri, o.interval(0)):
            return False
        if not (places_agree(r.event.location, o.event.location, cfg.max_km) or same_unit_same_day(r.event, o.event)):
            return False
        if not actors_compatible(r.event, o.event):
            return False
        if not subtypes_agree(r.event, o.event):
            return False
        if not vague_date_agree(r.event, r.precision, o.event, o.precision):
            return False
    return True


def merge(reports: list[Report], cfg: MergeConfig | None = None) -> list[Incident]:
    """Group reports into incidents; every report lands in exactly one incident."""
    cfg = cfg or MergeConfig()
    blocks: dict[tuple[str, str], list[Report]] = defaultdict(list)
    alone: list[Report] = []
    for r in reports:
        loc = r.event.location
        if loc is None or r.interval(cfg.day_slack) is None:
            alone.append(r)
            continue
        blocks[(type_family(r.event), loc.iso2 or loc.country or loc.name)].append(r)
    incidents: list[Incident] = [Incident([r]) for r in alone]
    for block in blocks.values():
        block.sort(key=lambda r: (r.interval(cfg.day_slack)[0], r.key))  # type: ignore[index]
        open_: list[tuple[dt.date, Incident]] = []
        for r in block:
            lo, hi = r.interval(cfg.day_slack)  # type: ignore[misc]
            open_ = [(h, inc) for h, inc in open_ if h >= lo]
            fits = [i for i, (_, inc) in enumerate(open_) if compatible(inc, r, cfg)]
            if fits:
                best = max(fits, key=lambda i: (affinity(open_[i][1], r), -i))
                h, inc = open_[best]
                inc.reports.append(r)
                open_[best] = (min(h, hi), inc)
            else:
                inc = Incident([r])
                open_.append((hi, inc))
                incidents.append(inc)
    incidents = join_inside_units(incidents)
    for inc in incidents:
        code(inc)
    incidents.sort(key=lambda i: (i.event.event_date or "" if i.event else "", i.uid))
    return incidents


def _unit_only(inc: Incident) -> Place | None:
    """The province or district every report of `inc` is placed at, when none is finer."""
    locs = [r.event.location for r in inc.reports]
    if any(p is None or p.level not in ("admin1", "admin2") for p in locs):
        return None
    return locs[0]


def _fine_day_keys(inc: Incident) -> set[tuple[str, str, str]]:
    """(country, day, sub-type) of each report of `inc` placed finer than a district, dated to the day."""
    return {
        ((r.event.location.iso2 or "").casefold(), r.event.event_date, r.event.sub_event_type)
        for r in inc.reports
        if r.event.location and not coarse(r.event.location) and r.event.event_date and r.precision == 1
    }


def _joinable(u: Report, o: Report) -> bool:
    """A province-only report `u` agrees with `o`, a report of the incident it would join."""
    if u.doc == o.doc or not actors_compatible(u.event, o.event):
        return False
    return inside_unit_same_day(u.event, o.event) or same_unit_same_day(u.event, o.event)


def join_inside_units(incidents: list[Incident]) -> list[Incident]:
    """Join each incident placed only at a province or district to the one incident placed at a
    town inside it with its sub-type on its day, when there is exactly one (`inside_unit_same_day`
    for every pair).  With two such incidents (Rafah and Khan Yunis on one Friday) the province
    line may tell either, or both, so it stays alone; a same-document event counts as one too."""
    by_key: dict[tuple[str, str, str], list[Incident]] = defaultdict(list)
    for inc in incidents:
        for k in _fine_day_keys(inc):
            by_key[k].append(inc)
    gone: set[int] = set()
    for u in incidents:
        unit = _unit_only(u)
        ev = u.reports[0].event
        if unit is None or not ev.event_date or u.reports[0].precision != 1:
            continue
        key = ((unit.iso2 or "").casefold(), ev.event_date, ev.sub_event_type)
        cands = [
            f for f in by_key.get(key, [])
            if any(r.event.location and inside(unit, r.event.location) for r in f.reports)
        ]  # fmt: skip
        if len(cands) == 1 and all(_joinable(x, y) for x in u.reports for y in cands[0].reports):
            cands[0].reports.extend(u.reports)
            gone.add(id(u))
    return [i for i in incidents if id(i) not in gone]


def affinity(inc: Incident, r: Report) -> tuple[int, int, int]:
    """How well a report fits an incident it is compatible with: same sub-type, same named
    actors, same date; the best-fitting incident takes the report."""
    ev = r.event
    same_sub = sum(o.event.sub_event_type == ev.sub_event_type for o in inc.reports)
    names = {a for a in (ev.actor1, ev.actor2) if a}
    same_actors = sum(len(names & {a for a in (o.event.actor1, o.event.actor2) if a}) for o in inc.reports)
    same_day = sum(o.date == r.date for o in inc.reports)
    return same_sub, same_actors, same_day


def _pick(values: list[Any]) -> Any:
    vals = [v for v in values if v not in (None, "")]
    return Counter(vals).most_common(1)[0][0] if vals else None


def _rep_score(r: Report) -> tuple[int, int, float, int]:
    loc = r.event.location
    return (loc.geo_precision if loc else 9, r.precision, -r.event.confidence, r.key)


def code(inc: Incident) -> None:
    """Fill the incident's uid, coded event, combined fatalities and notes from its reports."""
    founder = min(inc.reports, key=lambda r: r.key)
    inc.uid = "inc-" + hashlib.sha1(f"{founder.doc}:{founder.event.id}".encode()).hexdigest()[:12]
    rep = min(inc.reports, key=_rep_score)
    evs = [r.event for r in inc.reports]
    etype = _pick([e.event_type for e in evs]) or rep.event.event_type
    sub = _pick([e.sub_event_type for e in evs if e.event_type == etype]) or rep.event.sub_event_type
    others = [r.event for r in sorted(inc.reports, key=lambda r: r.key) if r is not rep]
    actor1, inter1 = _side([rep.event, *others], "actor1", "inter1")
    actor2, inter2 = _side([rep.event, *others], "actor2", "inter2", but=actor1)
    figures = [
        Figure(", ".join(r.claimants()), r.doc, r.event.fatalities.best, r.event.fatalities.low,
               r.event.fatalities.high, r.event.fatalities.text)
        for r in inc.reports
    ]  # fmt: skip
    inc.fatalities = combine(figures)
    notes = [n for n in (disagreement(inc.fatalities), _date_note(inc), _type_note(inc), _actor_note(inc)) if n]
    if len(inc.reports) > 1:
        notes.insert(0, f"Merged from {len(inc.reports)} reports in {len(inc.docs)} documents: {'; '.join(inc.sources)}.")
    inc.notes = " ".join(notes) if len(inc.reports) > 1 else (inc.reports[0].event.notes or "")
    base = rep.event
    inc.event = Event(
        id=inc.uid,
        event_type=etype,
        sub_event_type=sub,
        disorder_type=base.disorder_type if base.event_type == etype else _pick([e.disorder_type for e in evs]),
        plover_type=_pick([e.plover_type for e in evs]),
        plover_mode=_pick([e.plover_mode for e in evs]),
        event_date=rep.date,
        time_precision=rep.precision,
        date_text=base.date_text,
        actor1=actor1,
        assoc_actor_1=base.assoc_actor_1,
        inter1=inter1,
        actor2=actor2,
        assoc_actor_2=base.assoc_actor_2,
        inter2=inter2,
        interaction=interaction(inter1, inter2),
        civilian_targeting=any(e.civilian_targeting for e in evs),
        location=base.location or _first_place(evs),
        claims=tuple(f"{r.doc}:{c}" for r in inc.reports for c in r.event.claims),
        sources=tuple(inc.sources),
        confidence=max(e.confidence for e in evs),
        notes=inc.notes,
    )


def _side(evs: list[Event], actor: str, inter: str, but: str | None = None) -> tuple[str | None, int | None]:
    """One side's actor and its inter code, from the representative report first (`evs[0]`), then the
    name most reports give; a named actor beats ACLED's placeholder for an unnamed one, so a wire's
    "Unidentified Armed Group" does not hide the group another report names."""
    found = [(getattr(e, actor), getattr(e, inter)) for e in evs if getattr(e, actor) and getattr(e, actor) != but]
    if not found:
        return None, None
    counts = Counter(name for name, _ in found)
    first = evs[0]
    return min(found, key=lambda f: (f[0].startswith(UNNAMED), f[0] != getattr(first, actor), -counts[f[0]]))


def _first_place(evs: list[Event]) -> Place | None:
    return next((e.location for e in evs if e.location), None)


def _date_note(inc: Incident) -> str:
    dates = Counter(r.date for r in inc.reports if r.date)
    if len(dates) < 2:
        return ""
    parts = [f"{d} ({', '.join(dict.fromkeys(r.source for r in inc.reports if r.date == d))})" for d in sorted(dates)]
    return f"Reports differ on the date: {'; '.join(parts)}."


def _type_note(inc: Incident) -> str:
    types = {r.event.sub_event_type for r in inc.reports}
    return f"Reports differ on the type: {'; '.join(sorted(types))}." if len(types) > 1 else ""


def _actor_note(inc: Incident) -> str:
    names = {a for r in inc.reports for a in (r.event.actor1, r.event.actor2) if a}
    keys = {a.casefold() for a in names}
    return f"Actors named as: {'; '.join(sorted(names))}." if len(keys) > 2 else ""
