"""A name that is also a word, right after a settlement word: "مستوطنة "بركان" شمالي الضفة" (round 67).

بركان (a volcano) is in `common_words.txt`, so the geocoder wants context before it reads a place; مستوطنة
and مستعمرة are no type words of `context.TYPE_LEVEL` (the unknown-village fallback reads them, see
`unknown.SETTLEMENTS`), so the name after them stayed unread and the event went to the West Bank as a
whole, though GeoNames has Barqan (Barkan) where the settlement stands.  A settlement word names a
settlement of Israel or the West Bank only: the name counts where it has such a reading, and only
those readings are kept (not Berkane, Morocco).
"""

from __future__ import annotations

from marsad.gazetteer.context import Words
from marsad.gazetteer.mention import Mention, shadow_set
from marsad.gazetteer.store import Gazetteer
from marsad.gazetteer.unknown import SETTLED_IN, SETTLEMENTS, settlement_adjective
from marsad.text.normalize import Shadow

#: The settlement words, bare or behind a proclitic (shadow forms): لمستوطنة، بمستوطنة، ومستوطنة.
_SETTLEMENT_WORDS = shadow_set({p + w for p in ("", "و", "ب", "ل", "وب", "ول", "ف") for w in SETTLEMENTS})
#: What may stand between the word and the name: a space, an opening quote.
_GAPS = frozenset({" ", ' "', " «", " “", " '"})


def settlement_name(gaz: Gazetteer, mn: Mention, words: Words, text: str, sh: Shadow) -> bool:
    """Is `mn` a bare name right after مستوطنة/مستعمرة with a reading in Israel or Palestine?  If so its
    readings elsewhere are dropped.  A word that agrees with the settlement word ("أول مستوطنة جديدة") is
    its adjective, as the unknown-village fallback reads it."""
    if mn.prefix or settlement_adjective(text, sh, words, mn.nstart):
        return False
    k = words.index_at(mn.nstart)
    if k < 1 or words.word(k - 1) not in _SETTLEMENT_WORDS or words.m[words.spans[k - 1][1]:mn.nstart] not in _GAPS:
        return False
    kept = [h for h in mn.hits if gaz.entries[h.entry].iso2 in SETTLED_IN]
    if not kept:
        return False
    mn.hits = kept
    return True
