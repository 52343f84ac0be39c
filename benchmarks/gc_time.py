"""CPU the cyclic garbage collector takes while the default pipeline reads a corpus, with and without
`marsad.heap.settle` (which `Pipeline` calls once its components are built).

usage: python benchmarks/gc_time.py [--unsettled] [-n 1000] [CORPUS.jsonl]

`--unsettled` undoes the settling after the load (unfreezes the heap, CPython's default thresholds) to
measure what it saves.  Run the two modes in alternating processes: the collector's state is per process.
"""

from __future__ import annotations

import argparse
import gc
import json
import time
from typing import Any

from marsad.bench import DEFAULT_CORPUS, load_corpus, peak_rss_mb
from marsad.events.bench import _date
from marsad.pipeline import Pipeline


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("-n", type=int, default=1000, help="articles to read (default 1000)")
    ap.add_argument("--unsettled", action="store_true", help="undo marsad.heap.settle after the load")
    args = ap.parse_args()
    records = load_corpus(args.corpus, args.n)
    nlp = Pipeline.load()
    if args.unsettled:
        gc.unfreeze()
        gc.set_threshold(700, 10, 10)
    spent = {"seconds": 0.0, "started": 0.0}
    runs = [0, 0, 0]

    def clock(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            spent["started"] = time.process_time()
        else:
            spent["seconds"] += time.process_time() - spent["started"]
            runs[info["generation"]] += 1

    gc.callbacks.append(clock)
    cpu0 = time.process_time()
    for r in records:
        nlp(r.get("text") or "", lang="ar", published=_date(r.get("time")))
    cpu = time.process_time() - cpu0
    gc.callbacks.remove(clock)
    print(json.dumps({"mode": "unsettled" if args.unsettled else "settled", "articles": len(records),
                      "cpu_seconds": round(cpu, 2), "gc_cpu_seconds": round(spent["seconds"], 2),
                      "collections_by_generation": runs, "peak_rss_mb": round(peak_rss_mb(), 1)}))


if __name__ == "__main__":
    main()
