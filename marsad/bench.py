"""Throughput and memory benchmarks, shared by `marsad bench …` and `benchmarks/`."""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from marsad.errors import InputError

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "corpus" / "ant_middle_east_3000.jsonl"


def load_corpus(path: str | Path = DEFAULT_CORPUS, limit: int | None = None) -> list[dict[str, Any]]:
    """Records of a JSONL corpus (the ANT sample by default); InputError names a line that is not a
    UTF-8 JSON object."""
    out = []
    with open(path, "rb") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line.decode("utf-8"))
            except UnicodeDecodeError as err:
                raise InputError(f"{path}:{lineno}: not UTF-8 text ({err.reason})") from None
            except json.JSONDecodeError as err:
                raise InputError(f"{path}:{lineno}: not a JSON record ({err.msg}); the corpus is JSONL") from None
            if not isinstance(rec, dict):
                raise InputError(f"{path}:{lineno}: not a JSON object; the corpus is JSONL with a text field")
            out.append(rec)
            if limit and len(out) >= limit:
                break
    return out


def peak_rss_mb() -> float:
    """Peak resident set size of this process, in MB."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def timed(fn: Callable[[str], Any], texts: list[str], repeat: int = 1) -> dict[str, float]:
    """Run `fn` over every text `repeat` times; report MB/s (UTF-8 bytes) and docs/s."""
    size = sum(len(t.encode("utf-8")) for t in texts)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        best = min(best, time.perf_counter() - t0)
    return {"docs": len(texts), "mb": size / 1e6, "seconds": best, "mb_per_s": size / 1e6 / best, "docs_per_s": len(texts) / best}


def bench_text(path: str | Path = DEFAULT_CORPUS, limit: int | None = None, repeat: int = 3) -> dict[str, Any]:
    """The text layer on one core: clean + shadow + tokens + sentences + quantities, per stage and in all."""
    from marsad.text import clean, find_quantities, shadow, split_sentences, tokenize

    texts = [clean(r.get("text") or "") for r in load_corpus(path, limit)]
    stages: dict[str, Callable[[str], Any]] = {
        "shadow": lambda t: shadow.__wrapped__(t),
        "tokenize": lambda t: (shadow.cache_clear(), tokenize(t)),
        "sentences": split_sentences,
        "quantities": find_quantities,
    }

    def all_stages(t: str) -> None:
        shadow.cache_clear()
        toks = tokenize(t)
        split_sentences(t)
        find_quantities(t, toks)

    out: dict[str, Any] = {name: timed(fn, texts, repeat) for name, fn in stages.items()}
    out["text_layer"] = timed(all_stages, texts, repeat)
    out["peak_rss_mb"] = peak_rss_mb()
    return out
