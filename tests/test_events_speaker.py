"""A place in a statement's speaker phrase (قالت مصادر في مستشفى حماة، إن ...) is not the scene."""

from __future__ import annotations

import pytest

from marsad.events.assemble import Extractor
from marsad.events.speaker import in_speaker_phrase
from marsad.model import Document, Place
from marsad.pipeline import make_document
from marsad.text import split_sentences, tokenize


def _place(doc_text: str, text: str, name: str, level: str = "populated_place") -> Place:
    start = doc_text.index(text)
    return Place(start, start + len(text), text, name, iso2="SY", admin1=name, level=level, lat=35.0, lon=36.7)


def _doc(text: str) -> Document:
    doc = make_document(text, published="2018-06-10", lang="ar")
    places = (_place(text, "حماة", "Hama"), _place(text, "إدلب", "Idleb", "admin1") if "إدلب" in text
              else _place(text, "سراقب", "Saraqib"))
    return doc.replace(tokens=tuple(tokenize(doc.text)), sentences=tuple(split_sentences(doc.text)), places=places)


@pytest.fixture(scope="module")
def ext() -> Extractor:
    return Extractor(classifier=None)


def test_the_speakers_seat_before_inna_is_not_the_scene(ext):
    doc = ext(_doc("قالت مصادر طبية في مستشفى حماة الوطني، إن خمسة مدنيين قتلوا في غارة جوية على قرية في ريف إدلب الأحد."))
    assert [e.location.name for e in doc.events if e.location] == ["Idleb"]


def test_a_place_told_after_inna_is_what_was_said():
    text = "قال الطبيب إن الغارة أصابت مستشفى حماة الوطني، وإن المرضى نقلوا إلى سراقب."
    doc = _doc(text)
    hama, saraqib = doc.places
    assert not in_speaker_phrase(text, hama) and not in_speaker_phrase(text, saraqib)


def test_a_speaker_phrase_needs_its_inna():
    text = "وأكد المسؤول في حماة استمرار الحصار على بلدة سراقب."
    assert not in_speaker_phrase(text, _doc(text).places[0])
