"""`marsad train calibration`: fit the event calibration on hand-judged samples and measure it on others.

The pipeline (without the calibration step) runs on every judged article; each of today's events
that a judgement still covers (`marsad.events.judged`) gives one row: its features and whether it
is right.  A logistic model is fitted on the training samples (L2 by Newton's method,
deterministic) and reported three ways: cross-validation that holds out whole sample pairs (each
pair was judged at one commit, so a held-out pair is new articles, new code and new wording; the
L2 strength is chosen inside the other pairs), the held-out samples (never seen), and, for
comparison, the extractor's own score on both.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from marsad.bench import DEFAULT_CORPUS
from marsad.errors import InputError
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


#: Feature-name prefixes of the open vocabularies: kept when seen in `min_count` training rows
#: (so the vocabulary is chosen inside each training fold); words are penalised `word_l2` times harder.
_OPEN = ("w=", "sub=")
#: The L2 strengths the training chooses from, inside the training samples (`choose_l2`).
L2_GRID = (1.0, 3.0, 10.0)


def fit(rows: Sequence[Row], l2: float = 3.0, min_count: int = 3, word_l2: float = 2.0) -> Calibrator:
    """L2-penalised logistic regression by Newton's method (deterministic; the bias is not
    penalised) on the rows' features: names seen in training only, and of the open
    vocabularies only those seen `min_count` times."""
    counts: Counter[str] = Counter(k for _, _, f, _ in rows for k in f)
    names = sorted(k for k, c in counts.items() if c >= min_count or not k.startswith(_OPEN))
    x, y = _matrix(rows, names), np.array([r[3] for r in rows], dtype=np.float64)
    pen = l2 * np.array([0.0 if k == "bias" else word_l2 if k.startswith("w=") else 1.0 for k in names])
    w = np.zeros(len(names))
    for _ in range(30):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        step = _newton_step(x, p * (1.0 - p), pen + 1e-6, x.T @ (p - y) + pen * w)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return Calibrator(dict(zip(names, (float(v) for v in w), strict=True)))


def _newton_step(x: np.ndarray, curv: np.ndarray, pen: np.ndarray, grad: np.ndarray, iters: int = 200) -> np.ndarray:
    """Solve (Xᵀ diag(curv) X + diag(pen)) s = grad by Jacobi-preconditioned conjugate gradients:
    the Hessian is never formed, so a vocabulary of a thousand words costs milliseconds."""
    diag = (x * x).T @ curv + pen
    s = np.zeros_like(grad)
    scale = float(np.abs(grad).max())
    r = grad.copy()
    z = r / diag
    d = z.copy()
    rz = float(r @ z)
    for _ in range(iters):
        hd = x.T @ (curv * (x @ d)) + pen * d
        a = rz / float(d @ hd)
        s += a * d
        r -= a * hd
        if float(np.abs(r).max()) < 1e-8 + 1e-6 * scale:
            break
        z = r / diag
        rz, rz_old = float(r @ z), rz
        d = z + (rz / rz_old) * d
    return s


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
    y = np.asarray(labels, dtype=bool)
    n_pos, n_neg = int(y.sum()), int((~y).sum())
    if len(y) != len(scores):
        raise ValueError("scores and labels differ in length")
    if not n_pos or not n_neg:
        return 0.5
    # Mann-Whitney: the positives' mean ranks (ties share a rank) count each tie as half a win
    s = np.asarray(scores, dtype=np.float64)
    _, inverse, counts = np.unique(s, return_inverse=True, return_counts=True)
    mean_rank = np.cumsum(counts) - (counts - 1) / 2.0
    wins = float(mean_rank[inverse][y].sum()) - n_pos * (n_pos + 1) / 2.0
    return wins / (n_pos * n_neg)


def _cv_scores(rows: Sequence[Row], k: int, l2: float, seed: int = 13) -> list[float]:
    """Scores from k-fold cross-validation by article (it leaks a sample's commit and wording)."""
    docs = sorted({r[1] for r in rows})
    random.Random(seed).shuffle(docs)
    fold = {d: i % k for i, d in enumerate(docs)}
    return _held_out([fold[r[1]] for r in rows], rows, lambda train, _out: fit(train, l2))


def sample_pairs(samples: Sequence[str]) -> dict[str, str]:
    """Each sample's pair, in the order named (A/B, C/D, …): a pair was judged at one commit."""
    groups = [samples[i : i + 2] for i in range(0, len(samples), 2)]
    return {s: "/".join(g) for g in groups for s in g}


def _held_out(groups: Sequence[object], rows: Sequence[Row],
              train: Callable[[list[Row], object], Calibrator]) -> list[float]:
    """Each row's score from a model fitted without its group (`train` is told which group is out)."""
    out = [0.0] * len(rows)
    for g in sorted(set(groups), key=str):
        model = train([r for r, h in zip(rows, groups, strict=True) if h != g], g)
        for i, h in enumerate(groups):
            if h == g:
                out[i] = model.probability(rows[i][2])
    return out


def choose_l2(rows: Sequence[Row], pairs: Mapping[str, str], grid: Sequence[float] = L2_GRID, folds: int = 4) -> float:
    """The L2 strength with the best pooled AUC when whole sample pairs of `rows` are held out
    (at most `folds` folds of pairs), so the choice never sees the pair it will be scored on."""
    if len(grid) == 1:
        return float(grid[0])
    names = sorted({pairs[r[0]] for r in rows})
    if len(names) < 2:
        return float(grid[len(grid) // 2])
    fold = {p: i % folds for i, p in enumerate(names)}
    groups = [fold[pairs[r[0]]] for r in rows]
    labels = [r[3] for r in rows]
    best = max(grid, key=lambda l2: auc(_held_out(groups, rows, lambda train, _out: fit(train, l2)), labels))
    return float(best)


def pair_cv(rows: Sequence[Row], pairs: Mapping[str, str],
            grid: Sequence[float] = L2_GRID) -> tuple[list[float], dict[str, float]]:
    """Each row's score from a model fitted on the other sample pairs, its L2 chosen inside them:
    the honest figure for articles of a new sample.  Returns the scores and each pair's L2."""
    chosen: dict[str, float] = {}

    def train(part: list[Row], held: object) -> Calibrator:
        chosen[str(held)] = l2 = choose_l2(part, pairs, grid)
        return fit(part, l2)

    return _held_out([pairs[r[0]] for r in rows], rows, train), chosen


def _at_floors(scores: Sequence[float], labels: Sequence[int], floors: Sequence[float]) -> list[dict[str, Any]]:
    right = sum(labels)
    out = []
    for fl in floors:
        kept = [y for s, y in zip(scores, labels, strict=True) if s >= fl]
        out.append({"floor": fl, "events_kept": len(kept), "precision": round(sum(kept) / len(kept), 3) if kept else None,
                    "right_kept": f"{sum(kept)}/{right}"})
    return out


def _by_pair(scores: Sequence[float], rows: Sequence[Row], pairs: Mapping[str, str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for p in sorted(set(pairs[r[0]] for r in rows), key=lambda p: (len(p), p)):
        idx = [i for i, r in enumerate(rows) if pairs[r[0]] == p]
        ys = [rows[i][3] for i in idx]
        out[p] = {"events": len(idx), "right": sum(ys), "auc": round(auc([scores[i] for i in idx], ys), 3),
                  "auc_extractor_score": round(auc([rows[i][2]["score"] for i in idx], ys), 3)}
    return out


def train_calibration(
    train_sets: Sequence[str] = ("A", "B", "C", "D"),
    test_sets: Sequence[str] = ("E", "F"),
    folder: str | Path = DEFAULT_DIR,
    corpus: str | Path = DEFAULT_CORPUS,
    out: str | Path | None = MODEL_PATH,
    l2: Sequence[float] = L2_GRID,
    cv_by: str = "sample",
) -> dict[str, Any]:
    """Fit on `train_sets`, measure by CV and on `test_sets`, write the model to `out` (None: don't).

    `cv_by="sample"` holds out whole sample pairs (A/B, C/D, …, each judged at one commit) and
    chooses the L2 strength from `l2` inside the other pairs; "article" is 5-fold CV by article
    with the L2 chosen on all the training samples (the older, leakier figure)."""
    if cv_by not in ("sample", "article"):
        raise InputError(f"cv_by must be 'sample' or 'article', not {cv_by!r}")
    rows = judged_rows([*train_sets, *test_sets], folder, corpus)
    train = [r for r in rows if r[0] in train_sets]
    test = [r for r in rows if r[0] in test_sets]
    pairs = sample_pairs(list(train_sets))
    l2_final = choose_l2(train, pairs, l2)
    model = fit(train, l2_final)
    floors = (0.2, 0.25, 0.3, 0.4, 0.5)
    ytr, yte = [r[3] for r in train], [r[3] for r in test]
    by_pair = cv_by == "sample" and len(set(pairs.values())) > 1
    cv, chosen = pair_cv(train, pairs, l2) if by_pair else (_cv_scores(train, 5, l2_final), {})
    te = [model.probability(r[2]) for r in test]
    report: dict[str, Any] = {
        "train_samples": list(train_sets), "test_samples": list(test_sets), "l2": l2_final,
        "train_events": len(train), "train_right": sum(ytr), "test_events": len(test), "test_right": sum(yte),
        "cv_by": "sample pair" if by_pair else "article",
        "cv_auc": round(auc(cv, ytr), 3),
        "cv_auc_extractor_score": round(auc([r[2]["score"] for r in train], ytr), 3),
        "cv_at_floors": _at_floors(cv, ytr, (0.0, *floors)),
    }
    if by_pair:
        report["cv_by_pair"] = {p: {**v, "l2": chosen.get(p)} for p, v in _by_pair(cv, train, pairs).items()}
    report |= {
        "test_auc": round(auc(te, yte), 3) if test else None,
        "test_auc_extractor_score": round(auc([r[2]["score"] for r in test], yte), 3) if test else None,
        "test_at_floors": _at_floors(te, yte, (0.0, *floors)) if test else [],
        "features": len(model.weights),
    }
    if out is not None:
        Path(out).write_text(model.to_json(report), encoding="utf-8")
        report["model"] = str(out)
    return report
