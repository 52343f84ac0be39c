"""Pipeline components of the text layer: tokens and sentences."""

from __future__ import annotations

from marsad.model import Document
from marsad.registry import Component, component
from marsad.text.sentences import split_sentences
from marsad.text.tokenize import tokenize


@component("marsad.tokenizer.v1", assigns=("tokens",), langs=None)
def make_tokenizer() -> Component:
    def tokenizer(doc: Document) -> Document:
        return doc.replace(tokens=tuple(tokenize(doc.text)))

    return tokenizer


@component("marsad.sentencizer.v1", assigns=("sentences",), langs=None)
def make_sentencizer() -> Component:
    def sentencizer(doc: Document) -> Document:
        return doc.replace(sentences=tuple(split_sentences(doc.text)))

    return sentencizer
