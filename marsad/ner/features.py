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
#: An attribute as CRFsuite takes it: a str, or its UTF-8 bytes (see `Featurizer`).
Attr = str | bytes


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
    With `known` set, the features as tagged are UTF-8 bytes: pycrfsuite encodes every str attribute anew at
    every call (a third of the tagger's time), while bytes pass straight through, and the cache encodes a
    token's once.  The model sees the same attribute names either way.
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
        #: every known attribute's UTF-8 bytes, made once: the cached tokens share them (no encoding per token)
        self._encoded: dict[str, bytes] | None = None if known is None else {attr: attr.encode() for attr in known}
        #: per (norm, kind): (own features, then as tagged: own features, context features at -2, -1, +1, +2)
        self._cache: dict[tuple[str, str], _Cached] = {}
        #: (word before, word) -> its bigram attribute, for the bigrams the model has weights for: a pair
        #: lookup with the words' hashes already known, where building "bg=…|…" at every token cost more
        self._bigrams: dict[tuple[str, str], bytes] | None = None if known is None else _bigram_pairs(known)
        #: context feature -> (window slot, its known attribute at that offset), for the known ones only: a
        #: word's context features are looked up once, not rebuilt as "off:feature" at each offset and tested
        self._lent: dict[str, tuple[tuple[int, bytes], ...]] | None = None if known is None else _lent_attributes(known)
        #: the sentence-edge attributes, where they are tagged (known, or always when training)
        self._bos: Attr | None = "BOS" if known is None else (b"BOS" if "BOS" in known else None)
        self._eos: Attr | None = "EOS" if known is None else (b"EOS" if "EOS" in known else None)

    def _kept(self, feats: list[str]) -> tuple[Attr, ...]:
        encoded = self._encoded
        return tuple(feats) if encoded is None else tuple([encoded[f] for f in feats if f in encoded])

    def _lookup(self, key: tuple[str, str]) -> _Cached:
        """The token's own features, then its own and context features (at each window offset) as tagged."""
        got = self._cache.get(key)
        if got is None:
            got = self._build(key)
        return got

    def _build(self, key: tuple[str, str]) -> _Cached:
        if len(self._cache) >= self.cache_size:
            self.clear()
        own, ctx = token_features(key[0], key[1], self.clusters, self.persons)
        m2, m1, p1, p2 = self._lent_features(ctx)
        got = (tuple(own), self._kept(own), m2, m1, p1, p2)
        self._cache[key] = got
        return got

    def _lent_features(self, ctx: list[str]) -> tuple[tuple[Attr, ...], ...]:
        """What a token with context features `ctx` gives its neighbours at each `WINDOW` offset (known ones)."""
        lent = self._lent
        if lent is None:
            return tuple(tuple(f"{off}:{f}" for f in ctx) for off in WINDOW)
        slots: tuple[list[bytes], ...] = ([], [], [], [])
        for f in ctx:
            for slot, attr in lent.get(f, ()):
                slots[slot].append(attr)
        return tuple(tuple(x) for x in slots)

    def own_features(self, norm: str, kind: str) -> list[str]:
        """The token's own features (cached, never filtered): the neural tagger's input too."""
        return list(self._lookup((norm, kind))[0])

    def clear(self) -> None:
        self._cache.clear()

    def __call__(self, tokens: Sequence[Token]) -> list[list[Attr]]:
        """Features of every token of one sentence (bytes where `known` is set, see the class)."""
        cache, build = self._cache, self._build
        norms = [t.norm for t in tokens]
        looked = [cache.get(k) or build(k) for k in [(t.norm, t.kind) for t in tokens]]
        pairs = self._bigrams
        bos, eos = self._bos, self._eos
        n = len(norms)
        out: list[list[Attr]] = []
        # the `WINDOW` offsets unrolled, in their order (-2, -1, +1, +2): this loop runs per token
        for i in range(n):
            if 2 <= i < n - 2:  # most tokens: all four neighbours, one list built in one go
                feats = [*looked[i][1], *looked[i - 2][2], *looked[i - 1][3], *looked[i + 1][4], *looked[i + 2][5]]
            else:
                feats = list(looked[i][1])
                if i >= 2:
                    feats += looked[i - 2][2]
                if i >= 1:
                    feats += looked[i - 1][3]
                elif bos is not None:
                    feats.append(bos)
                if i + 1 < n:
                    feats += looked[i + 1][4]
                elif eos is not None:
                    feats.append(eos)
                if i + 2 < n:
                    feats += looked[i + 2][5]
            if i > 0:
                if pairs is None:
                    feats.append("bg=" + norms[i - 1] + "|" + norms[i])
                elif (bigram := pairs.get((norms[i - 1], norms[i]))) is not None:
                    feats.append(bigram)
            out.append(feats)
        return out


#: A token's cached features: all its own, then as tagged its own and those it lends at -2, -1, +1, +2.
_Cached = tuple[tuple[str, ...], tuple[Attr, ...], tuple[Attr, ...], tuple[Attr, ...], tuple[Attr, ...], tuple[Attr, ...]]


def _lent_attributes(known: frozenset[str]) -> dict[str, tuple[tuple[int, bytes], ...]]:
    """Every known windowed attribute "off:feature" (encoded) under its feature, with the offset's slot in
    `WINDOW`."""
    slot_of = {f"{off}:": slot for slot, off in enumerate(WINDOW)}
    out: dict[str, list[tuple[int, bytes]]] = {}
    for attr in known:
        head, sep, feat = attr.partition(":")
        if sep and (slot := slot_of.get(head + sep)) is not None:
            out.setdefault(feat, []).append((slot, attr.encode()))
    return {feat: tuple(sorted(pairs)) for feat, pairs in out.items()}


def _bigram_pairs(known: frozenset[str]) -> dict[tuple[str, str], bytes]:
    """Every known "bg=A|B" attribute (encoded) under (A, B), split at each "|" it holds: a word may hold
    one, and only the pair that rebuilds the attribute is ever asked for."""
    out: dict[tuple[str, str], bytes] = {}
    for attr in known:
        if attr.startswith("bg="):
            body, encoded = attr[3:], attr.encode()
            at = body.find("|")
            while at >= 0:
                out[(body[:at], body[at + 1 :])] = encoded
                at = body.find("|", at + 1)
    return out
