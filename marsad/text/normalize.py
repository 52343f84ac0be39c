"""Ingest cleaning and the offset-preserving matching form ("shadow") of Arabic text.

`clean` runs once, before any offset exists.  `shadow` gives the form every matcher works on:
diacritics, tatweel and invisible format characters removed; alef, hamza, ya and ta-marbuta
forms unified; Arabic-Indic and Persian digits made ASCII; Latin lower-cased.  Each kept
character maps to exactly one original character, so `Shadow.to_orig` turns a match in the
shadow back into a span of the original text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

# Characters dropped from the shadow: harakat, Quranic marks, superscript alef, tatweel, and
# format controls (bidi marks and isolates, zero-width joiners, BOM, Arabic letter mark).
_DROP = (
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640"
    "\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u061c\u00ad"
)
DROP_RE = re.compile(f"[{_DROP}]")

_MAP = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ى": "ي",
    "ی": "ي",
    "ې": "ي",
    "ئ": "ي",
    "ؤ": "و",
    "ة": "ه",
    "ۀ": "ه",
    "ک": "ك",
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\t": " ",
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)
    _MAP[chr(0x06F0 + _i)] = str(_i)

TABLE: dict[int, int | str | None] = {ord(k): v for k, v in _MAP.items()}
for _c in range(0x41, 0x5B):
    TABLE[_c] = chr(_c + 32)
for _c in range(0xC0, 0xDF):
    if _c != 0xD7:
        TABLE[_c] = chr(_c + 32)
_DROP_CHARS = [
    c
    for c in map(chr, list(range(0x0600, 0x0700)) + list(range(0x2000, 0x2070)) + [0xFEFF, 0x00AD])
    if DROP_RE.fullmatch(c)
]
for _c in _DROP_CHARS:
    TABLE[ord(_c)] = None

_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_NEWLINE_RE = re.compile("\r\n?|[\u2028\u2029\x85]")
#: A lone UTF-16 surrogate: half an emoji cut from a post, read from JSON's "\ud83d" escape.  No UTF-8
#: writer or C library (the CRF tagger) takes it, so it becomes U+FFFD, as a bad byte does in decoding.
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def no_surrogates(s: str) -> str:
    """`s` with each lone surrogate replaced by U+FFFD (see `_SURROGATE_RE`)."""
    return _SURROGATE_RE.sub("\ufffd", s)


def clean(raw: str) -> str:
    """Fix the text at ingest: NFKC, one newline convention, no NUL or other C0 controls, no lone
    surrogates.

    This is the only place the text changes; every offset is taken after it.
    """
    text = unicodedata.normalize("NFKC", no_surrogates(raw))
    text = _NEWLINE_RE.sub("\n", text)
    return _CONTROL_RE.sub("", text)


@dataclass(frozen=True, slots=True)
class Shadow:
    """The matching form of a text plus, for each of its characters, the original index."""

    text: str
    norm: str
    index: np.ndarray | None  # None when no character was dropped (identity map)

    def orig(self, i: int) -> int:
        """Original index of shadow position `i` (`i == len(norm)` maps to `len(text)`)."""
        if self.index is None:
            return i
        if i >= len(self.norm):
            return len(self.text)
        return int(self.index[i])

    def to_orig(self, start: int, end: int) -> tuple[int, int]:
        """Original `(start, end)` of the shadow span `[start, end)`; end stays exclusive."""
        if end <= start:
            o = self.orig(start)
            return o, o
        return self.orig(start), self.orig(end - 1) + 1

    def to_norm(self, i: int) -> int:
        """Shadow position of original index `i` (the next kept character when `i` was dropped)."""
        if self.index is None:
            return i
        return int(np.searchsorted(self.index, i, side="left"))

    def rev(self) -> list[int] | None:
        """`to_norm` for every original index 0..len(text) at once (None: identity), for hot loops."""
        if self.index is None:
            return None
        return np.searchsorted(self.index, np.arange(len(self.text) + 1), side="left").tolist()


_MARKS_TABLE: dict[int, None] = {ord(c): None for c in _DROP_CHARS}


def drop_marks(s: str) -> str:
    """`s` without the characters the shadow drops (harakat, tatweel, format controls), letters kept
    as written: for telling ة from ه or reading an original prefix."""
    return _drop_marks_word(s) if len(s) <= _WORD_MAX else s.translate(_MARKS_TABLE)


#: Strings up to this long are words and short phrases: their normal forms are cached, since
#: str.translate looks up every character in a dict (~0.8 us for a word, against ~0.1 us for the cache).
_WORD_MAX = 40


@lru_cache(maxsize=1 << 16)
def _drop_marks_word(s: str) -> str:
    return s.translate(_MARKS_TABLE)


#: Shadow forms of words and short phrases (see `_WORD_MAX`), emptied when full: `normalize` runs some two
#: million times over 3,000 articles, and a plain dict look-up in it costs less than an `lru_cache` call.
_NORMAL: dict[str, str] = {}
_NORMAL_MAX = 1 << 16


def orig_index(word: str, cut: int) -> int:
    """Index in `word` of its `cut`-th shadow character (dropped marks skipped): where a proclitic
    cut made on the shadow form falls in the original characters."""
    if cut <= 0:
        return 0
    kept = 0
    for i, ch in enumerate(word):
        if DROP_RE.match(ch):
            continue
        if kept == cut:
            return i
        kept += 1
    return len(word)


def normalize(s: str) -> str:
    """The shadow string alone, for normalising lexicon entries and queries."""
    got = _NORMAL.get(s)
    if got is None:
        got = s.translate(TABLE)
        if len(s) <= _WORD_MAX:
            if len(_NORMAL) >= _NORMAL_MAX:
                _NORMAL.clear()
            _NORMAL[s] = got
    return got


def normal_forms(*words: str) -> tuple[str, ...]:
    """Word lists written as Arabic is spelt, in the shadow form the tokens carry (`Token.norm`): what the
    event rules compare words with, as a tuple that `str.startswith` takes too."""
    return tuple(normalize(w) for w in words)


@lru_cache(maxsize=16)
def shadow(text: str) -> Shadow:
    """Build (and cache, since several components ask for the same text) the shadow of `text`."""
    norm = text.translate(TABLE)
    if len(norm) == len(text):
        return Shadow(text, norm, None)
    keep = np.ones(len(text), dtype=bool)
    for m in DROP_RE.finditer(text):
        keep[m.start() : m.end()] = False
    index = np.flatnonzero(keep).astype(np.int64)
    return Shadow(text, norm, index)
