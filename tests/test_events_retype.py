"""Round 40 type rules: a bare strike word in an article whose lead tells air raids.

Each test is a short constructed article; a paired article shows the event the rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests.test_events_precision import ext, make_doc
from tests.test_events_precision import types_of as _types

__all__ = ["ext"]  # the shared extractor fixture, used by name

_LEAD = "شنت طائرات التحالف غارات على مواقع في محافظة صعدة يوم السبت. "


@pytest.mark.parametrize(
    "body",
    [
        "وقال المتحدث إنه تم مساء الجمعة استهداف الرادارات وتدميرها ومقتل عدد من الخبراء في الموقع.",
        "وقالت المنظمة إن قصفا استهدف حافلة تقل أطفالا في سوق المدينة يوم السبت.",
    ],
)
def test_a_bare_strike_after_a_lead_of_air_raids_is_an_air_strike(ext, body):
    types = _types(ext, _LEAD + body)
    assert types and all(t == "Air/drone strike" for t in types)


@pytest.mark.parametrize(
    "body",
    [
        "وقالت المنظمة إن قصفا مدفعيا استهدف حافلة تقل أطفالا في سوق المدينة يوم السبت.",
        "وقالت المصادر إن اشتباكات عنيفة اندلعت في المدينة يوم السبت وقتل فيها خمسة.",
    ],
)
def test_ground_fire_or_a_fight_keeps_its_type(ext, body):
    events = ext(make_doc(_LEAD + body)).events
    body_types = [e.sub_event_type for e in events if e.trigger is not None and e.trigger.start >= len(_LEAD)]
    assert body_types and "Air/drone strike" not in body_types


def test_no_lead_of_air_raids_no_retype(ext):
    text = ("أعلن المتحدث باسم الجيش استمرار العمليات في المحافظة يوم السبت. وقالت المنظمة إن قصفا استهدف حافلة تقل "
            "أطفالا في سوق المدينة يوم السبت.")
    assert "Air/drone strike" not in _types(ext, text)


def test_air_defence_in_the_lead_is_no_air_raid(ext):
    text = ("نشر الجيش منظومات الدفاع الجوي في الجولان يوم السبت. وقالت المنظمة إن قصفا استهدف حافلة تقل أطفالا في "
            "سوق المدينة يوم السبت.")
    assert "Air/drone strike" not in _types(ext, text)


def test_an_article_naming_artillery_is_no_air_story(ext):
    text = (_LEAD + "وقالت المنظمة إن قصفا استهدف حافلة تقل أطفالا في سوق المدينة يوم السبت. "
            "وسقطت قذائف على أحياء أخرى.")
    events = ext(make_doc(text)).events
    assert [e.sub_event_type for e in events if e.trigger is not None and e.trigger.text == "قصفا"] != ["Air/drone strike"]


def test_a_ground_doer_keeps_its_type(ext):
    text = _LEAD + "وقالت الوكالة إن مقاتلي المعارضة قصفوا مدينة السويداء يوم السبت."
    events = ext(make_doc(text)).events
    assert all(e.sub_event_type != "Air/drone strike" for e in events if e.trigger is not None and e.trigger.start >= len(_LEAD))
