"""CRF features of a token sequence: word forms, clitic-cut forms, affixes, shape, word lists, gazetteer flags,
context.

Per-token features depend only on the token's text and kind, so they are built once per
distinct token (cached) and the context window is assembled by list concatenation: this is
what keeps tagging above 20k tokens/s on one core.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from marsad.model import Token
from marsad.ner import lexicon
from marsad.ner.clitics import article_clitic, candidates
from marsad.ner.placewords import place_flags
from marsad.text import article_stripped

WINDOW = (-2, -1, 1, 2)


def _flags(form: str, prefix: str) -> list[str]:
    if not form:
        return []
    out = []
    bare = article_stripped(form)
    if form in lexicon.gpe_names() or bare in lexicon.gpe_names():
        out.append(prefix + "gpe")
    if form in lexicon.titles():
        out.append(prefix + "title")
    if form in lexicon.org_heads():
        out.append(prefix + "org")
    if form in lexicon.first_names():
        out.append(prefix + "fn")
    out += [prefix + f for f in place_flags().get(form, ())]
    return out


def token_features(
    norm: str, kind: str, clusters: Mapping[str, str], persons: frozenset[str] = frozenset()
) -> tuple[list[str], list[str]]:
    """(own features, context features) of one token."""
    if kind != "word":
        shape = "num" if kind == "number" else ("lat" if kind == "latin" else "p")
        w = norm if kind != "number" else "0"
        return ["b", "k=" + shape, "w=" + w], ["w=" + w, "k=" + shape]
    k = article_clitic(norm)
    stem = norm[k:]
    bare = article_stripped(stem)
    c1, c2 = candidates(norm) if not k else ("", "")
    own = [
        "b",
        "w=" + norm,
        "a=" + bare,
        "p2=" + norm[:2],
        "p3=" + norm[:3],
        "s2=" + norm[-2:],
        "s3=" + norm[-3:],
        "as3=" + bare[-3:],
        "len=" + str(min(len(bare), 8)),
    ]
    if stem.startswith("ال"):
        own.append("al")
    if k:
        own.append("cl=" + norm[:k])
    if c1:
        own.append("c1=" + c1)
        own += _flags(c1, "c1")
    if c2:
        own.append("c2=" + c2)
        own += _flags(c2, "c2")
    flags = _flags(stem, "")
    if norm in persons or (c1 and c1 in persons):
        flags.append("pn")
    own += flags
    ctx = ["w=" + norm, "a=" + bare, *flags]
    cl = clusters.get(bare) or clusters.get(norm) or (clusters.get(c1) if c1 else None)
    if cl:
        parts = cl.split("|")
        own += [f"k{i}={p}" for i, p in enumerate(parts)]
        ctx.append("k1=" + parts[min(1, len(parts) - 1)])
    return own, ctx


class Featurizer:
    """Features of token sequences for one model (its word clusters), cached per distinct token.

    `known`, where set, is the set of attributes the model has weights for: the others change no score,
    so they are dropped before tagging (a third of all features, and CRFsuite's time goes by feature).
    Training leaves it unset, and `own_features` always gives the full list (the neural tagger's input).
    The cache holds tuples, which the garbage collector stops tracking: lists of 300,000 tokens would
    be walked at every full collection.
    """

    def __init__(
        self,
        clusters: Mapping[str, str] | None = None,
        persons: frozenset[str] = frozenset(),
        cache_size: int = 300_000,
        known: frozenset[str] | None = None,
    ) -> None:
        self.clusters = dict(clusters or {})
        self.persons = persons
        self.cache_size = cache_size
        self.known = known
        #: per (norm, kind): (own features, own features as tagged, context features as tagged per offset)
        self._cache: dict[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...], dict[int, tuple[str, ...]]]] = {}

    def _kept(self, feats: list[str]) -> tuple[str, ...]:
        known = self.known
        return tuple(feats) if known is None else tuple(f for f in feats if f in known)

    def _lookup(self, key: tuple[str, str]) -> tuple[tuple[str, ...], tuple[str, ...], dict[int, tuple[str, ...]]]:
        """The token's own features, then its own and context features (at each window offset) as tagged."""
        got = self._cache.get(key)
        if got is None:
            if len(self._cache) >= self.cache_size:
                self.clear()
            own, ctx = token_features(key[0], key[1], self.clusters, self.persons)
            got = (tuple(own), self._kept(own), {off: self._kept([f"{off}:{f}" for f in ctx]) for off in WINDOW})
            self._cache[key] = got
        return got

    def own_features(self, norm: str, kind: str) -> list[str]:
        """The token's own features (cached, never filtered): the neural tagger's input too."""
        return list(self._lookup((norm, kind))[0])

    def clear(self) -> None:
        self._cache.clear()

    def __call__(self, tokens: Sequence[Token]) -> list[list[str]]:
        """Features of every token of one sentence."""
        keys = [(t.norm, t.kind) for t in tokens]
        looked = [self._lookup(k) for k in keys]
        ctx = [c for _, _, c in looked]
        known = self.known
        bos = known is None or "BOS" in known
        eos = known is None or "EOS" in known
        n = len(keys)
        out = []
        # the `WINDOW` offsets unrolled, in their order (-2, -1, +1, +2): this loop runs per token
        for i in range(n):
            feats = list(looked[i][1])
            if i >= 2:
                feats += ctx[i - 2][-2]
            if i >= 1:
                feats += ctx[i - 1][-1]
            elif bos:
                feats.append("BOS")
            if i + 1 < n:
                feats += ctx[i + 1][1]
            elif eos:
                feats.append("EOS")
            if i + 2 < n:
                feats += ctx[i + 2][2]
            if i > 0:
                bigram = "bg=" + keys[i - 1][0] + "|" + keys[i][0]
                if known is None or bigram in known:
                    feats.append(bigram)
            out.append(feats)
        return out
