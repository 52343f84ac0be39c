"""Processing stored documents: each `marsad run` is a run row with its config and model versions.

A document counts as processed when a run with the same fingerprint (pipeline config plus model
versions) has read it.  A new model version therefore reprocesses everything, keeps the old
rows as history, and points `documents.current_run` at the newest result, which queries serve.
"""

from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import marsad
from marsad.errors import MarsadError
from marsad.model import Document
from marsad.pipeline import Pipeline
from marsad.store.db import Store, now, pack

log = logging.getLogger(__name__)


def pipeline_versions(nlp: Pipeline) -> dict[str, Any]:
    """marsad's version and whatever each component exposes as `version` or `model_version`."""
    comps: dict[str, Any] = {}
    for spec, comp in nlp._components:
        ver = getattr(comp, "model_version", None) or getattr(comp, "version", None)
        comps[spec.name] = ver if isinstance(ver, str | int | float) else None
    return {"marsad": marsad.__version__, "components": comps}


def fingerprint(config: dict[str, Any], versions: dict[str, Any]) -> str:
    blob = json.dumps({"config": config, "versions": versions}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


@dataclass
class RunStats:
    run_uid: str
    processed: int = 0
    errors: int = 0
    seconds: float = 0.0


def start_run(store: Store, nlp: Pipeline) -> tuple[int, str, str]:
    """Record a run; return (row id, uid, fingerprint)."""
    config, versions = nlp.config(), pipeline_versions(nlp)
    fp = fingerprint(config, versions)
    uid = "run-" + uuid.uuid4().hex[:12]
    with store.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO runs (uid, started, fingerprint, config, versions) VALUES (?, ?, ?, ?, ?)",
            (uid, now(), fp, json.dumps(config, ensure_ascii=False), json.dumps(versions, ensure_ascii=False)),
        )
    return int(cur.lastrowid or 0), uid, fp


def save_result(conn: sqlite3.Connection, doc_row: int, run_id: int, doc: Document) -> None:
    """Write one document's extraction under `run_id` (inside the caller's transaction)."""
    d = doc.to_dict()
    d.pop("text", None)
    conn.execute(
        "INSERT OR REPLACE INTO results (doc_id, run_id, json) VALUES (?, ?, ?)",
        (doc_row, run_id, pack(d)),
    )
    conn.executemany(
        'INSERT INTO entities (doc_id, run_id, start, "end", text, label, canonical, kb_id, score) VALUES (?,?,?,?,?,?,?,?,?)',
        [(doc_row, run_id, e.start, e.end, e.text, e.label, e.canonical, e.kb_id, e.score) for e in doc.entities],
    )
    conn.executemany(
        'INSERT INTO places (doc_id, run_id, start, "end", text, name, country, iso2, admin1, admin2, admin3, pcode,'
        " geonameid, lat, lon, level, geo_precision) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            (doc_row, run_id, p.start, p.end, p.text, p.name, p.country, p.iso2, p.admin1, p.admin2, p.admin3,
             p.pcode, p.geonameid, p.lat, p.lon, p.level, p.geo_precision)
            for p in doc.places
        ],
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO claims (doc_id, run_id, claim_id, source_text, source_canonical, source_kind, modality, start,"
        ' "end", events) VALUES (?,?,?,?,?,?,?,?,?,?)',
        [
            (doc_row, run_id, c.id, c.source.text, c.source.canonical, c.source.kind, c.modality, c.start, c.end,
             json.dumps(list(c.events)))
            for c in doc.claims
        ],
    )  # fmt: skip
    rows = []
    for e in doc.events:
        loc = e.location
        rows.append((
            doc_row, run_id, e.id, e.event_type, e.sub_event_type, e.event_date, e.time_precision, e.actor1, e.actor2,
            loc.iso2 if loc else None, loc.admin1 if loc else None, loc.admin3 if loc else None,
            loc.lat if loc else None, loc.lon if loc else None, e.fatalities.best,
            pack(e.to_dict()),
        ))  # fmt: skip
    conn.executemany(
        "INSERT INTO events (doc_id, run_id, event_id, event_type, sub_event_type, event_date, time_precision, actor1,"
        " actor2, iso2, admin1, admin3, lat, lon, fatalities, json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )


def process(
    store: Store,
    nlp: Pipeline,
    *,
    batch_size: int = 32,
    limit: int | None = None,
    progress: Callable[[int], None] | None = None,
    on_error: Callable[[str], None] | None = None,
    everything: bool = False,
    workers: int = 1,
) -> RunStats:
    """Extract every document this pipeline (config + versions) has not read yet, in atomic batches;
    with `everything`, every document (a retrained model that does not announce a new version).
    With `workers` > 1, extraction runs in that many processes (each rebuilds the pipeline from
    `nlp.config()`); this process alone writes, so batches stay atomic."""
    import time

    t0 = time.perf_counter()
    run_id, uid, fp = start_run(store, nlp)
    stats = RunStats(uid)
    last = 0

    def nlp_one(doc: Document) -> Document | str:
        try:
            return nlp.process(doc)
        except MarsadError as err:
            return str(err)

    pool = None
    if workers > 1:
        ctx = multiprocessing.get_context("spawn")
        pool = ctx.Pool(workers, initializer=_init_worker, initargs=(nlp.config(),))
        batch_size = max(batch_size, 16 * workers)
    try:
        while limit is None or stats.processed + stats.errors < limit:
            n = batch_size if limit is None else min(batch_size, limit - stats.processed - stats.errors)
            todo = "" if everything else "(processed_fp IS NULL OR processed_fp != ?) AND "
            params = (last, n) if everything else (fp, last, n)
            rows = store.conn.execute(f"SELECT * FROM documents WHERE {todo}id > ? ORDER BY id LIMIT ?", params).fetchall()
            if not rows:
                break
            last = rows[-1]["id"]
            docs = [store.document(row) for row in rows]
            results = pool.map(_extract, docs, chunksize=max(1, len(docs) // (4 * workers))) if pool else map(nlp_one, docs)
            done: list[tuple[int, Document | None]] = []
            for row, res in zip(rows, results, strict=True):
                if isinstance(res, str):
                    stats.errors += 1
                    done.append((row["id"], None))
                    if on_error:
                        on_error(f"{row['uid']}: {res}")
                else:
                    done.append((row["id"], res))
            with store.transaction() as conn:
                for doc_row, doc in done:
                    if doc is not None:
                        save_result(conn, doc_row, run_id, doc)
                        conn.execute("UPDATE documents SET processed_fp = ?, current_run = ? WHERE id = ?", (fp, run_id, doc_row))
                        stats.processed += 1
                    else:
                        conn.execute("UPDATE documents SET processed_fp = ? WHERE id = ?", (fp, doc_row))
                conn.execute("UPDATE runs SET n_docs = ? WHERE id = ?", (stats.processed, run_id))
            if progress:
                progress(len(rows))
    finally:
        if pool:
            pool.terminate()
            pool.join()
    with store.transaction() as conn:
        conn.execute("UPDATE runs SET finished = ?, n_docs = ? WHERE id = ?", (now(), stats.processed, run_id))
    stats.seconds = time.perf_counter() - t0
    return stats


_WORKER_NLP: Pipeline | None = None


def _init_worker(config: dict[str, Any]) -> None:
    """Each worker process rebuilds the pipeline from its plain config, once."""
    global _WORKER_NLP
    _WORKER_NLP = Pipeline.from_config(config)


def _extract(doc: Document) -> Document | str:
    """One document in a worker; tokens and sentences stay behind (they are not stored)."""
    assert _WORKER_NLP is not None
    try:
        return _WORKER_NLP.process(doc).replace(tokens=(), sentences=())
    except MarsadError as err:
        return str(err)


def current_events(store: Store) -> list[sqlite3.Row]:
    """Events of the newest result of every document: what corroboration and queries serve."""
    return store.conn.execute(
        "SELECT e.*, d.uid AS doc_uid, d.published AS published, d.dup_of AS dup_of, s.name AS source_name"
        " FROM events e JOIN documents d ON d.id = e.doc_id AND d.current_run = e.run_id"
        " LEFT JOIN sources s ON s.id = d.source_id ORDER BY e.id"
    ).fetchall()
