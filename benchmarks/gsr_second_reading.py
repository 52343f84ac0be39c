"""A blind second reading of GSR dev sentences: how far is the extractor from the 0.80 target because of the labels?

The GSR's `yes` needs every annotator to accept, so sentences that plainly report a bombing or a march can be "no".
This measures that: the extractor's out-of-fold prediction for every dev sentence (the shipped configuration of
`marsad eval events --cv 5`: the same folds by source document, a classifier trained on the other folds, confidence >=
0.45) puts each sentence in one cell (TP, FP, FN, TN against the GSR label); a seeded stratified draw from each cell is
read again, blind to the GSR label and to the prediction, by a reader who follows one written rubric (in
benchmarks/data/README.md, "GSR second reading"). Weighting each read sentence by its cell's size over its cell's draw
gives dev-half estimates of precision, recall and F1 against the second reading, next to the same estimator against
the GSR labels (which must reproduce the cross-validated figures).

usage: python benchmarks/gsr_second_reading.py oof OUT.jsonl [GSR_DIR]     (out-of-fold confidence of every sentence)
       python benchmarks/gsr_second_reading.py draw OOF.jsonl OUT_DIR       (the stratified draw; seed 7701)
       python benchmarks/gsr_second_reading.py score [DATA_DIR]             (the figures, from the committed readings)
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from marsad.events.train import SHIPPED_MIN_CONFIDENCE as FLOOR  # the extractor's shipped confidence floor

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
SEED = 7701
#: Sentences read per cell: every FP and FN of PROTEST; the big ASSAULT cells are sampled.
QUOTA = {"ASSAULT": {"TP": 30, "FP": 45, "FN": 44, "TN": 30}, "PROTEST": {"TP": 25, "FP": 29, "FN": 22, "TN": 30}}


def oof(out: str, gsr: str = "../shared/data/events/arabic_gsr") -> None:
    """Write every judged dev sentence with its out-of-fold blended confidence (as `train.cross_validate`)."""
    from marsad.events.classifier import SentenceClassifier, features, fit_logistic
    from marsad.events.gsr import read_sentences
    from marsad.events.lexicon import load_lexicon
    from marsad.events.train import TYPES, _extract_types, folds_by_doc

    lex = load_lexicon()
    with open(out, "w", encoding="utf-8") as f:
        for t in TYPES:
            rows = [r for r in read_sentences(gsr, t) if r.gold is not None]
            x = [features(r.text, lex) for r in rows]
            y = [int(bool(r.gold)) for r in rows]
            fold = folds_by_doc([r.doc_id for r in rows], 5)
            for k in range(5):
                tr = [i for i in range(len(rows)) if fold[i] != k]
                te = [i for i in range(len(rows)) if fold[i] == k]
                w = fit_logistic([x[i] for i in tr], [y[i] for i in tr], l2=1e-3, epochs=300)
                seen = _extract_types([rows[i].text for i in te], SentenceClassifier({t: w}), t)
                for i, (p, c, _) in zip(te, seen, strict=True):
                    r = rows[i]
                    f.write(json.dumps({"type": t, "id": r.id, "doc": r.doc_id, "text": r.text, "label": r.label,
                                        "gold": y[i], "prob": round(p, 4), "conf": round(c, 4)},
                                       ensure_ascii=False) + "\n")


def cell(pred: bool, gold: int) -> str:
    return ("T" if pred == bool(gold) else "F") + ("P" if pred else "N")


def draw(oof_file: str, out_dir: str) -> None:
    """The seeded stratified draw: key_TYPE.jsonl (cell, label, confidence) and judge_TYPE.jsonl (n and text only)."""
    rows = [json.loads(line) for line in open(oof_file, encoding="utf-8")]
    rng = random.Random(SEED)
    for t, quota in QUOTA.items():
        cells: dict[str, list[dict[str, Any]]] = {}
        for r in rows:
            if r["type"] == t:
                cells.setdefault(cell(r["conf"] >= FLOOR, r["gold"]), []).append(r)
        pick = []
        for c, n in quota.items():
            pool = sorted(cells[c], key=lambda r: r["id"])
            rng.shuffle(pool)
            pick += [dict(r, cell=c, cell_size=len(cells[c])) for r in pool[:n]]
        rng.shuffle(pick)
        with open(Path(out_dir) / f"key_{t}.jsonl", "w", encoding="utf-8") as k, \
                open(Path(out_dir) / f"judge_{t}.jsonl", "w", encoding="utf-8") as j:
            for n, r in enumerate(pick):
                k.write(json.dumps(dict(r, n=n), ensure_ascii=False) + "\n")
                j.write(json.dumps({"n": n, "type": t, "text": r["text"]}, ensure_ascii=False) + "\n")


def _prf(rows: Iterable[tuple[float, bool, bool]]) -> dict[str, float]:
    """Weighted precision, recall and F1 of (weight, predicted, true) rows."""
    tp = fp = fn = 0.0
    for w, p, g in rows:
        tp += w * (p and g)
        fp += w * (p and not g)
        fn += w * (g and not p)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(prec, 3), "recall": round(rec, 3), "f1": round(2 * tp / (2 * tp + fp + fn), 3) if tp else 0.0}


#: The second reading's variants: which read sentences count as true events.
READINGS = {
    "second reading (yes)": lambda r: r["event"] == "yes",
    "second reading (yes or unsure)": lambda r: r["event"] in ("yes", "unsure"),
    "second reading, the news only (yes, not background)": lambda r: r["event"] == "yes" and not r.get("background"),
    "second reading, GSR-2018 ASSAULT (yes, not only conventional combat)":
        lambda r: r["event"] == "yes" and not r.get("conventional"),
}


def score(data: Path = DATA) -> dict[str, Any]:
    """The figures of each type from the committed file gsr_second_reading_TYPE.jsonl (one row per read sentence)."""
    report: dict[str, Any] = {}
    for t in QUOTA:
        rows = [json.loads(line) for line in (data / f"gsr_second_reading_{t}.jsonl").open(encoding="utf-8")]
        drawn: dict[str, int] = {}
        for r in rows:
            drawn[r["cell"]] = drawn.get(r["cell"], 0) + 1
        weight = {r["id"]: r["cell_size"] / drawn[r["cell"]] for r in rows}
        pred = {r["id"]: r["conf"] >= FLOOR for r in rows}
        out: dict[str, Any] = {"read": len(rows), "cells": {c: f"{n} of {next(r['cell_size'] for r in rows if r['cell'] == c)}"
                                                            for c, n in sorted(drawn.items())}}
        out["GSR labels"] = _prf((weight[r["id"]], pred[r["id"]], bool(r["gold"])) for r in rows)
        for name, true in READINGS.items():
            if "ASSAULT" in name and t != "ASSAULT":
                continue
            out[name] = _prf((weight[r["id"]], pred[r["id"]], true(r)) for r in rows)
        agree = sum(weight[r["id"]] for r in rows if (r["event"] == "yes") == bool(r["gold"]))
        out["agreement with the GSR label (weighted)"] = round(agree / sum(weight.values()), 3)
        out["GSR no, read yes (weighted share of GSR no)"] = round(
            sum(weight[r["id"]] for r in rows if not r["gold"] and r["event"] == "yes")
            / sum(weight[r["id"]] for r in rows if not r["gold"]), 3)
        out["GSR yes, read no (weighted share of GSR yes)"] = round(
            sum(weight[r["id"]] for r in rows if r["gold"] and r["event"] == "no")
            / sum(weight[r["id"]] for r in rows if r["gold"]), 3)
        report[t] = out
    return report


if __name__ == "__main__":
    cmd, *args = sys.argv[1:] or ["score"]
    if cmd == "oof":
        oof(*args)
    elif cmd == "draw":
        draw(*args)
    else:
        json.dump(score(Path(args[0]) if args else DATA), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
