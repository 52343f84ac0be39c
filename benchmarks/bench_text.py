"""Text-layer throughput on one core; same as `marsad bench text`.

usage: python benchmarks/bench_text.py [CORPUS.jsonl]
"""

from __future__ import annotations

import json
import sys

from marsad.bench import DEFAULT_CORPUS, bench_text

if __name__ == "__main__":
    print(json.dumps(bench_text(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_CORPUS), indent=2))
