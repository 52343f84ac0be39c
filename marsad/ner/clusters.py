"""Word clusters from unlabeled Arabic news: PPMI context vectors, truncated SVD, k-means at three sizes.

Cluster ids are features for the CRF: they let a name unseen in ANERcorp borrow the evidence of
words that occur in the same contexts in the 2018 news corpus.  Words are clustered in their
article-stripped shadow form after the clitic cut (وبالمرصد → مرصد).  Deterministic for a seed.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from marsad.ner.clitics import article_clitic
from marsad.text import article_stripped, clean, tokenize

log = logging.getLogger(__name__)

SIZES = (64, 256, 1024)


def cluster_key(norm: str) -> str:
    """The form a word is clustered (and looked up) under."""
    return article_stripped(norm[article_clitic(norm) :])


def _key(norm: str, kind: str) -> str:
    if kind == "word":
        return cluster_key(norm)
    return "0" if kind == "number" else norm


def corpus_sentences(path: str | Path, limit: int | None = None) -> Iterable[list[str]]:
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit and n >= limit:
                break
            if line.strip():
                text = clean(json.loads(line).get("text") or "")
                yield [_key(t.norm, t.kind) for t in tokenize(text)]


def context_vectors(
    corpus: str | Path, min_count: int = 3, contexts: int = 5000, dims: int = 100, seed: int = 13, limit: int | None = None
) -> tuple[list[str], np.ndarray]:
    """(vocabulary, unit-length PPMI-SVD context vectors) of the words seen at least `min_count` times."""
    from scipy import sparse
    from sklearn.decomposition import TruncatedSVD

    sents = list(corpus_sentences(corpus, limit))
    freq = Counter(w for s in sents for w in s)
    vocab = [w for w, c in freq.most_common() if c >= min_count]
    widx = {w: i for i, w in enumerate(vocab)}
    cidx = {w: i for i, w in enumerate(vocab[:contexts])}
    rows, cols = [], []
    for s in sents:
        ids = [widx.get(w, -1) for w in s]
        cids = [cidx.get(w, -1) for w in s]
        for i, wi in enumerate(ids):
            if wi < 0:
                continue
            for off, slot in ((-2, 0), (-1, 1), (1, 2), (2, 3)):
                j = i + off
                if 0 <= j < len(s) and cids[j] >= 0:
                    rows.append(wi)
                    cols.append(slot * contexts + cids[j])
    m = sparse.coo_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(vocab), 4 * contexts)).tocsr()
    m.sum_duplicates()
    total = m.sum()
    pw = np.asarray(m.sum(axis=1)).ravel() / total
    pc = np.asarray(m.sum(axis=0)).ravel() / total
    coo = m.tocoo()
    pmi = np.log(coo.data / total / (pw[coo.row] * pc[coo.col] ** 0.75 + 1e-12))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=m.shape)
    vecs = TruncatedSVD(dims, random_state=seed).fit_transform(ppmi)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-9
    return vocab, vecs


def build_clusters(
    corpus: str | Path, min_count: int = 3, contexts: int = 5000, dims: int = 100, seed: int = 13, limit: int | None = None
) -> dict[str, str]:
    """word -> "c64|c256|c1024" for every word seen at least `min_count` times."""
    from sklearn.cluster import MiniBatchKMeans

    vocab, vecs = context_vectors(corpus, min_count, contexts, dims, seed, limit)
    labels = []
    for k in SIZES:
        km = MiniBatchKMeans(k, random_state=seed, n_init=3, batch_size=4096).fit(vecs)
        labels.append(km.labels_)
        log.info("k-means %d done", k)
    return {w: "|".join(str(lab[i]) for lab in labels) for i, w in enumerate(vocab)}
