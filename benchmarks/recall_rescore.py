"""Rescore the recall samples: which incidents the judges listed as missed does today's pipeline find?

usage: python benchmarks/recall_rescore.py [--samples R1 R2 …] [--corpus FILE] [--show found|missed|events]

The recall samples (`benchmarks/data/events_recall_R*.jsonl`) list every ACLED incident a strict judge
read in articles where the pipeline, at the judged commit, gave no event.  An incident counts as found
when today's pipeline gives an event of the listed sub-event type whose trigger lies in the incident's
sentence; "any type" relaxes the type.  Found is a lower bound on what changed (an event placed at the
sentence before is not counted), and a found incident is not judged again: its place and date may be
wrong, so a change that finds more should also be read.  The samples' own figures are in their README
sections; this is the before/after measure for a change aimed at recall.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
from collections import Counter
from typing import Any

import marsad
from marsad.bench import DEFAULT_CORPUS, load_corpus

_HERE = os.path.join(os.path.dirname(__file__), "data")
_SAMPLE = re.compile(r"events_recall_(R\d+)\.jsonl$")


def load_samples(names: list[str] | None = None) -> list[dict[str, Any]]:
    """Every listed incident (lines with a sentence) of the named samples, each with its sample name."""
    rows = []
    for path in sorted(glob.glob(os.path.join(_HERE, "events_recall_R*.jsonl"))):
        m = _SAMPLE.search(path)
        if not m or (names and m[1] not in names):
            continue
        with open(path, encoding="utf-8") as f:
            rows += [dict(r, sample=m[1]) for r in map(json.loads, filter(str.strip, f)) if r.get("sentence")]
    return rows


def rescore(rows: list[dict[str, Any]], corpus: str) -> dict[str, Any]:
    """Run the pipeline on the samples' articles and mark each listed incident found or missed."""
    from spot_check import published_of  # benchmarks/ is on sys.path when run as a script

    want = {r["docno"] for r in rows}
    texts = {a["docno"]: a["text"] for a in load_corpus(corpus) if a["docno"] in want}
    nlp = marsad.Pipeline.load()
    events: dict[str, list[Any]] = {}
    for docno in sorted(texts):
        events[docno] = list(nlp(texts[docno], published=published_of(docno)).events)
    counts: Counter[str] = Counter()
    out = []
    for r in rows:
        lo, hi = r["start"], r["start"] + len(r["sentence"])
        inside = [e for e in events.get(r["docno"], []) if e.trigger and lo <= e.trigger.start < hi]
        typed = any(e.sub_event_type == r["sub_event_type"] for e in inside)
        sure = not r.get("unsure")
        counts["listed"] += 1
        counts["sure"] += sure
        counts["found"] += typed
        counts["sure_found"] += typed and sure
        counts["any_type"] += bool(inside)
        out.append({**{k: r[k] for k in ("sample", "docno", "start", "sub_event_type")}, "sure": sure,
                    "found": typed, "got": [f"{e.sub_event_type}@{e.trigger.start}" for e in inside]})
    return {"counts": dict(counts), "rows": out, "events": events}


def main() -> None:
    """Print the summary line (and the rows asked for)."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--samples", nargs="*", help="sample names (R1 … R10); default all")
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--show", action="append", default=[], choices=["found", "missed", "events"])
    args = ap.parse_args()
    res = rescore(load_samples(args.samples), args.corpus)
    for r in res["rows"]:
        if ("found" if r["found"] else "missed") in args.show:
            print(json.dumps(r, ensure_ascii=False))
    if "events" in args.show:
        for docno, evs in res["events"].items():
            for e in evs:
                place = e.location.name if e.location else None
                print(f"EVENT {docno} {e.sub_event_type} @{e.trigger.start if e.trigger else -1} | {place} | {e.event_date}")
    c = res["counts"]
    print(f"listed {c['listed']}: found {c['found']} (any type {c['any_type']}); sure {c['sure']}: found {c['sure_found']}")


if __name__ == "__main__":
    main()
