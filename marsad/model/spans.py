"""Span-bearing records: every one carries `start`/`end` code-point offsets into `Document.text`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple


@dataclass(frozen=True, slots=True)
class Span:
    """A bare stretch of the document: `text[start:end] == span.text` always holds."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Span:
        return cls(int(d["start"]), int(d["end"]), str(d.get("text", "")))


class Token(NamedTuple):
    """A whitespace/punctuation token; `stem_start` is where the stem begins after proclitics.

    `kind` is one of: word, number, punct, latin.  Tokens are working data for the components
    and are not part of the `marsad/1` output.  A NamedTuple, because documents hold hundreds of
    thousands of them and it is three times cheaper to build than a frozen dataclass.
    """

    start: int
    end: int
    text: str
    norm: str
    kind: str = "word"
    stem_start: int = -1

    @property
    def stem(self) -> str:
        """The token without its proclitics (original characters)."""
        if self.stem_start < 0:
            return self.text
        return self.text[self.stem_start - self.start :]

    def parts(self) -> tuple[Span, ...]:
        """Proclitic and stem sub-token spans (one span when there is no proclitic)."""
        if self.stem_start <= self.start:
            return (Span(self.start, self.end, self.text),)
        cut = self.stem_start - self.start
        return (
            Span(self.start, self.stem_start, self.text[:cut]),
            Span(self.stem_start, self.end, self.text[cut:]),
        )


@dataclass(frozen=True, slots=True)
class Entity:
    """A named mention: PER, ORG, LOC, GPE, FAC, NORP or MISC."""

    start: int
    end: int
    text: str
    label: str
    canonical: str | None = None
    kb_id: str | None = None
    score: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "label": self.label,
            "canonical": self.canonical,
            "kb_id": self.kb_id,
            "score": round(float(self.score), 4),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        return cls(
            int(d["start"]),
            int(d["end"]),
            d["text"],
            d["label"],
            d.get("canonical"),
            d.get("kb_id"),
            float(d.get("score", 1.0)),
        )


PLACE_FIELDS = (
    "name",
    "name_ar",
    "country",
    "iso2",
    "admin1",
    "admin2",
    "admin3",
    "pcode",
    "geonameid",
    "lat",
    "lon",
    "level",
    "geo_precision",
    "reason",
)


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place mention; `reason` says why this reading won and `runner_up` what it beat."""

    start: int
    end: int
    text: str
    name: str
    name_ar: str | None = None
    country: str | None = None
    iso2: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    pcode: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    level: str = "populated_place"
    geo_precision: int = 1
    reason: str = ""
    runner_up: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        for k in PLACE_FIELDS:
            d[k] = getattr(self, k)
        if self.runner_up is not None:
            d["runner_up"] = self.runner_up
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Place:
        kw = {k: d.get(k) for k in PLACE_FIELDS if k in d}
        return cls(
            start=int(d["start"]),
            end=int(d["end"]),
            text=d["text"],
            runner_up=d.get("runner_up"),
            **kw,
        )


@dataclass(frozen=True, slots=True)
class Source:
    """Who a claim comes from; a span when the text names it, `kind` says what sort of source."""

    text: str
    canonical: str | None = None
    start: int | None = None
    end: int | None = None
    kind: str = "unnamed"

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "canonical": self.canonical,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Source:
        return cls(d.get("text", ""), d.get("canonical"), d.get("start"), d.get("end"), d.get("kind", "unnamed"))


@dataclass(frozen=True, slots=True)
class Claim:
    """A statement attributed to a source, with the reporting cue and its modality."""

    id: str
    source: Source
    cue: Span | None
    modality: str
    start: int
    end: int
    events: tuple[str, ...] = ()
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "source": self.source.to_dict(),
            "cue": self.cue.to_dict() if self.cue else None,
            "modality": self.modality,
            "start": self.start,
            "end": self.end,
            "events": list(self.events),
        }
        if self.date:
            d["date"] = self.date
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Claim:
        cue = d.get("cue")
        return cls(
            d["id"],
            Source.from_dict(d.get("source") or {}),
            Span.from_dict(cue) if cue else None,
            d.get("modality", "reported"),
            int(d["start"]),
            int(d["end"]),
            tuple(d.get("events") or ()),
            d.get("date"),
        )


@dataclass(frozen=True, slots=True)
class Fatalities:
    """Reported deaths: best/low/high plus the raw words and who claimed each figure."""

    best: int | None = None
    low: int | None = None
    high: int | None = None
    text: str | None = None
    injured: int | None = None
    claimed_by: tuple[str, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"best": self.best, "low": self.low, "high": self.high, "text": self.text}
        if self.injured is not None:
            d["injured"] = self.injured
        if self.claimed_by:
            d["claimed_by"] = list(self.claimed_by)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Fatalities:
        d = d or {}
        return cls(
            d.get("best"),
            d.get("low"),
            d.get("high"),
            d.get("text"),
            d.get("injured"),
            tuple(d.get("claimed_by") or ()),
        )
