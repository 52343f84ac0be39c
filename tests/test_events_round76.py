"""Round 76 precision rules: fire a side is said to seek a cover or a justification for.

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
        "لكن الجيش اتهم الحركة باستخدام الاحتجاجات كغطاء لشن هجمات على البلدات المجاورة.",
        "ويقول مراسلون إن وجود المسلحين في البلدة يعطي مبررا للحكومة كي تواصل قصف المنطقة.",
    ],
)
def test_fire_a_side_seeks_a_cover_or_a_justification_for_is_no_incident(ext, text):
    assert ext(make_doc(text)).events == ()


def test_an_advance_under_air_cover_stays(ext):
    text = "وتقدمت القوات تحت غطاء جوي وقصفت مواقع المسلحين في البلدة مساء الخميس."
    assert ext(make_doc(text)).events


@pytest.mark.parametrize(
    "text",
    [
        "وكرر المبعوث دعوته لوقف عاجل لإطلاق النار لمنع القصف المروع للغوطة وقصف العاصمة دمشق بقذائف الهاون.",
        "وقال مصدر عسكري إن الجيش نفذ عمليات ردا على استهداف التنظيمات الإرهابية بقذائف الهاون الأحياء السكنية.",
    ],
)
def test_the_means_of_a_ruled_out_shelling_is_no_incident(ext, text):
    types = [e.sub_event_type for e in ext(make_doc(text)).events]
    assert "Shelling/artillery/missile attack" not in types


def test_shells_told_after_a_comma_stay(ext):
    text = "ودعا المبعوث إلى وقف القصف، وقصفت القوات الحكومية بلدة دوما بقذائف الهاون مساء الخميس."
    assert ext(make_doc(text)).events
