"""Round 42 precision rules: the definite battles named as a setting of the war, not one clash.

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
        "وقال البيان إن النظام استخدم مادة الكلور في المعارك لإرهاب المعارضين.",
        "وأشارت التحقيقات إلى أن المعتقل شارك في العديد من المعارك بصفة قائد عسكري.",
        "وفر عناصر من الميليشيا مع احتدام المعارك في الساحل الغربي.",
        "ودعا القرار إلى مغادرة القوات التي قدمت الإسناد خلال المعارك ضد التنظيم.",
    ],
)
def test_the_battles_as_a_setting_are_no_incident(ext, text):
    assert ext(make_doc(text)).events == ()


@pytest.mark.parametrize(
    "text",
    [
        "وقتل ثلاثة مقاتلين في المعارك في البلدة صباح اليوم.",
        "وتدور المعارك في محيط البلدة بين القوات والمسلحين.",
        "وقتل خمسة من المسلحين في معارك مع القوات في البلدة.",
    ],
)
def test_the_battles_themselves_stay(ext, text):
    assert ext(make_doc(text)).events


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت السلطات اعتقال 14 شخصا دخلوا البلاد عبر جوازات سفر مزورة.",
        "في إطار التحقيقات في قضايا الفساد، أوقفت الشرطة مسؤولين في شركة الاتصالات.",
        "واعتقلت الشرطة رجلا لمحاولته بيع خنجر مسروق.",
        "اعتقلت الشرطة مسؤولين كبارا في الشركة الأحد، في تحقيق جديد بشبهة فساد.",
    ],
)
def test_an_arrest_for_fraud_forgery_or_graft_is_ordinary_crime(ext, text):
    assert ext(make_doc(text)).events == ()


@pytest.mark.parametrize(
    "text",
    [
        "واعتقلت قوات الأمن عشرين متظاهرا خرجوا احتجاجا على الفساد في البلدة.",
        "واعتقلت قوات الأمن خمسة مسلحين في البلدة.",
    ],
)
def test_an_arrest_of_protesters_against_graft_stays(ext, text):
    assert any(e.sub_event_type == "Arrests" for e in ext(make_doc(text)).events)


@pytest.mark.parametrize(
    "text",
    [
        "قتل عدد من عناصر الميليشيا في المعارك المستمرة في جبهة الساحل الغربي.",
        "وتمكنت القوات خلال المعارك من السيطرة على القرى المحيطة بالبلدة.",
        "وشاركت الطائرات في المعارك التي شنتها القوات ضد المسلحين في البلدة.",
    ],
)
def test_ongoing_battles_and_a_gains_battles_stay(ext, text):
    assert ext(make_doc(text)).events


def test_a_reason_told_with_a_verb_of_coming_is_no_protest(ext):
    assert ext(make_doc("وتأتي هذه الدعوة احتجاجا على مشروع قانون ضريبة الدخل.")).events == ()


def test_a_crowd_in_protest_stays(ext):
    text = "وتظاهر آلاف الأشخاص في البلدة أمس احتجاجا على مشروع قانون ضريبة الدخل."
    assert any(e.event_type == "Protests" for e in ext(make_doc(text)).events)
