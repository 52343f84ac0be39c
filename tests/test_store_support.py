"""Builders shared by the store, corroboration and export tests (no tests here).

Events are made by hand so that these tests do not depend on the event extractor.
"""

from __future__ import annotations

from typing import Any

from marsad.model import Claim, Document, Event, Fatalities, Place, Source, Span
from marsad.model.vocab import disorder_type

HARIM = dict(name="Harim", country="Syria", iso2="SY", admin1="Idlib", admin2="Harim", admin3="Harim",
             lat=36.2076, lon=36.5192)  # fmt: skip
SALQIN = dict(name="Salqin", country="Syria", iso2="SY", admin1="Idlib", admin2="Harim", admin3="Salqin",
              lat=36.1378, lon=36.4528)  # fmt: skip
ALEPPO = dict(name="Aleppo", country="Syria", iso2="SY", admin1="Aleppo", admin2="Jebel Saman",
              admin3="Jebel Saman", lat=36.2021, lon=37.1343)  # fmt: skip


def place(text: str, where: dict[str, Any] | None = None, at: int = 0) -> Place:
    return Place(at, at + len(text), text, **(where or HARIM))


def event(
    eid: str = "e1",
    *,
    etype: str = "Battles",
    sub: str = "Armed clash",
    date: str | None = "2025-10-21",
    precision: int = 1,
    actor1: str | None = "Military Forces of Syria",
    actor2: str | None = "Hayat Tahrir al-Sham",
    where: dict[str, Any] | None = None,
    best: int | None = None,
    low: int | None = None,
    high: int | None = None,
    sources: tuple[str, ...] = (),
    loc_text: str = "حارم",
    loc_at: int = 0,
    claims: tuple[str, ...] = (),
    evidence: tuple[Span, ...] = (),
) -> Event:
    return Event(
        id=eid, event_type=etype, sub_event_type=sub, disorder_type=disorder_type(etype, sub), event_date=date,
        time_precision=precision, actor1=actor1, actor2=actor2, inter1=1 if actor1 else None,
        inter2=2 if actor2 else None, location=place(loc_text, where, loc_at),
        fatalities=Fatalities(best=best, low=low, high=high), sources=sources, claims=claims, evidence=evidence,
    )  # fmt: skip


def report_doc(text: str, uid: str, events: tuple[Event, ...], published: str = "2025-10-22", source: str = "SOHR") -> Document:
    """A processed document whose events point at real spans of `text` (the claim covers it all)."""
    claim = Claim("c1", Source(source, source, None, None, "organization"), None, "reported", 0, len(text),
                  tuple(e.id for e in events))  # fmt: skip
    return Document(text=text, id=uid, lang="ar", published=published, source=source, claims=(claim,), events=events)


class FakeNLP:
    """Stands in for a Pipeline: adds the events that `events_for(text)` gives, under a version."""

    def __init__(self, version: str, events_for: Any) -> None:
        self.version = version
        self.events_for = events_for
        self._components: list[Any] = []
        self.names = ["fake"]

    def config(self) -> dict[str, Any]:
        return {"steps": [{"name": "fake.events", "config": {"version": self.version}}]}

    def process(self, doc: Document) -> Document:
        evs = tuple(self.events_for(doc.text))
        src = doc.source or "unknown"
        claim = Claim("c1", Source(src, src, None, None, "media"), None, "reported", 0, len(doc.text),
                      tuple(e.id for e in evs))  # fmt: skip
        return doc.replace(events=evs, claims=(claim,) if evs else ())
