"""Throughput of the full default pipeline on a corpus, one core, with peak RSS."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Any

from marsad.bench import DEFAULT_CORPUS, load_corpus, peak_rss_mb


def bench_pipeline(corpus: str | Path | None = None, limit: int | None = None) -> dict[str, Any]:
    """Articles/s of `Pipeline.load()` over the corpus (after one warm-up document)."""
    from marsad.pipeline import Pipeline

    records = load_corpus(corpus or DEFAULT_CORPUS, limit)
    t0 = time.perf_counter()
    nlp = Pipeline.load()
    if records:
        nlp(records[0].get("text") or "", lang="ar")
    load_s = time.perf_counter() - t0
    types: Counter[str] = Counter()
    events = 0
    t0 = time.perf_counter()
    for r in records:
        doc = nlp(r.get("text") or "", lang="ar", published=_date(r.get("time")))
        events += len(doc.events)
        types.update(e.event_type for e in doc.events)
    secs = time.perf_counter() - t0
    return {
        "steps": nlp.names,
        "articles": len(records),
        "seconds": round(secs, 3),
        "articles_per_s": round(len(records) / secs, 2) if secs else None,
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
