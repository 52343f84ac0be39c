"""A town the NER read as a person, followed by its own country's feminine nationality adjective:
"من شوارع ميلانو الإيطالية".

A definite feminine adjective (الإيطالية) cannot describe a man, and one that names the country of the
town's reading says the name is that town (a city is feminine in Arabic).  So the person span of the NER,
when it is exactly the name, does not stop the name from being a place.  Only towns of `MIN_POP` people
or more: a small namesake is too often a given name.
"""

from __future__ import annotations

from marsad.gazetteer.context import Words
from marsad.gazetteer.demonyms import demonym_country
from marsad.gazetteer.mention import Mention
from marsad.gazetteer.store import Gazetteer
from marsad.text.span_index import SpanIndex

#: Towns this big or bigger.
MIN_POP = 100_000


def agreeing_town(gaz: Gazetteer, mn: Mention, persons: SpanIndex, words: Words) -> bool:
    """Whether a person span of the NER is exactly the name `mn` and the word right after is a definite
    feminine nationality adjective naming the country of one of its town readings."""
    if not any(s == mn.start - len(mn.prefix) or s == mn.start for s, e in persons.near(mn.start, mn.end) if e == mn.end):
        return False
    adj = words.next_word(words.index_at(max(mn.nstart, mn.nend - 1)))
    if not (adj.startswith("ال") and adj.endswith("يه")):
        return False
    iso2 = demonym_country(adj)
    return iso2 is not None and any(
        (e := gaz.entries[h.entry]).level == "populated_place" and e.pop >= MIN_POP and e.iso2 == iso2
        for h in mn.hits)
