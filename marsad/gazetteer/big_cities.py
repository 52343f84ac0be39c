"""A national capital or a city of a million over its small foreign namesakes (issue 3).

Arabic news names موسكو and الرياض far more often than Mesquite (Texas) or Ar Riyad (Kafr El-Sheikh),
both of which GeoNames also spells so. A nationality word (الأمريكيين) or a country named elsewhere
(ويشمل مصر) lends the namesake the document's country prior, and that alone must not move the city
abroad. The namesake keeps the mention only where the text ties it there: containment or a type word
with its unit, a nationality adjective right after it, or other small places of its province named in
the text (a local story: الجيزة among Daraa's villages; a resort or a birthplace elsewhere in the country, شرم
الشيخ or أم درمان, is none); a unit (a state, a governorate) is such a place
only for the namesakes inside it: ولاية نيفادا sets a story in Nevada, not in Mesquite's Texas.

A namesake in the region must be twenty times smaller than the city (طرابلس of Lebanon, a city of
200,000, is no namesake of Libya's capital); one outside it, a foreign town GeoNames spells like the
Arabic exonym of a capital, need only be smaller: أثينا is Athens, not Athens of Georgia (127,000 people
to the capital's 664,000, too near for the twenty-fold test).
"""
from __future__ import annotations

from collections.abc import Sequence

from marsad.gazetteer.build import BIG_TOWN, REGION
from marsad.gazetteer.mention import Mention
from marsad.gazetteer.nationals import capital_ids
from marsad.gazetteer.store import Entry, Gazetteer

# what in a reading's reasons ties the name to that reading's place, beyond the country prior
_TIES = ("inside ", "nationality adjective says", "user's places file", "named with a city")
#: the levels of units: named in a text, they set the story in their own area, not their whole country
_UNITS = frozenset({"admin1", "admin2", "admin3"})
#: منطقة (an area) fits a subdistrict, but a city of millions is an area too: "موقف منطقة الجيزة" of an
#: Egyptian football story is Giza, not the Syrian subdistrict Jizeh that the word alone tied it to
_AREA_WORD = "type word 'منطقه' fits"


def _big(e: Entry, capitals: frozenset[str]) -> bool:
    return e.level == "populated_place" and (e.pop >= BIG_TOWN or e.id in capitals)


def _tied(why: list[str], level: str) -> bool:
    return any(w.startswith(_TIES) or (w.startswith("type word") and w.endswith(" fits")
                                       and not (level == "admin3" and w == _AREA_WORD)) for w in why)


def _local(other: Entry, town: Entry) -> bool:
    """Whether naming `other` sets a story where `town` lies: a small place of its province, or a unit holding it."""
    return other.iso2 == town.iso2 and other.admin1 == town.admin1


def _smaller(town: Entry, city: Entry) -> bool:
    """Whether `town` is small beside `city`: twenty times smaller in the region, smaller outside it."""
    return town.pop * (20 if town.iso2 in REGION else 1) <= max(city.pop, 1)


def prefer_big_cities(gaz: Gazetteer, mentions: Sequence[Mention]) -> None:
    """Re-rank in place: the capital or big city first where a small namesake won on the prior alone."""
    capitals = capital_ids()
    small: list[tuple[str, Entry]] = []  # the text's small places below the country, with their keys
    for mn in mentions:
        if mn.ranked:
            e = gaz.entries[mn.ranked[0][1]]
            if e.level not in ("country", "region") and not _big(e, capitals):
                small.append((mn.key, e))
    for mn in mentions:
        if len(mn.ranked) < 2:
            continue
        _, top_i, top_why = mn.ranked[0]
        top = gaz.entries[top_i]
        if top.level not in ("populated_place", "admin3") or _big(top, capitals) or _tied(top_why, top.level):
            continue
        if any(key != mn.key and _local(e, top) for key, e in small):
            continue  # other small places of that country, or the unit it lies in: a local story there
        for r in mn.ranked[1:]:
            e = gaz.entries[r[1]]
            if _big(e, capitals) and _smaller(top, e) and e.iso2 != top.iso2:
                mn.promote(r, f"a capital or city of millions over its small namesake {top.label()}, "
                              "which the text ties to nothing but the country prior")
                break
