"""Round 62: a storming by a crowd counted in hundreds, in a sentence of protests, is a riot (`crowd_storming`)."""

from __future__ import annotations

import pytest

from marsad.events.assemble import Extractor
from tests.test_events_precision import types_of


@pytest.fixture(scope="module")
def ext() -> Extractor:
    return Extractor(classifier=None)


@pytest.mark.parametrize(
    "text",
    [
        "واقتحم مئات المواطنين مبنى المحافظة يوم الجمعة خلال احتجاجات على البطالة.",
        "وكان آلاف الشبان قد اقتحموا مقر البلدية يوم الأحد احتجاجا على انقطاع الكهرباء.",
    ],
)
def test_counted_crowd_storming_in_protests_is_a_riot(ext: Extractor, text: str) -> None:
    assert types_of(ext, text) == ["Violent demonstration"]


def test_counted_soldiers_storming_are_no_riot(ext: Extractor) -> None:
    text = "واقتحم مئات الجنود البلدة يوم الجمعة بعد احتجاجات الأهالي."
    assert "Violent demonstration" not in types_of(ext, text)


def test_gunmen_storming_stays_a_clash(ext: Extractor) -> None:
    assert types_of(ext, "واقتحم مسلحون مبنى المحافظة يوم الجمعة.") == ["Armed clash"]
