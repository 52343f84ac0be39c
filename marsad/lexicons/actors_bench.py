"""Speed of the actor KB (load, alias matching, generic phrases) for `marsad bench actors`."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from marsad.bench import DEFAULT_CORPUS, load_corpus, peak_rss_mb, timed
from marsad.lexicons.actors import ActorKB, _load
from marsad.text import clean, shadow, tokenize


def bench_actors(path: str | Path = DEFAULT_CORPUS, limit: int | None = None, repeat: int = 3) -> dict[str, Any]:
    """Cold load time, then `find` and `generic` throughput on pre-tokenised texts (one core)."""
    _load.cache_clear()
    t0 = time.perf_counter()
    kb = ActorKB.load()
    load_s = time.perf_counter() - t0
    texts = [clean(r.get("text") or "") for r in load_corpus(path, limit)]
    toks = {id(t): tokenize(t) for t in texts}
    mentions = sum(len(kb.find(t, toks[id(t)])) for t in texts)

    def find(t: str) -> None:
        shadow.cache_clear()
        kb.find(t, toks[id(t)])

    def generic(t: str) -> None:
        kb.generic(t, toks[id(t)])

    return {
        "actors": len(kb),
        "aliases": kb.n_aliases,
        "version": kb.version,
        "load_seconds": round(load_s, 4),
        "mentions": mentions,
        "find": timed(find, texts, repeat),
        "generic": timed(generic, texts, repeat),
        "peak_rss_mb": peak_rss_mb(),
    }
