"""Round 62: an encirclement left after the folds of gunmen is their fight (`marsad.events.cordons`)."""

from __future__ import annotations

import pytest

from marsad.events.assemble import Extractor
from tests.test_events_precision import types_of


@pytest.fixture(scope="module")
def ext() -> Extractor:
    return Extractor(classifier=None)


def test_ringed_protesters_keep_the_cordon_type(ext: Extractor) -> None:
    text = "وطوقت قوات الشرطة المتظاهرين أمام مبنى البرلمان يوم الثلاثاء ومنعتهم من التقدم."
    assert types_of(ext, text) == ["Other"]


def test_ringed_gunmen_are_a_fight(ext: Extractor) -> None:
    text = "وطوقت القوات الأمنية الفندق يوم الأحد وتعمل على ملاحقة المسلحين الفارين."
    assert types_of(ext, text) == ["Armed clash"]


def test_cordon_of_neither_keeps_its_type(ext: Extractor) -> None:
    text = "طوقت الشرطة المنطقة يوم الأحد بعد العثور على حقيبة مشبوهة."
    assert types_of(ext, text) == ["Other"]
