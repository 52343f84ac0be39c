"""`marsad.actors.v1`: link entities to the actor KB and add the KB mentions the NER missed.

An entity that a KB match covers gets `canonical` (the actor's English name) and `kb_id`
("actor:<id>") when the match holds the entity's first or last word.  A KB match that overlaps no
entity becomes a new PER/ORG entity with score 0.9.  A KB match that contains NER entities replaces
them, since a curated name is the better mention: المرصد → المرصد السوري لحقوق الإنسان, a place
inside a name (اليمن in عين اليمن الأخبارية), an organisation inside a longer one (الأمم المتحدة in
مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية).  A PER/ORG entity that a KB match crosses is linked
when the shared part is whole words of it (NER داعش الإرهابي, KB تنظيم داعش); nothing ever overlaps.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from marsad.lexicons.actors import ActorKB, ActorMatch
from marsad.model import Document, Entity
from marsad.registry import Component, component
from marsad.text.span_index import SpanIndex

KB_SCORE = 0.9
_NAME_LABELS = frozenset({"PER", "ORG"})


def _near(text: str, a: int, b: int) -> bool:
    """True when `a` and `b` are in the same word (only clitic letters or nothing between them)."""
    lo, hi = min(a, b), max(a, b)
    return not any(c.isspace() for c in text[lo:hi])


def _linked(e: Entity, m: ActorMatch) -> Entity:
    return Entity(e.start, e.end, e.text, e.label, m.actor.name, m.actor.kb_id, e.score)


def _whole_words(text: str, e: Entity, m: ActorMatch) -> bool:
    """True when the part of `e` that `m` overlaps is one or more whole words of `e`."""
    lo, hi = max(e.start, m.start), min(e.end, m.end)
    return (lo == e.start or text[lo - 1].isspace()) and (hi == e.end or text[hi].isspace()) and hi > lo


def link_entities(text: str, entities: Sequence[Entity], matches: Iterable[ActorMatch], add_missing: bool = True) -> list[Entity]:
    """Entities after linking `matches` (from `ActorKB.find`) into them; offsets stay exact."""
    # by slot, in their order (a dict keeps it as a list would: a linked entity takes its slot, a new one comes
    # last), and found by position: a million-character document has thousands of entities, too many to scan
    # for every match.  A slot's span never changes (linking keeps it), so the index keeps every slot's.
    ents: dict[int, Entity] = dict(enumerate(entities))
    index = SpanIndex((e.start, e.end) for e in ents.values())

    def add(e: Entity) -> None:
        ents[len(index)] = e
        index.add(e.start, e.end)

    for m in matches:
        slots = [i for i in index.near_ids(m.start, m.end) if i in ents and ents[i].start < m.end and m.start < ents[i].end]
        over = [ents[i] for i in slots]
        if not over:
            if add_missing:
                add(Entity(m.start, m.end, m.text, m.actor.label, m.actor.name, m.actor.kb_id, KB_SCORE))
            continue
        if any(e.kb_id for e in over):
            continue
        if len(over) == 1 and over[0].start <= m.start and m.end <= over[0].end:
            e = over[0]
            if _near(text, e.start, m.start) or _near(text, e.end, m.end):
                ents[slots[0]] = _linked(e, m)
            continue
        if all(m.start <= e.start and e.end <= m.end for e in over):
            # The curated name is the better mention: it replaces what the NER found inside it.
            score = max(e.score for e in over)
            for i in slots:
                del ents[i]
            add(Entity(m.start, m.end, m.text, m.actor.label, m.actor.name, m.actor.kb_id, score))
        elif len(over) == 1 and over[0].label in _NAME_LABELS and _whole_words(text, over[0], m):
            ents[slots[0]] = _linked(over[0], m)
    return sorted(ents.values(), key=lambda e: (e.start, e.end))


@component(
    "marsad.actors.v1",
    requires=("tokens", "entities"),
    assigns=("entities",),
    langs=("ar",),
    default_config={"extra_path": None, "add_missing": True},
)
def make_actor_linker(extra_path: str | None = None, add_missing: bool = True) -> Component:
    """Build the linker; `extra_path` merges a user's actors file into the shipped KB."""
    kb = ActorKB.load(extra_path)

    def actor_linker(doc: Document) -> Document:
        matches = kb.find(doc.text, doc.tokens or None)
        if not matches:
            return doc
        return doc.replace(entities=tuple(link_entities(doc.text, doc.entities, matches, add_missing)))

    return actor_linker
