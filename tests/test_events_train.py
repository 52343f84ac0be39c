"""The nested threshold choice of `marsad eval events --cv` never looks at the test fold."""

from __future__ import annotations

import random

from marsad.events.train import CONFIDENCES, GATES, _inner_thresholds


def test_inner_thresholds_use_training_folds_only() -> None:
    rng = random.Random(3)
    n, test_fold = 200, 0
    fold = [i % 5 for i in range(n)]
    y = [int(rng.random() < 0.3) for _ in range(n)]
    # a feature that tells the label, one that does not, and the bias
    X: list = [sorted({1, 2 + y[i], 10 + rng.randrange(5)}) for i in range(n)]
    prior: list = [0.8 if i % 7 else -1.0 for i in range(n)]
    tr = [i for i in range(n) if fold[i] != test_fold]
    for i in range(n):
        if fold[i] == test_fold:  # any read of the test fold fails loudly
            X[i] = y[i] = prior[i] = None  # type: ignore[call-overload]
    gate, min_conf = _inner_thresholds(X, y, prior, fold, tr, l2=1e-3, epochs=50)
    assert gate in GATES
    assert min_conf in CONFIDENCES
