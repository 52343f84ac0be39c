"""Lists of countries: "سيعرض الفيلم في الكويت والبحرين وقطر وعمان والقاهرة" names Oman, not Amman.

A name that is a country and a city (عمان: Oman or Amman) joined by و to a city is read as the city
(`Geocoder._city_company`: "بين عمان ودمشق").  In a longer و-list the company is the whole list: where
at least two of its other names read as countries and they outnumber the cities, the list is one of
countries (the Gulf states, with Cairo at its end), and the name is the country.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from marsad.gazetteer.mention import Mention
from marsad.gazetteer.store import Gazetteer

#: A city counts as one when its best reading is a town of this many people (as `_city_company` reads it).
_CITY_POP = 100_000


def and_lists(mentions: list[Mention], joined: Callable[[Mention, Mention], bool]) -> list[list[Mention]]:
    """The runs of `mentions` (in text order) that و joins one to the next, two names or more."""
    runs: list[list[Mention]] = []
    run: list[Mention] = mentions[:1]
    for a, b in pairwise(mentions):
        if joined(a, b):
            run.append(b)
            continue
        if len(run) > 1:
            runs.append(run)
        run = [b]
    if len(run) > 1:
        runs.append(run)
    return runs


def in_country_list(gaz: Gazetteer, mn: Mention, run: list[Mention]) -> bool:
    """Do the other names of `mn`'s و-list read as countries, two at least and more than as cities?"""
    countries = cities = 0
    for other in run:
        if other is mn or not other.ranked:
            continue
        e = gaz.entries[other.ranked[0][1]]
        countries += e.level == "country"
        cities += e.level == "populated_place" and e.pop >= _CITY_POP
    return countries >= 2 and countries > cities
