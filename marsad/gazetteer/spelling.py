"""One-letter misspellings of countries and big cities (كركرك، بنيوزلندا، موريتانا، للملكة العربية السعودية).

News copy drops, doubles or swaps a letter often enough that well-known names go unread.  Only the
names worth the risk are tried: countries and the region's cities of `MIN_POP` or more (cities far
away are rarely written in Arabic news and their names are near Arabic words), a word of over four
letters, one edit away from exactly one such name, and no reading of its own.  The build lists the
words the news corpus uses often (`near_words.txt`: اليمين is "the right", not Yemen); they are
never corrected.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

#: Cities this big (or countries) are the only names a misspelling is read as.
MIN_POP = 500_000
#: Beyond the region only national capitals and cities this big are tried, and only for a long vowel
#: letter (ا، و، ي) dropped or added (جاكرتا for جاكارتا): transliterations differ mostly there.
FAR_MIN_POP = 1_000_000
#: The letters a transliteration adds or drops.
VOWEL_LETTERS = frozenset("اوي")
#: Shorter words and names are too often other words one letter away (قطرا، بنان، مقالي for مالي).
MIN_LEN = 5
#: A corpus word in this many documents or more is a word, not a slip (near_words.txt).
WORD_MIN_DOCS = 3


def one_edit(a: str, b: str) -> bool:
    """Are a and b exactly one insertion, deletion, substitution or adjacent swap apart?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1:]
    if a[i + 1:] == b[i + 1:]:
        return True
    return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]


def vowel_slip(a: str, b: str) -> bool:
    """Is one of a, b the other with one long vowel letter (ا، و، ي) more?"""
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[i] in VOWEL_LETTERS and long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def vowel_swap(a: str, b: str) -> bool:
    """Are a and b the same but for two adjacent long vowel letters in the other order (روالبندي for
    راولبندي: a transliteration's vowels, not a slip of the pen)?"""
    if len(a) != len(b) or a == b:
        return False
    i = next(i for i in range(len(a)) if a[i] != b[i])
    return (i + 1 < len(a) and a[i] in VOWEL_LETTERS and a[i + 1] in VOWEL_LETTERS and a[i] == b[i + 1]
            and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:])


def _deletions(w: str) -> set[str]:
    return {w[:i] + w[i + 1:] for i in range(len(w))}


class NearIndex:
    """The keys one edit away from a word, by a symmetric deletion index."""

    def __init__(self, keys: Iterable[str]) -> None:
        self.keys = set(keys)
        #: No key is one edit from a word two letters longer than the longest key.
        self.max_len = max(map(len, self.keys), default=0)
        self.by_del: dict[str, set[str]] = defaultdict(set)
        for k in self.keys:
            for d in _deletions(k):
                self.by_del[d].add(k)

    def near(self, w: str) -> set[str]:
        """Keys one edit from `w` (never `w` itself)."""
        if len(w) > self.max_len + 1:
            return set()  # its deletions would cost len(w) squared: a run of junk 90,000 letters long
        by_del = self.by_del
        dels = _deletions(w)
        found = set(by_del.get(w, ()))  # w lacks a letter
        # w has a letter too many (a deletion is a key); a letter changed or two swapped (a deletion of both):
        # set operations, as every new word of every text is tried
        found.update(dels & self.keys, *filter(None, map(by_del.get, dels)))
        return {k for k in found if one_edit(w, k)}


#: Proclitics a misspelt name may carry (بنيوزلندا): a word is tried with and without them.
PROCLITICS = ("و", "ب", "ل", "ف", "وب", "ول", "فب")


def forms(tok: str) -> list[tuple[int, str]]:
    """(offset of the name in the token, the name's form): بنيوزلندا -> (1, نيوزلندا); للملكه -> (1, الملكه)."""
    out = [(0, tok)]
    out += [(len(p), tok[len(p):]) for p in PROCLITICS if tok.startswith(p)]
    for p in ("", "و", "ف"):
        if tok.startswith(p + "لل"):
            out.append((len(p) + 1, "ا" + tok[len(p) + 1:]))  # ل + الـ written لل
    return out


def near_words(keys: Iterable[str], doc_freq: dict[str, int]) -> set[str]:
    """The corpus words of `WORD_MIN_DOCS` documents or more that are, or carry a proclitic on, a word one
    edit from a key (بنيامين: ب + one edit from نيامي); built into near_words.txt."""
    index = NearIndex(k for k in keys if " " not in k and len(k) >= MIN_LEN)
    out = set()
    for w, n in doc_freq.items():
        if n < WORD_MIN_DOCS or len(w) < MIN_LEN:
            continue
        fs = [f for _, f in forms(w)]
        if not any(f in index.keys for f in fs) and any(len(f) >= MIN_LEN and index.near(f) for f in fs):
            out.add(w)
    return out
