"""Sentence splitting for Arabic news: . ! ? ؟ and line breaks end a sentence; ، and ؛ do not.

A full stop between digits (3.5) or after a one-letter abbreviation (د. for doctor) is not a
boundary; closing quotes and brackets after the stop stay with the sentence they close.

A run of over `MAX_SENTENCE` characters with no end (junk, a keyword list, text stripped of its
punctuation) is cut at its last whitespace before the limit: the rules compare a sentence's words,
places and triggers pairwise, so one endless sentence would take hours.  News sentences stay far
below it (the longest of the 3,000 ANT articles has 2,215 characters).
"""

from __future__ import annotations

import re

from marsad.model import Span

_END_RE = re.compile(r"[.!?؟…]+[\"'»”’)\]]*(?=\s|$)|\n+")
_ABBREV_RE = re.compile(r"(?:^|\s)[^\W\d_]$")
#: The longest sentence kept whole, in characters (see the module's docstring).
MAX_SENTENCE = 4000


def split_sentences(text: str) -> list[Span]:
    """Sentence spans over `text`, trimmed of surrounding whitespace, never empty."""
    spans: list[Span] = []
    start = 0
    for m in _END_RE.finditer(text):
        if m.group()[0] == "." and len(m.group()) == 1 and _ABBREV_RE.search(text[max(0, m.start() - 3) : m.start()]):
            continue
        _add(text, start, m.end(), spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end - start > MAX_SENTENCE:
        cut = _last_space(text, start, start + MAX_SENTENCE)
        if cut is None:
            break  # one word of thousands of letters: no place to cut it
        _add(text, start, cut, spans)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end, text[start:end]))


def _last_space(text: str, start: int, end: int) -> int | None:
    """The last whitespace in text[start + 1:end], where an endless run is cut (None: none there)."""
    for i in range(end - 1, start, -1):
        if text[i].isspace():
            return i
    return None
