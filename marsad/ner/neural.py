"""The neural tagger at run time, in numpy: token vectors, dilated convolutions, label probabilities.

A token's vector joins three parts, each of which generalises past the words ANERcorp labels:
the sum of learned embeddings of its CRF features (forms, affixes, word lists, gazetteer flags,
clusters), its PPMI-SVD context vector from the unlabeled news corpus (frozen), and a character
CNN over its shadow form.  Token vectors are cached per distinct token, so a sentence costs only
the convolutions.  Weights come from `neural_train` (torch, training only); nothing here needs torch.
"""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from marsad.model import Token
from marsad.ner.clitics import candidates
from marsad.ner.clusters import cluster_key
from marsad.ner.features import token_features

#: Tags in the order of the network's outputs.
TAGS = ("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
MAX_CHARS = 16
#: (dilation of each convolution layer); every layer has width 3.
DILATIONS = (1, 2, 1)


def viterbi(logp: np.ndarray) -> list[int]:
    """Best IOB2-valid tag path under per-token log-probabilities (n x tags, in TAGS order).

    The only transition scores are IOB2's hard constraints (I-X only after B-X or I-X), so O and
    B-X follow the best previous state and I-X the better of B-X and I-X: a few float operations
    per token in plain Python, faster than numpy on 9 states.
    """
    rows = logp.tolist()
    neg = float("-inf")
    delta = list(rows[0])
    for k in range(2, len(TAGS), 2):
        delta[k] = neg  # no I- at the start
    back: list[list[int]] = []
    for r in rows[1:]:
        m = max(delta)
        am = delta.index(m)
        new = [m + r[0]]
        bp = [am]
        for b in range(1, len(TAGS), 2):
            new.append(m + r[b])
            bp.append(am)
            if delta[b] >= delta[b + 1]:
                new.append(delta[b] + r[b + 1])
                bp.append(b)
            else:
                new.append(delta[b + 1] + r[b + 1])
                bp.append(b + 1)
        delta = new
        back.append(bp)
    k = delta.index(max(delta))
    path = [k]
    for bp in reversed(back):
        k = bp[k]
        path.append(k)
    return path[::-1]


@lru_cache(maxsize=1)
def _blas() -> Any:
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    return ThreadpoolController()


def one_blas_thread() -> contextlib.AbstractContextManager[Any]:
    """BLAS on one thread for the duration: on these small products extra threads only contend
    (2.7x the CPU time of the NER step in the pipeline bench on a busy 2-core machine)."""
    ctl = _blas()
    return ctl.limit(limits=1, user_api="blas") if ctl is not None else contextlib.nullcontext()


class TokenEncoder:
    """Input ids of a token: feature ids, context-vector row, character ids (shared by training and run time)."""

    def __init__(
        self,
        features: dict[str, int],
        words: dict[str, int],
        chars: dict[str, int],
        clusters: dict[str, str],
        persons: frozenset[str],
    ) -> None:
        self.features = features
        self.words = words
        self.chars = chars
        self.clusters = clusters
        self.persons = persons

    #: Where the CRF features of a token come from at run time (the CRF featurizer's cache), if set.
    own_features: Callable[[str, str], list[str]] | None = None

    def encode(self, norm: str, kind: str) -> tuple[list[int], int, list[int]]:
        if self.own_features is not None:
            own = self.own_features(norm, kind)
        else:
            own = token_features(norm, kind, self.clusters, self.persons)[0]
        fids = [self.features[f] for f in own if f in self.features]
        row = 0
        if kind == "word":
            key = cluster_key(norm)
            row = self.words.get(key, 0)
            if not row:
                c1, _ = candidates(norm)
                row = self.words.get(cluster_key(c1), 0) if c1 else 0
        elif kind == "number":
            row = self.words.get("0", 0)
        else:
            row = self.words.get(norm, 0)
        cids = [self.chars.get(c, 1) for c in norm[:MAX_CHARS]]
        return fids, row, cids


class NeuralTagger:
    """Loaded weights and the numpy forward pass."""

    def __init__(
        self,
        weights: dict[str, np.ndarray],
        encoder: TokenEncoder,
        mix: float = 1.0,
        combine: str = "linear",
        o_bias: float = 0.0,
    ) -> None:
        self.w = {k: v.astype(np.float32) for k, v in weights.items()}
        self.mix = mix  # weight of these probabilities against the CRF marginals
        self.combine = combine  # "linear" (mixture) or "log" (product of experts)
        self.o_bias = o_bias  # added to log P(O) before decoding
        self.encoder = encoder
        self._cache: dict[tuple[str, str], np.ndarray] = {}
        self.cache_size = 300_000

    @classmethod
    def load(cls, path: Path, clusters: dict[str, str], persons: frozenset[str]) -> NeuralTagger:
        with np.load(path, allow_pickle=False) as z:
            weights = {k: z[k] for k in z.files if k != "vocab"}
            vocab = json.load(io.BytesIO(z["vocab"].tobytes()))
        mix = float(vocab.get("mix", 1.0))
        combine = str(vocab.get("combine", "linear"))
        o_bias = float(vocab.get("o_bias", 0.0))
        enc = TokenEncoder(
            {f: i for i, f in enumerate(vocab["features"])},
            {w: i for i, w in enumerate(vocab["words"])},
            {c: i for i, c in enumerate(vocab["chars"])},
            clusters,
            persons,
        )
        return cls(weights, enc, mix, combine, o_bias)

    def clear(self) -> None:
        self._cache.clear()

    def _prepare(self) -> None:
        """Per-character tables of the char convolution and the first layer split by window position."""
        w = self.w
        dc = w["char"].shape[1]
        self._char_tabs = [w["char"] @ w["char_w"][k * dc : (k + 1) * dc] for k in range(3)]
        d0 = w["conv0_w"].shape[0] // 3
        self._w0 = np.concatenate([w["conv0_w"][k * d0 : (k + 1) * d0] for k in range(3)], axis=1)  # (d0, 3H)
        self._zero = np.zeros(self._w0.shape[1], np.float32)

    def _token_vector(self, norm: str, kind: str) -> np.ndarray:
        """The token's input vector times the first layer's weights for the left, centre and right slot (3H)."""
        key = (norm, kind)
        vec = self._cache.get(key)
        if vec is not None:
            return vec
        if len(self._cache) >= self.cache_size:
            self._cache.clear()
        fids, row, cids = self.encoder.encode(norm, kind)
        w = self.w
        bag = w["feat"][fids].sum(axis=0) if fids else np.zeros(w["feat"].shape[1], np.float32)
        if cids:
            ids = np.array(cids)
            t0, t1, t2 = self._char_tabs
            conv = t1[ids] + w["char_b"]
            conv[1:] += t0[ids[:-1]]  # the left neighbour's slot
            conv[:-1] += t2[ids[1:]]  # the right neighbour's slot
            conv = np.maximum(conv, 0.0).max(axis=0)
        else:
            conv = np.zeros_like(w["char_b"])
        vec = np.concatenate([bag, w["words"][row], conv]) @ self._w0
        self._cache[key] = vec
        return vec

    def probs(self, segments: Sequence[Sequence[Token]]) -> list[np.ndarray]:
        """Label probabilities (n x len(TAGS)) of each segment, all segments in one pass.

        Segments are laid end to end with zero gaps as wide as the widest dilation, and the gaps
        are zeroed again after every layer: each segment sees exactly its own zero padding.
        """
        with one_blas_thread():
            return self._probs(segments)

    def _probs(self, segments: Sequence[Sequence[Token]]) -> list[np.ndarray]:
        if not hasattr(self, "_w0"):
            self._prepare()
        w = self.w
        gap = max(DILATIONS)
        rows: list[np.ndarray] = [self._zero] * gap
        spans = []
        for seg in segments:
            spans.append((len(rows), len(rows) + len(seg)))
            rows.extend(self._token_vector(t.norm, t.kind) for t in seg)
            rows.extend([self._zero] * gap)
        u = np.stack(rows)
        hdim = u.shape[1] // 3
        mask = np.zeros((len(rows), 1), np.float32)
        for a, b in spans:
            mask[a:b] = 1.0
        h = u[:, hdim : 2 * hdim] + w["conv0_b"]
        h[1:] += u[:-1, :hdim]
        h[:-1] += u[1:, 2 * hdim :]
        h = np.maximum(h, 0.0) * mask
        n = len(rows)
        for layer, d in enumerate(DILATIONS[1:], 1):
            pad = np.pad(h, ((d, d), (0, 0)))
            win = np.concatenate([pad[:n], pad[d : d + n], pad[2 * d : 2 * d + n]], axis=1)
            h = (np.maximum(win @ w[f"conv{layer}_w"] + w[f"conv{layer}_b"], 0.0) + h) * mask
        logits = h @ w["out_w"] + w["out_b"]
        logits -= logits.max(axis=1, keepdims=True)
        e = np.exp(logits)
        p = e / e.sum(axis=1, keepdims=True)
        return [p[a:b] for a, b in spans]
