"""Run the default pipeline over a whole corpus and count offset-invariant and schema violations.

usage: python benchmarks/corpus_invariants.py [CORPUS.jsonl] [--published YYYY-MM-DD]
The property tests draw random text; this checks the same two promises on real news.
"""

from __future__ import annotations

import argparse
import json
import time

import jsonschema

import marsad
from marsad.bench import DEFAULT_CORPUS, load_corpus
from marsad.schema import schema


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--published", default="2018-06-01")
    args = ap.parse_args()
    validator = jsonschema.Draft202012Validator(schema())
    nlp = marsad.Pipeline.load()
    docs = bad_spans = invalid = events = 0
    t0 = time.perf_counter()
    for rec in load_corpus(args.corpus):
        doc = nlp(rec.get("text") or "", published=args.published)
        docs += 1
        bad_spans += sum(1 for _, s, e, t in doc.spans() if not 0 <= s <= e <= len(doc.text) or doc.text[s:e] != t)
        invalid += any(True for _ in validator.iter_errors(doc.to_dict()))
        events += len(doc.events)
    print(json.dumps({"docs": docs, "bad_spans": bad_spans, "invalid_documents": invalid, "events": events,
                      "seconds": round(time.perf_counter() - t0, 1)}))


if __name__ == "__main__":
    main()
