"""`marsad eval events`: sentence-level P/R/F1 for PLOVER ASSAULT and PROTEST, actor span F1.

A sentence is predicted positive when an event of the type is extracted from it.  Two
definitions of ASSAULT are scored: PLOVER 0.8 (any ASSAULT, conventional combat included:
what marsad emits) and the GSR's own 2018 PLOVER, in which conventional combat was FIGHT and
ASSAULT meant unconventional violence (bombings, assassinations, abductions, beatings,
attacks on civilians).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.events.gsr import GsrSentence, GsrSpans, read_sentences, read_spans
from marsad.model import Document, Event
from marsad.text import article_stripped
from marsad.text.tokenize import norm_tokens

#: PLOVER 2018 ASSAULT: the modes of unconventional violence.
OLD_ASSAULT_MODES = frozenset(
    {"explosives", "suicide-attack", "assassinate", "abduct", "beat", "sexual", "torture", "massacre", "chemical"}
)


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, gold: bool, pred: bool) -> None:
        if gold and pred:
            self.tp += 1
        elif pred:
            self.fp += 1
        elif gold:
            self.fn += 1
        else:
            self.tn += 1

    def scores(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "tn": self.tn,
        }


def is_type(ev: Event, plover: str, definition: str = "plover-0.8") -> bool:
    """Does `ev` count as `plover` under the given definition ("plover-0.8" or "gsr-2018")?"""
    if ev.plover_type != plover:
        return False
    if plover == "ASSAULT" and definition == "gsr-2018":
        return ev.plover_mode in OLD_ASSAULT_MODES or ev.civilian_targeting
    return True


Runner = Callable[[str], tuple[Document, Any]]


def default_runner(gate: bool = False) -> Runner:
    """The default pipeline, run per sentence, returning the document and the actor role spans.

    `gate=True` scores the GSR-calibrated configuration (events below the classifier's gate dropped).
    """
    from marsad.events.assemble import Extractor
    from marsad.events.classifier import load_classifier
    from marsad.events.role_tagger import DEFAULT_ROLE_MODE, load_role_tagger
    from marsad.pipeline import STEPS_BEFORE_EVENTS, Pipeline

    steps = list(STEPS_BEFORE_EVENTS)
    before = Pipeline(steps)
    ext = Extractor(classifier=load_classifier(), gate=gate, role_tagger=load_role_tagger(), role_mode=DEFAULT_ROLE_MODE)

    def run(text: str) -> tuple[Document, Any]:
        return ext.run(before(text, lang="ar"))

    return run


def score_sentences(rows: Iterable[GsrSentence], plover: str, predict: Callable[[str], Sequence[Event]]) -> dict[str, Any]:
    """P/R/F1 under both definitions (ASSAULT) or the one (PROTEST); ambiguous rows left out."""
    defs = ("plover-0.8", "gsr-2018") if plover == "ASSAULT" else ("plover-0.8",)
    prf = {d: PRF() for d in defs}
    n = 0
    for row in rows:
        gold = row.gold
        if gold is None:
            continue
        n += 1
        events = predict(row.text)
        for d in defs:
            prf[d].add(gold, any(is_type(e, plover, d) for e in events))
    return {"sentences": n, **{d: p.scores() for d, p in prf.items()}}


def _wordset(s: str | Sequence[str]) -> set[str]:
    words = norm_tokens(s if isinstance(s, str) else " ".join(s))
    return {article_stripped(w) for w in words if len(w) > 1}


def score_spans(path: str | Path, plover: str, run: Runner) -> dict[str, Any]:
    """Span-overlap P/R/F1 of actor1 against source words and actor2 against target words.

    Each record gets at most one predicted span per role (from its most confident event of the
    type); it is right when it shares a word (shadow form, article stripped) with the gold
    words.  Every record with gold words counts once for recall.
    """
    return score_records(read_spans(path, plover), plover, run)


def score_records(records: Iterable[GsrSpans], plover: str, run: Runner, outcomes: list[Any] | None = None) -> dict[str, Any]:
    """`score_spans` over given records; `outcomes` (if a list) receives each record's
    ((tp, fp, fn) source, (tp, fp, fn) target), for paired comparisons."""
    res = {"source": PRF(), "target": PRF()}
    n = 0
    for rec in records:
        if not rec.text:
            continue
        n += 1
        doc, roles = run(rec.text)
        pairs = [(e, r) for e, r in zip(doc.events, roles, strict=False) if e.plover_type == plover]
        counts = []
        for key, gold_words, pick in (("source", rec.source, 0), ("target", rec.target, 1)):
            gold = _wordset(gold_words)
            # one prediction per role and record: the first span of the most confident event that has one
            ranked = sorted(pairs, key=lambda p: -p[0].confidence)
            preds = next(([spans[0]] for _, r in ranked if (spans := (r.actor1 if pick == 0 else r.actor2))), [])
            hit = any(bool(gold) and bool(_wordset(s.text) & gold) for s in preds)
            tp, fp = (1, 0) if hit else (0, len(preds))
            fn = int(bool(gold) and not hit)
            res[key].tp += tp
            res[key].fp += fp
            res[key].fn += fn
            counts.append((tp, fp, fn))
        if outcomes is not None:
            outcomes.append(tuple(counts))
    return {"sentences": n, "source_actor": res["source"].scores(), "target_actor": res["target"].scores()}


def evaluate(path: str | Path, run: Runner | None = None, types: Sequence[str] = ("ASSAULT", "PROTEST")) -> dict[str, Any]:
    """The full report of `marsad eval events --gsr DIR`: the shipped configuration, then the gated one."""
    out: dict[str, Any] = {
        "gsr": str(path),
        "note": (
            "default = the shipped pipeline (classifier in the confidence only); gated = events below the "
            "classifier's gate dropped. The shipped classifier was trained on the GSR dev half: on that half the "
            "gated figures are in-sample; use `marsad eval events --cv 5` for honest dev figures. The shipped role "
            "tagger was trained on the dev half's span records: actor span figures on that half are in-sample; "
            "the cross-validated ones are in marsad/events/MODEL_CARD.md (`marsad train roles`)."
        ),
    }
    configs = {"default": run or default_runner()}
    if run is None:
        configs["gated"] = default_runner(gate=True)
    for name, runner in configs.items():
        cache: dict[str, tuple[Document, Any]] = {}

        def cached(text: str, runner: Runner = runner, cache: dict[str, tuple[Document, Any]] = cache) -> tuple[Document, Any]:
            if text not in cache:
                cache[text] = runner(text)
            return cache[text]

        res: dict[str, Any] = {}
        for t in types:
            rows = read_sentences(path, t)
            res[t] = {
                "sentence": score_sentences(rows, t, lambda s, c=cached: c(s)[0].events),
                "spans": score_spans(path, t, cached),
            }
        out[name] = res
    return out
