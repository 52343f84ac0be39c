"""Round 48: a foreign army's or a rebel "army"'s takeover is no government regain; a day written beside the
trigger in its own clause dates it over another clause's day.

Each test is a short constructed sentence; a paired one shows what the rule must leave alone.
"""

from __future__ import annotations

import pytest

from marsad.events.assemble import Extractor
from tests.test_events_precision import make_doc, place


def _gain(text: str, name: str = "جنديرس", acled: str = "Jindires") -> list[str]:
    ex = Extractor(classifier=None, min_confidence=0.0)
    doc = ex(make_doc(text, (place(name, text, acled, admin1="Aleppo"),), published="2018-03-12"))
    return [e.sub_event_type for e in doc.events]


@pytest.mark.parametrize(
    "text",
    [
        "وتمكن الجيش التركي من السيطرة على بلدة جنديرس يوم السبت.",
        "وتمكنت القوات التركية من السيطرة على بلدة جنديرس يوم السبت.",
        "وتمكنت فصائل الجيش السوري الحر من السيطرة على بلدة جنديرس يوم السبت.",
        "وقال الجيش الحر الأحد إنه سيطر على بلدة جنديرس.",
    ],
)
def test_a_foreign_army_or_the_free_army_overtakes_territory(text):
    assert _gain(text) == ["Non-state actor overtakes territory"]


def test_the_countrys_own_army_still_regains_territory():
    assert _gain("وتمكن الجيش السوري من السيطرة على بلدة جنديرس يوم السبت.") == ["Government regains territory"]


def _dates(text: str) -> list[str]:
    ex = Extractor(classifier=None, min_confidence=0.0)
    return [e.event_date for e in ex(make_doc(text, (), published="2018-04-09")).events]


@pytest.mark.parametrize(
    "text",
    [
        # a statement's day before the trigger, the incident's own after it
        'وأبدى رئيس البعثة، الإثنين، "أسفه الشديد إزاء الهجوم الكيماوي الذي وقع في 7 أبريل في البلدة".',
        # another deed's day before a comma, the incident's own set off by commas after it
        "وجاء ذلك بعد تسوية أبرمت الأحد من جهة، وبين قصف تعرض له المطار العسكري، صباح السبت، في ريف المدينة.",
    ],
)
def test_a_day_in_the_triggers_own_clause_wins_over_a_nearer_day_of_another(text):
    assert _dates(text) == ["2018-04-07"]  # not the statement's Monday (9th) nor the settlement's Sunday (8th)


@pytest.mark.parametrize(
    "text",
    [
        # no comma before the trigger: the day before it is its own
        "وقتل ثلاثة أشخاص الأحد في قصف على البلدة بعد يوم من اتفاق السبت.",
        # the day after the trigger belongs to a deed a time link opens
        "وأعلن الجيش، الأحد، عن قصف على البلدة بعد اتفاق السبت.",
    ],
)
def test_the_nearest_day_stands_when_the_later_day_is_another_clauses(text):
    assert _dates(text)[:1] == ["2018-04-08"]
