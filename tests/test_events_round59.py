"""Recall rules of round 59 (issue 5): incidents with no trigger, or dropped by a blocker that should not have
fired, in recall samples R1-R10. Each test is a constructed sentence, with the sentences the rule must leave
alone."""

from __future__ import annotations

import pytest

from marsad.events.assemble import Extractor
from marsad.events.lexicon import load_lexicon
from marsad.text import tokenize
from tests.test_events_precision import draft_types, ext

__all__ = ["ext"]  # the shared extractor fixture, used by name


# -- the verb دك (to pound): its past forms are a bombardment ---------------------------------------------


@pytest.mark.parametrize("text", [
    "دكت مدفعية الجيش ليل الأحد مواقع المسلحين في أطراف البلدة.",
    "ودكوا مساء السبت تحصينات الجماعة المسلحة قرب الجسر.",
])
def test_pounded_is_a_shelling(ext: Extractor, text: str) -> None:
    assert draft_types(ext, text) == ["Shelling/artillery/missile attack"]


def test_pounded_by_aircraft_is_an_air_strike(ext: Extractor) -> None:
    assert draft_types(ext, "ودكت طائرات حربية صباح الخميس مقرا للمسلحين شمال المدينة.") == ["Air/drone strike"]


@pytest.mark.parametrize("text", ["حصل الطبيب على شهادة الدكتوراه من جامعة بغداد.", "استقبل الدكتور الوفد أمس."])
def test_doctor_is_no_pounding(text: str) -> None:
    assert load_lexicon().find(tokenize(text)) == []

