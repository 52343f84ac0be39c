"""CoNLL exact-span scoring, and `marsad eval ner`: run the pipeline on gold tokens joined by spaces.

Output labels map back to ANERcorp types: PER→PERS, GPE/LOC/FAC→LOC, ORG→ORG, NORP/MISC→MISC.
Nothing is re-tokenised on the gold side: each gold token gets the label of the entity that
overlaps it, B- on the first such token, I- after.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.model import Entity
from marsad.ner.conll import ANER_TYPES, Sentence, read_conll, spans_of, tags_of
from marsad.text import clean

TO_ANER = {"PER": "PERS", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG", "NORP": "MISC", "MISC": "MISC"}
CORE = ("PERS", "LOC", "ORG")


@dataclass
class Counts:
    """True positives, false positives and false negatives per type."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)

    def add(self, gold: Sequence[str], pred: Sequence[str]) -> None:
        g = set(spans_of(gold))
        p = set(spans_of(pred))
        for typ, *_ in g & p:
            self.tp[typ] += 1
        for typ, *_ in p - g:
            self.fp[typ] += 1
        for typ, *_ in g - p:
            self.fn[typ] += 1

    def merge(self, other: Counts) -> None:
        self.tp.update(other.tp)
        self.fp.update(other.fp)
        self.fn.update(other.fn)

    def prf(self, types: Iterable[str]) -> dict[str, float]:
        tp = sum(self.tp[t] for t in types)
        fp = sum(self.fp[t] for t in types)
        fn = sum(self.fn[t] for t in types)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "support": tp + fn}

    def report(self) -> dict[str, Any]:
        return {
            "per_type": {t: self.prf([t]) for t in ANER_TYPES},
            "micro_PERS_LOC_ORG": self.prf(CORE),
            "micro_all4": self.prf(ANER_TYPES),
        }


def gold_text(sent: Sentence) -> tuple[str, list[tuple[int, int]]]:
    """The sentence's tokens joined by single spaces, and each token's character span."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    for tok, _ in sent:
        t = clean(tok).replace("\n", " ") or "_"
        parts.append(t)
        offsets.append((pos, pos + len(t)))
        pos += len(t) + 1
    return " ".join(parts), offsets


def tags_from_entities(entities: Iterable[Entity], offsets: Sequence[tuple[int, int]]) -> list[str]:
    """Gold-token IOB2 tags (ANERcorp types) from predicted character spans; overlaps: longest wins."""
    taken = [False] * len(offsets)
    spans: list[tuple[str, int, int]] = []
    for ent in sorted(entities, key=lambda e: (-(e.end - e.start), e.start)):
        idx = [k for k, (a, b) in enumerate(offsets) if a < ent.end and ent.start < b]
        if not idx or any(taken[k] for k in idx):
            continue
        for k in idx:
            taken[k] = True
        spans.append((TO_ANER.get(ent.label, "MISC"), idx[0], idx[-1] + 1))
    return tags_of(len(offsets), sorted(spans, key=lambda s: s[1]))


def eval_pipeline(
    steps: Sequence[Any] | None = None, model: str | None = None, rules: bool = True, neural: bool = False
) -> Any:
    """The pipeline `marsad eval ner` runs: the default steps up to the recogniser (or `steps`)."""
    from marsad.pipeline import DEFAULT_STEPS, Pipeline

    if steps is None:
        names = list(DEFAULT_STEPS)
        cut = names.index("marsad.ner.v1") + 1 if "marsad.ner.v1" in names else len(names)
        steps = [*names[:cut]] if "marsad.ner.v1" in names else [*names, "marsad.ner.v1"]
    out = []
    for s in steps:
        name = s if isinstance(s, str) else s[0]
        if name == "marsad.ner.v1" and (model is not None or not rules or neural):
            out.append((name, {"model": model, "rules": rules, "neural": neural}))
        else:
            out.append(s)
    return Pipeline(out)


def evaluate(sents: Sequence[Sentence], pipeline: Any) -> tuple[Counts, list[list[str]]]:
    """Score a pipeline on gold sentences; also return the predicted tags."""
    from marsad.pipeline import make_document

    counts = Counts()
    preds = []
    for sent in sents:
        text, offsets = gold_text(sent)
        doc = pipeline.process(make_document(text, lang="ar", id="eval"))
        if doc.text != text:  # clean() is idempotent, so this does not happen; guard the mapping anyway
            raise ValueError("document text changed at ingest; token offsets would be wrong")
        pred = tags_from_entities(doc.entities, offsets)
        counts.add([t for _, t in sent], pred)
        preds.append(pred)
    return counts, preds


def evaluate_file(path: str | Path, model: str | None = None, full: bool = False, neural: bool = False) -> dict[str, Any]:
    """`marsad eval ner FILE.conll`: the report dict (`neural`: the CRF + neural ensemble)."""
    from marsad.pipeline import DEFAULT_STEPS

    sents = read_conll(path)
    pipe = eval_pipeline(list(DEFAULT_STEPS) if full else None, model, neural=neural)
    counts, _ = evaluate(sents, pipe)
    rep = counts.report()
    rep["file"] = str(path)
    rep["sentences"] = len(sents)
    rep["tokens"] = sum(len(s) for s in sents)
    rep["pipeline"] = pipe.names
    return rep


def format_report(rep: dict[str, Any]) -> str:
    """A conlleval-like table."""
    lines = [f"{'type':<20}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>10}"]
    rows = [*rep["per_type"].items(), ("micro PERS/LOC/ORG", rep["micro_PERS_LOC_ORG"]), ("micro all 4", rep["micro_all4"])]
    for name, r in rows:
        lines.append(f"{name:<20}{r['precision']:>10.4f}{r['recall']:>10.4f}{r['f1']:>10.4f}{r['support']:>10}")
    return "\n".join(lines)
