"""Ingest + extract + corroborate the ANT corpus into a fresh store: docs/s, peak RSS, DB size, merges.

    .venv/bin/python benchmarks/bench_ingest.py [--limit N] [--corpus PATH] [--workdir DIR]

The same as `marsad bench store --part ingest`; rerun it as the extractor grows.
"""

from __future__ import annotations

import argparse
import json

from marsad.store.bench import run_benchmarks


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=None)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--workdir", default=None, help="keep the database here (to inspect merges by hand)")
    args = ap.parse_args()
    print(json.dumps(run_benchmarks(args.corpus, args.limit, 0, "ingest", args.workdir), indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
