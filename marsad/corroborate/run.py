"""Corroboration over a store: flag near-duplicate documents, then rebuild the incidents.

Incidents are recomputed from the current events of every document on each call, inside one
transaction, so a reprocessed document or a new report reshapes them without leftovers.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass

from marsad.corroborate.merge import Incident, MergeConfig, Report, merge
from marsad.corroborate.near_dup import near_duplicates
from marsad.model import Event
from marsad.store.db import Store, now, unpack
from marsad.store.runs import current_events

log = logging.getLogger(__name__)


@dataclass
class CorroborationStats:
    documents: int = 0
    near_duplicate_pairs: int = 0
    events: int = 0
    incidents: int = 0
    merged_incidents: int = 0
    cross_source_incidents: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


def flag_near_duplicates(store: Store, threshold: float = 0.8) -> int:
    """Recompute the `duplicates` pairs and `documents.dup_of` (the earliest copy); return the pair count."""
    rows = store.conn.execute("SELECT id, norm_text FROM documents ORDER BY id")
    pairs = near_duplicates(((int(r[0]), r[1]) for r in rows), threshold=threshold)
    first: dict[int, int] = {}
    for a, b, _ in pairs:
        first[b] = min(first.get(b, a), first.get(a, a))
    with store.transaction() as conn:
        conn.execute("DELETE FROM duplicates")
        conn.executemany("INSERT INTO duplicates (doc_a, doc_b, jaccard) VALUES (?, ?, ?)", pairs)
        conn.execute("UPDATE documents SET dup_of = NULL WHERE dup_of IS NOT NULL")
        conn.executemany("UPDATE documents SET dup_of = ? WHERE id = ?", [(a, b) for b, a in first.items()])
    return len(pairs)


def load_reports(store: Store) -> list[Report]:
    uid_of = {int(r[0]): r[1] for r in store.conn.execute("SELECT id, uid FROM documents")}
    reports = []
    for row in current_events(store):
        ev = Event.from_dict(unpack(row["json"]))
        reports.append(
            Report(
                key=int(row["id"]),
                doc=row["doc_uid"],
                source=row["source_name"] or row["doc_uid"],
                event=ev,
                published=row["published"],
                dup_of=uid_of.get(row["dup_of"]) if row["dup_of"] is not None else None,
            )
        )
    return reports


def write_incidents(store: Store, incidents: list[Incident]) -> None:
    """Replace the incidents table with `incidents` in one transaction."""
    stamp = now()
    doc_ids = {r[1]: int(r[0]) for r in store.conn.execute("SELECT id, uid FROM documents")}
    with store.transaction() as conn:
        for table in ("incident_events", "incident_docs", "incident_actors", "actor_names", "incidents_rtree", "incidents"):
            conn.execute(f"DELETE FROM {table}")
        for inc in incidents:
            iid = insert_incident(conn, inc, stamp)
            conn.executemany("INSERT INTO incident_events VALUES (?, ?)", [(iid, r.key) for r in inc.reports])
            conn.executemany(
                "INSERT OR IGNORE INTO incident_docs VALUES (?, ?)", [(iid, doc_ids[d]) for d in inc.docs if d in doc_ids]
            )


def insert_incident(conn: sqlite3.Connection, inc: Incident, stamp: str) -> int:
    """One incidents row (and its actor index rows) from a coded incident; return its row id."""
    ev = inc.event
    assert ev is not None
    loc = ev.location
    fat = inc.fatalities
    cur = conn.execute(
        "INSERT INTO incidents (uid, event_type, sub_event_type, disorder_type, event_date, time_precision, actor1,"
        " assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction, civilian_targeting, country, iso2, admin1,"
        " admin2, admin3, location, lat, lon, geo_precision, fatalities, fat_best, fat_low, fat_high, fat_claims, notes,"
        " sources, n_events, n_docs, n_sources, updated) VALUES (" + ",".join("?" * 34) + ")",
        (
            inc.uid, ev.event_type, ev.sub_event_type, ev.disorder_type, ev.event_date, ev.time_precision, ev.actor1,
            ev.assoc_actor_1, ev.inter1, ev.actor2, ev.assoc_actor_2, ev.inter2, ev.interaction,
            int(ev.civilian_targeting), loc.country if loc else None, loc.iso2 if loc else None,
            loc.admin1 if loc else None, loc.admin2 if loc else None, loc.admin3 if loc else None,
            loc.name if loc else None, loc.lat if loc else None, loc.lon if loc else None,
            loc.geo_precision if loc else None, fat.acled, fat.best, fat.low, fat.high,
            json.dumps(fat.to_dict(), ensure_ascii=False), inc.notes, "; ".join(inc.sources),
            len(inc.reports), len(inc.docs), inc.independent_sources, stamp,
        ),
    )  # fmt: skip
    actors = {a.casefold() for a in (ev.actor1, ev.actor2, ev.assoc_actor_1, ev.assoc_actor_2) if a}
    actors |= {a.casefold() for r in inc.reports for a in (r.event.actor1, r.event.actor2) if a}
    iid = int(cur.lastrowid or 0)
    conn.executemany("INSERT INTO incident_actors VALUES (?, ?)", [(iid, a) for a in sorted(actors)])
    conn.executemany("INSERT OR IGNORE INTO actor_names VALUES (?)", [(a,) for a in sorted(actors)])
    if loc and loc.lat is not None and loc.lon is not None:
        conn.execute("INSERT INTO incidents_rtree VALUES (?, ?, ?, ?, ?)", (iid, loc.lon, loc.lon, loc.lat, loc.lat))
    return iid


def corroborate(store: Store, cfg: MergeConfig | None = None, dup_threshold: float = 0.8) -> CorroborationStats:
    """Flag near-duplicates, merge the current events into incidents and store them."""
    stats = CorroborationStats(documents=store.count("documents"))
    stats.near_duplicate_pairs = flag_near_duplicates(store, dup_threshold)
    reports = load_reports(store)
    incidents = merge(reports, cfg)
    write_incidents(store, incidents)
    store.conn.execute("PRAGMA optimize")
    stats.events = len(reports)
    stats.incidents = len(incidents)
    stats.merged_incidents = sum(1 for i in incidents if len(i.reports) > 1)
    stats.cross_source_incidents = sum(1 for i in incidents if len({r.source for r in i.reports}) > 1)
    return stats
