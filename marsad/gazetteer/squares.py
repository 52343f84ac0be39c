"""Squares named after countries: "تجمع المتظاهرون في طهران … في ساحة فلسطين" (issue 3).

A country's name right after a square word (ساحة، ميدان) names the square, not the country: Tehran's and
Baghdad's Palestine Square lie in those cities.  The square is coded to the town it lies in (precision 1,
as a street is): the town the sentence names right after it (في X، وسط X، بX), else the nearest town of
another country that the same sentence names before it.  Without such a town the country is left as it was:
"ساحة لبنان" may be the country's arena, and nothing in the sentence says otherwise.
"""

from __future__ import annotations

from marsad.gazetteer.context import Words
from marsad.gazetteer.streets import after_word, clitic_forms, site_in, town_after, town_before
from marsad.gazetteer.unknown import SQUARES
from marsad.model import Place
from marsad.text.normalize import Shadow

_SQUARE_FORMS = clitic_forms(SQUARES)


def squares(sh: Shadow, words: Words, places: list[Place]) -> list[Place]:
    """`places` (sorted by offset) with a country read from a square's name recoded to the square's town."""
    if not any(w in words.m for w in SQUARES):
        return places
    out = list(places)
    for i, p in enumerate(places):
        if p.level != "country" or not after_word(sh, words, p, _SQUARE_FORMS):
            continue
        town = town_after(sh, words, p, places[i + 1:]) or town_before(sh, words, p, places[:i])
        if town is not None and town.iso2 != p.iso2:
            out[i] = site_in(p, town, "square")
    return out
