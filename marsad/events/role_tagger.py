"""A CRF tagger for event roles: which words of a sentence name the source and the target.

The rules of `actors.py` read roles off known actor mentions and fixed patterns around the
trigger; many sentences defeat them (passives with no named doer, coordinated actors, objects of
a protest).  This tagger labels the tokens of one sentence B/I-SRC, B/I-TGT or O from features
the rules also look at: the word and its stem, the NER label, actor-KB membership, the role
word classes of `roles.py`, the nearest trigger (side, distance, class) and the marker before
the word (على، ضد، على يد، من قبل، the ل clitic).  It is trained by `marsad train roles` on the
GSR span records; the model file is `roles.crfsuite.gz` beside this module.
"""

from __future__ import annotations

import gzip
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Any

import pycrfsuite

from marsad.errors import ModelError
from marsad.events.actors import is_verb
from marsad.events.lexicon import TriggerHit, TriggerLexicon, load_lexicon
from marsad.events.roles import (
    CASUALTY,
    COMMON_VERBS,
    EVENT_NOUNS,
    FUNCTION_WORDS,
    MEMBERS,
    PASSIVE_AFTER,
    PLATFORMS,
    QUANTITY_LEADS,
    WEAPONS,
    bare,
    is_number,
    is_verbish,
    passive_subject,
)
from marsad.model import Document, Span, Token
from marsad.ner.features import Attr  # a CRFsuite attribute: a str, or its UTF-8 bytes (see `_Encoded`)
from marsad.text.span_index import ItemIndex

log = logging.getLogger(__name__)

MODEL_FILE = "roles.crfsuite.gz"
DEFAULT_MODEL = Path(__file__).resolve().parent / MODEL_FILE
ROLES = ("SRC", "TGT")
#: How the shipped pipeline combines the tagger with the rules (chosen by nested CV, see MODEL_CARD.md).
DEFAULT_ROLE_MODE = "tagger_first"
#: When the best path has no span of a role, the most probable tokens still count from this probability.
MIN_MARGINAL = 0.3

#: Words that mark the next phrase as the doer or the one hit (shadow form, و stripped).
_MARKERS = frozenset({"علي", "ضد", "يد", "قبل", "بيد", "بايدي", "برصاص", "باتجاه", "نحو", "استهدف", "استهدفت", "استهداف",
                      "بحق", "لدي", "امام", "منددين", "تنديدا", "رفضا", "احتجاجا", "للمطالبه", "مطالبين", "اعتراضا"})  # fmt: skip
_DEAD = frozenset({"قتيلا", "قتيل", "قتلي", "جريحا", "جرحي", "مصابا", "مصابين", "شخصا", "اشخاص"})


def word_class(tok: Token) -> str:
    """The role word class of a token (the lists of `roles.py`), in a fixed priority order."""
    return _word_class(tok.norm, tok.kind)


@lru_cache(maxsize=1 << 12)
def _word_class(norm: str, kind: str) -> str:
    tok = Token(0, 0, norm, norm, kind)
    if tok.kind == "punct":
        return "punct"
    if is_number(tok):
        return "num"
    b = bare(tok)
    n = tok.norm
    for name, words in (
        ("func", FUNCTION_WORDS),
        ("weapon", WEAPONS),
        ("event", EVENT_NOUNS),
        ("platform", PLATFORMS),
        ("quant", QUANTITY_LEADS),
        ("casualty", CASUALTY),
        ("passive", PASSIVE_AFTER),
        ("member", MEMBERS),
        ("dead", _DEAD),
        ("verb", COMMON_VERBS),
    ):
        if b in words or n in words:
            return name
    if is_verbish(tok):
        return "verb"
    return "word"


@lru_cache(maxsize=1 << 12)
def _lexical(norm: str, kind: str) -> tuple[str, str, tuple[str, ...]]:
    """(word class, bare form, the token's own features): they depend on the word alone, so cached."""
    tok = Token(0, 0, norm, norm, kind)
    b = bare(tok)
    c = _word_class(norm, kind)
    f = ["bias", f"w={norm}", f"b={b}", f"p2={b[:2]}", f"p3={b[:3]}", f"s2={b[-2:]}", f"s3={b[-3:]}", f"k={kind}", f"c={c}"]
    if norm != b:
        f.append(f"pre={norm[: len(norm) - len(b)] if norm.endswith(b) else '?'}")
    if kind == "word" and norm.startswith(("ل", "ول", "فل")) and not norm.startswith(("لا", "لم", "لن", "لقد")):
        f.append("clitic=l")
    if kind == "word" and norm.startswith(("ب", "وب")) and len(norm) > 3:
        f.append("clitic=b")
    return c, b, tuple(f)


def _bucket(d: int) -> str:
    return str(d) if d <= 3 else ("4-6" if d <= 6 else "7+")


@dataclass(frozen=True)
class SentenceView:
    """A sentence as the tagger sees it: tokens, per-token NER and actor tags, trigger hits (local indices)."""

    tokens: Sequence[Token]
    ner: Sequence[str]
    actor: Sequence[str]
    hits: Sequence[TriggerHit]


def _span_tags(tokens: Sequence[Token], spans: Sequence[tuple[int, int, str]]) -> list[str]:
    """B-/I-label per token for character spans (a span covers the tokens it overlaps)."""
    tags = ["O"] * len(tokens)
    for start, end, label in spans:
        first = True
        for k, t in enumerate(tokens):
            if t.end > start and t.start < end and tags[k] == "O":
                tags[k] = ("B-" if first else "I-") + label
                first = False
    return tags


def sentence_view(
    doc: Document, lo: int, hi: int, mentions: Sequence[Any] = (), lex: TriggerLexicon | None = None,
    spans: tuple[ItemIndex, ItemIndex] | None = None,
) -> SentenceView:
    """Tokens lo..hi of `doc` with their entity labels, actor mentions and trigger hits.  `spans` (the document's
    entities and `mentions` indexed) finds them by position: not a scan of all per sentence (quadratic)."""
    tokens = doc.tokens[lo:hi]
    if not tokens:
        return SentenceView((), (), (), ())
    a, b = tokens[0].start, tokens[-1].end
    ents = [(e.start, e.end, e.label) for e in (doc.entities if spans is None else spans[0].near(a, b))
            if e.end > a and e.start < b]
    acts = [(m.start, m.end, _actor_label(m)) for m in (mentions if spans is None else spans[1].near(a, b))
            if m.end > a and m.start < b and m.start >= 0]
    hits = (lex or load_lexicon()).find(tokens)
    return SentenceView(tokens, _span_tags(tokens, ents), _span_tags(tokens, acts), hits)


def _actor_label(m: Any) -> str:
    kind = "gen" if getattr(m, "generic", None) is not None or getattr(m, "needs_country", False) else "kb"
    return f"{kind}{m.inter if m.inter is not None else ''}"


def features(view: SentenceView, form: _Form | None = None) -> list[list[Attr]]:
    """CRFsuite features for every token of the sentence: strings, or pieces as `form` writes them."""
    toks = view.tokens
    n = len(toks)
    if not n:
        return []
    form = form or _STRINGS
    lexical = [form.lexical(t.norm, t.kind) for t in toks]
    classes = [x[0] for x in lexical]
    # what each token lends its neighbours at offsets -2, -1, +1, +2 (built once per token)
    lend = [form.window(x[1], x[0], view.ner[j], view.actor[j]) for j, x in enumerate(lexical)]
    trig_at: dict[int, TriggerHit] = {}
    for h in view.hits:
        for k in range(h.first, h.last + 1):
            trig_at[k] = h
    info = {id(h): _hit_info(h, toks) for h in view.hits}
    # puncts[k]: punctuation tokens before token k, so that "punctuation between" costs no walk per token
    puncts = [0, *accumulate(t.kind == "punct" for t in toks)]
    marks = [form.marker(t.norm) for t in toks]
    edge = form.edge
    out: list[list[Attr]] = []
    for i in range(n):
        f = [*lexical[i][2], *form.tags(view.ner[i], view.actor[i])]
        if i in trig_at:
            f += form.trig(trig_at[i].entry.cls)
        else:
            h = _nearest(view.hits, i)
            if h is not None:
                after = i > h.last
                f += form.near(after, _bucket(i - h.last if after else h.first - i), info[id(h)])
                lo, hi = (h.last + 1, i) if after else (i + 1, h.first)
                if hi > lo and puncts[hi] > puncts[lo]:
                    f += form.punct_between
            else:
                f += form.no_trigger
        if i >= 1 and marks[i - 1]:
            f += marks[i - 1][0]
        if i >= 2:
            if marks[i - 2]:
                f += marks[i - 2][1]
            if (toks[i - 2].norm, toks[i - 1].norm) in _AGENT_PAIRS:
                f += form.agent_mark
        # the neighbours at -2, -1, +1, +2, unrolled (this runs per token): slot k of `lend` and `edge` is offset k
        f += lend[i - 2][0] if i >= 2 else edge[0]
        f += lend[i - 1][1] if i >= 1 else edge[1]
        f += lend[i + 1][2] if i + 1 < n else edge[2]
        f += lend[i + 2][3] if i + 2 < n else edge[3]
        f += form.class_pair(classes[i - 1] if i else "BOS", classes[i + 1] if i + 1 < n else "EOS")
        out.append(f)
    return out


# The helpers below cache feature strings that repeat across tokens: building them per token with
# f-strings was most of the time `features` took.


@lru_cache(maxsize=1 << 12)
def _marker(norm: str) -> tuple[tuple[str], tuple[str]] | None:
    """The features a marker word gives the tokens one and two after it, or None for other words."""
    p = norm.lstrip("و")
    return ((f"mark-1={p}",), (f"mark-2={p}",)) if p in _MARKERS else None


@lru_cache(maxsize=1 << 10)
def _tag_feats(ner: str, act: str) -> tuple[str, str]:
    return f"ner={ner}", f"act={act}"


@lru_cache(maxsize=1 << 8)
def _trig_feats(cls: str) -> tuple[str, str]:
    return "trig", f"trig={cls}"


@lru_cache(maxsize=1 << 12)
def _near_feats(after: bool, dist: str, info: tuple[str, str, bool, str]) -> tuple[str, ...]:
    """The features of a token outside the nearest trigger: its side and distance, the trigger's class."""
    side = "after" if after else "before"
    cls, plover, plural, verbal = info
    return (
        f"tr={side}{dist}",
        f"tr={side}|{cls}",
        f"tr={side}{dist}|{cls}",
        f"tr={side}|{plover}",
        f"tr={side}|pl={plural}",
        f"tr={side}|{verbal}",
    )


@lru_cache(maxsize=1 << 8)
def _class_pair(before: str, after: str) -> tuple[str]:
    return (f"-1c+1c={before}|{after}",)


_AGENT_PAIRS = frozenset({("علي", "يد"), ("من", "قبل")})
_EDGE = ("-2:edge", "-1:edge", "1:edge", "2:edge")
_PUNCT_BETWEEN, _NO_TRIGGER, _AGENT_MARK = ("tr=punct-between",), ("tr=none",), ("agentmark",)


@lru_cache(maxsize=1 << 12)
def _window(b: str, c: str, ner: str, act: str) -> tuple[tuple[str, ...], ...]:
    """The features a token gives the tokens it neighbours, as their offsets -2, -1, +1, +2 (slot order)."""
    return tuple((f"{o}:b={b}", f"{o}:c={c}", f"{o}:ner={ner}", f"{o}:act={act}") for o in (-2, -1, 1, 2))


class _Form:
    """The pieces `features` joins, written as strings (what training and the tests read): the cached helpers
    above, and the constant features as one-piece tuples."""

    def __init__(self) -> None:
        self.lexical: Callable[[str, str], tuple[str, str, tuple[Attr, ...]]] = _lexical
        self.window: Callable[[str, str, str, str], tuple[tuple[Attr, ...], ...]] = _window
        self.tags: Callable[[str, str], tuple[Attr, ...]] = _tag_feats
        self.trig: Callable[[str], tuple[Attr, ...]] = _trig_feats
        self.near: Callable[[bool, str, tuple[str, str, bool, str]], tuple[Attr, ...]] = _near_feats
        self.marker: Callable[[str], tuple[tuple[Attr, ...], tuple[Attr, ...]] | None] = _marker
        self.class_pair: Callable[[str, str], tuple[Attr, ...]] = _class_pair
        self.punct_between: tuple[Attr, ...] = _PUNCT_BETWEEN
        self.no_trigger: tuple[Attr, ...] = _NO_TRIGGER
        self.agent_mark: tuple[Attr, ...] = _AGENT_MARK
        self.edge: tuple[tuple[Attr, ...], ...] = tuple((e,) for e in _EDGE)


class _Encoded(_Form):
    """The pieces as one model's tagger takes them: only the attributes the model has weights for (the others
    change no score), as UTF-8 bytes (pycrfsuite encodes every str attribute anew at every call, bytes pass
    straight through).  Each piece is cached as its string form is, so a token's are kept and encoded once."""

    def __init__(self, known: frozenset[str]) -> None:
        super().__init__()

        encoded = {attr: attr.encode() for attr in known}  # one bytes object per attribute, shared by the caches

        def keep(feats: Sequence[str]) -> tuple[Attr, ...]:
            return tuple([encoded[f] for f in feats if f in encoded])

        # built from the string helpers' uncached functions: their caches would hold every piece twice
        def cached(piece: Any, size: int) -> Callable[..., tuple[Attr, ...]]:
            return lru_cache(maxsize=size)(lambda *args: keep(piece.__wrapped__(*args)))

        def lexical(norm: str, kind: str) -> tuple[str, str, tuple[Attr, ...]]:
            c, b, own = _lexical.__wrapped__(norm, kind)
            return c, b, keep(own)

        def window(b: str, c: str, ner: str, act: str) -> tuple[tuple[Attr, ...], ...]:
            return tuple(keep(slot) for slot in _window.__wrapped__(b, c, ner, act))

        def marker(norm: str) -> tuple[tuple[Attr, ...], tuple[Attr, ...]] | None:
            got = _marker.__wrapped__(norm)
            return None if got is None else (keep(got[0]), keep(got[1]))

        self.lexical = lru_cache(maxsize=1 << 14)(lexical)
        self.window = lru_cache(maxsize=1 << 14)(window)
        self.marker = lru_cache(maxsize=1 << 14)(marker)
        self.tags = cached(_tag_feats, 1 << 10)
        self.trig = cached(_trig_feats, 1 << 8)
        self.near = cached(_near_feats, 1 << 12)
        self.class_pair = cached(_class_pair, 1 << 8)
        self.punct_between, self.no_trigger, self.agent_mark = keep(_PUNCT_BETWEEN), keep(_NO_TRIGGER), keep(_AGENT_MARK)
        self.edge = tuple(keep((e,)) for e in _EDGE)


_STRINGS = _Form()


def _hit_info(h: TriggerHit, toks: Sequence[Token]) -> tuple[str, str, bool, str]:
    return h.entry.cls, h.entry.plover_type, toks[h.first].norm.endswith("وا"), "v" if is_verb(h.entry.form) else "n"


def _nearest(hits: Sequence[TriggerHit], i: int) -> TriggerHit | None:
    best, dist = None, 10**9
    for h in hits:
        d = h.first - i if i < h.first else i - h.last
        if d < dist:
            best, dist = h, d
    return best


def runs(tags: Sequence[str], role: str) -> list[tuple[int, int]]:
    """Token index ranges [i, j] of the `role` spans in a BIO sequence."""
    out: list[tuple[int, int]] = []
    start = None
    for k, tag in enumerate([*tags, "O"]):
        inside = tag.endswith("-" + role)
        if start is not None and (not inside or tag.startswith("B-")):
            out.append((start, k - 1))
            start = None
        if inside and start is None:
            start = k
    return out


class RoleTagger:
    """A loaded CRF role model: `roles(view)` gives the best source and target token ranges."""

    def __init__(self, blob: bytes, min_marginal: float | None = None) -> None:
        self.min_marginal = min_marginal
        self._blob = blob  # CRFsuite reads the buffer in place: keep it alive with the tagger
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open_inmemory(blob)
        self._form = _Encoded(frozenset(attr for attr, _ in self._tagger.info().state_features))

    @classmethod
    def load(cls, path: str | Path | None = None, min_marginal: float | None = MIN_MARGINAL) -> RoleTagger:
        p = Path(path) if path is not None else DEFAULT_MODEL
        try:
            return cls(gzip.decompress(p.read_bytes()), min_marginal)
        except (OSError, ValueError) as err:
            raise ModelError(f"role model unreadable at {p}: {err}; run `marsad train roles`") from err

    def tag(self, view: SentenceView) -> list[str]:
        if not view.tokens:
            return []
        return list(self._tagger.tag(features(view, self._form)))

    def roles(self, view: SentenceView) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
        """(source, target) local token ranges: the most probable span of each role, or None."""
        tags = self.tag(view)
        out: list[tuple[int, int] | None] = []
        for role in ROLES:
            cands = runs(tags, role)
            if role == "SRC":
                cands = [r for r in cands if not _not_a_doer(view, *r)]
            if not cands:
                out.append(self._weak(view, role))
                continue
            out.append(max(cands, key=lambda r: self._score(tags, r)))
        return out[0], out[1]

    def _weak(self, view: SentenceView, role: str) -> tuple[int, int] | None:
        """When the best path has no span of `role`: the tokens around the most probable one, if
        their probability of the role reaches `min_marginal` (off when None).  A source is never
        the one a passive says was hit (ثمانية أشخاص قتلوا: the active and passive verbs are spelt
        alike, and the CRF takes the phrase before them for their subject)."""
        n = len(view.tokens)
        if self.min_marginal is None or not n:
            return None
        p = [self._tagger.marginal(f"B-{role}", k) + self._tagger.marginal(f"I-{role}", k) for k in range(n)]
        best = max(range(n), key=p.__getitem__)
        if p[best] < self.min_marginal:
            return None
        i = j = best
        while i > 0 and p[i - 1] >= self.min_marginal:
            i -= 1
        while j + 1 < n and p[j + 1] >= self.min_marginal:
            j += 1
        if role == "SRC" and _not_a_doer(view, i, j):
            return None
        return i, j

    def _score(self, tags: Sequence[str], rng: tuple[int, int]) -> float:
        i, j = rng
        return sum(self._tagger.marginal(tags[k], k) for k in range(i, j + 1)) / (j - i + 1)


def _not_a_doer(view: SentenceView, i: int, j: int) -> bool:
    """Tokens i..j cannot be who acted: the one a passive says was hit, or a place after في."""
    if passive_subject(view.tokens, i, j):
        return True
    return i >= 1 and view.tokens[i - 1].norm == "في" and view.ner[i] in ("B-LOC", "B-GPE", "I-LOC", "I-GPE")


def to_span(doc: Document, tokens: Sequence[Token], rng: tuple[int, int] | None) -> Span | None:
    if rng is None:
        return None
    s, e = tokens[rng[0]].start, tokens[rng[1]].end
    return Span(s, e, doc.text[s:e])


@lru_cache(maxsize=2)
def load_role_tagger(path: str | None = None) -> RoleTagger | None:
    """The shipped role model, or None when the package carries none (the rules then work alone)."""
    p = Path(path) if path is not None else DEFAULT_MODEL
    if not p.is_file():
        return None
    return RoleTagger.load(p, MIN_MARGINAL)
