"""The pipeline: ordered named components, checked at build time, rebuilt from plain config."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from email.utils import parsedate_to_datetime
from itertools import islice
from typing import Any

from marsad import heap, registry
from marsad.errors import InputError, MarsadError, PipelineError
from marsad.model import Document
from marsad.text.language import detect
from marsad.text.normalize import clean

log = logging.getLogger(__name__)

#: What every Document has before any component runs.
BASE_FIELDS = frozenset({"text", "lang", "published", "id"})

#: The default pipeline, in order.
DEFAULT_STEPS: tuple[str, ...] = (
    "marsad.tokenizer.v1",
    "marsad.sentencizer.v1",
    "marsad.ner.v1",
    "marsad.actors.v1",
    "marsad.geocoder.v1",
    "marsad.claims.v1",
    "marsad.events.v1",
    "marsad.calibrate.v1",
)
#: The default steps that come before event extraction: what the event trainers and evaluators run first.
STEPS_BEFORE_EVENTS: tuple[str, ...] = DEFAULT_STEPS[: DEFAULT_STEPS.index("marsad.events.v1")]

Step = str | tuple[str, Mapping[str, Any]]

#: The longest document (in characters) the Arabic components read in one piece.  A news article is
#: 2-20k characters; a million is a whole book, takes about 20 s, and is almost always a bundle of
#: articles that should be split.  Longer input gets a clear InputError instead of minutes of work;
#: `Pipeline(max_chars=...)` or `marsad extract --max-chars` raises the bound.
MAX_CHARS = 1_000_000


def parse_published(value: Any) -> str | None:
    """A YYYY-MM-DD date from ISO dates and times or RFC 822 times (feeds, the ANT corpus); else None."""
    if value is None or value == "":
        return None
    s = str(value).strip()
    try:
        return dt.date.fromisoformat(s[:10]).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def check_date(value: str | None, what: str = "published") -> str | None:
    """Validate a date (None passes): YYYY-MM-DD, an ISO time or a feed's RFC 822 time, as `marsad
    ingest` and `extract --input` take them; raise InputError naming the field otherwise."""
    if value is None or value == "":
        return None
    if (day := parse_published(value)) is None:
        raise InputError(f"{what}: {value!r} is not a date of the form YYYY-MM-DD (or a feed's RFC 822 time)")
    return day


def doc_id(text: str) -> str:
    """A stable id for a text: the first 16 hex digits of its SHA-1."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def make_document(
    text: str,
    *,
    published: str | None = None,
    lang: str | None = None,
    id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
) -> Document:
    """Fix the text (NFKC, newlines, controls) and detect its language: the ingest step."""
    if not isinstance(text, str):
        raise InputError(f"text must be a string, not {type(text).__name__}")
    fixed = clean(text)
    return Document(
        text=fixed,
        id=id or doc_id(fixed),
        lang=lang or detect(fixed),
        published=check_date(published),
        title=title,
        url=url,
        source=source,
    )


class Pipeline:
    """Ordered components.  `nlp(text, published=...)` reads one document; `nlp.pipe` streams."""

    def __init__(self, steps: Sequence[Step] = DEFAULT_STEPS, *, max_chars: int = MAX_CHARS) -> None:
        self.max_chars = max_chars
        self.steps: list[tuple[str, dict[str, Any]]] = []
        self._components: list[tuple[registry.ComponentSpec, registry.Component]] = []
        have = set(BASE_FIELDS)
        for step in steps:
            name, cfg = (step, {}) if isinstance(step, str) else (step[0], dict(step[1]))
            spec = registry.get(name)
            missing = [r for r in spec.requires if r not in have]
            if missing:
                raise PipelineError(
                    f"{name} requires {', '.join(missing)}, which no earlier component assigns; "
                    f"add a component that assigns it before {name}"
                )
            self._components.append((spec, spec.build(cfg)))
            self.steps.append((name, cfg))
            have.update(spec.assigns)
        heap.settle_once()  # the models just built live as long as the process: the collector need not walk them

    @classmethod
    def load(
        cls,
        name: str = "default",
        config: Mapping[str, Any] | None = None,
        *,
        max_chars: int = MAX_CHARS,
        overrides: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> Pipeline:
        """The named pipeline ("default" is the only one for now), or one from `config`.

        `overrides` maps a component name to config keys that replace its defaults, e.g.
        `{"marsad.geocoder.v1": {"extra": ["my_places.tsv"]}}`.
        """
        if config is not None:
            return cls.from_config(config)
        if name != "default":
            raise PipelineError(f"unknown pipeline {name!r}; only 'default' ships")
        over = dict(overrides or {})
        unknown = set(over) - set(DEFAULT_STEPS)
        if unknown:
            raise PipelineError(f"overrides for components not in the pipeline: {sorted(unknown)}")
        return cls([(n, over.get(n, {})) for n in DEFAULT_STEPS], max_chars=max_chars)

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> Pipeline:
        steps = [(s["name"], s.get("config") or {}) for s in config.get("steps", [])]
        return cls(steps, max_chars=int(config.get("max_chars", MAX_CHARS)))

    def config(self) -> dict[str, Any]:
        """Plain JSON config from which a worker rebuilds the same pipeline."""
        return {"steps": [{"name": n, "config": c} for n, c in self.steps], "max_chars": self.max_chars}

    @property
    def names(self) -> list[str]:
        return [n for n, _ in self.steps]

    def __call__(
        self,
        text: str,
        *,
        published: str | None = None,
        lang: str | None = None,
        id: str | None = None,
        title: str | None = None,
        url: str | None = None,
        source: str | None = None,
    ) -> Document:
        doc = make_document(text, published=published, lang=lang, id=id, title=title, url=url, source=source)
        return self.process(doc)

    def process(self, doc: Document) -> Document:
        """Run every component on an already-made Document, skipping those without its language."""
        if len(doc.text) > self.max_chars:
            raise InputError(
                f"document {doc.id} has {len(doc.text):,} characters, over the limit of {self.max_chars:,} "
                "for one document; split it into articles or raise the limit (--max-chars)"
            )
        skipped = list(doc.skipped)
        for spec, comp in self._components:
            if spec.langs is not None and doc.lang not in spec.langs:
                skipped.append(f"{spec.name}: not run for language {doc.lang!r} (supports {', '.join(spec.langs)})")
                continue
            doc = comp(doc)
        return doc.replace(skipped=tuple(skipped)) if skipped != list(doc.skipped) else doc

    def pipe(
        self,
        records: Iterable[str | Mapping[str, Any] | Document],
        *,
        batch_size: int = 64,
        on_error: str = "raise",
    ) -> Iterator[Document | MarsadError]:
        """Stream documents in input order.

        Records are texts, dicts with `text` and optional id/published/lang/title/url/source, or
        Documents.  With `on_error="yield"` a bad record yields its MarsadError (with the
        record's position in the message) in its place and the stream goes on.
        """
        it = iter(records)
        index = 0
        while batch := list(islice(it, batch_size)):
            for rec in batch:
                index += 1
                try:
                    yield self.process(self._as_document(rec, index))
                except MarsadError as err:
                    if on_error != "yield":
                        raise
                    yield type(err)(f"record {index}: {err}")

    @staticmethod
    def _as_document(rec: str | Mapping[str, Any] | Document, index: int) -> Document:
        if isinstance(rec, Document):
            return rec
        if isinstance(rec, str):
            return make_document(rec)
        if not isinstance(rec, Mapping):
            raise InputError(f"expected a text or an object, got {type(rec).__name__}")
        text = rec.get("text")
        if not isinstance(text, str):
            raise InputError("no 'text' string in the record")
        rid = rec.get("id")
        return make_document(
            text,
            published=rec.get("published"),
            lang=rec.get("lang"),
            id=str(rid) if rid is not None else None,
            title=rec.get("title"),
            url=rec.get("url"),
            source=rec.get("source"),
        )
