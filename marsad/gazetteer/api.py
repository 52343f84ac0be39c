"""The Python API of the geocoder: `geocode(text)`, `resolve(text, spans)` and the pipeline component
`marsad.geocoder.v1`."""

from __future__ import annotations

from collections.abc import Sequence

from marsad.errors import InputError
from marsad.gazetteer.geocoder import Geocoder
from marsad.gazetteer.resolver import Resolver
from marsad.gazetteer.store import Gazetteer
from marsad.model import Document, Place
from marsad.pipeline import check_date
from marsad.registry import Component, component
from marsad.text.language import detect


def geocode(text: str, published: str | None = None, *, lang: str | None = None,
            extra: Sequence[str] = ()) -> list[Place]:
    """The places named in `text`, resolved, with offsets into `text` as given.

    `published` is accepted for symmetry with the pipeline (places do not depend on it yet) and
    validated; `extra` names users' places files (TSV, see the README's "Places" section).
    """
    if not isinstance(text, str):
        raise InputError(f"text must be a string, not {type(text).__name__}")
    check_date(published)
    if not text.strip():
        return []
    return Geocoder(Gazetteer.load(extra=tuple(extra))).places(text, lang=lang or detect(text))


def resolve(text: str, spans: Sequence[tuple[int, int]], *, extra: Sequence[str] = (),
            lang: str | None = None) -> list[Place | None]:
    """One resolved place (or None) for each (start, end) span of `text` that the user says is a place.

    Offsets are the user's spans; `reason` opens with the step that answered (see
    `marsad.gazetteer.resolver`).  A span outside the text, empty, or without a letter or digit raises
    InputError (an empty text takes no span).
    """
    if not isinstance(text, str):
        raise InputError(f"text must be a string, not {type(text).__name__}")
    geo = Geocoder(Gazetteer.load(extra=tuple(extra)))
    return Resolver(geo).resolve(text, spans, lang=lang or (detect(text) if text.strip() else "ar"))


@component(
    "marsad.geocoder.v1",
    requires=("tokens",),
    assigns=("places",),
    langs=("ar", "en", "fr"),
    default_config={"extra": []},
)
def make_geocoder(extra: Sequence[str] = ()) -> Component:
    """Places for a document; reads `doc.entities` (persons are not places) when NER ran first."""
    geocoder = Geocoder(Gazetteer.load(extra=tuple(extra)))

    def geocode_doc(doc: Document) -> Document:
        return doc.replace(places=tuple(geocoder.places(doc.text, doc.entities or (), doc.lang or "ar")))

    return geocode_doc
