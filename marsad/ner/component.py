"""The `marsad.ner.v1` pipeline component: the shipped CRF over the document's tokens."""

from __future__ import annotations

from marsad.model import Document
from marsad.ner.tagger import load_model
from marsad.registry import Component, component


@component(
    "marsad.ner.v1",
    requires=("tokens",),
    assigns=("entities",),
    langs=("ar",),
    default_config={"model": None, "rules": True},
)
def make_ner(model: str | None = None, rules: bool = True) -> Component:
    """`model`: a directory with a trained model (default: the shipped one); `rules`: add the ORG rules."""
    ner = load_model(model)

    def recognise(doc: Document) -> Document:
        if not doc.tokens:
            return doc.replace(entities=())
        return doc.replace(entities=tuple(ner.entities(doc.text, doc.tokens, rules)))

    return recognise
