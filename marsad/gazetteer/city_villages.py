"""A village the text sets in a named city: "قرية عين الحلوة مدينة طوباس" (Tubas, West Bank).

`Geocoder._outside` lets only a unit or a city of 100,000 hold a name none of whose readings lies near it, since
most towns are no container ("بلدة الخان في بلدة سلقين" is rare).  A village word on the name and a city word on
the container say the opposite: the archive's captions and local reports place villages by their city or
governorate ("قرية X مدينة Y", "قرية X في مدينة Y"), and a namesake 150 km off (Ain al-Hilweh camp, Lebanon) is
then no reading of it.  The caller has already found no reading within reach of the city.
"""

from __future__ import annotations

from marsad.gazetteer.context import VILLAGE_WORDS, Around

#: City words on the container, as `Around` gives them (shadow form; a glued ب or ل stays on).
_CITY_WORDS = frozenset({"مدينه", "بمدينه", "لمدينه"})


def village_in_city(child: Around | None, parent: Around | None) -> bool:
    """Whether a name under a village word is linked to a name under a city word."""
    if child is None or parent is None or not child.type_word or not parent.type_word:
        return False
    village = child.type_word in VILLAGE_WORDS or child.type_word[1:] in VILLAGE_WORDS
    return village and parent.type_word in _CITY_WORDS
