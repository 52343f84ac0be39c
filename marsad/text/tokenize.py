"""Tokens with proclitic sub-spans, and the clitic test that every lexicon matcher shares.

Splitting و ف ب ل ك and the article ال off an Arabic word is ambiguous without a lexicon
(وزير is a word, وإدلب is و + إدلب), so the tokenizer only splits where it is nearly always
right: sequences that contain the article (ال، وال، بال، لل، وبال …), two-letter clitic runs
(وب، ول، فب …) before at least three letters, and و/ف before a hamza-alef (وأكد، فإن).
Lexicon matchers instead ask `proclitic_ok`: a name found inside a token (حلب in بحلب) counts
when what precedes it in the token is a valid proclitic run.
"""

from __future__ import annotations

import re

from marsad.model import Token
from marsad.text.normalize import DROP_RE, TABLE, normalize

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d"
TOKEN_RE = re.compile(
    rf"(?P<number>[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]+)*)"
    rf"|(?P<word>(?:[^\W\d_]|[{_MARKS}])+)"
    rf"|(?P<punct>[^\w\s])",
    re.UNICODE,
)

# Proclitic runs in shadow form (hamza forms already unified).  Article-bearing runs first.
ARTICLE_RUNS = ("وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال")
CLITIC_RUNS = ("وب", "ول", "وك", "فب", "فل", "فك", "وس", "فس")
SINGLE = ("و", "ف", "ب", "ل", "ك")
PROCLITIC_RUNS = frozenset(ARTICLE_RUNS + CLITIC_RUNS + SINGLE + ("وبا", "ولا"))
_LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u024f]")


def proclitic_ok(prefix_norm: str) -> bool:
    """True when `prefix_norm` (shadow form, from token start to a match) is a proclitic run."""
    return prefix_norm == "" or prefix_norm in PROCLITIC_RUNS


def article_stripped(norm_word: str) -> str:
    """The shadow form without a leading article run (الرقة → رقة, والرقة → رقة)."""
    for run in ARTICLE_RUNS:
        if norm_word.startswith(run) and len(norm_word) - len(run) >= 2:
            return norm_word[len(run) :]
    return norm_word


_ARTICLE_SET = frozenset(ARTICLE_RUNS)
_CLITIC_SET = frozenset(CLITIC_RUNS)


def stem_offset(norm_word: str) -> int:
    """How many leading characters of the shadow word are proclitics, by the safe rules above."""
    n = len(norm_word)
    for k in (4, 3, 2):
        if n - k >= 2 and norm_word[:k] in _ARTICLE_SET:
            return k
    if n >= 5 and norm_word[:2] in _CLITIC_SET:
        return 2
    return 0


def _hamza_split(word: str) -> int:
    """و/ف directly before a hamza-alef form in the original word (وأكد، فإن، وإدلب)."""
    if len(word) >= 4 and word[0] in "وف" and word[1] in "أإآ":
        return 1
    return 0


def _orig_cut(word: str, cut: int) -> int:
    """Index in the original `word` of its `cut`-th shadow character (skipping dropped marks)."""
    kept = 0
    for i, ch in enumerate(word):
        if kept == cut and not DROP_RE.match(ch):
            return i
        if not DROP_RE.match(ch):
            kept += 1
    return len(word)


def tokenize(text: str) -> list[Token]:
    """Split `text` into tokens; Arabic words carry `stem_start` after their proclitics."""
    tokens: list[Token] = []
    append = tokens.append
    for m in TOKEN_RE.finditer(text):
        kind = m.lastgroup or "punct"
        start, end = m.span()
        word = m.group()
        norm = word.translate(TABLE)
        stem_start = -1
        if kind == "word":
            if _LATIN_RE.match(word):
                kind = "latin"
            else:
                cut = stem_offset(norm)
                if cut:
                    stem_start = start + _orig_cut(word, cut)
                elif _hamza_split(word):
                    stem_start = start + 1
                if stem_start >= end:
                    stem_start = -1
        append(Token(start, end, word, norm, kind, stem_start))
    return tokens


def norm_tokens(s: str) -> list[str]:
    """Shadow-form words of a short string (lexicon entries, queries)."""
    return [m.group() for m in TOKEN_RE.finditer(normalize(s)) if m.lastgroup != "punct"]
