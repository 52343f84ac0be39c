"""Round 82 not-incident and too-old rules: battles ending a list of the causes of a death, "in the past".

Each test is a short constructed sentence for one structural rule; a paired sentence shows the
incident the rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests.test_events_precision import ext, make_doc

__all__ = ["ext"]  # the shared extractor fixture, used by name


def _triggers(ext, text: str) -> list[str]:
    return [e.trigger.text for e in ext(make_doc(text)).events]


@pytest.mark.parametrize(
    "text",
    [
        "وارتفع عدد مقاتلي الفصائل ممن قضوا في القصف الجوي والبري والاشتباكات العنيفة مع قوات النظام في البلدة.",
        "ومن بين القتلى قيادات عسكرية، وقد سقطوا في غارات للتحالف وخلال الاشتباكات مع القوات الحكومية في البلدة.",
    ],
)
def test_battles_ending_a_list_of_causes_of_death_are_a_toll(ext, text):
    assert not any("اشتباكات" in t for t in _triggers(ext, text))


def test_battles_in_a_list_of_causes_on_a_day_stay(ext):
    text = "وقتل خمسة مدنيين في القصف والاشتباكات في البلدة صباح اليوم."
    assert any("اشتباكات" in t for t in _triggers(ext, text))


def test_in_the_past_is_history(ext):
    text = "وتبرأت المرشحة من وسائل التعذيب المستخدمة في السابق في سجن أبو غريب."
    assert ext(make_doc(text)).events == ()


def test_earlier_today_is_not_the_past(ext):
    text = "وقصفت الطائرات البلدة في وقت سابق اليوم ما أدى إلى مقتل ثلاثة مدنيين."
    assert ext(make_doc(text)).events != ()


def test_an_effort_to_storm_is_an_aim(ext):
    text = "وشرعت الميليشيات بوضع علامات على منازل النازحين في المدينة، في مسعى لاقتحامها وتحويلها إلى ثكنات."
    assert ext(make_doc(text)).events == ()
