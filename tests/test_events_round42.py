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
        "قتل عدد من عناصر الميليشيا في المعارك المستمرة في جبهة الساحل الغربي.",
        "وتمكنت القوات خلال المعارك من السيطرة على القرى المحيطة بالبلدة.",
        "وشاركت الطائرات في المعارك التي شنتها القوات ضد المسلحين في البلدة.",
    ],
)
def test_ongoing_battles_and_a_gains_battles_stay(ext, text):
    assert ext(make_doc(text)).events
