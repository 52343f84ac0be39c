"""Round 69 precision rules: tolls counted over a wave of demonstrations or a past week.

Each test is a short constructed sentence for one structural rule; a paired sentence shows the
incident the rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests.test_events_precision import ext, make_doc

__all__ = ["ext"]  # the shared extractor fixture, used by name


@pytest.mark.parametrize(
    "text",
    [
        "وأعاقت الولايات المتحدة بيانا عن العنف في القطاع حيث قتل نحو خمسين شخصا برصاص القوات الإسرائيلية "
        "خلال مسيرات \"العودة\".",
        "وقتل ثلاثون شخصا برصاص قوات الأمن خلال الاحتجاجات.",
    ],
)
def test_a_toll_over_a_wave_of_demonstrations_is_no_incident(ext, text):
    assert ext(make_doc(text)).events == ()


@pytest.mark.parametrize(
    "text",
    [
        "وقتل متظاهر برصاص قوات الأمن أمس خلال الاحتجاجات في البصرة.",
        "وقتل ثلاثة محتجين برصاص قوات الأمن خلال الاحتجاجات التي تشهدها مدينة البصرة.",
        "وقتل ثلاثة محتجين برصاص قوات الأمن خلال احتجاجات في مدينة البصرة.",
    ],
)
def test_a_day_s_force_at_a_wave_stays(ext, text):
    assert ext(make_doc(text)).events


def test_a_toll_over_the_past_week_is_no_incident(ext):
    assert ext(make_doc("وقتل عشرون فلسطينيا على مدار الأسبوع الماضي برصاص القناصة.")).events == ()


def test_a_killing_last_week_stays(ext):
    assert ext(make_doc("وقتل فلسطيني الأسبوع الماضي برصاص القناصة.")).events


@pytest.mark.parametrize(
    "text",
    [
        "ويراهن القائد على الجيش في معركة التحرير، مستفيدا من المعارك التي خاضها في بنغازي ودرنة.",
        "ومن أبرز المعارك التي خاضتها القوات الشرعية كانت عملية المكلا.",
    ],
)
def test_a_record_of_battles_fought_is_no_incident(ext, text):
    assert ext(make_doc(text)).events == ()


def test_battles_fought_on_a_day_stay(ext):
    assert ext(make_doc("وقتل عشرة في المعارك التي خاضتها القوات في البلدة أمس.")).events


@pytest.mark.parametrize(
    "text",
    [
        "وتستعد دمشق، بدعم من حليفتيها روسيا وإيران، لشن هجوم على البلدة.",
        "وتسعى القوات الحكومية، مدعومة من روسيا، إلى فرض سيطرتها على البلدة.",
    ],
)
def test_an_aim_past_a_parenthetical_of_backing_is_no_incident(ext, text):
    assert ext(make_doc(text)).events == ()


@pytest.mark.parametrize(
    "text",
    [
        "وشنت القوات، بدعم من الطيران، هجوما على البلدة أمس.",
        "وتستعد القوات للمعركة، بدعم من الطيران، قصفت البلدة أمس.",
    ],
)
def test_an_act_with_a_parenthetical_of_backing_stays(ext, text):
    assert ext(make_doc(text)).events


def test_strikes_a_side_is_said_to_seek_a_pretext_for_are_no_incident(ext):
    text = "وأنحى الوزير بالمسؤولية على روسيا والنظام واستخدامهما ذلك كذريعة لشن ضربات جوية على البلدة."
    assert ext(make_doc(text)).events == ()


PERIOD_TOLL = "وذكر المرصد أن أكثر من 1500 مقاتل لقوا حتفهم منذ بدء الهجوم التركي على المنطقة. "


def test_a_documented_tally_after_a_toll_since_the_start_is_no_incident(ext):
    text = PERIOD_TOLL + "ووثق المرصد في المقابل مقتل أكثر من 400 عنصر من الفصائل."
    assert ext(make_doc(text)).events == ()


def test_a_documented_toll_of_a_day_after_a_period_toll_stays(ext):
    text = PERIOD_TOLL + "ووثق المرصد مقتل 20 مدنيا السبت في غارات على البلدة."
    assert ext(make_doc(text)).events
