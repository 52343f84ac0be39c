"""`marsad train calibration`: fit the event calibration on hand-judged samples and measure it on others.

The pipeline (without the calibration step) runs on every judged article; each of today's events
that a judgement still covers (`marsad.events.judged`) gives one row: its features and whether it
is right.  A logistic model is fitted on the training samples (L2, full-batch gradient descent,
deterministic) and reported three ways: 5-fold cross-validation by article on the training samples,
the held-out samples (never seen), and, for comparison, the extractor's own score on both.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from marsad.bench import DEFAULT_CORPUS
from marsad.events.calibrate import MODEL_PATH, Calibrator, features
from marsad.events.judged import DEFAULT_DIR, judged_documents, load_judged, match
from marsad.pipeline import DEFAULT_STEPS, Pipeline

Row = tuple[str, str, dict[str, float], int]  # sample, docno, features, right


def judged_rows(sets: Sequence[str], folder: str | Path = DEFAULT_DIR, corpus: str | Path = DEFAULT_CORPUS) -> list[Row]:
    """One row per event of today's pipeline that a judgement of `sets` still covers."""
    judged = load_judged(sets, folder)
    nlp = Pipeline([s for s in DEFAULT_STEPS if s != "marsad.calibrate.v1"])
    rows: list[Row] = []
    for docno, doc in judged_documents(judged, nlp, corpus):
        n = len(doc.events)
        for k, (ev, _old, verdict) in enumerate(match(docno, doc.events, judged)):
            if verdict is not None:
                rows.append((judged.sample_of[docno], docno, features(doc, ev, k, n), int(verdict == "right")))
    return rows


def fit(rows: Sequence[Row], l2: float = 3.0, steps: int = 2000, lr: float = 0.1) -> Calibrator:
    """Logistic regression on the rows' features (names seen in training only)."""
    names = sorted({k for _, _, f, _ in rows for k in f})
    x, y = _matrix(rows, names), np.array([r[3] for r in rows], dtype=np.float64)
    w = np.zeros(len(names))
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        w -= lr * (x.T @ (p - y) + l2 * w) / max(1, len(y))
    return Calibrator(dict(zip(names, (float(v) for v in w), strict=True)))


def _matrix(rows: Sequence[Row], names: Sequence[str]) -> np.ndarray:
    col = {k: j for j, k in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, (_, _, f, _) in enumerate(rows):
        for k, v in f.items():
            j = col.get(k)
            if j is not None:
                x[i, j] = v
    return x


def auc(scores: Sequence[float], labels: Sequence[int]) -> float:
    """ROC AUC (ties count half); 0.5 when one class is missing."""
    pos = [s for s, y in zip(scores, labels, strict=True) if y]
    neg = [s for s, y in zip(scores, labels, strict=True) if not y]
    if not pos or not neg:
        return 0.5
    wins = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg)
    return wins / (len(pos) * len(neg))


def _cv_scores(rows: Sequence[Row], k: int, l2: float, seed: int = 13) -> list[float]:
    docs = sorted({r[1] for r in rows})
    random.Random(seed).shuffle(docs)
    fold = {d: i % k for i, d in enumerate(docs)}
    out = [0.0] * len(rows)
    for f in range(k):
        model = fit([r for r in rows if fold[r[1]] != f], l2)
        for i, r in enumerate(rows):
            if fold[r[1]] == f:
                out[i] = model.probability(r[2])
    return out


def _at_floors(scores: Sequence[float], labels: Sequence[int], floors: Sequence[float]) -> list[dict[str, Any]]:
    right = sum(labels)
    out = []
    for fl in floors:
        kept = [y for s, y in zip(scores, labels, strict=True) if s >= fl]
        out.append({"floor": fl, "events_kept": len(kept), "precision": round(sum(kept) / len(kept), 3) if kept else None,
                    "right_kept": f"{sum(kept)}/{right}"})
    return out


def train_calibration(
    train_sets: Sequence[str] = ("A", "B", "C", "D"),
    test_sets: Sequence[str] = ("E", "F"),
    folder: str | Path = DEFAULT_DIR,
    corpus: str | Path = DEFAULT_CORPUS,
    out: str | Path | None = MODEL_PATH,
    l2: float = 3.0,
) -> dict[str, Any]:
    """Fit on `train_sets`, measure by CV and on `test_sets`, write the model to `out` (None: don't)."""
    rows = judged_rows([*train_sets, *test_sets], folder, corpus)
    train = [r for r in rows if r[0] in train_sets]
    test = [r for r in rows if r[0] in test_sets]
    model = fit(train, l2)
    floors = (0.2, 0.3, 0.4, 0.5)
    ytr, yte = [r[3] for r in train], [r[3] for r in test]
    cv = _cv_scores(train, 5, l2)
    te = [model.probability(r[2]) for r in test]
    report: dict[str, Any] = {
        "train_samples": list(train_sets), "test_samples": list(test_sets), "l2": l2,
        "train_events": len(train), "train_right": sum(ytr), "test_events": len(test), "test_right": sum(yte),
        "cv_auc": round(auc(cv, ytr), 3),
        "cv_auc_extractor_score": round(auc([r[2]["score"] for r in train], ytr), 3),
        "test_auc": round(auc(te, yte), 3) if test else None,
        "test_auc_extractor_score": round(auc([r[2]["score"] for r in test], yte), 3) if test else None,
        "cv_at_floors": _at_floors(cv, ytr, (0.0, *floors)),
        "test_at_floors": _at_floors(te, yte, (0.0, *floors)) if test else [],
        "features": len(model.weights),
    }
    if out is not None:
        Path(out).write_text(model.to_json(report), encoding="utf-8")
        report["model"] = str(out)
    return report
