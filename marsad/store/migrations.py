"""Named, idempotent schema migrations: each runs once, in order, and is recorded by name.

A migration is never edited after it ships; a change to the schema is a new named step, so a
database made by any earlier version upgrades in place.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "0001_documents",
        """
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            kind TEXT,
            url TEXT
        );
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL UNIQUE,
            ext_id TEXT,
            source_id INTEGER REFERENCES sources(id),
            url TEXT,
            title TEXT,
            published TEXT,
            retrieved TEXT NOT NULL,
            lang TEXT,
            text TEXT NOT NULL,
            norm_text TEXT NOT NULL,
            origin TEXT,
            processed_fp TEXT,
            current_run INTEGER,
            dup_of INTEGER
        );
        CREATE INDEX documents_unprocessed ON documents(processed_fp);
        CREATE INDEX documents_published ON documents(published);
        CREATE VIRTUAL TABLE documents_fts USING fts5(
            norm_text, content='documents', content_rowid='id', tokenize='trigram'
        );
        """,
    ),
    (
        "0002_runs_and_results",
        """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            started TEXT NOT NULL,
            finished TEXT,
            fingerprint TEXT NOT NULL,
            config TEXT NOT NULL,
            versions TEXT NOT NULL,
            n_docs INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE results (
            doc_id INTEGER NOT NULL REFERENCES documents(id),
            run_id INTEGER NOT NULL REFERENCES runs(id),
            json TEXT NOT NULL,
            PRIMARY KEY (doc_id, run_id)
        );
        CREATE TABLE entities (
            doc_id INTEGER NOT NULL, run_id INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            label TEXT NOT NULL, canonical TEXT, kb_id TEXT, score REAL
        );
        CREATE INDEX entities_doc ON entities(doc_id, run_id);
        CREATE TABLE places (
            doc_id INTEGER NOT NULL, run_id INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            name TEXT, country TEXT, iso2 TEXT, admin1 TEXT, admin2 TEXT, admin3 TEXT,
            pcode TEXT, geonameid INTEGER, lat REAL, lon REAL, level TEXT, geo_precision INTEGER
        );
        CREATE INDEX places_doc ON places(doc_id, run_id);
        CREATE TABLE claims (
            doc_id INTEGER NOT NULL, run_id INTEGER NOT NULL, claim_id TEXT NOT NULL,
            source_text TEXT, source_canonical TEXT, source_kind TEXT, modality TEXT,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, events TEXT
        );
        CREATE INDEX claims_doc ON claims(doc_id, run_id);
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            doc_id INTEGER NOT NULL, run_id INTEGER NOT NULL, event_id TEXT NOT NULL,
            event_type TEXT, sub_event_type TEXT, event_date TEXT, time_precision INTEGER,
            actor1 TEXT, actor2 TEXT, iso2 TEXT, admin1 TEXT, admin3 TEXT, lat REAL, lon REAL,
            fatalities INTEGER, json TEXT NOT NULL
        );
        CREATE INDEX events_doc ON events(doc_id, run_id);
        """,
    ),
    (
        "0003_incidents",
        """
        CREATE TABLE incidents (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            event_type TEXT, sub_event_type TEXT, disorder_type TEXT,
            event_date TEXT, time_precision INTEGER,
            actor1 TEXT, assoc_actor_1 TEXT, inter1 INTEGER,
            actor2 TEXT, assoc_actor_2 TEXT, inter2 INTEGER, interaction INTEGER,
            civilian_targeting INTEGER NOT NULL DEFAULT 0,
            country TEXT, iso2 TEXT, admin1 TEXT, admin2 TEXT, admin3 TEXT, location TEXT,
            lat REAL, lon REAL, geo_precision INTEGER,
            fatalities INTEGER, fat_best INTEGER, fat_low INTEGER, fat_high INTEGER,
            fat_claims TEXT, notes TEXT, sources TEXT,
            n_events INTEGER, n_docs INTEGER, n_sources INTEGER, updated TEXT
        );
        CREATE INDEX incidents_date ON incidents(event_date);
        CREATE INDEX incidents_country_date ON incidents(iso2, event_date);
        CREATE INDEX incidents_admin1 ON incidents(admin1, event_date);
        CREATE INDEX incidents_type ON incidents(event_type, event_date);
        CREATE INDEX incidents_lon_lat ON incidents(lon, lat);
        CREATE TABLE incident_events (
            incident_id INTEGER NOT NULL REFERENCES incidents(id),
            event_row INTEGER NOT NULL REFERENCES events(id),
            PRIMARY KEY (incident_id, event_row)
        );
        CREATE INDEX incident_events_event ON incident_events(event_row);
        CREATE TABLE incident_docs (
            incident_id INTEGER NOT NULL, doc_id INTEGER NOT NULL,
            PRIMARY KEY (doc_id, incident_id)
        );
        CREATE TABLE incident_actors (
            incident_id INTEGER NOT NULL, actor TEXT NOT NULL
        );
        CREATE INDEX incident_actors_actor ON incident_actors(actor);
        CREATE TABLE duplicates (
            doc_a INTEGER NOT NULL, doc_b INTEGER NOT NULL, jaccard REAL NOT NULL,
            PRIMARY KEY (doc_a, doc_b)
        );
        """,
    ),
    (
        "0004_query_indexes",
        """
        CREATE TABLE actor_names (actor TEXT PRIMARY KEY) WITHOUT ROWID;
        CREATE INDEX incident_actors_incident ON incident_actors(incident_id, actor);
        INSERT OR IGNORE INTO actor_names SELECT DISTINCT actor FROM incident_actors;
        CREATE INDEX incidents_subtype ON incidents(sub_event_type, event_date);
        CREATE VIRTUAL TABLE incidents_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat);
        INSERT INTO incidents_rtree SELECT id, lon, lon, lat, lat FROM incidents WHERE lon IS NOT NULL AND lat IS NOT NULL;
        """,
    ),
    (
        "0005_type_country_indexes",
        """
        CREATE INDEX incidents_subtype_country ON incidents(sub_event_type, iso2, event_date);
        CREATE INDEX incidents_type_country ON incidents(event_type, iso2, event_date);
        """,
    ),
)


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply every migration not yet recorded; return the names applied now."""
    conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied TEXT NOT NULL)")
    done = {r[0] for r in conn.execute("SELECT name FROM migrations")}
    applied = []
    for name, sql in MIGRATIONS:
        if name in done:
            continue
        with conn:
            conn.execute("BEGIN")
            for stmt in _statements(sql):
                conn.execute(stmt)
            conn.execute(
                "INSERT INTO migrations (name, applied) VALUES (?, ?)", (name, dt.datetime.now(dt.UTC).isoformat())
            )
        applied.append(name)
    return applied


def _statements(sql: str) -> list[str]:
    return [s.strip() for s in sql.split(";") if s.strip()]
