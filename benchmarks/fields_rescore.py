"""Dates and death counts of right events: draw a sample to judge, and score today's pipeline on it.

usage: python benchmarks/fields_rescore.py draw --sets A B … --seed S -n N > fields.jsonl   (rows to judge)
       python benchmarks/fields_rescore.py score [--files F …] [--show wrong]                  (today's figures)

The judged samples (`rescore_judged.py`) score an event's type and place, never its date or deaths.  An
analyst reads both: ACLED's event_date is the day the incident happened, and its fatalities the
conservative count of deaths in that incident.  `draw` takes, in a seeded shuffle, events today's
pipeline gives whose judged verdict is still "right", and writes them with the trigger's sentence for a
judge, who fills four fields per row:

* `expected_from` / `expected_to`: the first and last day the incident can have happened by the article
  (the same day when the text gives the day; a week or a month when it gives only that, as ACLED's
  time_precision 2 and 3 do), resolved against the publication date;
* `expected_fatalities`: the deaths in this incident the article reports, as ACLED codes them (the
  lowest credible figure of a range or of competing sources; 0 when it reports none, including "injured
  only"); null when the judge cannot tell;
* `note`, and `unsure` (true when a reasonable coder could decide otherwise).

`score` reruns today's pipeline on the judged articles, finds each row's event by (docno, trigger
offset) and counts a date right when `expected_from <= event_date <= expected_to`, and deaths right when
`fatalities.best` equals `expected_fatalities` (no figure counts as 0).  Rows whose event is gone are
counted apart.  Files: `benchmarks/data/events_fields_*.jsonl` (README there).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import marsad
from marsad.bench import DEFAULT_CORPUS, load_corpus
from marsad.events.judged import judged_documents, load_judged, match
from marsad.events.merge import sentence_at
from marsad.model import Document, Event

DATA = Path(__file__).resolve().parent / "data"


def _sentence(doc: Document, start: int) -> str:
    """The sentence holding offset `start` (the trigger's), for the judge."""
    s = sentence_at(doc.sentences or (), start)
    return doc.text[s.start:s.end] if s is not None else doc.text[max(0, start - 200):start + 200]


def _row(docno: str, doc: Document, ev: Event) -> dict[str, Any]:
    start = ev.trigger.start if ev.trigger else -1
    return {
        "docno": docno,
        "published": doc.published,
        "trigger": ev.trigger.text if ev.trigger else None,
        "trigger_start": start,
        "sub_event_type": ev.sub_event_type,
        "location": ev.location.name if ev.location else None,
        "event_date": ev.event_date,
        "time_precision": ev.time_precision,
        "date_text": ev.date_text,
        "fatalities": ev.fatalities.best,
        "fatalities_text": ev.fatalities.text,
        "sentence": _sentence(doc, start),
    }


def draw(sets: list[str], seed: int, n: int, corpus: str) -> list[dict[str, Any]]:
    """N rows, in a seed-`seed` shuffle, of today's events whose judged verdict still says right."""
    judged = load_judged(sets)
    nlp = marsad.Pipeline.load()
    rows = []
    for docno, doc in judged_documents(judged, nlp, corpus):
        rows += [_row(docno, doc, ev) for ev, _, verdict in match(docno, doc.events, judged) if verdict == "right"]
    random.Random(seed).shuffle(rows)
    return rows[:n]


def load_rows(files: Iterable[Path]) -> list[dict[str, Any]]:
    """The judged rows of the field files."""
    out = []
    for path in files:
        out += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def score(rows: list[dict[str, Any]], corpus: str) -> dict[str, Any]:
    """Today's date and death count for each judged row, against the judge's."""
    nlp = marsad.Pipeline.load()
    texts = {r["docno"]: r.get("text") or "" for r in load_corpus(corpus)}
    docs: dict[tuple[str, str | None], Document] = {}
    res: dict[str, Any] = {"rows": len(rows), "gone": [], "date_wrong": [], "deaths_wrong": [],
                           "date_n": 0, "date_right": 0, "deaths_n": 0, "deaths_right": 0,
                           "sure_date_n": 0, "sure_date_right": 0, "sure_deaths_n": 0, "sure_deaths_right": 0}  # fmt: skip
    for r in rows:
        key = (r["docno"], r.get("published"))
        if key not in docs:
            docs[key] = nlp(texts.get(r["docno"], ""), published=r.get("published"))
        doc = docs[key]
        ev = next((e for e in doc.events if e.trigger and e.trigger.start == r["trigger_start"]), None)
        if ev is None:
            res["gone"].append(r)
            continue
        now = {"event_date": ev.event_date, "fatalities": ev.fatalities.best}
        if r.get("expected_from"):
            ok = bool(ev.event_date and r["expected_from"] <= ev.event_date <= (r.get("expected_to") or r["expected_from"]))
            _count(res, "date", ok, not r.get("unsure"))
            if not ok:
                res["date_wrong"].append({**r, "now": now})
        if r.get("expected_fatalities") is not None:
            ok = (ev.fatalities.best or 0) == r["expected_fatalities"]
            _count(res, "deaths", ok, not r.get("unsure"))
            if not ok:
                res["deaths_wrong"].append({**r, "now": now})
    return res


def _count(res: dict[str, Any], field: str, ok: bool, sure: bool) -> None:
    """One scored field: all rows, and apart the rows the judge was sure of."""
    for prefix in ("", "sure_") if sure else ("",):
        res[f"{prefix}{field}_n"] += 1
        res[f"{prefix}{field}_right"] += ok


def _rate(res: dict[str, Any], key: str) -> str:
    n, right = res[f"{key}_n"], res[f"{key}_right"]
    return f"{right}/{n} = {right / n if n else 0:.3f}"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=["draw", "score"])
    ap.add_argument("--sets", nargs="+", default=[])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-n", type=int, default=100)
    ap.add_argument("--files", nargs="+", type=Path, default=None, help="field files (default: every events_fields_*.jsonl)")
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--show", choices=["wrong", "gone"], action="append", default=[])
    args = ap.parse_args(argv)
    if args.mode == "draw":
        for row in draw(args.sets, args.seed, args.n, args.corpus):
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    files = args.files or sorted(DATA.glob("events_fields_*.jsonl"))
    res = score(load_rows(files), args.corpus)
    print(f"{' '.join(f.stem.removeprefix('events_fields_') for f in files)}: {res['rows']} rows, "
          f"{len(res['gone'])} events gone; date right {_rate(res, 'date')} (judge sure: {_rate(res, 'sure_date')}); "
          f"deaths right {_rate(res, 'deaths')} (judge sure: {_rate(res, 'sure_deaths')})")
    keys = ("docno", "trigger", "trigger_start", "sub_event_type", "expected_from", "expected_to",
            "expected_fatalities", "now", "note")  # fmt: skip
    for what in args.show:
        groups = [("gone", res["gone"])] if what == "gone" else [("date", res["date_wrong"]), ("deaths", res["deaths_wrong"])]
        for name, rows in groups:
            print(f"\n-- {name} ({len(rows)})")
            for r in rows:
                print("  ", json.dumps({k: r.get(k) for k in keys if r.get(k) is not None}, ensure_ascii=False))


if __name__ == "__main__":
    main()
