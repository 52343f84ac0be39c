"""Dump the default pipeline's output over the ANT corpus: OUT/events.tsv, OUT/places.tsv, OUT/full.jsonl.

usage: python benchmarks/dump_corpus.py OUT [--corpus FILE]

Each article is read at its own publication date (the corpus's `time`).  full.jsonl holds one marsad/1
document per article in corpus order; events.tsv one line per event (docno, trigger start, trigger,
sub-event type, place, iso2, date, best deaths, actor1, actor2, confidence) and places.tsv one per place
(docno, start, text, name, iso2, admin1, reason).  Two dumps diffed line by line show what a change did
to real news, which is how every rule of the rounds was checked; `actors_check.py draw` samples events.tsv.
"""

from __future__ import annotations

import argparse
import json
import os

import marsad
from marsad.bench import DEFAULT_CORPUS, load_corpus
from marsad.pipeline import parse_published


def _line(values: list[object]) -> str:
    return "\t".join(str(x) for x in values) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    nlp = marsad.Pipeline.load()
    with (open(os.path.join(args.out, "events.tsv"), "w", encoding="utf-8") as ev,
          open(os.path.join(args.out, "places.tsv"), "w", encoding="utf-8") as pl,
          open(os.path.join(args.out, "full.jsonl"), "w", encoding="utf-8") as full):
        for rec in load_corpus(args.corpus):
            docno = rec.get("docno")
            d = nlp(rec.get("text") or "", published=parse_published(rec.get("time"))).to_dict()
            full.write(json.dumps(d, ensure_ascii=False, sort_keys=True) + "\n")
            for e in d.get("events", []):
                loc, fat, trig = e.get("location") or {}, e.get("fatalities") or {}, e.get("trigger") or {}
                ev.write(_line([docno, trig.get("start"), trig.get("text"), e.get("sub_event_type"), loc.get("name"),
                                loc.get("iso2"), e.get("event_date"), fat.get("best"), e.get("actor1"), e.get("actor2"),
                                e.get("confidence")]))
            for p in d.get("places", []):
                pl.write(_line([docno, p.get("start"), p.get("text") or p.get("name_ar"), p.get("name"), p.get("iso2"),
                                p.get("admin1"), p.get("reason")]))


if __name__ == "__main__":
    main()
