"""A governorate named for its governor's or council's building is at the story's town of it (`marsad.events.seats`)."""

from __future__ import annotations

from marsad.events.seats import office_seat
from marsad.model import Place
from tests.test_events_precision import ext, make_doc, place

__all__ = ["ext"]  # the shared extractor fixture, used by name


def test_the_governors_house_is_in_the_one_town_the_story_names(ext):
    text = ("خرج مئات المحتجين في مدينة السماوة مطالبين بفرص عمل. "
            "واقتحم المتظاهرون منزل محافظ المثنى وأحرقوا سيارات الحراسة.")
    town = place("السماوة", text, "As Samawah", iso2="IQ", admin1="Al-Muthanna")
    unit = place("المثنى", text, "Al-Muthanna", iso2="IQ", level="admin1", admin1="Al-Muthanna")
    events = ext(make_doc(text, (town, unit))).events
    assert events and events[-1].location is not None and events[-1].location.name == "As Samawah"


def test_the_council_building_is_in_the_governorates_namesake_town():
    text = "وتجمع العشرات أمام مبنى مجلس محافظة كربلاء. وكان آخرون قد تظاهروا في كربلاء وفي عين التمر."
    unit = place("محافظة كربلاء", text, "Karbala", iso2="IQ", level="admin1", admin1="Karbala")
    towns = [place("كربلاء", text, "Karbala", iso2="IQ", admin1="Karbala", nth=1),
             place("عين التمر", text, "Ain al-Tamur", iso2="IQ", admin1="Karbala")]
    assert text[towns[0].start : towns[0].end] == "كربلاء" and towns[0].start > unit.end
    got = office_seat(text, unit, towns)
    assert got is not None and got.name == "Karbala"


def test_a_governorate_with_no_office_or_two_towns_stands():
    text = "قتل شرطيان في هجوم بمحافظة ديالى، وأصيب آخرون في بعقوبة وفي المقدادية."
    unit = place("محافظة ديالى", text, "Diyala", iso2="IQ", level="admin1", admin1="Diyala")
    towns = [place("بعقوبة", text, "Baqubah", iso2="IQ", admin1="Diyala"),
             place("المقدادية", text, "Al Muqdadiyah", iso2="IQ", admin1="Diyala")]
    assert office_seat(text, unit, towns) is None  # no office named
    office = "وتظاهروا أمام مبنى محافظة ديالى."
    unit2 = Place(0, 0, "", "Diyala")
    assert office_seat(office, unit2, towns) is None  # not a governorate
    u = place("محافظة ديالى", office, "Diyala", iso2="IQ", level="admin1", admin1="Diyala")
    assert office_seat(office, u, towns) is None  # two towns of it: no guess
