"""Event and Document records and their `marsad/1` JSON form."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from marsad.model.spans import Claim, Entity, Fatalities, Place, Span, Token

SCHEMA = "marsad/1"

EVENT_SCALARS = (
    "disorder_type",
    "event_type",
    "sub_event_type",
    "plover_type",
    "plover_mode",
    "event_date",
    "time_precision",
    "date_text",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
)


@dataclass(frozen=True, slots=True)
class Event:
    """One coded incident; every field is backed by `evidence` spans and linked `claims`."""

    id: str
    event_type: str
    sub_event_type: str
    disorder_type: str
    plover_type: str | None = None
    plover_mode: str | None = None
    event_date: str | None = None
    time_precision: int | None = None
    date_text: str | None = None
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int | None = None
    interaction: int | None = None
    civilian_targeting: bool = False
    location: Place | None = None
    fatalities: Fatalities = field(default_factory=Fatalities)
    claims: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    trigger: Span | None = None
    evidence: tuple[Span, ...] = ()
    confidence: float = 0.5
    notes: str = ""

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.id}
        for k in EVENT_SCALARS:
            d[k] = getattr(self, k)
        d["location"] = self.location.to_dict() if self.location else None
        d["fatalities"] = self.fatalities.to_dict()
        d["claims"] = list(self.claims)
        d["sources"] = list(self.sources)
        d["trigger"] = self.trigger.to_dict() if self.trigger else None
        d["evidence"] = [s.to_dict() for s in self.evidence]
        d["confidence"] = round(float(self.confidence), 4)
        d["notes"] = self.notes
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        kw = {k: d.get(k) for k in EVENT_SCALARS}
        kw["civilian_targeting"] = bool(kw.get("civilian_targeting"))
        return cls(
            id=d["id"],
            location=Place.from_dict(d["location"]) if d.get("location") else None,
            fatalities=Fatalities.from_dict(d.get("fatalities")),
            claims=tuple(d.get("claims") or ()),
            sources=tuple(d.get("sources") or ()),
            trigger=Span.from_dict(d["trigger"]) if d.get("trigger") else None,
            evidence=tuple(Span.from_dict(s) for s in d.get("evidence") or ()),
            confidence=float(d.get("confidence", 0.5)),
            notes=d.get("notes") or "",
            **kw,
        )


@dataclass(frozen=True, slots=True)
class Document:
    """A document and everything read from it.

    `text` is fixed at ingest and never changes; components return a new Document through
    `replace`.  `tokens` and `sentences` are working data and are not serialised.  `skipped`
    lists what the pipeline did not do (for example NER on a language it has no model for).
    """

    text: str
    id: str = ""
    lang: str | None = None
    published: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    entities: tuple[Entity, ...] = ()
    places: tuple[Place, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()
    tokens: tuple[Token, ...] = ()
    sentences: tuple[Span, ...] = ()
    skipped: tuple[str, ...] = ()
    meta: tuple[tuple[str, Any], ...] = ()

    def replace(self, **changes: Any) -> Document:
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "schema": SCHEMA,
            "id": self.id,
            "lang": self.lang,
            "published": self.published,
        }
        if self.title is not None:
            d["title"] = self.title
        if self.url is not None:
            d["url"] = self.url
        if self.source is not None:
            d["source"] = self.source
        d["text"] = self.text
        d["entities"] = [e.to_dict() for e in self.entities]
        d["places"] = [p.to_dict() for p in self.places]
        d["claims"] = [c.to_dict() for c in self.claims]
        d["events"] = [e.to_dict() for e in self.events]
        if self.skipped:
            d["skipped"] = list(self.skipped)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        return cls(
            text=d["text"],
            id=d.get("id", ""),
            lang=d.get("lang"),
            published=d.get("published"),
            title=d.get("title"),
            url=d.get("url"),
            source=d.get("source"),
            entities=tuple(Entity.from_dict(e) for e in d.get("entities") or ()),
            places=tuple(Place.from_dict(p) for p in d.get("places") or ()),
            claims=tuple(Claim.from_dict(c) for c in d.get("claims") or ()),
            events=tuple(Event.from_dict(e) for e in d.get("events") or ()),
            skipped=tuple(d.get("skipped") or ()),
        )

    def spans(self) -> list[tuple[str, int, int, str]]:
        """Every span the document carries, as (kind, start, end, text): what the invariant checks."""
        out: list[tuple[str, int, int, str]] = []
        for t in self.tokens:
            out.append(("token", t.start, t.end, t.text))
            out.extend(("token.part", p.start, p.end, p.text) for p in t.parts())
        out.extend(("sentence", s.start, s.end, s.text) for s in self.sentences)
        out.extend(("entity", e.start, e.end, e.text) for e in self.entities)
        out.extend(("place", p.start, p.end, p.text) for p in self.places)
        for c in self.claims:
            if c.source.start is not None and c.source.end is not None:
                out.append(("claim.source", c.source.start, c.source.end, c.source.text))
            if c.cue:
                out.append(("claim.cue", c.cue.start, c.cue.end, c.cue.text))
            out.append(("claim", c.start, c.end, self.text[c.start : c.end]))
        for e in self.events:
            if e.trigger:
                out.append(("event.trigger", e.trigger.start, e.trigger.end, e.trigger.text))
            if e.location:
                loc = e.location
                out.append(("event.location", loc.start, loc.end, loc.text))
            out.extend(("event.evidence", s.start, s.end, s.text) for s in e.evidence)
        return out
