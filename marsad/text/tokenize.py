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
from functools import lru_cache

from marsad.model import Token
from marsad.text.normalize import normalize, orig_index, shadow

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d"
_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
TOKEN_RE = re.compile(
    rf"(?P<number>[{_DIGITS}]+(?:[.,\u066b\u066c][{_DIGITS}]+)*)"
    rf"|(?P<word>(?:[^\W\d_]+|[{_MARKS}]+)+)"
    rf"|(?P<punct>[^\w\s]|\S)",
)
# The same alternatives behind a whitespace run: `findall` on it is twice as fast as `finditer`,
# and offsets follow from the lengths since every non-space character falls in some group.
_SCAN_RE = re.compile(rf"(\s*)(?:{TOKEN_RE.pattern})")

# Proclitic runs in shadow form (hamza forms already unified).  Article-bearing runs first.
ARTICLE_RUNS = ("وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال")
CLITIC_RUNS = ("وب", "ول", "وك", "فب", "فل", "فك", "وس", "فس")
SINGLE = ("و", "ف", "ب", "ل", "ك")
PROCLITIC_RUNS = frozenset(ARTICLE_RUNS + CLITIC_RUNS + SINGLE + ("وبا", "ولا"))
#: Quote marks, each its own punctuation token: rules that look past a quoted word skip them.
QUOTES = frozenset('"«»“”')


def proclitic_ok(prefix_norm: str) -> bool:
    """True when `prefix_norm` (shadow form, from token start to a match) is a proclitic run."""
    return prefix_norm == "" or prefix_norm in PROCLITIC_RUNS


@lru_cache(maxsize=1 << 16)
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


def tokenize(text: str) -> list[Token]:
    """Split `text` into tokens; Arabic words carry `stem_start` after their proclitics."""
    sh = shadow(text)
    snorm = sh.norm
    rev = sh.rev()
    tokens: list[Token] = []
    append = tokens.append
    new = tuple.__new__  # skips NamedTuple's argument-parsing wrapper: this loop is the hot path
    end = 0
    for ws, num, word, punct in _SCAN_RE.findall(text):
        start = end + len(ws)
        tok = num or word or punct
        end = start + len(tok)
        norm = snorm[start:end] if rev is None else snorm[rev[start] : rev[end]]
        if num:
            append(new(Token, (start, end, tok, norm, "number", -1)))
        elif punct:
            append(new(Token, (start, end, tok, norm, "punct", -1)))
        elif tok[0] < "\u0600":
            append(new(Token, (start, end, tok, norm, "latin", -1)))
        else:
            stem_start = -1
            if norm and norm[0] in _CLITIC_FIRST:
                cut = stem_offset(norm)
                if cut:
                    stem_start = start + (cut if len(norm) == len(tok) else orig_index(tok, cut))
                elif len(tok) >= 4 and tok[1] in "أإآ" and tok[0] in "وف":
                    stem_start = start + 1
            append(new(Token, (start, end, tok, norm, "word", stem_start)))
    return tokens


_CLITIC_FIRST = frozenset("اوفبكل")


def norm_tokens(s: str) -> list[str]:
    """Shadow-form words of a short string (lexicon entries, queries)."""
    return [m.group() for m in TOKEN_RE.finditer(normalize(s)) if m.lastgroup != "punct"]
