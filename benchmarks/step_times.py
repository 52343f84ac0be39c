"""CPU seconds per pipeline component over a corpus (default: the 3,000 ANT articles).

usage: python benchmarks/step_times.py [CORPUS.jsonl]

`marsad bench pipeline` gives the whole pipeline's rate, which moves by several percent between runs on a
shared machine; CPU time per component is the steadier figure for saying which step got faster or slower.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable

import marsad
from marsad.bench import DEFAULT_CORPUS, load_corpus
from marsad.model import Document


def _timed(name: str, comp: Callable[[Document], Document], spent: Counter[str]) -> Callable[[Document], Document]:
    def run(doc: Document) -> Document:
        c = time.process_time()
        out = comp(doc)
        spent[name] += time.process_time() - c
        return out

    return run


def main(corpus: str) -> None:
    nlp = marsad.Pipeline.load()
    spent: Counter[str] = Counter()
    nlp._components = [(spec, _timed(spec.name, comp, spent)) for spec, comp in nlp._components]
    for rec in load_corpus(corpus):
        nlp(rec.get("text") or "")
    for name, secs in spent.most_common():
        print(f"{name:28s} {secs:6.2f}")
    print(f"{'total':28s} {sum(spent.values()):6.2f}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(DEFAULT_CORPUS))
