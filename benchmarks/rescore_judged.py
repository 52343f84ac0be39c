"""Score the current pipeline against the saved hand judgements in benchmarks/data.

usage: python benchmarks/rescore_judged.py [--sets A B C D] [--corpus FILE] [--show new|changed|lost]

The judged samples record, for each event the pipeline gave at the judged commit, its docno, trigger
offset, sub-event type, place and a verdict.  This reruns today's pipeline on the same articles and
matches each event to a judgement by (docno, trigger_start).  A match with the same sub-event type and
the same place keeps its verdict; anything else (a new event, a changed type or place) is *unjudged*.
Strict precision therefore lies between a floor (unjudged counted wrong) and a ceiling (unjudged
counted right); both are printed, with the judged errors that are gone and the right events lost, so a
change can be read against the judges' work without judging everything again.  Articles drawn under
two seeds count once.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

import marsad
from marsad.bench import DEFAULT_CORPUS, load_corpus

DATA = Path(__file__).parent / "data"


def _load(sets: list[str]) -> tuple[dict[tuple[str, int], dict[str, Any]], dict[str, str]]:
    """The judgements keyed by (docno, trigger_start), and each judged docno's published date."""
    judged: dict[tuple[str, int], dict[str, Any]] = {}
    published: dict[str, str] = {}
    for name in sets:
        for line in (DATA / f"events_judged_{name}.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            published[row["docno"]] = row["published"]
            if row.get("trigger_start") is not None:
                judged[(row["docno"], int(row["trigger_start"]))] = row
        for line in (DATA / f"events_missed_{name}.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            published.setdefault(row["docno"], "")
    return judged, published


def _same(old: dict[str, Any], sub_event_type: str | None, location: str | None) -> bool:
    return bool(old["sub_event_type"] == sub_event_type and old["location"] == location)


def _carry(old: dict[str, Any], sub_event_type: str | None, location: str | None) -> str | None:
    """The verdict a judgement still gives an event whose type or place may have changed, or None.

    An error that does not depend on the type or place (not an incident, too old, a duplicate) stands
    whatever they became; a wrong type put right counts as right when the place is unchanged.
    """
    same_type = old["sub_event_type"] == sub_event_type
    same_place = old["location"] == location
    error = old["error"] if old["verdict"] != "right" else "right"
    if _same(old, sub_event_type, location):
        return error
    if error in ("not_incident", "too_old", "duplicate"):
        return error
    if error == "wrong_type" and same_place:
        return "right" if sub_event_type == old.get("right_type") else None if not same_type else error
    return None


def rescore(sets: list[str], corpus: str) -> dict[str, Any]:
    """Match today's events to the judgements; counts and the rows behind each group."""
    judged, published = _load(sets)
    texts = {r.get("docno"): r.get("text") or "" for r in load_corpus(corpus)}
    nlp = marsad.Pipeline.load()
    seen: set[tuple[str, int]] = set()
    groups: dict[str, list[dict[str, Any]]] = {"right": [], "wrong": [], "new": [], "changed": []}
    for docno, pub in sorted(published.items()):
        doc = nlp(texts.get(docno, ""), published=pub or None)
        def exact_first(ev: Any, docno: str = docno) -> bool:
            old = judged.get((docno, ev.trigger.start if ev.trigger else -1))
            return not (old and _same(old, ev.sub_event_type, ev.location.name if ev.location else None))

        for ev in sorted(doc.events, key=exact_first):
            start = ev.trigger.start if ev.trigger else -1
            key = (docno, start)
            loc = ev.location.name if ev.location else None
            row = {
                "docno": docno,
                "trigger": ev.trigger.text if ev.trigger else None,
                "trigger_start": start,
                "sub_event_type": ev.sub_event_type,
                "location": loc,
            }
            old = judged.get(key)
            if old is not None and key in seen and not _same(old, ev.sub_event_type, loc):
                old = None  # a further event of a split trigger: the judgement belongs to the first
            if old is None:
                groups["new"].append(row)
                continue
            seen.add(key)
            verdict = _carry(old, ev.sub_event_type, loc)
            if verdict is None:
                row["was"] = f"{old['sub_event_type']} @ {old['location']} ({old['verdict']}/{old['error']})"
                groups["changed"].append(row)
            else:
                row["error"] = verdict
                groups["right" if verdict == "right" else "wrong"].append(row)
    gone = [j for k, j in judged.items() if k not in seen]
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
    args = ap.parse_args()
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
    for what in args.show:
        rows = res["lost_right"] if what == "lost" else res["groups"][what]
        print(f"\n-- {what} ({len(rows)})")
        for r in rows:
            print("  ", json.dumps({k: r.get(k) for k in ("docno", "trigger", "trigger_start",
                                                       "sub_event_type", "location", "was", "error", "note")
                                    if r.get(k) is not None}, ensure_ascii=False))


if __name__ == "__main__":
    main()
