"""ACLED actor names carry the period of a government: "Military Forces of Syria (2024-)" is Syria's
army under the government that took power in December 2024.  An event dated outside a name's period
needs the name of its own period, or no period at all rather than a wrong one.

The knowledge base holds the current names.  `earlier_periods` in `generic_actors.json` lists the
closed periods ACLED names that the project could check (Syria 2000-2024, Israel 2009-2021, the United
States 2017-2021, Yemen 2012-2022); an event in one of them takes that name.  Otherwise the period is dropped, and with
it a government's own name that follows it (Presidential Leadership Council, Government of National
Unity), while a unit (Popular Mobilization Forces, Peshmerga) stays.  "Military Forces of Yemen (2022-)
Presidential Leadership Council" on a 2018 event becomes "Military Forces of Yemen (2012-2022)", and
"Military Forces of Iraq (2022-) Popular Mobilization Forces" "Military Forces of Iraq Popular Mobilization
Forces".
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from marsad.model import Event

_PERIOD = re.compile(r"\s*\((\d{4})-(\d{4})?\)\s*")
#: Names of the government a period belongs to, written after the period: they go with it.
_GOVERNMENT_SUFFIX = re.compile(r"^(?:Presidential Leadership Council|Government of National Unity)(?:\s+-\s+)?")


def _split(name: str) -> tuple[str, int, int | None, str] | None:
    """(base, first year, last year or None, what follows the period) of a dated ACLED name."""
    m = _PERIOD.search(name)
    if not m:
        return None
    last = int(m.group(2)) if m.group(2) else None
    return name[: m.start()], int(m.group(1)), last, name[m.end() :].strip()


@lru_cache(maxsize=1)
def _earlier() -> dict[tuple[str, str], list[tuple[int, int | None, str]]]:
    """Closed-period names by (base, suffix)."""
    data = json.loads(resources.files("marsad.lexicons").joinpath("generic_actors.json").read_text(encoding="utf-8"))
    out: dict[tuple[str, str], list[tuple[int, int | None, str]]] = {}
    for name in data.get("earlier_periods", []):
        parts = _split(name)
        if parts:
            base, first, last, suffix = parts
            out.setdefault((base, _GOVERNMENT_SUFFIX.sub("", suffix)), []).append((first, last, name))
    return out


def in_period(name: str, date: str | None) -> str:
    """`name` as ACLED writes it for an event on `date` (YYYY-MM-DD; undated events keep the name)."""
    parts = _split(name)
    if parts is None or not date or not date[:4].isdigit():
        return name
    base, first, last, suffix = parts
    year = int(date[:4])
    if first <= year and (last is None or year <= last):
        return name
    unit = _GOVERNMENT_SUFFIX.sub("", suffix)
    for a, b, earlier in _earlier().get((base, unit), ()):
        if a <= year and (b is None or year <= b):
            return earlier
    return f"{base} {unit}".strip()


def dated_actors(e: Event) -> Event:
    """`e` with each actor name in the period of its date (names set after assembly, by `sides`, included)."""
    names = {k: getattr(e, k) for k in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")}
    fixed = {k: in_period(v, e.event_date) for k, v in names.items() if v}
    changed = {k: v for k, v in fixed.items() if v != names[k]}
    return replace(e, **changed) if changed else e
