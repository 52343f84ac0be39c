"""Round 49 type rules: a bare bombardment of Syria by a state that strikes from the air, and bombers.

Constructed sentences; paired ones with ground fire, a target state, a news agency or a suspicion keep
their type.
"""

from __future__ import annotations

import pytest

from tests.test_events_precision import ext, make_doc, place

__all__ = ["ext"]  # the shared extractor fixture, used by name


def _types(ext, text: str) -> list[str]:
    doc = make_doc(text, (place("حماة", text, "Hamah", admin1="Hamah"),))
    return [e.sub_event_type for e in ext(doc).events]


@pytest.mark.parametrize(
    "text",
    [
        "قال المرصد إن القصف الإسرائيلي استهدف ليلة الأحد مستودعات للذخيرة قرب حماة وأوقع قتلى.",
        "قالت الوزارة إن قاذفات القنابل الأمريكية شاركت فجر الأحد في الهجوم على مواقع قرب حماة.",
    ],
)
def test_israeli_bombardment_and_bombers_are_air_strikes(ext, text):
    assert _types(ext, text) == ["Air/drone strike"]


@pytest.mark.parametrize(
    "text",
    [
        "قال المرصد إن القصف المدفعي الإسرائيلي استهدف ليلة الأحد مستودعات للذخيرة قرب حماة وأوقع قتلى.",
        "قال المرصد إن قصفا استهدف ليلة الأحد مواقع إسرائيلية قرب حماة.",
        "وأفاد مراسل وكالة الأنباء الفرنسية أن قصفا استهدف حماة بينما كانت فرق الإغاثة تعمل.",
        "وقال المرصد إن قصفا يرجح أنه إسرائيلي استهدف حماة مساء الاثنين.",
    ],
)
def test_ground_fire_a_target_state_an_agency_or_a_suspicion_keep_the_type(ext, text):
    assert "Air/drone strike" not in _types(ext, text)
