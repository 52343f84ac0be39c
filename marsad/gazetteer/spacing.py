"""Big cities written with or without a space: كوالا لمبور for the data's كوالالمبور, بورسعيد for بور سعيد.

Transliterated names split or join their parts as the writer likes, so a well-known city the data
write as one word goes unread when the news writes it as two, and the other way round.  Only cities
of `spelling.FAR_MIN_POP` or more get the other spellings (a rare split of a small town's name would
sooner meet two real words), and only where both parts keep `MIN_PART` letters.
"""

from __future__ import annotations

from collections.abc import Iterator

#: Each part of a split name keeps this many letters (كوالا، لمبور); shorter parts are common words.
MIN_PART = 3
#: One-word names shorter than this are not split: a short name's halves are too often words.
MIN_SPLIT = 7


def spacing_variants(key: str) -> Iterator[str]:
    """The other spellings of an Arabic key by its spaces: every split of a one-word key into two
    parts of `MIN_PART` letters or more (none after a bare article), or a two-word key joined."""
    parts = key.split(" ")
    if len(parts) == 2 and all(len(p) >= MIN_PART for p in parts):
        yield parts[0] + parts[1]
    elif len(parts) == 1 and len(key) >= MIN_SPLIT:
        for i in range(MIN_PART, len(key) - MIN_PART + 1):
            if key[:i] != "ال":
                yield f"{key[:i]} {key[i:]}"
