"""Round 73 duplicate rules: a lead told again in the body of its report.

Each test is a short constructed report for one structural rule, with hand-written places so that nothing
here depends on the NER or the geocoder; a paired report shows the incident the rule must leave alone.
"""

from __future__ import annotations

import pytest

from marsad.events.assemble import Extractor
from marsad.model import Place
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
