"""A user's span read as the country or big city one letter from it (دكار for داكار) in `resolve`.

`slips` reads such a word in running text only where a place stands (after في, a type word, in a
list) and only from five letters on.  A span a user gives is a place by their word, so that guard is
met; what stays is the rest of the slip rule: a letter left out, or two long vowels in the other order
(a changed letter is mostly another word), a capital or big city abroad only for a long vowel letter
more or less, exactly one name within reach, and no word the corpus writes on purpose (near_words,
common words, nationality adjectives).  Only countries and cities abroad: a town of the region has an
Arabic name, one letter from other Arabic names (رومية, Roumieh, is not Iran's ارومية).
"""

from __future__ import annotations

from marsad.gazetteer.demonyms import demonym_country
from marsad.gazetteer.spelling import vowel_slip, vowel_swap
from marsad.gazetteer.store import Entry, Gazetteer

#: Shorter keys are one letter from too many names (the index holds keys of five letters and more).
MIN_KEY = 4


def span_slip(gaz: Gazetteer, key: str) -> tuple[Entry, str] | None:
    """The one country or big city `key` (a span's shadow key, no reading of its own) is a slip of,
    with the name it was read as; None when none or several are."""
    if len(key) < MIN_KEY or key in gaz.near_words or key in gaz.common or demonym_country(key):
        return None
    near = {k: ids for k, ids in gaz.misspelt(key).items() if len(k) == len(key) + 1 or vowel_swap(k, key)}
    hits = {(i, k) for k, ids in near.items() for i in ids
            if gaz.entries[i].level == "country" or (gaz.far(i) and (vowel_slip(k, key) or vowel_swap(k, key)))}
    if len({i for i, _ in hits}) != 1:
        return None
    i, k = min(hits)
    return gaz.entries[i], k
