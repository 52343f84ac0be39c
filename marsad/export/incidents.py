"""Incident rows (from `marsad.store.query_incidents`) as Events, for the writers that take Events."""

from __future__ import annotations

from typing import Any

from marsad.model import Event, Fatalities, Place

COLUMN_TYPES: dict[str, str] = {
    "uid": "VARCHAR", "event_date": "DATE", "time_precision": "INTEGER", "disorder_type": "VARCHAR",
    "event_type": "VARCHAR", "sub_event_type": "VARCHAR", "actor1": "VARCHAR", "assoc_actor_1": "VARCHAR",
    "inter1": "INTEGER", "actor2": "VARCHAR", "assoc_actor_2": "VARCHAR", "inter2": "INTEGER",
    "interaction": "INTEGER", "civilian_targeting": "BOOLEAN", "country": "VARCHAR", "iso2": "VARCHAR",
    "admin1": "VARCHAR", "admin2": "VARCHAR", "admin3": "VARCHAR", "location": "VARCHAR", "lat": "DOUBLE",
    "lon": "DOUBLE", "geo_precision": "INTEGER", "fatalities": "INTEGER", "fat_best": "INTEGER",
    "fat_low": "INTEGER", "fat_high": "INTEGER", "sources": "VARCHAR", "n_docs": "INTEGER", "n_sources": "INTEGER",
    "notes": "VARCHAR",
}  # fmt: skip


def incident_event(row: dict[str, Any]) -> Event:
    """The coded Event of an incident row; fatalities.best is ACLED's conservative figure."""
    loc = None
    if row.get("location") or row.get("lat") is not None:
        loc = Place(
            0, 0, "", row.get("location") or "", country=row.get("country"), iso2=row.get("iso2"),
            admin1=row.get("admin1"), admin2=row.get("admin2"), admin3=row.get("admin3"), lat=row.get("lat"),
            lon=row.get("lon"), geo_precision=row.get("geo_precision") or 1,
        )  # fmt: skip
    return Event(
        id=row["uid"], event_type=row.get("event_type") or "", sub_event_type=row.get("sub_event_type") or "",
        disorder_type=row.get("disorder_type") or "", event_date=row.get("event_date"),
        time_precision=row.get("time_precision"), actor1=row.get("actor1"), assoc_actor_1=row.get("assoc_actor_1"),
        inter1=row.get("inter1"), actor2=row.get("actor2"), assoc_actor_2=row.get("assoc_actor_2"),
        inter2=row.get("inter2"), interaction=row.get("interaction"),
        civilian_targeting=bool(row.get("civilian_targeting")), location=loc,
        fatalities=Fatalities(best=row.get("fatalities"), low=row.get("fat_low"), high=row.get("fat_high")),
        sources=tuple(s for s in (row.get("sources") or "").split("; ") if s), notes=row.get("notes") or "",
    )  # fmt: skip
