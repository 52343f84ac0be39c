"""Round 75, wrong types at demonstrations: force that met a riot is the riot.

Security men among a demonstration's dead (مقتل خمسة من رجال الأمن) tell the crowd's own violence
(`context.protester_violence`), so the clash it fought with the security forces is a violent demonstration,
not excessive force against protesters; and at a riot's scene a death with no doer named is the riot's toll
(`folds.protest_scene`).
"""

from __future__ import annotations

import pytest

from marsad.events.assemble import Extractor
from marsad.events.context import protester_violence
from marsad.text import tokenize
from tests.test_events_precision import make_doc, place, subtypes


@pytest.fixture(scope="module")
def ext() -> Extractor:
    return Extractor(classifier=None)


def _violence(text: str) -> str | None:
    toks = tokenize(text)
    return protester_violence(toks, 0, len(toks))


def test_security_men_among_the_dead_are_the_crowds_violence() -> None:
    assert _violence("خاضوا مواجهات مع قوات الأمن أدت إلى مقتل خمسة من رجال الأمن.") is not None


@pytest.mark.parametrize(
    "text",
    [
        # protesters killed by the security forces: their force, not the crowd's violence
        "قتل ثلاثة متظاهرين برصاص عناصر من قوات الأمن.",
        "أدت المواجهات إلى مقتل خمسة متظاهرين بعد أن أطلقت مجموعة من قوات الأمن النار.",
    ],
)
def test_protesters_killed_by_the_forces_are_no_crowd_violence(text: str) -> None:
    assert _violence(text) is None


def _doc(text: str):
    return make_doc(text, places=(place("البصرة", text, "Basrah", iso2="IQ", admin1="Basrah"),))


def test_force_whose_dead_are_security_men_is_a_riot(ext: Extractor) -> None:
    text = ("وتظاهر المئات في مدينة البصرة يوم الخميس احتجاجا على البطالة. "
            "وخاضوا مواجهات مع قوات الأمن يوم الخميس أدت إلى مقتل خمسة من رجال الأمن.")
    types = subtypes(ext(_doc(text)))
    assert "Excessive force against protesters" not in types
    assert "Violent demonstration" in types


def test_an_unsided_death_at_a_riot_is_its_toll(ext: Extractor) -> None:
    text = ("وخرج الآلاف في احتجاجات في مدينة البصرة يوم الخميس، وأشعل المتظاهرون النيران في مبنى المحافظة. "
            "ولقي محتج مصرعه يوم الخميس متأثرا بحروق أصيب بها.")
    assert subtypes(ext(_doc(text))) == ["Violent demonstration"]


def test_state_fire_at_a_peaceful_demonstration_stays_force(ext: Extractor) -> None:
    text = ("وتظاهر المئات في مدينة البصرة يوم الخميس احتجاجا على البطالة. "
            "وقتلت قوات الأمن ثلاثة متظاهرين يوم الخميس.")
    assert "Excessive force against protesters" in subtypes(ext(_doc(text)))
