"""A place named inside a news outlet's name is part of the name, not a place of the story: "وكالة أنباء
الإمارات" (WAM), "عين اليمن الإخبارية" (Ain al-Yaman), "شبكة السويداء 24", "قناة روسيا اليوم".  The actor
knowledge base knows the outlets and the actors step links their mentions before the geocoder runs; the
span that counts is the outlet's own name as the knowledge base spells it, found again inside the linked
entity, since the NER's span may run on ("فرانس برس في الجولان المحتل", "حمص المركزي لسكاي نيوز عربية").
Only names of two words or more count: an outlet's name alone ("الجزيرة") is also a region's."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from marsad.lexicons.actors import ActorKB
from marsad.model import Entity


def outlet_spans(entities: Iterable[Entity]) -> list[tuple[int, int]]:
    """The spans of media names of the shipped knowledge base, two words or more, inside linked entities."""
    linked = [e for e in entities if e.label == "ORG" and e.kb_id and " " in e.text.strip()]
    if not linked:
        return []
    kb = ActorKB.load()
    return [(e.start + s, e.start + end) for e in linked for s, end in _media_names(kb, e.text)]


@lru_cache(maxsize=1 << 12)
def _media_names(kb: ActorKB, text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the media names of two words or more in an entity's text, offsets into that text (cached:
    the same outlets are linked in story after story, and finding them costs a tokenisation)."""
    return tuple((m.start, m.end) for m in kb.find(text) if m.actor.type == "media" and " " in m.text.strip())
