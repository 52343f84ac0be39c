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


@pytest.mark.parametrize(
    "text",
    [
        "وجاء ذلك بعد اتهام الجيش للطائرات الحربية بشن هجوم على المطار العسكري في المدينة، السبت.",
        "واتهمت الحكومة المسلحين بإطلاق قذائف على السوق الشعبي في البلدة يوم الخميس.",
    ],
)
def test_an_accused_act_with_its_own_day_is_an_incident(ext, text):
    assert ext(make_doc(text)).events


@pytest.mark.parametrize(
    "text",
    [
        "واتهمت الحكومة المسلحين بإطلاق قذائف على السوق الشعبي في البلدة.",
        "واتهمت الحكومة المسلحين بالتخطيط لهجوم على المطار يوم الخميس.",
        "وصدر حكم على الرجل بتهمة تنفيذ هجوم على مركز الشرطة يوم الخميس.",
        "واتهمت الحكومة المسلحين بشن هجوم على المطار، وقالت السبت إنها سترد.",
        "واتهمت الحكومة المسلحين بشن هجوم على المطار في الخامس من يناير 2016.",
    ],
)
def test_an_accused_act_without_a_recent_day_of_its_own_stays_a_claim(ext, text):
    assert ext(make_doc(text)).events == ()
