"""A lead that lists governorates after a plural or dual unit noun ("في محافظات حلب وإدلب وحماة") names each as a
governorate: the body's incident at a town of one of them, or at the governorate itself, is the lead's share
there told again.  Constructed reports with hand-written places, so nothing here depends on the NER or the
geocoder."""

from __future__ import annotations

import pytest

from marsad.events.folds import _listed_unit
from marsad.model import Place, Span
from tests.test_events_precision import ext, make_doc

__all__ = ["ext"]  # the shared extractor fixture, used by name


def place(doc_text: str, text: str, name: str, admin1: str) -> Place:
    start = doc_text.index(text)
    return Place(start, start + len(text), text, name, name_ar=text, iso2="SY", admin1=admin1,
                 level="populated_place", lat=36.0, lon=36.5)


_LEAD = ("اعتقلت قوات الأمن، السبت، خمسة مسلحين بمحافظات حمص وحلب والرقة.\n"
         "وقالت وزارة الداخلية إن وحداتها في بلدة منبج ألقت القبض على مسلحين اثنين.\n"
         "وأضافت أن التحقيق جار مع الموقوفين.")


def test_a_later_governorate_of_the_leads_list_folds_into_the_body_town(ext):
    text = _LEAD
    places = (place(text, "حمص", "Homs", "Homs"), place(text, "حلب", "Halab City", "Aleppo"),
              place(text, "الرقة", "Ar Raqqa", "Ar-Raqqa"), place(text, "منبج", "Manbij", "Aleppo"))
    events = ext(make_doc(text, places)).events
    assert sorted(e.location.name for e in events if e.sub_event_type == "Arrests") == ["Ar Raqqa", "Homs", "Manbij"]


def test_a_listed_governorate_folds_into_the_bodys_event_at_that_very_place_whoever_acts(ext):
    # the sides differ (police in the lead, the SDF in the body), so only the place joins the two (folds._same_place)
    text = ("اعتقلت قوات الأمن، السبت، خمسة مسلحين بمحافظات حمص وحلب والرقة.\n"
            "وقالت قوات سوريا الديمقراطية إن مقاتليها في مدينة الرقة اعتقلوا مسلحين اثنين.\n"
            "وأضافت أن التحقيق جار مع الموقوفين.")
    body = text.index("الرقة", text.index("الرقة") + 1)
    places = (place(text, "حمص", "Homs", "Homs"), place(text, "حلب", "Halab City", "Aleppo"),
              place(text, "الرقة", "Ar Raqqa", "Ar-Raqqa"),
              Place(body, body + 5, "الرقة", "Ar Raqqa", name_ar="الرقة", iso2="SY", admin1="Ar-Raqqa",
                    level="populated_place", lat=36.0, lon=36.5))
    raqqa = [e for e in ext(make_doc(text, places)).events if e.location.name == "Ar Raqqa"]
    assert len(raqqa) == 1  # the lead's share at Raqqa is the body's arrest told again


def _span(text: str) -> Span:
    return Span(0, len(text), text)


def _at(text: str, name: str) -> Place:
    return place(text, name, name, "X")


@pytest.mark.parametrize("text, name", [
    ("غارات على مواقع في محافظات الحديدة وصعدة والجوف", "صعدة"),
    ("غارات على مواقع في محافظات الحديدة وصعدة والجوف", "الجوف"),
    ("اعتقلت الشرطة أربعة عناصر بمحافظتي قابس ومدنين", "مدنين"),
    ("وشنت الطائرات غارات وبمحافظات الحديدة وصعدة والجوف", "الجوف"),  # a run of glued proclitics
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
