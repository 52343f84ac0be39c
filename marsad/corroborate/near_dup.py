"""Near-duplicate reports: MinHash signatures of word 3-shingles, candidate pairs from LSH.

Wire copy is republished with a new headline or a trimmed last paragraph; such copies are one
report, not independent corroboration.  Shingles are taken over the normalised text so that
diacritics and hamza spelling do not hide a copy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from datasketch import MinHash, MinHashLSH

_WORD = re.compile(r"\w+")


def shingles(norm_text: str, k: int = 3) -> set[bytes]:
    words = _WORD.findall(norm_text)
    if len(words) < k:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + k]).encode() for i in range(len(words) - k + 1)}


def signature(norm_text: str, num_perm: int = 64) -> MinHash | None:
    """The MinHash of a text's shingles; None for a text without words."""
    sh = shingles(norm_text)
    if not sh:
        return None
    m = MinHash(num_perm=num_perm, seed=1)
    m.update_batch(list(sh))
    return m


def near_duplicates(
    docs: Iterable[tuple[int, str]], threshold: float = 0.8, num_perm: int = 64
) -> list[tuple[int, int, float]]:
    """Pairs (earlier id, later id, estimated Jaccard) of documents at or above `threshold`.

    `docs` are (id, normalised text) in id order; each document is compared, through LSH, with
    the ones before it, and a pair is kept when the MinHash estimate clears the threshold.
    """
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    sigs: dict[int, MinHash] = {}
    pairs: list[tuple[int, int, float]] = []
    for doc_id, text in docs:
        sig = signature(text, num_perm)
        if sig is None:
            continue
        for other in lsh.query(sig):
            j = float(sig.jaccard(sigs[other]))
            if j >= threshold:
                pairs.append((min(other, doc_id), max(other, doc_id), round(j, 3)))
        lsh.insert(doc_id, sig)
        sigs[doc_id] = sig
    return sorted(pairs)
