"""A capital or a city of a million behind the conjunction ف: فطهران، فواشنطن (issue 3, round 47).

ف glued to a town's name is usually another word (فرانس holds Reims' رانس, فعالية Aley's عالية, فانيا
Alanya's انيا), so `Geocoder._match` lets it open countries alone.  A national capital or a city of a million
is named in the news far more often than such a word is written, and with a name of four letters or more the
word ف would open is rare; such a name is read behind ف as well ("فطهران تريد", "فواشنطن لن تقبل").
"""
from __future__ import annotations

from marsad.gazetteer.nationals import capital_ids
from marsad.gazetteer.spelling import FAR_MIN_POP
from marsad.gazetteer.store import Entry, Gazetteer

#: the shortest name (shadow letters) read behind ف: a shorter one is too often the tail of a word
MIN_LEN = 4


def big_city_name(key: str) -> bool:
    """Whether the gazetteer key `key` may name a big city read beside a word: four letters or more, one
    word, no article (shared with `common_cities`, whose مشهد is read by its company)."""
    return len(key) >= MIN_LEN and not key.startswith("ال") and " " not in key


def big_city(e: Entry) -> bool:
    """Whether `e` is a national capital or a city of a million."""
    return e.level == "populated_place" and (e.pop >= FAR_MIN_POP or e.id in capital_ids())


def big_city_after_fa(gaz: Gazetteer, key: str) -> bool:
    """Whether the gazetteer key `key`, glued to ف, names a national capital or a city of a million."""
    return big_city_name(key) and any(big_city(gaz.entries[h.entry]) for h in gaz.candidates(key))
