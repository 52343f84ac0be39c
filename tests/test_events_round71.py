"""Round 71 precision rules: a wave of demonstrations told by its start or by the dead "in it".

Each test is a short constructed sentence for one structural rule; a paired sentence shows the
incident the rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests.test_events_precision import ext, make_doc

__all__ = ["ext"]  # the shared extractor fixture, used by name

#: A first sentence with no event: the wave's start is told after the article's lead.
_LEAD = "وطالبت الحكومة العراقية بتحسين الخدمات في الجنوب. "


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "وبدأت التظاهرات السلمية في مدينة البصرة جنوبي العراق مطلع يوليو الجاري، للمطالبة بتحسين الخدمات.",
        _LEAD + "وانطلقت الاحتجاجات في مدينة البصرة أواخر الشهر الماضي.",
    ],
)
def test_a_wave_s_start_by_a_month_part_is_no_incident(ext, text):
    assert ext(make_doc(text)).events == ()


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "وبدأت المظاهرات في مدينة البصرة صباح الجمعة للمطالبة بتحسين الخدمات.",
        _LEAD + "وبدأت المظاهرات في مدينة البصرة للمطالبة بتحسين الخدمات.",
        "بدأت الاحتجاجات في عمان في أواخر مايو/أيار من العام الحالي، ضد قانون رفع ضريبة الدخل وارتفاع الأسعار.",
    ],
)
def test_a_dated_start_an_undated_one_or_the_lead_s_stays(ext, text):
    assert ext(make_doc(text)).events


def test_the_dead_in_a_named_wave_are_its_toll(ext):
    text = ("جاء ذلك بعد أسابيع من مسيرات العودة التي يشارك فيها آلاف الفلسطينيين على حدود القطاع، "
            "وقتل فيها قرابة 123 وأصيب أكثر من ألفي فلسطيني برصاص الجيش الإسرائيلي.")
    assert ext(make_doc(text)).events == ()


@pytest.mark.parametrize(
    "text",
    [
        "شارك الآلاف في مظاهرة عند الحدود أمس قتل فيها ثلاثة برصاص الجيش الإسرائيلي.",
        "وشارك الآلاف في مسيرات العودة أمس، وقتل فيها ثلاثة برصاص الجيش الإسرائيلي.",
    ],
)
def test_the_dead_of_one_protest_or_of_a_day_stay(ext, text):
    assert ext(make_doc(text)).events
