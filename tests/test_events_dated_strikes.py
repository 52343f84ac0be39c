"""A strike told as done, dated by its own sentence at a town, weighs the GSR classifier as a battle does
(marsad.events.evidence.dated_strike): the classifier never saw a strike told by a generic verb."""

from __future__ import annotations

import pytest

from marsad.events.assemble import Extractor
from marsad.model import Document
from tests.test_events_precision import make_doc, place


class _Doubting:
    """A sentence classifier that doubts every sentence, as the GSR-trained one doubts a generic strike."""

    def passes(self, text: str, plover_type: str | None) -> tuple[bool, float]:
        return True, 0.03


@pytest.fixture(scope="module")
def doubting() -> Extractor:
    return Extractor(classifier=_Doubting())


def _harasta(text: str) -> Document:
    return make_doc(text, (place("حرستا", text, "Harasta", admin1="Rif Dimashq"),), published="2018-02-28")


def _events(ext: Extractor, text: str) -> list[tuple[str, str | None]]:
    doc = ext(_harasta(text))
    return [(e.sub_event_type, e.location.name if e.location else None) for e in doc.events]


@pytest.mark.parametrize("text", [
    "استهدفت صواريخ أرض-أرض بلدة حرستا في الغوطة الشرقية يوم الأربعاء.",
    "قال ناشطون إن بلدة حرستا تعرضت لهجوم بالصواريخ يوم الأربعاء.",
])
def test_strike_told_done_with_day_and_town_is_kept(doubting: Extractor, text: str) -> None:
    assert ("Shelling/artillery/missile attack", "Harasta") in _events(doubting, text)


@pytest.mark.parametrize("text", [
    # no day of its own: a strike told in passing stays with the classifier
    "استهدفت صواريخ أرض-أرض بلدة حرستا في الغوطة الشرقية.",
    # the strike referred to, not told: a condemnation the day of the article
    "دانت فرنسا يوم الأربعاء الهجوم الصاروخي على بلدة حرستا.",
])
def test_strike_not_told_done_or_undated_stays_with_the_classifier(doubting: Extractor, text: str) -> None:
    assert _events(doubting, text) == []
