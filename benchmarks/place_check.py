"""Print random places found in random articles, one line each, for a hand check of false places.

usage: python benchmarks/place_check.py [--seed 5353] [-n 40] [--per 2] [--corpus FILE]

The articles are shuffled with `random.Random(seed)`; the default pipeline runs up to the geocoder
on the first N that have places, and `--per` places of each (drawn with the same generator) are
printed with 70 characters of text before and 50 after, the place in brackets, and its reading
(name, country, admin1, geo precision).  A place is right when the bracketed words name a place and
the reading is that place; the closing notes report the count with the seed.
"""

from __future__ import annotations

import argparse
import random
import sys

from marsad.bench import DEFAULT_CORPUS, load_corpus
from marsad.pipeline import DEFAULT_STEPS, Pipeline

#: The default steps up to and including the geocoder.
_TO_GEOCODER = DEFAULT_STEPS[: DEFAULT_STEPS.index("marsad.geocoder.v1") + 1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=5353)
    ap.add_argument("-n", type=int, default=40, help="articles with places")
    ap.add_argument("--per", type=int, default=2, help="places drawn per article")
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    args = ap.parse_args(argv)
    nlp = Pipeline(_TO_GEOCODER)
    records = load_corpus(args.corpus)
    rnd = random.Random(args.seed)
    order = list(range(len(records)))
    rnd.shuffle(order)
    shown = k = 0
    for i in order:
        if shown >= args.n:
            break
        text = records[i].get("text") or ""
        places = nlp(text, lang="ar").places if text.strip() else ()
        if not places:
            continue
        shown += 1
        for p in rnd.sample(list(places), min(args.per, len(places))):
            k += 1
            ctx = f"{text[max(0, p.start - 70):p.start]}[{p.text}]{text[p.end:p.end + 50]}"
            sys.stdout.write(f"{k} {p.name} ({p.iso2}, {p.admin1}) p{p.geo_precision} | {' '.join(ctx.split())}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
