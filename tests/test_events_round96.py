"""Round 96 type rules: a hostage release is not an abduction.

Each test is a short constructed article; a paired article shows the event the rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests.test_events_precision import ext, make_doc, place
from tests.test_events_precision import types_of as _types

__all__ = ["ext"]  # the shared extractor fixture, used by name


@pytest.mark.parametrize(
    "text",
    [
        "أفرج تنظيم داعش الإرهابي عن 6 من الرهائن في محافظة السويداء بجنوب سوريا، وفق ما أفاد المرصد السوري السبت.",
        "وأطلق المسلحون السبت سراح الرهائن المحتجزين لديهم في المدينة منذ أسبوعين، بحسب مصادر محلية.",
    ],
)
def test_hostages_released_are_other_not_an_abduction(ext, text):
    types = _types(ext, text)
    assert "Abduction/forced disappearance" not in types
    assert "Other" in types


def test_a_release_demanded_is_no_release(ext):
    text = ("وطالب وزير الخارجية إيران بأن تسحب قواتها من سوريا، بالإضافة إلى الإفراج عن الرهائن الأمريكيين "
            "المحتجزين لديها.")
    assert "Other" not in _types(ext, text)


def test_hostages_taken_stay_an_abduction(ext):
    text = "احتجز مسلحون رهائن في قرية بمحافظة السويداء بجنوب سوريا يوم السبت، وفق ما أفاد المرصد السوري."
    assert "Abduction/forced disappearance" in _types(ext, text)


def test_an_undated_abduction_beside_the_release_is_its_background(ext):
    text = ("أفرج تنظيم داعش الإرهابي عن 6 من الرهائن في السويداء بجنوب سوريا، وفق ما أفاد المرصد السوري السبت. "
            "وإثر عملية الخطف، تولت روسيا بالتنسيق مع الحكومة السورية التفاوض مع التنظيم في السويداء.")
    places = (place("السويداء", text, "As-Suwayda", iso2="SY", admin1="As-Suwayda"),
              place("السويداء", text, "As-Suwayda", iso2="SY", admin1="As-Suwayda", nth=1))
    assert [e.sub_event_type for e in ext(make_doc(text, places=places)).events] == ["Other"]
