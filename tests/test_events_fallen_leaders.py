"""Round 62: a group's leader killed in military operations is a battle death (`fallen_leaders`)."""

from __future__ import annotations

import pytest

from marsad.events.assemble import Extractor
from tests.test_events_precision import make_doc, types_of


@pytest.fixture(scope="module")
def ext() -> Extractor:
    return Extractor(classifier=None)


def test_leader_killed_in_operations_is_a_clash(ext: Extractor) -> None:
    text = "وأعلنت الجماعة يوم الثلاثاء مقتل أحد قادتها خلال العمليات العسكرية التي يشنها الجيش في المنطقة."
    assert types_of(ext, text) == ["Armed clash"]
    assert ext(make_doc(text)).events[0].actor2 is None


@pytest.mark.parametrize(
    "text",
    [
        "قتل مسلحون مجهولون يوم الثلاثاء أحد قادة الحزب أمام منزله.",
        "وأعلنت الجماعة يوم الثلاثاء مقتل أحد قادتها برصاص مجهولين أمام منزله.",
    ],
)
def test_leader_shot_outside_operations_stays_an_attack(ext: Extractor, text: str) -> None:
    assert types_of(ext, text) == ["Attack"]
