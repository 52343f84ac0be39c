"""Regions that name a quarter, square or street: "مستودع في حي الأندلس"، "في ساحة الأندلس بوسط العاصمة".

A region's name right after a quarter, square or street word names that quarter, square or street of the
town the story is in (Kuwait's and Baghdad's al-Andalus), not the region far away: the name is read as no
region, and the unknown-name steps code it as a quarter of the town the sentence names, as they did before
the region had a row.  Countries named so are recoded by `streets` and `squares`, which keep the country
where no town is named ("ساحة لبنان" may be the country's arena); a region's name after such a word is
almost never the region.
"""

from __future__ import annotations

from marsad.gazetteer.context import Words
from marsad.gazetteer.mention import Mention, shadow_set
from marsad.gazetteer.store import Gazetteer
from marsad.gazetteer.streets import STREET_HEADS, clitic_forms
from marsad.gazetteer.unknown import SQUARES

#: Quarter, square and street words with their proclitics (بحي، وساحة، في شارع is two words).
_HEADS = clitic_forms(SQUARES | STREET_HEADS | shadow_set({"حي"}))


def quarter_region(gaz: Gazetteer, mn: Mention, words: Words) -> bool:
    """Does `mn`, every reading of it a region, follow a quarter, square or street word ("حي الأندلس")?"""
    if mn.prefix or not mn.hits or any(gaz.entries[h.entry].level != "region" for h in mn.hits):
        return False
    k = words.index_at(mn.nstart) - 1
    return k >= 0 and words.word(k) in _HEADS and words.clean_gap(words.spans[k][1], mn.nstart)
