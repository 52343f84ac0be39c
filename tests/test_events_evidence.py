"""Round 58 (issue 5, recall): a takeover its own sentence dates at a named town is not lost to the GSR classifier.

Constructed sentences, run through the pipeline's steps before events and an extractor whose classifier gives
every sentence the low probability the GSR-trained one gives plainly reported incidents.
"""

from __future__ import annotations

from typing import Any

import pytest

from marsad.events.assemble import Extractor
from marsad.events.evidence import blend
from marsad.pipeline import STEPS_BEFORE_EVENTS, Pipeline


class _Strict:
    """A classifier as strict as the GSR's: every sentence gets p=0.05, none is gated."""

    def passes(self, text: str, plover_type: str | None) -> tuple[bool, float | None]:
        return True, 0.05


@pytest.fixture(scope="module")
def run() -> Any:
    before = Pipeline(list(STEPS_BEFORE_EVENTS))
    ext = Extractor(classifier=_Strict())

    def go(text: str) -> list[str]:
        doc = ext(before(text, lang="ar", published="2019-03-14"))
        return [e.sub_event_type for e in doc.events]

    return go


def test_blend_weighs_the_classifier_by_its_share():
    assert blend(0.8, 0.05) == pytest.approx(0.4 * 0.8 + 0.6 * 0.05)
    assert blend(0.8, 0.05, 0.3) == pytest.approx(0.7 * 0.8 + 0.3 * 0.05)


def test_a_dated_capture_of_a_town_survives_a_strict_classifier(run):
    text = "أعلنت الفصائل الموالية لتركيا صباح الأحد السيطرة على بلدة جنديرس."
    assert run(text) == ["Non-state actor overtakes territory"]


def test_the_same_capture_with_no_day_is_left_to_the_classifier(run):
    text = "أعلنت الفصائل الموالية لتركيا السيطرة على بلدة جنديرس."
    assert run(text) == []


def test_a_dated_capture_placed_only_in_a_province_is_left_to_the_classifier(run):
    text = "أعلنت الفصائل الموالية لتركيا صباح الأحد السيطرة على أجزاء من محافظة حلب."
    assert run(text) == []


def test_a_dated_bombing_at_a_town_is_left_to_the_classifier(run):
    text = "انفجرت عبوة ناسفة مساء الثلاثاء قرب سوق شعبي في مدينة الرمادي غرب العراق."
    assert run(text) == []


def test_a_dated_capture_after_a_side_fought_is_left_to_the_classifier(run):
    text = "بدأ المسلحون قتال القوات التركية صباح الأحد لينجحوا في السيطرة على بلدة جنديرس."
    assert not {"Government regains territory", "Non-state actor overtakes territory"} & set(run(text))


def test_a_capture_in_a_relative_clause_is_left_to_the_classifier(run):
    text = "ونهبت الفصائل التي سيطرت على بلدة جنديرس منازل المدنيين صباح الأحد."
    assert not {"Government regains territory", "Non-state actor overtakes territory"} & set(run(text))
