"""Throughput of the recogniser alone (tokens already made) and the model's load time."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from marsad.bench import DEFAULT_CORPUS, load_corpus, peak_rss_mb


def bench_ner(corpus: str | Path | None = None, limit: int | None = 300, neural: bool = False) -> dict[str, Any]:
    from marsad.ner.neural import one_blas_thread
    from marsad.ner.tagger import NerModel, data_dir
    from marsad.text import clean, tokenize

    t0 = time.perf_counter()
    model = NerModel.load(neural=neural)
    load_s = time.perf_counter() - t0
    texts = [clean(r.get("text") or "") for r in load_corpus(corpus or DEFAULT_CORPUS, limit)]
    docs = [(t, tokenize(t)) for t in texts]
    n_tokens = sum(len(toks) for _, toks in docs)
    runs = {}
    with one_blas_thread():
        for name in ("cold_cache", "warm_cache"):
            if name == "cold_cache":
                model.featurize.clear()
                if model.neural is not None:
                    model.neural.clear()
            t0 = time.perf_counter()
            n_ents = sum(len(model.entities(t, toks)) for t, toks in docs)
            runs[name] = round(n_tokens / (time.perf_counter() - t0))
    size = sum(p.stat().st_size for p in data_dir().glob("ner-ar.*"))
    return {
        "docs": len(docs),
        "tokens": n_tokens,
        "entities": n_ents,
        "tokens_per_s_one_core": runs,
        "neural": model.neural is not None,
        "model_load_s": round(load_s, 3),
        "model_files_mb": round(size / 1e6, 2),
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }
