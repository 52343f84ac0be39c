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
