"""Throughput of the full default pipeline on a corpus, one core, with per-step time and peak RSS.

Wall-clock time on a shared machine depends on the neighbours; CPU time of this process is
reported too, and articles/s per core is computed from it.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Any

from marsad.bench import DEFAULT_CORPUS, load_corpus, peak_rss_mb


def bench_pipeline(corpus: str | Path | None = None, limit: int | None = None) -> dict[str, Any]:
    """Articles/s of `Pipeline.load()` over the corpus (after one warm-up document)."""
    from marsad.pipeline import Pipeline, make_document

    records = load_corpus(corpus or DEFAULT_CORPUS, limit)
    t0 = time.perf_counter()
    nlp = Pipeline.load()
    if records:
        nlp(records[0].get("text") or "", lang="ar")
    load_s = time.perf_counter() - t0
    types: Counter[str] = Counter()
    steps: Counter[str] = Counter()
    events = 0
    wall0, cpu0 = time.perf_counter(), time.process_time()
    for r in records:
        c = time.process_time()
        doc = make_document(r.get("text") or "", lang="ar", published=_date(r.get("time")))
        steps["ingest"] += time.process_time() - c
        for spec, comp in nlp._components:
            c = time.process_time()
            doc = comp(doc)
            steps[spec.name] += time.process_time() - c
        events += len(doc.events)
        types.update(e.event_type for e in doc.events)
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    n = len(records)
    return {
        "articles": n,
        "wall_seconds": round(wall, 3),
        "cpu_seconds": round(cpu, 3),
        "articles_per_s_per_core": round(n / cpu, 2) if cpu else None,
        "articles_per_s_wall": round(n / wall, 2) if wall else None,
        "cpu_seconds_by_step": {k: round(v, 3) for k, v in steps.items()},
        "load_seconds": round(load_s, 3),
        "events": events,
        "event_types": dict(types.most_common()),
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }


def _date(rfc822: str | None) -> str | None:
    """YYYY-MM-DD of an RFC 822 time ("Mon, 01 Oct 2018 09:11:45 GMT"), or None."""
    if not rfc822:
        return None
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(rfc822).date().isoformat()
    except (TypeError, ValueError):
        return None
