"""Round 94: a lead's strikes on a city whose governorate is the city itself (Sana'a City) sum the body's
strikes on a quarter or site of it (duplicate)."""

from __future__ import annotations

import pytest

from marsad.events.folds import _city_unit, _summarises
from marsad.model import Place


@pytest.fixture(scope="module")
def nlp():
    import marsad

    return marsad.Pipeline.load()


def _place(name: str, admin1: str, level: str = "populated_place", iso2: str = "YE") -> Place:
    return Place(start=0, end=1, text=name, name=name, iso2=iso2, admin1=admin1, level=level)


def test_city_unit_wants_the_town_named_as_its_unit() -> None:
    assert _city_unit(_place("Sanaa", "Sana'a City"))
    assert not _city_unit(_place("Jabal Nuqum", "Sana'a City"))
    assert not _city_unit(_place("Baghdad", "Baghdad", iso2="IQ"))


def test_a_city_unit_sums_its_quarters_not_other_units() -> None:
    assert _summarises(_place("Sanaa", "Sana'a City"), _place("Jabal Nuqum", "Sana'a City"))
    assert not _summarises(_place("Sanaa", "Sana'a City"), _place("Dhamar", "Dhamar"))
    assert not _summarises(_place("Jabal Nuqum", "Sana'a City"), _place("Sanaa", "Sana'a City"))


def test_strikes_on_the_capital_then_on_a_site_of_it_are_one(nlp) -> None:
    text = ("أفاد مراسلنا أن مقاتلات التحالف شنت الخميس ضربات جوية على مواقع للحوثيين في العاصمة اليمنية صنعاء.\n"
            "واستهدفت الغارات موقعا عسكريا في جبل نقم ومعسكر الأمن المركزي.\n"
            "وقال مصدر إن الحوثيين نقلوا جرحاهم إلى المستشفى.")
    events = [e for e in nlp(text, published="2018-08-09").events if e.sub_event_type == "Air/drone strike"]
    assert [e.location.name for e in events if e.location] == ["Jabal Nuqum"]
