"""`marsad train roles`: fit the CRF role tagger on the GSR span records, cross-validated first.

Labels come from the records' gold words as `marsad eval events` reads them (the adjudicated
`source_gold`/`target_gold` where present, else the union of the annotators' words): a token is
SRC or TGT when its shadow form, article stripped, is one of the role's words.  The comparison
runs on folds grouped by source document, with the whole extractor in four role modes (rules
alone, tagger alone, rules then tagger, tagger then rules) scored exactly as `score_spans` does.
"""

from __future__ import annotations

import bisect
import gzip
import logging
import random
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pycrfsuite

from marsad.events.evaluate import score_records
from marsad.events.gsr import GsrSpans, read_spans
from marsad.events.lexicon import load_lexicon
from marsad.events.mentions import find_mentions
from marsad.events.role_tagger import DEFAULT_MODEL, MIN_MARGINAL, ROLES, RoleTagger, features, sentence_view
from marsad.events.roles import FUNCTION_WORDS
from marsad.events.train import f1, folds_by_doc
from marsad.model import Document, Token
from marsad.text import article_stripped
from marsad.text.tokenize import norm_tokens

log = logging.getLogger(__name__)

TYPES = ("ASSAULT", "PROTEST")
SEED = 13
#: CRFsuite settings (L-BFGS, elastic net): the shipped c1/c2 were picked by the nested CV (see MODEL_CARD.md).
PARAMS: dict[str, Any] = {"c1": 0.05, "c2": 0.1, "max_iterations": 150, "feature.possible_transitions": True}
MODES = ("rules", "tagger", "fill", "tagger_first")

Sequence_ = tuple[list[list[str]], list[str]]


def gold_words(words: Sequence[str]) -> set[str]:
    """The scorer's word set: shadow forms, article stripped, longer than one letter."""
    return {article_stripped(w) for w in norm_tokens(" ".join(words)) if len(w) > 1}


def labels(tokens: Sequence[Token], source: Sequence[str], target: Sequence[str]) -> list[str]:
    """BIO role labels of a sentence's tokens from the record's gold words.

    A token matching both roles' words is left O (the annotators disagreed); a function word
    (من، في) counts only beside another word of its role.
    """
    sets = (gold_words(source), gold_words(target))
    raw: list[str | None] = []
    for t in tokens:
        w = article_stripped(t.norm)
        hit = [r for r, g in zip(ROLES, sets, strict=True) if t.kind != "punct" and (w in g or t.norm in g)]
        raw.append(hit[0] if len(hit) == 1 else None)
    for i, r in enumerate(raw):
        if r is None or tokens[i].norm not in FUNCTION_WORDS:
            continue
        near = (i > 0 and raw[i - 1] == r) or (i + 1 < len(raw) and raw[i + 1] == r)
        if not near:
            raw[i] = None
    out = []
    for i, r in enumerate(raw):
        if r is None:
            out.append("O")
        else:
            out.append(("I-" if i > 0 and raw[i - 1] == r else "B-") + r)
    return out


def prepare(records: Sequence[GsrSpans]) -> list[Document]:
    """Each record's text through the default pipeline up to (not including) the events step."""
    from marsad.pipeline import STEPS_BEFORE_EVENTS, Pipeline

    before = Pipeline(list(STEPS_BEFORE_EVENTS))
    return [before(r.text, lang="ar") for r in records]


def sequences(doc: Document, rec: GsrSpans) -> list[Sequence_]:
    """(features, labels) for each sentence of a prepared record."""
    lex = load_lexicon()
    mentions = find_mentions(doc)
    starts = [t.start for t in doc.tokens]
    out = []
    for s in doc.sentences:
        lo, hi = bisect.bisect_left(starts, s.start), bisect.bisect_left(starts, s.end)
        if lo >= hi:
            continue
        view = sentence_view(doc, lo, hi, mentions, lex)
        out.append((features(view), labels(view.tokens, rec.source, rec.target)))
    return out


def fit(seqs: Sequence[Sequence_], params: dict[str, Any] | None = None) -> bytes:
    """Train a CRF on (features, labels) sequences; the gzipped model bytes (deterministic)."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for xs, ys in seqs:
        trainer.append(xs, ys)
    trainer.set_params({**PARAMS, **(params or {})})
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "roles.crfsuite"
        trainer.train(str(path))
        return gzip.compress(path.read_bytes(), mtime=0)


def _runner(docs: dict[str, Document], ext: Any) -> Callable[[str], Any]:
    def run(text: str) -> Any:
        return ext.run(docs[text])

    return run


def _f1(counts: Sequence[tuple[int, int, int]]) -> float:
    """F1 of summed (tp, fp, fn) counts."""
    return f1(*(sum(c[i] for c in counts) for i in range(3)))


def _bootstrap(a: Sequence[tuple[int, int, int]], b: Sequence[tuple[int, int, int]], n: int = 2000) -> tuple[float, float]:
    """95% interval of F1(b) - F1(a), resampling records (paired)."""
    rng = random.Random(SEED)
    m = len(a)
    diffs = []
    for _ in range(n):
        idx = [rng.randrange(m) for _ in range(m)]
        diffs.append(_f1([b[i] for i in idx]) - _f1([a[i] for i in idx]))
    diffs.sort()
    return round(diffs[int(0.025 * n)], 4), round(diffs[int(0.975 * n) - 1], 4)


#: The candidates compared (and chosen among by the nested CV): CRF settings x fallback x role mode.
SETTINGS: dict[str, dict[str, Any]] = {"c1 0.1 c2 0.05": {"c1": 0.1, "c2": 0.05}, "c1 0.05 c2 0.1": {"c1": 0.05, "c2": 0.1}}
MARGINALS: tuple[float | None, ...] = (None, MIN_MARGINAL)
Config = tuple[str, float | None, str]
CELLS = tuple((t, j) for t in TYPES for j in (0, 1))  # (type, 0 = source / 1 = target)


def configs() -> list[Config]:
    """Every candidate: the rules alone, then each setting, fallback and tagger mode."""
    return [("-", None, "rules")] + [(p, m, mode) for p in SETTINGS for m in MARGINALS for mode in MODES[1:]]


def config_name(c: Config) -> str:
    return "rules" if c[2] == "rules" else f"{c[2]} [{c[0]}, fallback {c[1] if c[1] is not None else 'off'}]"


class _Data:
    """The prepared records, their training sequences and the cached pre-event documents."""

    def __init__(self, gsr: str | Path, limit: int | None = None) -> None:
        self.recs = [r for t in TYPES for r in [r for r in read_spans(gsr, t) if r.text][:limit]]  # limit: per type
        docs = prepare(self.recs)
        self.by_text = {r.text: d for r, d in zip(self.recs, docs, strict=True)}
        self.seqs = [sequences(d, r) for r, d in zip(self.recs, docs, strict=True)]

    def outcomes(
        self, train: Sequence[int], test: Sequence[int], cands: Sequence[Config], clf: Any
    ) -> dict[Config, dict[str, list[Any]]]:
        """Per candidate and type, the (source, target) outcome of each test record (tagger fitted on `train`)."""
        from marsad.events.assemble import Extractor

        taggers: dict[str, bytes] = {}
        out: dict[Config, dict[str, list[Any]]] = {}
        for c in cands:
            tagger = None
            if c[2] != "rules":
                if c[0] not in taggers:
                    taggers[c[0]] = gzip.decompress(fit([s for i in train for s in self.seqs[i]], SETTINGS[c[0]]))
                tagger = RoleTagger(taggers[c[0]], c[1])
            ext = Extractor(classifier=clf, role_tagger=tagger, role_mode=c[2])
            run = _runner(self.by_text, ext)
            out[c] = {}
            for t in TYPES:
                got: list[Any] = []
                score_records([self.recs[i] for i in test if self.recs[i].event_type == t], t, run, got)
                out[c][t] = got
        return out


def _mean_f1(res: dict[str, list[Any]]) -> float:
    return sum(_f1([g[j] for g in res[t]]) for t, j in CELLS) / len(CELLS)


def _prf_row(c: Sequence[tuple[int, int, int]]) -> dict[str, float]:
    tp, fp, fn = (sum(x[i] for x in c) for i in range(3))
    return {
        "precision": round(tp / (tp + fp), 4) if tp + fp else 0.0,
        "recall": round(tp / (tp + fn), 4) if tp + fn else 0.0,
        "f1": round(_f1(c), 4),
    }


def cross_validate(gsr: str | Path, k: int = 5, limit: int | None = None, nested: bool = True) -> dict[str, Any]:
    """Out-of-fold actor span P/R/F1 of every candidate, per fold and with paired bootstrap
    intervals against the rules; with `nested`, also the figures of the whole selection
    procedure (each outer fold's candidate chosen by an inner CV over its training folds only)."""
    from marsad.events.classifier import load_classifier

    data = _Data(gsr, limit)
    fold = folds_by_doc([r.doc for r in data.recs], k, SEED)
    clf = load_classifier()
    cands = configs()
    pooled: dict[Config, dict[str, list[Any]]] = {c: {t: [] for t in TYPES} for c in cands}
    fold_f1: dict[Config, list[float]] = {c: [] for c in cands}
    chosen: list[str] = []
    nested_out: dict[str, list[Any]] = {t: [] for t in TYPES}
    for f in range(k):
        train = [i for i in range(len(data.recs)) if fold[i] != f]
        test = [i for i in range(len(data.recs)) if fold[i] == f]
        res = data.outcomes(train, test, cands, clf)
        for c in cands:
            for t in TYPES:
                pooled[c][t].extend(res[c][t])
            fold_f1[c].append(round(_mean_f1(res[c]), 4))
        if nested:
            inner: dict[Config, dict[str, list[Any]]] = {c: {t: [] for t in TYPES} for c in cands}
            for g in sorted({fold[i] for i in train}):
                r2 = data.outcomes([i for i in train if fold[i] != g], [i for i in train if fold[i] == g], cands, clf)
                for c in cands:
                    for t in TYPES:
                        inner[c][t].extend(r2[c][t])
            best = max(cands, key=lambda c: _mean_f1(inner[c]))
            chosen.append(config_name(best))
            for t in TYPES:
                nested_out[t].extend(res[best][t])
    base = pooled[cands[0]]
    table = []
    for c in cands:
        row: dict[str, Any] = {"candidate": config_name(c), "mean_f1": round(_mean_f1(pooled[c]), 4), "fold_mean_f1": fold_f1[c]}
        for t, j in CELLS:
            cell = _prf_row([g[j] for g in pooled[c][t]])
            if c is not cands[0]:
                cell["vs_rules_95ci"] = _bootstrap([g[j] for g in base[t]], [g[j] for g in pooled[c][t]])
            row[f"{t} {('source', 'target')[j]}"] = cell
        table.append(row)
    report: dict[str, Any] = {
        "k": k,
        "folds": "by source document",
        "records": {t: sum(1 for r in data.recs if r.event_type == t) for t in TYPES},
        "candidates": table,
    }
    if nested:
        row = {"chosen_per_fold": chosen, "mean_f1": round(_mean_f1(nested_out), 4)}
        for t, j in CELLS:
            cell = _prf_row([g[j] for g in nested_out[t]])
            cell["vs_rules_95ci"] = _bootstrap([g[j] for g in base[t]], [g[j] for g in nested_out[t]])
            row[f"{t} {('source', 'target')[j]}"] = cell
        report["nested"] = row
    return report


def train(
    gsr: str | Path, out: str | Path = DEFAULT_MODEL, params: dict[str, Any] | None = None, limit: int | None = None
) -> dict[str, Any]:
    """Fit on every span record of the dev half (the first `limit` per type) and write the gzipped model."""
    recs = [r for t in TYPES for r in [r for r in read_spans(gsr, t) if r.text][:limit]]
    docs = prepare(recs)
    seqs = [s for r, d in zip(recs, docs, strict=True) for s in sequences(d, r)]
    blob = fit(seqs, params)
    Path(out).write_bytes(blob)
    return {
        "model": str(out),
        "size_bytes": len(blob),
        "sequences": len(seqs),
        "records": len(recs),
        "params": {**PARAMS, **(params or {})},
    }
