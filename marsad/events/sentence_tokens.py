"""A sentence's tokens taken from its document's, where they are exactly what tokenising it alone gives."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from marsad.model import Document, Span, Token


def own_tokens(doc: Document, sent: Span) -> Sequence[Token] | None:
    """The document's tokens inside `sent`, or None where they might differ from `tokenize(sent.text)`
    (offsets aside): the sentence text is the document's there and no token crosses its ends.

    The tokenizer maps each character on its own and its pattern looks at no character after a
    match, so a stretch cut at token boundaries tokenises as it did in the whole text: the sentence
    classifier then needs no second tokenisation of every sentence it reads.
    """
    tokens = doc.tokens
    if doc.text[sent.start : sent.end] != sent.text:
        return None
    lo = bisect.bisect_left(tokens, sent.start, key=_start)
    hi = bisect.bisect_left(tokens, sent.end, lo, key=_start)
    if (lo > 0 and tokens[lo - 1].end > sent.start) or (hi > lo and tokens[hi - 1].end > sent.end):
        return None
    return tokens[lo:hi]


def _start(tok: Token) -> int:
    return tok.start
