"""A small sentence classifier for PLOVER ASSAULT and PROTEST that backs the trigger lexicon.

Logistic regression over hashed features (shadow-form words and word pairs, plus the classes
of the triggers and blockers the lexicon finds), trained with numpy on the dev half of the
Arabic GSR (`marsad train events`).  It answers one question per sentence and type: would a
GSR annotator call this sentence an event of the type?  The extractor uses it to gate and
score ASSAULT and PROTEST events; other types keep the lexicon's confidence.
"""

from __future__ import annotations

import io
import json
import logging
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from marsad.errors import ModelError
from marsad.events.agreements import deal_word
from marsad.events.context import blocked_by
from marsad.events.lexicon import TriggerLexicon, load_lexicon
from marsad.events.liberation import freed_no_ground
from marsad.model import Token
from marsad.text import article_stripped, tokenize

log = logging.getLogger(__name__)

MODEL_FILE = "event_classifier.npz"
DIM = 1 << 16


def _h(s: str) -> int:
    return zlib.crc32(s.encode("utf-8")) & (DIM - 1)


def features(text: str, lex: TriggerLexicon | None = None, tokens: Sequence[Token] | None = None) -> list[int]:
    """Hashed feature indices of a sentence, all anchored on the lexicon's triggers.

    No open bag of words: the GSR is 2007 newswire, and a model of its vocabulary does not carry
    over to today's reporting.  Each trigger gives its class, form and blocker, the words in a
    window of three on each side, and whether a death toll stands in the sentence.  `tokens`, when
    given, are `tokenize(text)` already made (a document's, offsets aside: none are read here).
    """
    lex = lex or load_lexicon()
    toks = tokenize(text) if tokens is None else tokens
    # a liberation of people, a name or an aim is no trigger (liberation.py; no places known here); the deal
    # words (agreements.py) came after the classifier's training and are no assault or protest
    hits = [h for h in lex.find(toks) if freed_no_ground(toks, h, 0, len(toks), ()) is None and not deal_word(h)]
    feats = {"BIAS"}
    if not hits:
        feats.add("t:none")
        return sorted({_h(f) for f in feats})
    words = [_stem(t.norm) if t.kind in ("word", "latin") else t.text for t in toks]
    if any(w.startswith(_TOLL) for w in words):  # a number's or a mark's text starts with no Arabic stem
        feats.add("toll")
    feats.add(f"n_hits:{min(len(hits), 4)}")
    for h in hits:
        why = blocked_by(lex, toks, h, 0)
        kind = why.split(":")[0] if why else "ok"
        c = h.entry.cls
        feats.update((f"t:{c}", f"t:{c}:{kind}", f"tf:{h.entry.form}", f"tf:{h.entry.form}:{kind}", f"k:{kind}"))
        if h.entry.weak:
            feats.add("t:weak")
        feats.add(f"pos:{c}:{min(h.first // 5, 6)}")
        for k in range(1, WINDOW + 1):
            if h.first - k >= 0:
                feats.add(f"L{k}:{words[h.first - k]}")
                feats.add(f"L:{words[h.first - k]}")
            if h.last + k < len(toks):
                feats.add(f"R{k}:{words[h.last + k]}")
                feats.add(f"R:{words[h.last + k]}")
    return sorted({_h(f) for f in feats})


WINDOW = 3
_TOLL = ("قتل", "قتيل", "قتلي", "مقتل", "جرح", "جريح", "جرحي", "اصيب", "اصابه", "مصرع", "حتف")


def _stem(norm: str) -> str:
    w = article_stripped(norm)
    return w[1:] if len(w) > 4 and w[0] in "وبلف" else w


@dataclass
class SentenceClassifier:
    """Per-type weight vectors over the hashed features, and each type's gate."""

    weights: dict[str, np.ndarray]
    gates: dict[str, float] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)

    def probability(self, text: str, plover_type: str | None, tokens: Sequence[Token] | None = None) -> float | None:
        """P(an annotator calls `text` an event of `plover_type`); None for an unmodelled type.
        `tokens`: the text's tokens, when the caller has them (see `features`)."""
        w = self.weights.get(plover_type or "")
        if w is None:
            return None
        z = float(w[features(text, tokens=tokens)].sum())
        return 1.0 / (1.0 + np.exp(-z))

    def passes(self, text: str, plover_type: str | None, tokens: Sequence[Token] | None = None) -> tuple[bool, float | None]:
        p = self.probability(text, plover_type, tokens)
        if p is None:
            return True, None
        return p >= self.gates.get(plover_type or "", 0.5), p

    # -- persistence ---------------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        buf = io.BytesIO()
        arrays = {f"w_{k}": v.astype(np.float16) for k, v in self.weights.items()}
        meta = json.dumps({"gates": self.gates, "meta": self.meta, "dim": DIM})
        np.savez_compressed(buf, meta=np.frombuffer(meta.encode("utf-8"), dtype=np.uint8), **arrays)
        return buf.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> SentenceClassifier:
        with np.load(io.BytesIO(data)) as z:
            meta = json.loads(bytes(z["meta"]).decode("utf-8"))
            if meta.get("dim") != DIM:
                raise ModelError(f"{MODEL_FILE}: feature size {meta.get('dim')} != {DIM}")
            weights = {k[2:]: z[k].astype(np.float32) for k in z.files if k.startswith("w_")}
        return cls(weights, {k: float(v) for k, v in meta["gates"].items()}, meta.get("meta", {}))


@lru_cache(maxsize=1)
def load_classifier() -> SentenceClassifier | None:
    """The shipped classifier, or None (with a warning) when the file is absent."""
    try:
        data = (resources.files("marsad.events") / MODEL_FILE).read_bytes()
    except (OSError, FileNotFoundError):
        log.warning("no %s shipped: events use the trigger lexicon alone", MODEL_FILE)
        return None
    try:
        return SentenceClassifier.from_bytes(data)
    except (OSError, ValueError, KeyError) as err:
        raise ModelError(f"{MODEL_FILE} is corrupt: {err}") from err


# -- training ----------------------------------------------------------------------------------


def fit_logistic(
    rows: Sequence[list[int]], labels: Sequence[int], l2: float = 1e-3, epochs: int = 300, lr: float = 0.5
) -> np.ndarray:
    """Full-batch logistic regression with Adam on sparse binary rows; returns the weights."""
    n = len(rows)
    w = np.zeros(DIM, dtype=np.float64)
    if n == 0:
        return w.astype(np.float32)
    idx = np.concatenate([np.asarray(r, dtype=np.int64) for r in rows])
    row_of = np.repeat(np.arange(n), [len(r) for r in rows])
    y = np.asarray(labels, dtype=np.float64)
    pos = max(1.0, y.sum())
    # balance the classes: positives are rare in the GSR
    sw = np.where(y > 0, n / (2 * pos), n / (2 * max(1.0, n - pos)))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    b1, b2 = 0.9, 0.999
    for t in range(1, epochs + 1):
        z = np.bincount(row_of, weights=w[idx], minlength=n)
        p = 1.0 / (1.0 + np.exp(-z))
        g_row = (p - y) * sw / n
        g = np.bincount(idx, weights=g_row[row_of], minlength=DIM) + l2 * w
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        w -= lr * 0.1 * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + 1e-8)
    return w.astype(np.float32)
