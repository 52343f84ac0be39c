"""Event queries over incidents (the merged, served events) and one incident with its evidence."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from marsad.errors import InputError
from marsad.model.vocab import ACLED_TYPES
from marsad.pipeline import check_date
from marsad.store.db import Store, unpack
from marsad.store.search import match_clause

INCIDENT_COLUMNS = (
    "uid", "event_date", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
    "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "country",
    "iso2", "admin1", "admin2", "admin3", "location", "lat", "lon", "geo_precision", "fatalities", "fat_best",
    "fat_low", "fat_high", "sources", "n_docs", "n_sources", "notes",
)  # fmt: skip


def incident_row(values: Iterable[Any]) -> dict[str, Any]:
    """An incident as a dict of INCIDENT_COLUMNS; SQLite's 0/1 becomes the boolean marsad/1 uses,
    so JSONL, GeoJSON and `events --format json` say `false` as the documents' events do."""
    row = dict(zip(INCIDENT_COLUMNS, values, strict=True))
    row["civilian_targeting"] = bool(row["civilian_targeting"])
    return row


@dataclass(frozen=True)
class Filters:
    """What `marsad events` filters on; every field is optional."""

    date_from: str | None = None
    date_to: str | None = None
    country: str | None = None
    admin1: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # min lon, min lat, max lon, max lat
    type: str | None = None
    actor: str | None = None
    source: str | None = None
    q: str | None = None
    limit: int | None = 100


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """`minlon,minlat,maxlon,maxlat` (GeoJSON order) into four floats, or InputError."""
    if not value:
        return None
    try:
        parts = tuple(float(x) for x in value.split(","))
    except ValueError:
        parts = ()
    if len(parts) != 4 or parts[0] > parts[2] or parts[1] > parts[3]:
        raise InputError(f"--bbox: {value!r} is not minlon,minlat,maxlon,maxlat")
    return parts  # type: ignore[return-value]


def country_code(value: str) -> str:
    """ISO alpha-2 code of a country given by code or by its English, French or Arabic name."""
    from marsad.gazetteer.countries import countries

    v = value.strip()
    if len(v) == 2 and v.upper() in countries():
        return v.upper()
    key = v.casefold()
    for c in countries().values():
        if key in (c.name.casefold(), c.name_fr.casefold(), c.name_ar, c.iso3.casefold()):
            return c.iso2
    raise InputError(f"--country: unknown country {value!r}; give an ISO code such as SY or an English name")


def _like(s: str) -> str:
    return "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def where(f: Filters, actors: list[str] | None = None, dense_actors: bool = False) -> tuple[str, list[Any]]:
    """The WHERE clause and its parameters; `actors` are the stored names that match `f.actor`,
    tested per row (EXISTS) when many incidents have them, else gathered once (IN)."""
    conds: list[str] = []
    args: list[Any] = []
    if f.date_from:
        conds.append("i.event_date >= ?")
        args.append(check_date(f.date_from, "--from"))
    if f.date_to:
        conds.append("i.event_date <= ?")
        args.append(check_date(f.date_to, "--to"))
    if f.country:
        conds.append("i.iso2 = ?")
        args.append(country_code(f.country))
    if f.admin1:
        conds.append("i.admin1 = ?")
        args.append(f.admin1)
    if f.bbox:
        box = "min_lon >= ? AND max_lon <= ? AND min_lat >= ? AND max_lat <= ?"
        conds.append(f"i.id IN (SELECT id FROM incidents_rtree WHERE {box})")
        args += [f.bbox[0], f.bbox[2], f.bbox[1], f.bbox[3]]
    if f.type:
        conds.append("i.event_type = ?" if f.type in ACLED_TYPES else "i.sub_event_type = ?")
        args.append(f.type)
    if actors is not None:
        marks = ",".join("?" * len(actors)) or "NULL"
        if dense_actors:
            conds.append(f"EXISTS (SELECT 1 FROM incident_actors a WHERE a.incident_id = i.id AND a.actor IN ({marks}))")
        else:
            conds.append(f"i.id IN (SELECT incident_id FROM incident_actors WHERE actor IN ({marks}))")
        args += actors
    if f.source:
        conds.append("i.sources LIKE ? ESCAPE '\\'")
        args.append(_like(f.source))
    if f.q:
        cond, param = match_clause(f.q)
        docs = f"SELECT d.id FROM documents d WHERE {cond}"
        conds.append(f"i.id IN (SELECT incident_id FROM incident_docs WHERE doc_id IN ({docs}))")
        args.append(param)
    return (" WHERE " + " AND ".join(conds)) if conds else "", args


#: From this many matches on a filter is "dense": scan incidents newest first and stop at the limit.
DENSE = 300


def matching_actors(conn: sqlite3.Connection, actor: str) -> list[str]:
    """Stored actor names containing `actor` (case-insensitive); the names table is small."""
    rows = conn.execute("SELECT actor FROM actor_names WHERE actor LIKE ? ESCAPE '\\'", (_like(actor.casefold()),))
    return [r[0] for r in rows]


def ordered_index(f: Filters) -> str:
    """The (key, event_date) index that serves an equality filter already in date order."""
    if f.country:
        return "incidents_country_date"
    if f.admin1:
        return "incidents_admin1"
    if f.type:
        return "incidents_type" if f.type in ACLED_TYPES else "incidents_subtype"
    return "incidents_date"


def query_incidents(store: Store | sqlite3.Connection, f: Filters, with_claims: bool = False) -> list[dict[str, Any]]:
    """Incidents matching the filters, newest first; `with_claims` adds each incident's
    `fatalities_claims` (best/low/high, who claimed each, every source's figure).

    A filtered query with a limit first counts its matches up to DENSE through the filters'
    own indexes.  Few matches are fetched and sorted; many are read off the date index newest
    first, which stops after `limit` rows.  Either way no query sorts tens of thousands of rows.
    """
    conn = store.conn if isinstance(store, Store) else store
    rows = _query(conn, f)
    if with_claims and rows:
        claims: dict[str, str] = {}
        uids = [r["uid"] for r in rows]
        for i in range(0, len(uids), 500):
            part = uids[i : i + 500]
            sql = f"SELECT uid, fat_claims FROM incidents WHERE uid IN ({','.join('?' * len(part))})"
            claims.update({u: c for u, c in conn.execute(sql, part)})
        for r in rows:
            r["fatalities_claims"] = json.loads(claims.get(r["uid"]) or "{}")
    return rows


def _query(conn: sqlite3.Connection, f: Filters) -> list[dict[str, Any]]:
    actors = matching_actors(conn, f.actor) if f.actor else None
    if actors == []:
        return []
    dense_actors = False
    if actors:
        marks = ",".join("?" * len(actors))
        probe = f"SELECT count(*) FROM (SELECT 1 FROM incident_actors WHERE actor IN ({marks}) LIMIT {DENSE})"
        dense_actors = conn.execute(probe, actors).fetchone()[0] >= DENSE
    clause, args = where(f, actors, dense_actors)
    cols = ", ".join("i." + c for c in INCIDENT_COLUMNS)
    order = " ORDER BY i.event_date DESC, i.id DESC"
    others = (f.date_from, f.date_to, f.country, f.admin1, f.bbox, f.type, f.source, f.q)
    only_actor = dense_actors and not any(others)  # known dense: no need to count
    if clause and f.limit and not only_actor:
        probe = f"SELECT count(*) FROM (SELECT 1 FROM incidents i{clause} LIMIT {DENSE})"
        if conn.execute(probe, args).fetchone()[0] < DENSE:
            rows = conn.execute(f"SELECT {cols}, i.id FROM incidents i{clause}", args).fetchall()
            rows.sort(key=lambda r: (r[1] or "", r[-1]), reverse=True)
            return [incident_row(r[:-1]) for r in rows[: f.limit]]
        sql = f"SELECT {cols} FROM incidents i INDEXED BY {ordered_index(f)}{clause}{order} LIMIT ?"
    else:
        sql = f"SELECT {cols} FROM incidents i{clause}{order}" + (" LIMIT ?" if f.limit else "")
    params = [*args, f.limit] if f.limit else args
    return [incident_row(r) for r in conn.execute(sql, params)]


def incident_detail(store: Store, uid: str) -> dict[str, Any]:
    """One incident with its fatalities claims and, per report, the document and quoted evidence."""
    row = store.conn.execute("SELECT * FROM incidents WHERE uid = ?", (uid,)).fetchone()
    if row is None:
        raise InputError(f"no incident {uid!r} in {store.path}")
    out = incident_row(row[c] for c in INCIDENT_COLUMNS)
    out["fatalities_claims"] = json.loads(row["fat_claims"] or "{}")
    reports = []
    for ev in store.conn.execute(
        "SELECT e.json, e.doc_id, d.uid, d.title, d.url, d.published, d.text, s.name AS source FROM incident_events ie"
        " JOIN events e ON e.id = ie.event_row JOIN documents d ON d.id = e.doc_id LEFT JOIN sources s ON s.id = d.source_id"
        " WHERE ie.incident_id = ? ORDER BY e.id",
        (row["id"],),
    ):
        event = unpack(ev["json"])
        text = ev["text"]
        claims = [
            {
                "id": c["claim_id"], "source": c["source_canonical"] or c["source_text"], "modality": c["modality"],
                "quote": text[c["start"] : c["end"]],
            }
            for c in store.conn.execute(
                'SELECT claim_id, source_text, source_canonical, modality, start, "end", events FROM claims'
                " WHERE doc_id = ? AND run_id = (SELECT current_run FROM documents WHERE id = ?)",
                (ev["doc_id"], ev["doc_id"]),
            )
            if c["claim_id"] in event.get("claims", []) or event["id"] in json.loads(c["events"] or "[]")
        ]  # fmt: skip
        evidence = [text[s["start"] : s["end"]] for s in event.get("evidence") or []]
        if not evidence and event.get("trigger"):
            trig = event["trigger"]
            evidence = [text[trig["start"] : trig["end"]]]
        reports.append({
            "document": ev["uid"], "title": ev["title"], "url": ev["url"], "published": ev["published"],
            "source": ev["source"], "event": event, "claims": claims, "evidence": evidence,
        })  # fmt: skip
    out["reports"] = reports
    return out
