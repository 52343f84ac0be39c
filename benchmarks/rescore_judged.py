"""Score the current pipeline against the saved hand judgements in benchmarks/data.

usage: python benchmarks/rescore_judged.py [--sets A B C D] [--corpus FILE] [--show new|changed|lost|wrong]
       python benchmarks/rescore_judged.py --as-judged --sets M N O P   (the samples' own figures, no rerun)

The judged samples record, for each event the pipeline gave at the judged commit, its docno, trigger
offset, sub-event type, place and a verdict.  This reruns today's pipeline on the same articles and
matches each event to a judgement by (docno, trigger_start) (`marsad.events.judged`).  A verdict
carries over while it still applies (an error that does not depend on type or place stands; a type
or place that changed otherwise needs judging again); anything else is *unjudged*.  Strict precision
therefore lies between a floor (unjudged counted wrong) and a ceiling (unjudged counted right); both
are printed, with the judged errors that are gone and the right events lost, so a change can be read
against the judges' work without judging everything again.  Articles drawn under two seeds count once.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from typing import Any

import marsad
from marsad.bench import DEFAULT_CORPUS
from marsad.events.judged import as_judged, judged_documents, load_judged, match


def rescore(sets: list[str], corpus: str) -> dict[str, Any]:
    """Match today's events to the judgements; counts and the rows behind each group."""
    judged = load_judged(sets)
    nlp = marsad.Pipeline.load()
    seen: set[tuple[str, int]] = set()
    groups: dict[str, list[dict[str, Any]]] = {"right": [], "wrong": [], "new": [], "changed": []}
    for docno, doc in judged_documents(judged, nlp, corpus):
        for ev, old, verdict in match(docno, doc.events, judged):
            row = {
                "docno": docno,
                "trigger": ev.trigger.text if ev.trigger else None,
                "trigger_start": ev.trigger.start if ev.trigger else -1,
                "sub_event_type": ev.sub_event_type,
                "location": ev.location.name if ev.location else None,
            }
            if old is None:
                groups["new"].append(row)
                continue
            seen.add((docno, row["trigger_start"]))
            if verdict is None:
                row["was"] = f"{old['sub_event_type']} @ {old['location']} ({old['verdict']}/{old['error']})"
                groups["changed"].append(row)
            else:
                row["error"] = verdict
                groups["right" if verdict == "right" else "wrong"].append(row)
    gone = [j for k, j in judged.lines.items() if k not in seen]
    total = sum(len(v) for v in groups.values())
    right = len(groups["right"])
    unjudged = len(groups["new"]) + len(groups["changed"])
    return {
        "events": total,
        "right": right,
        "wrong": len(groups["wrong"]),
        "unjudged": unjudged,
        "floor": right / total if total else 0.0,
        "ceiling": (right + unjudged) / total if total else 0.0,
        "wrong_by_error": Counter(r["error"] for r in groups["wrong"]),
        "gone_wrong_by_error": Counter(j["error"] for j in gone if j["verdict"] != "right"),
        "lost_right": [j for j in gone if j["verdict"] == "right"],
        "groups": groups,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", default=["A", "B", "C", "D"])
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--show", choices=["new", "changed", "lost", "wrong"], action="append", default=[])
    ap.add_argument("--as-judged", action="store_true",
                    help="print the samples' figures at the commits they were judged on (precision, errors, "
                         "missed, actors, confidence) instead of rescoring today's pipeline")
    args = ap.parse_args()
    if args.as_judged:
        print(json.dumps(as_judged(args.sets), ensure_ascii=False, indent=1))
        return
    res = rescore(args.sets, args.corpus)
    print(
        f"sets {' '.join(args.sets)}: {res['events']} events; judged right {res['right']}, "
        f"judged wrong {res['wrong']}, unjudged {res['unjudged']} "
        f"(new {len(res['groups']['new'])}, changed {len(res['groups']['changed'])})"
    )
    print(f"strict precision between {res['floor']:.3f} (floor) and {res['ceiling']:.3f} (ceiling)")
    print("wrong still there:", dict(res["wrong_by_error"].most_common()))
    print("wrong now gone:   ", dict(res["gone_wrong_by_error"].most_common()))
    print(f"right events lost: {len(res['lost_right'])}")
    keys = ("docno", "trigger", "trigger_start", "sub_event_type", "location", "was", "error", "note")
    for what in args.show:
        rows = res["lost_right"] if what == "lost" else res["groups"][what]
        print(f"\n-- {what} ({len(rows)})")
        for r in rows:
            print("  ", json.dumps({k: r.get(k) for k in keys if r.get(k) is not None}, ensure_ascii=False))


if __name__ == "__main__":
    main()
