"""Actor1 and actor2 of real news events, judged by hand: draw the sample, and tally the verdicts.

usage: python benchmarks/dump_corpus.py OUT                           (events.tsv of the 3,000 ANT articles)
       python benchmarks/actors_check.py draw OUT/events.tsv [--seed 1719] [-n 40]   (rows to judge)
       python benchmarks/actors_check.py tally [benchmarks/data/actors_check_1719.jsonl]

`draw` sorts the lines of events.tsv (docno, trigger start, trigger, sub-event type, place, iso2, date,
deaths, actor1, actor2, confidence) and takes `n` of them with `random.Random(seed).sample`; the seed is
fixed before the rows are read.  A judge reads each article and gives actor1 and actor2 a verdict by
ACLED's conventions: right, wrong name, wrong role (the sides swapped), missing (empty where the text
names a side, or ACLED's Unidentified Armed Group would stand), spurious; an empty actor2 is right only
where the text gives no other side.  Rows whose event is not a real incident (`real_event` false) are
left out of the figures.  `tally` prints, per field, the right verdicts among the real events and the
precision among the filled fields (right and not empty, over not missing and not an empty that is right);
`*_after` fields hold a re-judgement of the same rows after later rules.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

DEFAULT = Path(__file__).parent / "data" / "actors_check_1719.jsonl"


def draw(tsv: str, seed: int, n: int) -> list[str]:
    """`n` lines of events.tsv, sorted then sampled with `random.Random(seed)`."""
    lines = sorted(line.rstrip("\n") for line in open(tsv, encoding="utf-8") if line.strip())
    return random.Random(seed).sample(lines, n)


def tally(rows: list[dict], field: str) -> str:
    """One line of counts for a verdict field (verdict1, verdict2, verdict1_after, verdict2_after)."""
    actor = ("actor1" if "1" in field else "actor2") + ("_after" if field.endswith("_after") else "")
    real = [r for r in rows if r.get("real_event")]
    if not real:
        return f"{field}: no real events"
    right = sum(r[field] == "right" for r in real)
    missing = sum(r[field] == "missing" for r in real)
    empty_right = sum(r[field] == "right" and not r[actor] for r in real)
    filled = len(real) - missing - empty_right
    precision = (right - empty_right) / filled if filled else 0.0
    return (f"{field}: right {right}/{len(real)} real events; filled {filled}, right {right - empty_right} "
            f"(precision {precision:.3f}); wrong {len(real) - right - missing}, missing {missing}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("tsv")
    d.add_argument("--seed", type=int, default=1719)
    d.add_argument("-n", type=int, default=40)
    t = sub.add_parser("tally")
    t.add_argument("file", nargs="?", default=str(DEFAULT))
    a = p.parse_args(argv)
    if a.cmd == "draw":
        for line in draw(a.tsv, a.seed, a.n):
            print(line)
        return 0
    rows = [json.loads(line) for line in open(a.file, encoding="utf-8") if line.strip()]
    print(f"{len(rows)} rows, {sum(1 for r in rows if not r.get('real_event'))} not real events")
    for field in ("verdict1", "verdict2", "verdict1_after", "verdict2_after"):
        if any(field in r for r in rows):
            print(tally(rows, field))
    return 0


if __name__ == "__main__":
    sys.exit(main())
