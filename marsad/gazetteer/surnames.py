"""A small place's name that repeats the family name of a person named earlier is that person.

"الدعوى المقدمة من حسين حبيش … الدعوى التي أقامها حبيش": once the NER has read a person of two words or
more, the text calls him by his last word alone, and that word may spell a district or a village
(حبيش, Hobeish in Ibb).  Such a later one-word mention counts as a word (weak, see `Geocoder._common`):
only a type word or a direction keeps it.  Countries, admin1 units and towns of 100,000 people are left
alone (a person span of the NER that ends in a big place's name is more often a title, أمير قطر).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from marsad.gazetteer.mention import Mention
from marsad.gazetteer.names import name_key
from marsad.gazetteer.store import Gazetteer
from marsad.model import Entity

#: Places this big are not read as a family name.
SURNAME_MAX_POP = 100_000


def family_names(entities: Iterable[Entity]) -> dict[str, int]:
    """The last word (shadow form) of each person of two words or more -> where its first such person ends."""
    out: dict[str, int] = {}
    for x in entities:
        words = x.text.split()
        if x.label == "PER" and len(words) >= 2:
            k = name_key(words[-1])
            out[k] = min(out.get(k, x.end), x.end)
    return out


def surname_weak(gaz: Gazetteer, mentions: Sequence[Mention], entities: Iterable[Entity]) -> None:
    """Mark as weak each one-word small place after a person whose family name it spells."""
    names = family_names(entities)
    if not names:
        return
    for mn in mentions:
        if mn.weak or " " in mn.key or (mn.around and (mn.around.type_word or mn.around.dir_before)):
            continue
        end = names.get(mn.key)
        if end is None or mn.start < end:
            continue
        if all(e.level not in ("country", "admin1") and e.pop < SURNAME_MAX_POP
               for h in mn.hits if (e := gaz.entries[h.entry])):
            mn.weak = True
