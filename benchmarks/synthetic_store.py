"""Generate a synthetic store of N incidents and time filtered `marsad events` queries (p50/p95 ms).

    .venv/bin/python benchmarks/synthetic_store.py [--incidents 100000] [--workdir DIR]

The same as `marsad bench store --part queries`.  Target: p95 <= 50 ms.
"""

from __future__ import annotations

import argparse
import json

from marsad.store.bench import run_benchmarks


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--incidents", type=int, default=100_000)
    ap.add_argument("--workdir", default=None, help="keep the synthetic database here")
    args = ap.parse_args()
    print(json.dumps(run_benchmarks(None, None, args.incidents, "queries", args.workdir), indent=2))


if __name__ == "__main__":
    main()
