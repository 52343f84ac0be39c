"""A lead that lists governorates after a plural or dual unit noun ("في محافظات حلب وإدلب وحماة") names each as a
governorate: the body's incident at a town of one of them, or at the governorate itself, is the lead's share
there told again.  Constructed reports with hand-written places, so nothing here depends on the NER or the
geocoder."""

from __future__ import annotations

import pytest

from marsad.events.assemble import Extractor
from marsad.events.folds import _listed_unit
from marsad.model import Document, Place, Span
from marsad.pipeline import make_document
from marsad.text import split_sentences, tokenize


def make_doc(text: str, places: tuple[Place, ...], published: str = "2018-06-10") -> Document:
    doc = make_document(text, published=published, lang="ar")
    return doc.replace(tokens=tuple(tokenize(doc.text)), sentences=tuple(split_sentences(doc.text)), places=places)


def place(doc_text: str, text: str, name: str, admin1: str) -> Place:
    start = doc_text.index(text)
    return Place(start, start + len(text), text, name, name_ar=text, iso2="SY", admin1=admin1,
                 level="populated_place", lat=36.0, lon=36.5)


@pytest.fixture(scope="module")
def ext() -> Extractor:
    return Extractor(classifier=None)


_LEAD = ("اعتقلت قوات الأمن، السبت، خمسة مسلحين بمحافظات حمص وحلب والرقة.\n"
         "وقالت وزارة الداخلية إن وحداتها في بلدة منبج ألقت القبض على مسلحين اثنين.\n"
         "وأضافت أن التحقيق جار مع الموقوفين.")


def test_a_later_governorate_of_the_leads_list_folds_into_the_body_town(ext):
    text = _LEAD
    places = (place(text, "حمص", "Homs", "Homs"), place(text, "حلب", "Halab City", "Aleppo"),
              place(text, "الرقة", "Ar Raqqa", "Ar-Raqqa"), place(text, "منبج", "Manbij", "Aleppo"))
    events = ext(make_doc(text, places)).events
    assert sorted(e.location.name for e in events if e.sub_event_type == "Arrests") == ["Ar Raqqa", "Homs", "Manbij"]


def _span(text: str) -> Span:
    return Span(0, len(text), text)


def _at(text: str, name: str) -> Place:
    return place(text, name, name, "X")


@pytest.mark.parametrize("text, name", [
    ("غارات على مواقع في محافظات الحديدة وصعدة والجوف", "صعدة"),
    ("غارات على مواقع في محافظات الحديدة وصعدة والجوف", "الجوف"),
    ("اعتقلت الشرطة أربعة عناصر بمحافظتي قابس ومدنين", "مدنين"),
])
def test_a_later_name_of_a_list_after_a_unit_noun_is_a_governorate(text, name):
    assert _listed_unit(_at(text, name), _span(text))


@pytest.mark.parametrize("text, name", [
    ("غارات على مواقع في محافظات الحديدة وفي مدينة صعدة", "صعدة"),  # a preposition opens a new phrase
    ("غارات على مواقع في محافظة الحديدة ومدينة صعدة", "صعدة"),  # a singular unit noun names one governorate
    ("غارات على مواقع في محافظات الحديدة صعدة", "صعدة"),  # not joined to the list
])
def test_a_name_outside_the_list_is_not(text, name):
    assert not _listed_unit(_at(text, name), _span(text))
