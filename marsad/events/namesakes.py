"""A town that bears its governorate's name (الحديدة، صعدة، درعا), which a report's lead often uses for the
governorate itself ("غارات على الحديدة" sums the strikes the body tells at Zabid and al-Tuhayta)."""

from __future__ import annotations

import re

from marsad.gazetteer.store import Gazetteer
from marsad.model import Place
from marsad.text import normalize

_NOT_LETTERS = re.compile(r"[^a-z]")


def _letters(name: str) -> str:
    """The Latin name's letters alone (Dar‘a and Dar'a, Al-Hudaydah and Al Hudaydah are one)."""
    return _NOT_LETTERS.sub("", name.lower())


def spelt_alike(a: str, b: str) -> bool:
    """Two Latin names with the same letters (Dar‘a and Dar'a): one name the sources spell apart."""
    return _letters(a) == _letters(b)


def governorate_namesake(place: Place) -> bool:
    """The town is named as its governorate is: the same Latin name, letters alone (the sources spell the
    town and the unit differently: Dar‘a, Dar'a), or its Arabic name among the unit's (Al Hudaydah is
    الحديدة, as the governorate Al Hodeidah is).  A district town not so named (حرض) never stands for
    its governorate."""
    if place.level != "populated_place" or not place.admin1 or not place.iso2:
        return False
    if spelt_alike(place.name, place.admin1):
        return True
    if not place.name_ar:
        return False
    unit = Gazetteer.load().admin1_entry(place.iso2, place.admin1)
    return unit is not None and normalize(place.name_ar) in {normalize(n) for n in unit.names}
