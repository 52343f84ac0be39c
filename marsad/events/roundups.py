"""A news round-up (CNN's digests): paragraphs that each tell another story lend no place to each other.

A round-up's paragraphs open on a bare verb or name (أعلنت السلطات البحرينية، قال أنور قرقاش، أدان بارزاني)
where a story's own paragraphs mostly go on with a connective (وقال، وأضاف): the place of one item is not
the scene of the next, however near.
"""

from __future__ import annotations

from functools import lru_cache

#: Fewest paragraphs after the first for a document to be read as a round-up.
MIN_ITEMS = 4
#: Most share of those paragraphs that may open with a connective in a round-up.
MAX_JOINED = 1 / 3
_CONNECTIVES = ("و", "ف", "ثم")


def _opening(paragraph: str) -> str:
    return paragraph.strip().lstrip("\"«(-–— ")


@lru_cache(maxsize=4)
def is_roundup(text: str) -> bool:
    """Do the paragraphs after the first mostly open without a connective (four at least)?

    Cached: `items_apart` asks it for every event whose place falls back to the sentences before, and
    the answer is one per document."""
    paras = [_opening(p) for p in text.split("\n") if p.strip()][1:]
    if len(paras) < MIN_ITEMS:
        return False
    joined = sum(1 for p in paras if p.startswith(_CONNECTIVES))
    return joined <= MAX_JOINED * len(paras)


def items_apart(text: str, earlier: int, later: int) -> bool:
    """Is the later offset in a round-up's paragraph of its own, opened without a connective, after the
    earlier's?  (A paragraph opened by و goes on with the item before: وذكرت الخارجية في بيان لها.)"""
    if earlier >= later:
        return False
    cut = text.rfind("\n", earlier, later)
    if cut < 0:
        return False
    end = text.find("\n", cut + 1)
    return not _opening(text[cut + 1 : end if end >= 0 else len(text)]).startswith(_CONNECTIVES) and is_roundup(text)
