"""Two-word town names with the article on their second word where the data write it bare (دورا القرع
for the data's دورا قرع: Dura al-Qar', West Bank).

Arabic writers add or drop the article of a village name's second word as they like, and GeoNames keeps
one of the two spellings; a text's other one read only the first word (دورا: Dura, 20 km away).  Only a
populated place's two-word key gets the other spelling, only where its second word keeps `MIN_SECOND`
letters and no place has that key already (an exact name always wins); such a reading stands only after a
village or town word (`framed_article_reads`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.gazetteer.context import VILLAGE_WORDS
from marsad.gazetteer.names import name_key
from marsad.gazetteer.spelling import PROCLITICS
from marsad.text.tokenize import proclitic_ok

if TYPE_CHECKING:
    from marsad.gazetteer.store import Gazetteer
    from marsad.model import Place

#: The second word keeps this many letters (a two-letter one is too often a word of its own).
MIN_SECOND = 3
#: The words a village or town name with an added article must follow.
_TOWN_WORDS = VILLAGE_WORDS | {"مدينه"}


def article_variant(key: str) -> str | None:
    """The key with the article on its second word (دورا قرع -> دورا القرع), or None: the key is not
    two words, either word already has the article, or the second word is short."""
    parts = key.split(" ")
    if len(parts) != 2 or any(p.startswith("ال") for p in parts) or len(parts[1]) < MIN_SECOND:
        return None
    return f"{parts[0]} ال{parts[1]}"


def _village_word_before(text: str, start: int) -> bool:
    """Whether the word just before `start` is a village or town word (من قرية دورا القرع، وبلدة ...)."""
    before = text[:start].rsplit(None, 1)  # from the right: no split of the whole text before it
    if not before:
        return False
    w = name_key(before[-1])
    return any(w.endswith(v) and proclitic_ok(w[: len(w) - len(v)]) for v in _TOWN_WORDS)


def framed_article_reads(gaz: Gazetteer, text: str, places: list[Place]) -> list[Place]:
    """`places` less those read only by an added article key (`Gazetteer.article_keys`) with no village or town
    word before them: the added spelling is also a phrase of the language (نور الشمس "sunlight" for the data's
    نور شمس camp), while "قرية دورا القرع" can only be a place."""
    keys = gaz.article_keys
    if not keys:
        return places
    out = []
    for p in places:
        k = name_key(p.text)
        # a proclitic may begin the place's text (بدورا القرع)
        ours = k in keys or any(k.startswith(c) and k[len(c):] in keys for c in PROCLITICS)
        if not ours or _village_word_before(text, p.start):
            out.append(p)
    return out
