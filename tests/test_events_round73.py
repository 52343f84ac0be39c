"""Round 73 duplicate rules: a lead told again in the body of its report.

Each test is a short constructed report for one structural rule, with hand-written places so that nothing
here depends on the NER or the geocoder; a paired report shows the incident the rule must leave alone.
"""

from __future__ import annotations

import pytest

from marsad.events.assemble import Extractor
from marsad.model import Document, Place
from tests.test_events_duplicates import make_doc, strikes


@pytest.fixture(scope="module")
def ext() -> Extractor:
    return Extractor(classifier=None)


def _daraa_place(text: str, doc_text: str, name: str) -> Place:
    start = doc_text.index(text)
    return Place(start, start + len(text), text, name, iso2="SY", admin1="Dar'a", level="populated_place",
                 lat=32.6, lon=36.1)


# a lead at the town named as its governorate, spelt with another apostrophe (Dar‘a, Dar'a), sums the
# body's strike of the day at a town of that governorate; a lead at another town stands beside it
_DARAA_LEAD = ("شنت طائرات حربية، السبت، غارات جوية على مواقع المسلحين في {town}. وقال مصدر محلي إن السكان نزحوا. "
               "وأضاف أن طائرات حربية شنت غارات جوية على مواقع المسلحين في بلدة بصرى الشام السبت.")


@pytest.mark.parametrize(("town", "name", "expected"), [
    ("درعا", "Dar‘a", [("Busra ash Sham", "2018-06-09")]),
    ("إزرع", "Izra‘", [("Izra‘", "2018-06-09"), ("Busra ash Sham", "2018-06-09")]),
])
def test_a_lead_at_the_governorates_namesake_town_however_spelt_sums_the_body_strike(ext, town, name, expected):
    text = _DARAA_LEAD.format(town=town)
    doc = make_doc(text, (_daraa_place(town, text, name), _daraa_place("بصرى الشام", text, "Busra ash Sham")))
    assert strikes(ext(doc)) == expected



def _idlib_place(text: str, doc_text: str, name: str, nth: int = 0) -> Place:
    start = -1
    for _ in range(nth + 1):
        start = doc_text.index(text, start + 1)
    return Place(start, start + len(text), text, name, iso2="SY", admin1="Idlib", level="populated_place",
                 lat=36.0, lon=36.5)


def clashes(doc: Document) -> list[tuple[str, str, int | None]]:
    return [(e.location.name if e.location else "", e.event_date or "", e.fatalities.best) for e in doc.events
            if e.sub_event_type == "Armed clash"]


# a lead dated only by its report that counts the dead sums the incident the very next sentence dates to the
# day before; two sentences on, an incident of the day before may be another (the lead's toll its own day's)
_TOLL_LEAD = ("قتل 27 مسلحا في كمين نصبه مسلحو تنظيم الدولة الإسلامية قرب مدينة إدلب في شمال البلاد. {filler}وقال "
              "بيان إن الهجوم وقع في وقت متأخر مساء السبت في بلدة سراقب التابعة لمحافظة إدلب. وأضاف البيان أن "
              "التحقيقات جارية.")


@pytest.mark.parametrize(("filler", "expected"), [
    ("", [("Saraqib", "2018-06-09", 27)]),
    ("وقال الدفاع المدني إن السكان نزحوا. ", [("Idlib", "2018-06-10", 27), ("Saraqib", "2018-06-09", None)]),
])
def test_a_report_dated_toll_is_of_the_next_sentences_incident_of_the_day_before(ext, filler, expected):
    text = _TOLL_LEAD.format(filler=filler)
    doc = make_doc(text, (_idlib_place("إدلب", text, "Idlib"), _idlib_place("سراقب", text, "Saraqib")))
    assert clashes(ext(doc)) == expected


def arrests(doc: Document) -> list[tuple[str, str]]:
    return [(e.location.name if e.location else "", e.event_date or "") for e in doc.events
            if e.sub_event_type == "Arrests"]


# an arrest told by the report's month ("هذا الشهر") and again by a day of that month is one arrest, dated to
# the day; a named month narrowed to its start ("في مطلع يونيو") may be another arrest's
_MONTH_THEN_DAY = ("قالت عائلة الناشطة إن السلطات اعتقلتها من جديد {when} في مدينة إدلب. وقال زوجها إن زوجته اعتقلت "
                   "بتهم التآمر والدعاية في مدينة إدلب. ولم يصدر القضاء إعلانا عن قضية الناشطة التي اعتقلت يوم 3 يونيو "
                   "في مدينة إدلب.")


@pytest.mark.parametrize(("when", "expected"), [
    ("هذا الشهر", [("Idlib", "2018-06-03")]),
    ("في مطلع يونيو", [("Idlib", "2018-06-03"), ("Idlib", "2018-06-05")]),
])
def test_an_arrest_told_by_the_reports_month_and_by_its_day_is_one(ext, when, expected):
    text = _MONTH_THEN_DAY.format(when=when)
    doc = make_doc(text, tuple(_idlib_place("إدلب", text, "Idlib", nth=k) for k in range(3)))
    assert sorted(arrests(ext(doc))) == expected
