"""`marsad train events`: fit the sentence classifier on the GSR dev half, with k-fold checks.

Folds split by source document, so no sentence is scored by a model that saw its neighbours.
Each type's gate (the probability an event needs) is chosen on the out-of-fold predictions of
the whole extractor (lexicon + classifier), then the final model is fitted on all of the data.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from marsad.events.classifier import MODEL_FILE, SentenceClassifier, features, fit_logistic
from marsad.events.gsr import GsrSentence, read_sentences
from marsad.events.lexicon import load_lexicon

log = logging.getLogger(__name__)

TYPES = ("ASSAULT", "PROTEST")
TEXT_STEPS = ("marsad.tokenizer.v1", "marsad.sentencizer.v1")
GATES = tuple(round(g, 2) for g in np.arange(0.05, 0.96, 0.05))
DEFAULT_OUT = Path(__file__).resolve().parent / MODEL_FILE


def folds_by_doc(rows: Sequence[GsrSentence], k: int, seed: int = 13) -> list[int]:
    """Fold number of each row; all sentences of one source document share a fold."""
    docs = sorted({r.doc_id for r in rows})
    random.Random(seed).shuffle(docs)
    fold = {d: i % k for i, d in enumerate(docs)}
    return [fold[r.doc_id] for r in rows]


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _extract_types(texts: Sequence[str], clf: SentenceClassifier | None) -> list[dict[str, float]]:
    """For each text, the best probability behind each PLOVER type the extractor emits (ungated)."""
    from marsad.events.assemble import Extractor
    from marsad.pipeline import Pipeline

    # the classifier's features need only tokens and sentences: train without the upstream models
    before = Pipeline(TEXT_STEPS)
    ungated = None
    if clf is not None:
        ungated = SentenceClassifier(clf.weights, dict.fromkeys(clf.weights, 0.0), clf.meta)
    ext = Extractor(classifier=ungated)
    out = []
    for t in texts:
        doc = ext(before(t, lang="ar"))
        seen: dict[str, float] = {}
        for e in doc.events:
            if e.plover_type:
                p = clf.probability(doc.sentences[0].text if len(doc.sentences) == 1 else t, e.plover_type) if clf else 1.0
                seen[e.plover_type] = max(seen.get(e.plover_type, 0.0), p if p is not None else 1.0)
        out.append(seen)
    return out


def cross_validate(gsr: str | Path, k: int = 5, l2: float = 1e-3, epochs: int = 300) -> dict[str, Any]:
    """Out-of-fold sentence P/R/F1 of the full extractor per type and gate; the best gate per type."""
    report: dict[str, Any] = {"k": k, "folds": "by source document"}
    lex = load_lexicon()
    for t in TYPES:
        rows = [r for r in read_sentences(gsr, t) if r.gold is not None]
        X = [features(r.text, lex) for r in rows]
        y = [int(bool(r.gold)) for r in rows]
        fold = folds_by_doc(rows, k)
        probs: list[float] = [0.0] * len(rows)
        for f in range(k):
            tr = [i for i in range(len(rows)) if fold[i] != f]
            te = [i for i in range(len(rows)) if fold[i] == f]
            w = fit_logistic([X[i] for i in tr], [y[i] for i in tr], l2=l2, epochs=epochs)
            clf = SentenceClassifier({t: w})
            seen = _extract_types([rows[i].text for i in te], clf)
            for i, s in zip(te, seen, strict=True):
                probs[i] = s.get(t, -1.0)  # -1: the lexicon found no event of the type
        table = {}
        for g in (0.0, *GATES):
            tp = sum(1 for p, g_ in zip(probs, y, strict=True) if p >= g and p >= 0 and g_)
            fp = sum(1 for p, g_ in zip(probs, y, strict=True) if p >= g and p >= 0 and not g_)
            fn = sum(y) - tp
            prec = tp / (tp + fp) if tp + fp else 0.0
            rec = tp / (tp + fn) if tp + fn else 0.0
            table[str(g)] = {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(_f1(tp, fp, fn), 4)}
        best = max(GATES, key=lambda g: table[str(g)]["f1"])
        report[t] = {
            "sentences": len(rows),
            "positives": sum(y),
            "lexicon_only": table["0.0"],
            "best_gate": best,
            "at_best_gate": table[str(best)],
        }
    return report


def train(gsr: str | Path, out: str | Path = DEFAULT_OUT, k: int = 5, l2: float = 1e-3, epochs: int = 300) -> dict[str, Any]:
    """Cross-validate, then fit on all of the dev half and write the model; returns the report."""
    cv = cross_validate(gsr, k=k, l2=l2, epochs=epochs)
    lex = load_lexicon()
    weights, gates = {}, {}
    for t in TYPES:
        rows = [r for r in read_sentences(gsr, t) if r.gold is not None]
        weights[t] = fit_logistic([features(r.text, lex) for r in rows], [int(bool(r.gold)) for r in rows], l2=l2, epochs=epochs)
        gates[t] = float(cv[t]["best_gate"])
    meta = {
        "trained_on": "arabic_event_gsr dev half (openeventdata, MIT), labels yes vs easy/difficult no",
        "l2": l2,
        "epochs": epochs,
        "cv": {t: cv[t]["at_best_gate"] for t in TYPES},
    }
    clf = SentenceClassifier(weights, gates, meta)
    Path(out).write_bytes(clf.to_bytes())
    cv["model"] = str(out)
    cv["size_bytes"] = Path(out).stat().st_size
    return cv
