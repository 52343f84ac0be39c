"""Round 54: one incident coded twice.  Constructed reports with hand-written places, so nothing here depends
on the NER or the geocoder; each rule has its counter-case of two incidents."""

from __future__ import annotations

import pytest

from marsad.events.assemble import Extractor
from marsad.model import Document, Place
from marsad.pipeline import make_document
from marsad.text import split_sentences, tokenize


def make_doc(text: str, places: tuple[Place, ...], published: str = "2018-06-10") -> Document:
    doc = make_document(text, published=published, lang="ar")
    return doc.replace(tokens=tuple(tokenize(doc.text)), sentences=tuple(split_sentences(doc.text)), places=places)


def place(text: str, doc_text: str, name: str, admin1: str = "Idleb", iso2: str = "SY",
          level: str = "populated_place", nth: int = 0) -> Place:
    start = -1
    for _ in range(nth + 1):
        start = doc_text.index(text, start + 1)
    return Place(start, start + len(text), text, name, iso2=iso2, admin1=admin1, level=level, lat=36.0, lon=36.5)


@pytest.fixture(scope="module")
def ext() -> Extractor:
    return Extractor(classifier=None)


def kinds(doc: Document) -> list[tuple[str, str]]:
    return sorted((e.sub_event_type, e.location.name if e.location else "") for e in doc.events)


# a lead that names governorates ("في محافظات إدلب وحماة"), read as the towns of their names, sums the strike
# the body tells at a town of one of them; a lead at the city itself ("في مدينة إدلب") is a scene of its own
_GOVERNORATES_LEAD = ("قتل عدد من المسلحين في غارات شنتها طائرات حربية على مواقعهم في {w} إدلب وحماة. "
                      "وقال مصدر محلي إن طائرات حربية شنت غارات جوية على مواقع المسلحين في بلدة سراقب. "
                      "وأضاف المصدر أن السكان نزحوا من المنطقة.")


@pytest.mark.parametrize(("w", "expected"), [
    ("محافظات", [("Air/drone strike", "Saraqib")]),
    ("بمحافظتي", [("Air/drone strike", "Saraqib")]),
    ("مدينة", [("Air/drone strike", "Idlib"), ("Air/drone strike", "Saraqib")]),
])
def test_a_lead_that_names_governorates_sums_the_strike_at_a_town_of_one(ext, w, expected):
    text = _GOVERNORATES_LEAD.format(w=w).replace("في بمحافظتي", "بمحافظتي")
    places = (place("إدلب", text, "Idlib"), place("سراقب", text, "Saraqib"))
    assert kinds(ext(make_doc(text, places))) == expected


# an interception told again with only the launching country ("اعترضت صاروخا … من اليمن") on the day of the
# interception the article places in another country (الرياض) is that interception; another day's stands
_INTERCEPTION_TWICE = ("اعترضت الدفاعات الجوية السعودية صاروخا باليستيا فوق مدينة الرياض الأحد. وقال المتحدث إن "
                       "المواطنين شاهدوا الحطام. وأضاف أن الدفاعات الجوية اعترضت {day}صاروخا باليستيا للحوثيين في اليمن.")


@pytest.mark.parametrize(("day", "expected"), [
    ("", [("Disrupted weapons use", "Riyadh")]),
    ("الخميس ", [("Disrupted weapons use", "Riyadh"), ("Disrupted weapons use", "Yemen")]),
])
def test_an_interception_placed_only_at_another_country_is_the_placed_one(ext, day, expected):
    text = _INTERCEPTION_TWICE.format(day=day)
    places = (place("الرياض", text, "Riyadh", admin1="Ar Riyad", iso2="SA"),
              place("اليمن", text, "Yemen", admin1=None, iso2="YE", level="country"))
    assert kinds(ext(make_doc(text, places, published="2018-03-25"))) == expected
