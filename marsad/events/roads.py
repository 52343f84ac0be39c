"""The two ends of a road (الطريق بين البوكمال ومدينة دير الزور، الخط الرابط بين تعز والحديدة).

A road between two towns runs through neither: a cut road or a battle for it happened along it, so its
ends are no better a scene than an origin (من X) and rank behind the places the clause names otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.model import Place
from marsad.text import normalize

#: Nouns of a road (the line of a front, خط التماس, is no road: it names no two ends).
_ROAD = frozenset({"الطريق", "طريق", "بطريق", "الخط", "خط", "بالخط", "الطرق", "طرق", "الاوتوستراد", "اوتوستراد"})
#: Words that may stand between the road noun and بين (الطريق الدولي الرابط بين).
_ROAD_WORDS = frozenset({"الرابط", "الرابطه", "الواصل", "الواصله", "الدولي", "الرييسي", "العام", "السريع",
                         "الساحلي", "الصحراوي", "البري"})
#: Settlement nouns before an end's name (بين مدينتي تعز والحديدة، ومدينة دير الزور).
_SETTLEMENT = frozenset({"مدينه", "مدينتي", "محافظه", "محافظتي", "بلده", "بلدتي", "قريه", "قريتي", "منطقه",
                         "منطقتي", "مديريه", "مديريتي"})
#: How many characters before a first end بين may stand (settlement nouns included).
BETWEEN_REACH = 24
_BREAK_RE = re.compile(r"[،,.؛:\n]")


def _first_end(text: str, place: Place) -> bool:
    """Is the place named right after بين, which follows a road noun (الطريق بين X)?"""
    head = _BREAK_RE.split(text[max(0, place.start - BETWEEN_REACH - 40) : place.start])[-1]
    words = [normalize(w).strip('"«»()') for w in head.split()]
    while words and words[-1] in _SETTLEMENT:
        words.pop()
    if not words or words[-1] != "بين":
        return False
    before = words[:-1]
    while before and before[-1] in _ROAD_WORDS:
        before.pop()
    return bool(before) and before[-1].removeprefix("و") in _ROAD


def road_end(text: str, place: Place, same: Sequence[Place]) -> bool:
    """Is the place an end of a road between two places: the first right after "الطريق بين", or the
    second after و right after a first end (بين البوكمال ومدينة دير الزور)?"""
    if _first_end(text, place):
        return True
    first = max((q for q in same if q.end <= place.start), key=lambda q: q.end, default=None)
    if first is None or not _first_end(text, first):
        return False
    gap = normalize(text[first.end : place.start]).strip()
    return gap.startswith("و") and all(w in _SETTLEMENT for w in gap[1:].split())
