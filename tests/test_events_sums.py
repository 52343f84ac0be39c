"""Incidents told as a sum (`marsad.events.sums`) and a year-old incident (`weeks_of_fighting`), round 60.

Constructed sentences: a count of times with no day, "a year after the attack"; and the same deeds
told as one day's incident or one wounding, which stay.
"""

from __future__ import annotations

import pytest

from tests.test_events_precision import draft_types, ext, types_of

__all__ = ["ext"]  # the shared extractor fixture, used by name


@pytest.mark.parametrize(
    "text",
    [
        "وقال الوزير إن الطائرات المعادية قصفت عشرات المرات مواقع الجيش في المنطقة الشرقية.",
        "وكانت واشنطن قد لجأت مرتين إلى شن غارات جوية محدودة على قواعد النظام.",
        "وتعهد الرئيس بمحاسبة المسؤولين بعد عام من الهجوم بالغاز السام على البلدة.",
    ],
)
def test_a_sum_or_an_old_incident_is_no_event(ext, text):
    assert types_of(ext, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "وقصفت المدفعية البلدة ثلاث مرات مساء الخميس ما أدى إلى مقتل مدنيين.",
        "وقالت المصادر إن الشاب أصيب برصاص الجنود مرتين في الصدر والبطن قرب الحاجز.",
        "وشنت الطائرات غارة جوية على مواقع المسلحين في البلدة أمس.",
    ],
)
def test_one_day_told_stays_an_event(ext, text):
    assert types_of(ext, text) != []


@pytest.mark.parametrize(
    "text",
    [
        "ورغم موقفها الرسمي، شنت إسرائيل عشرات الضربات الجوية على مواقع مشتبه بها في سوريا.",
        "وشن التحالف مئات الغارات على مواقع المسلحين في المحافظة.",
    ],
)
def test_incidents_in_dozens_with_no_day_are_a_record(ext, text):
    assert types_of(ext, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "وشنت الطائرات الحربية عشرات الغارات على مدينة دوما مساء الخميس.",
        "وشنت إسرائيل في العاشر من أيار/مايو عشرات الغارات الجوية على أهداف في سوريا.",
    ],
)
def test_incidents_in_dozens_on_a_day_stay(ext, text):
    assert draft_types(ext, text) != []


@pytest.mark.parametrize(
    "text",
    [
        "وقال أردوغان إن 56 عنصرا من الجيش التركي قتلوا بالإضافة إلى مقتل المئات من الفصائل الموالية لأنقرة.",
        "وتبنى التنظيم هجمات وقعت في عدن وأسفرت عن سقوط مئات الضحايا.",
        "فيما تسببت هجمات بالصواريخ شنها الحوثيون على السعودية في سقوط مئات القتلى والجرحى.",
    ],
)
def test_the_dead_in_hundreds_with_no_day_are_a_toll(ext, text):
    assert types_of(ext, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "وقتل المئات في قصف استهدف سوق المدينة صباح الخميس.",
        "وأصيب المئات برصاص الجيش خلال المواجهات على الحدود في غزة.",
    ],
)
def test_a_day_or_the_wounded_in_hundreds_stay(ext, text):
    assert draft_types(ext, text) != []
