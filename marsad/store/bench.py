"""The store benchmarks behind `marsad bench store` and `benchmarks/`: end-to-end ingest and
extraction of a corpus (docs/s, peak RSS, database size, merges) and filtered-query latency on
a synthetic store.  Speed is measured here, never in tests.
"""

from __future__ import annotations

import os
import random
import resource
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from marsad.bench import DEFAULT_CORPUS, peak_rss_mb
from marsad.store.db import Store
from marsad.store.queries import Filters, query_incidents


def bench_ingest(corpus: str | Path, limit: int | None, workdir: Path, workers: int = 1) -> dict[str, Any]:
    """Ingest + extract + corroborate a JSONL corpus into a fresh store, timed per stage."""
    from itertools import islice

    from marsad.corroborate.run import corroborate
    from marsad.ingest.collect import collect
    from marsad.pipeline import Pipeline
    from marsad.store.runs import process

    db = workdir / "bench-ingest.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    def cpu() -> float:
        """CPU seconds of this process and of its finished children (the extraction workers)."""
        ch = resource.getrusage(resource.RUSAGE_CHILDREN)
        return time.process_time() + ch.ru_utime + ch.ru_stime

    with Store(db) as store:
        t0, c0 = time.perf_counter(), cpu()
        records = collect([str(corpus)])
        stats = store.add_records(islice(records, limit) if limit else records)
        t1, c1 = time.perf_counter(), cpu()
        nlp = Pipeline.load()
        t2, c2 = time.perf_counter(), cpu()
        run = process(store, nlp, workers=workers)
        t3, c3 = time.perf_counter(), cpu()
        cor = corroborate(store)
        t4, c4 = time.perf_counter(), cpu()
        again = store.add_records(islice(collect([str(corpus)]), limit) if limit else collect([str(corpus)]))
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = store.size_bytes()
    n = stats.added
    total = (t1 - t0) + (t3 - t2) + (t4 - t3)
    total_cpu = (c1 - c0) + (c3 - c2) + (c4 - c3)
    return {
        "documents": n,
        "pipeline": nlp.names,
        "ingest_s": round(t1 - t0, 2),
        "extract_s": round(t3 - t2, 2),
        "corroborate_s": round(t4 - t3, 2),
        "docs_per_s_end_to_end": round(n / total, 1) if total else None,
        "cpu_s": {"ingest": round(c1 - c0, 2), "extract": round(c3 - c2, 2), "corroborate": round(c4 - c3, 2)},
        "docs_per_cpu_s_end_to_end": round(n / total_cpu, 1) if total_cpu else None,
        "workers": workers,
        "load_average": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "db_mb": round(size / 1e6, 1),
        "reingest_added": again.added,
        "processed": run.processed,
        **{f"corroboration_{k}": v for k, v in cor.as_dict().items()},
    }


def query_set(rng: random.Random) -> list[tuple[str, Filters]]:
    """Filtered queries of the kinds analysts run, with random values."""
    from marsad.store.synthetic import ACTORS, REGIONS, SOURCES

    iso = rng.choice(list(REGIONS))
    name, (x0, y0, x1, y1), admins = REGIONS[iso]
    y = rng.randrange(2018, 2026)
    m = rng.randrange(1, 12)
    cx, cy = rng.uniform(x0, x1), rng.uniform(y0, y1)
    return [
        ("country+month", Filters(country=iso, date_from=f"{y}-{m:02d}-01", date_to=f"{y}-{m + 1:02d}-01")),
        ("country", Filters(country=name)),
        ("admin1", Filters(admin1=rng.choice(admins))),
        ("bbox", Filters(bbox=(cx - 0.5, cy - 0.5, cx + 0.5, cy + 0.5))),
        ("type+year", Filters(type="Air/drone strike", date_from=f"{y}-01-01", date_to=f"{y}-12-31")),
        ("actor", Filters(actor=rng.choice(ACTORS).split()[-1])),
        ("actor+country", Filters(actor=rng.choice(ACTORS), country=iso)),
        ("source+year", Filters(source=rng.choice(SOURCES), date_from=f"{y}-01-01", date_to=f"{y}-12-31")),
        ("rare type", Filters(type="Chemical weapon", country=iso)),
    ]


def bench_queries(n: int, workdir: Path, rounds: int = 40) -> dict[str, Any]:
    """p50/p95 latency (ms) of filtered `marsad events` queries (limit 100) on n synthetic incidents."""
    from marsad.store.synthetic import build_synthetic

    db = workdir / f"bench-synthetic-{n}.db"
    t0 = time.perf_counter()
    if not db.exists():
        build_synthetic(db, n)
    build_s = time.perf_counter() - t0
    rng = random.Random(11)
    times: dict[str, list[float]] = {}
    cpu: list[float] = []
    with Store(db) as store:
        for q in query_set(rng):  # warm the page cache once
            query_incidents(store, q[1])
        for _ in range(rounds):
            for kind, f in query_set(rng):
                t, c = time.perf_counter(), time.process_time()
                query_incidents(store, f)
                times.setdefault(kind, []).append((time.perf_counter() - t) * 1000)
                cpu.append((time.process_time() - c) * 1000)
        size = store.size_bytes()
    allt = sorted(x for v in times.values() for x in v)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None

    def p95(xs: list[float]) -> float:
        return round(sorted(xs)[max(0, int(0.95 * len(xs)) - 1)], 2)

    return {
        "incidents": n,
        "build_s": round(build_s, 1),
        "db_mb": round(size / 1e6, 1),
        "queries": len(allt),
        "p50_ms": round(statistics.median(allt), 2),
        "p95_ms": p95(allt),
        "p95_ms_by_kind": {k: p95(v) for k, v in times.items()},
        "cpu_p95_ms": p95(cpu),
        "load_average": round(load, 2) if load is not None else None,
        "cpus": os.cpu_count(),
    }


def run_benchmarks(
    corpus: str | None, limit: int | None, incidents: int, part: str, workdir: str | None, workers: int = 1
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="marsad-bench-") as tmp:
        wd = Path(workdir) if workdir else Path(tmp)
        wd.mkdir(parents=True, exist_ok=True)
        if part in ("all", "ingest"):
            out["ingest"] = bench_ingest(corpus or DEFAULT_CORPUS, limit, wd, workers)
        if part in ("all", "queries"):
            out["queries"] = bench_queries(incidents, wd)
    return out
