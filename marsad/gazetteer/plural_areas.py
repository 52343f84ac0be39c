"""A town whose name is also a word, after the plural of منطقة: "في مناطق القائم" (issue 3, round 18).

القائم (Al Qaim, Anbar) is also "the existing" (الوضع القائم), so the geocoder wants context before it
reads the town.  The plural of an area word (مناطق، مديريات) with the definite name right after it is that
context: the areas of a town or district.  Unlike the singular type word it also fronts ordinary nouns (مناطق
السنة، مناطق الساحل، مناطق الفصائل), so only a town of some size counts, and only where the story does not
set itself in another country (see `Geocoder.places`).

Round 22: مديريات names only districts (لمديريات الزيدية والضحي: Yemen's Az Zaydiyah, not the Zaydi sect),
so after it a town or district of any size counts, but only where the story already sets itself in that
country (see `district_plural_name`).
"""

from __future__ import annotations

from marsad.gazetteer.context import Words
from marsad.gazetteer.mention import Mention, shadow_set
from marsad.gazetteer.store import Gazetteer

#: The proclitics a plural area word may carry.
_PROCLITICS = ("", "و", "ب", "وب", "ف", "ل")
#: The plural of مديرية alone (shadow forms): districts, never a people's or a sect's areas.
_PLURAL_DISTRICTS = shadow_set({p + "مديريات" for p in _PROCLITICS})
#: The plurals of منطقة and مديرية, bare or behind a proclitic (shadow forms).
_PLURAL_AREAS = _PLURAL_DISTRICTS | shadow_set({p + "مناطق" for p in _PROCLITICS})
#: A hamlet whose name is a word is far likelier the word, even here.
_MIN_POP = 20_000


def _after(plurals: frozenset[str], mn: Mention, words: Words) -> bool:
    """Is `mn` a bare definite name right after one of `plurals`?"""
    if mn.prefix or not mn.key.startswith("ال"):
        return False
    k = words.index_at(mn.nstart)
    return k >= 1 and words.word(k - 1) in plurals and words.m[words.spans[k - 1][1]:mn.nstart] == " "


def district_plural_name(gaz: Gazetteer, mn: Mention, words: Words) -> bool:
    """Is `mn` a definite town or district name of any size right after مديريات? The caller keeps it only
    where the story is already set in that name's country."""
    if not _after(_PLURAL_DISTRICTS, mn, words):
        return False
    return any(gaz.entries[h.entry].level in ("populated_place", "admin2") for h in mn.hits)


def plural_area_town(gaz: Gazetteer, mn: Mention, words: Words) -> bool:
    """Is `mn` a definite town name of some size right after مناطق or مديريات?"""
    if not _after(_PLURAL_AREAS, mn, words):
        return False
    return any(gaz.entries[h.entry].level == "populated_place" and gaz.entries[h.entry].pop >= _MIN_POP
               for h in mn.hits)
