"""Print the events of N shuffled news articles, one line each, for a strict hand spot check.

usage: python benchmarks/spot_check.py [--seed 2026] [-n 20] [--corpus FILE] [--jsonl] [--unjudged DIR] [--silent]

The articles are shuffled with `random.Random(seed)`, the default pipeline runs on each (published date
from the docno's last eight digits, YYYYMMDD), and the first N articles that have events are printed:
their head, then one line per event (id, sub-event type, actors, place and its geo precision, date,
best fatality figure, evidence sentence).  `--jsonl` writes one JSON object per article instead, so
two runs (before and after a change) can be compared with `diff` or a script.  `--unjudged DIR` skips
every article a judged sample in DIR (`events_judged_*.jsonl`, `events_recall_*.jsonl`,
`events_rescued_*.jsonl`) already holds: by now most random draws repeat articles earlier samples judged, and
only new articles measure the code on news it was not tuned on.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Any

import marsad
from marsad.bench import DEFAULT_CORPUS, load_corpus
from marsad.model import Document, Event

_DOCNO_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})$")


def published_of(docno: str) -> str | None:
    """The publication date a docno ends with (…-20181001 → 2018-10-01), or None."""
    m = _DOCNO_DATE.search(docno or "")
    return f"{m[1]}-{m[2]}-{m[3]}" if m else None


def _one_line(s: str, width: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= width else s[: width - 1] + "…"


def _sentence_of(doc: Document, ev: Event) -> str:
    """The sentence that holds the event's trigger (its first evidence span otherwise)."""
    anchor = ev.trigger or (ev.evidence[0] if ev.evidence else None)
    if anchor is None:
        return ""
    for s in doc.sentences:
        if s.start <= anchor.start < s.end:
            return doc.text[s.start : s.end]
    return anchor.text


def event_row(doc: Document, ev: Event) -> dict[str, Any]:
    """The fields a spot check judges, as plain values."""
    loc = ev.location
    return {
        "id": ev.id,
        "sub_event_type": ev.sub_event_type,
        "actor1": ev.actor1,
        "actor2": ev.actor2,
        "location": loc.name if loc else None,
        "location_text": loc.text if loc else None,
        "geo_precision": loc.geo_precision if loc else None,
        "country": loc.country if loc else None,
        "event_date": ev.event_date,
        "time_precision": ev.time_precision,
        "fatalities": ev.fatalities.best,
        "trigger": ev.trigger.text if ev.trigger else None,
        "trigger_start": ev.trigger.start if ev.trigger else None,
        "event_type": ev.event_type,
        "confidence": ev.confidence,
        "sentence": _one_line(_sentence_of(doc, ev), 400),
    }


def judged_docnos(folder: str | Path) -> set[str]:
    """Every docno a judged sample in `folder` holds: precision samples and recall samples alike."""
    files = [*Path(folder).glob("events_judged_*.jsonl"), *Path(folder).glob("events_recall_*.jsonl"),
             *Path(folder).glob("events_rescued_*.jsonl")]
    return {json.loads(line)["docno"] for f in files
            for line in f.open(encoding="utf-8") if line.strip()}


def spot_check(seed: int, count: int, corpus: str = str(DEFAULT_CORPUS),
               skip: Collection[str] = (), silent: bool = False) -> Iterator[dict[str, Any]]:
    """The first `count` shuffled articles with events (none of `skip`), each with its event rows.

    `silent` draws the articles with no event instead: a recall sample, judged for what was missed.
    """
    records = load_corpus(corpus)
    random.Random(seed).shuffle(records)
    nlp = marsad.Pipeline.load()
    found = 0
    for rank, rec in enumerate(records):
        if found >= count:
            break
        text = rec.get("text") or ""
        if not text.strip():
            continue
        docno = rec.get("docno") or ""
        if docno in skip:
            continue
        doc = nlp(text, published=published_of(docno))
        if bool(doc.events) == silent:
            continue
        found += 1
        yield {
            "n": found,
            "rank": rank,
            "docno": docno,
            "published": doc.published,
            "title": rec.get("title") or "",
            "head": _one_line(doc.text, 300),
            "events": [event_row(doc, ev) for ev in doc.events],
        }


def _print_text(art: dict[str, Any]) -> None:
    out = sys.stdout
    out.write(f"\n=== [{art['n']}] {art['docno']}  published {art['published']}\n")
    out.write(f"    title: {art['title']}\n    head:  {art['head']}\n")
    for e in art["events"]:
        actors = f"{e['actor1'] or '-'} / {e['actor2'] or '-'}"
        place = f"{e['location'] or '-'} (gp {e['geo_precision'] or '-'}, {e['country'] or '-'})"
        out.write(
            f"  - {e['id']} | {e['sub_event_type']} | {actors} | {place} | {e['event_date']} "
            f"(tp {e['time_precision']}) | fat {e['fatalities']} | «{e['trigger']}» {e['sentence']}\n"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("-n", "--count", type=int, default=20)
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--jsonl", action="store_true", help="one JSON object per article")
    ap.add_argument("--unjudged", metavar="DIR", help="skip articles a judged sample in DIR holds")
    ap.add_argument("--silent", action="store_true",
                    help="draw articles with no event (a recall sample) instead")
    args = ap.parse_args()
    skip = judged_docnos(args.unjudged) if args.unjudged else set()
    total = 0
    for art in spot_check(args.seed, args.count, args.corpus, skip, args.silent):
        total += len(art["events"])
        if args.jsonl:
            sys.stdout.write(json.dumps(art, ensure_ascii=False) + "\n")
        else:
            _print_text(art)
    if not args.jsonl:
        sys.stdout.write(f"\n{args.count} articles, {total} events (seed {args.seed})\n")


if __name__ == "__main__":
    main()
