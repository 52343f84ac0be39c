"""A national capital or a city of a million over its small foreign namesakes (issue 3).

Arabic news names موسكو and الرياض far more often than Mesquite (Texas) or Ar Riyad (Kafr El-Sheikh),
both of which GeoNames also spells so. A nationality word (الأمريكيين) or a country named elsewhere
(ويشمل مصر) lends the namesake the document's country prior, and that alone must not move the city
abroad. The namesake keeps the mention only where the text ties it there: containment or a type word
with its unit, a nationality adjective right after it, or other small places of its country named in
the text (a local story: الجيزة among Daraa's villages).
"""
from __future__ import annotations

from collections.abc import Sequence

from marsad.gazetteer.build import BIG_TOWN
from marsad.gazetteer.mention import Mention
from marsad.gazetteer.nationals import capital_ids
from marsad.gazetteer.store import Entry, Gazetteer

# what in a reading's reasons ties the name to that reading's place, beyond the country prior
_TIES = ("inside ", "nationality adjective says", "user's places file", "named with a city")


def _big(e: Entry, capitals: frozenset[str]) -> bool:
    return e.level == "populated_place" and (e.pop >= BIG_TOWN or e.id in capitals)


def _tied(why: list[str]) -> bool:
    return any(w.startswith(_TIES) or (w.startswith("type word") and w.endswith(" fits")) for w in why)


def prefer_big_cities(gaz: Gazetteer, mentions: Sequence[Mention]) -> None:
    """Re-rank in place: the capital or big city first where a small namesake won on the prior alone."""
    capitals = capital_ids()
    small_towns: dict[str, set[str]] = {}  # iso2 -> keys of the text's small places below the country
    for mn in mentions:
        if mn.ranked:
            e = gaz.entries[mn.ranked[0][1]]
            if e.level not in ("country", "region") and not _big(e, capitals):
                small_towns.setdefault(e.iso2, set()).add(mn.key)
    for mn in mentions:
        if len(mn.ranked) < 2:
            continue
        _, top_i, top_why = mn.ranked[0]
        top = gaz.entries[top_i]
        if top.level != "populated_place" or _big(top, capitals) or _tied(top_why):
            continue
        if small_towns.get(top.iso2, set()) - {mn.key}:
            continue  # other small places of that country: a local story there
        for r in mn.ranked[1:]:
            e = gaz.entries[r[1]]
            if _big(e, capitals) and top.pop * 20 <= max(e.pop, 1) and e.iso2 != top.iso2:
                mn.promote(r, f"a capital or city of millions over its small namesake {top.label()}, "
                              "which the text ties to nothing but the country prior")
                break
