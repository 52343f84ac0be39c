"""Round 46 recall rules: incidents the recall samples R1-R6 found missed more than once.

Each test is a short constructed sentence for one lexicon form; a paired sentence shows what the
form must leave alone.
"""

from __future__ import annotations

import pytest

from tests.test_events_precision import ext, make_doc

__all__ = ["ext"]  # the shared extractor fixture, used by name


@pytest.mark.parametrize(
    "text",
    [
        "وأعلنت الفصائل الأحد السيطرة الكاملة على البلدة بعد معارك عنيفة.",
        "وفرضت القوات الحكومية سيطرتها الكاملة على المطار صباح اليوم.",
        "وقال القائد إن مقاتليه بسطوا \"السيطرة الكاملة\" على القرية أمس.",
    ],
)
def test_full_control_of_a_place_is_a_takeover(ext, text):
    subs = [e.sub_event_type for e in ext(make_doc(text)).events]
    assert subs and all("territory" in s for s in subs)


@pytest.mark.parametrize(
    "text",
    [
        "وتسعى القوات إلى فرض السيطرة الكاملة على المدينة خلال الأشهر المقبلة.",
        "ولم تتمكن من السيطرة الكاملة على الحي حتى الآن.",
    ],
)
def test_full_control_sought_or_denied_is_no_takeover(ext, text):
    assert ext(make_doc(text)).events == ()
