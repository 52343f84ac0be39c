"""Agreements reached between armed sides (`marsad.events.agreements`): ceasefires, evacuation and exchange
deals are ACLED Agreements; deals talked of, denied, political or between states are no event."""

from __future__ import annotations

import pytest

from marsad.events.agreements import deal_area, deal_not_reached
from marsad.events.assemble import Extractor
from marsad.events.lexicon import load_lexicon
from marsad.text import tokenize
from tests.test_events_precision import make_doc, place


def why(sentence: str) -> list[str | None]:
    """What the rule says of each deal word of the sentence (None: a deal reached)."""
    toks = tokenize(sentence)
    return [deal_not_reached(toks, h, 0, len(toks)) for h in load_lexicon().find(toks) if h.entry.cls == "agree"]


@pytest.mark.parametrize("sentence", [
    "توصلت الكتائب المسلحة في قرى الريف الغربي لحمص إلى اتفاق مع الجيش يقضي بخروج المقاتلين نحو الشمال.",
    "أبرمت الجماعة المسلحة اتفاقا مع الوحدات الحكومية لتبادل المحتجزين لديها.",
    "وأعلن الوسيط الدولي التوصل إلى اتفاق لوقف إطلاق النار في المدينة مساء الاثنين.",
    "وأعلنت القيادة عن اتفاق مع فصيل مسلح لإجلاء عناصره من البلدة.",
    "وتواصل خروج المسلحين من البلدة وفقا لاتفاقية عقدت الأربعاء.",
    "واتفق الطرفان المتقاتلان على وقف إطلاق النار في الحي الشرقي.",
    "ووافقت الكتيبة المحاصرة على إجلاء جرحاها من القلعة.",
    "وأبرمت العشائر اتفاقا مع المسلحين لإجلاء الجرحى حفاظا على الاستقرار.",
    "وجرى التوصل إلى وقف لإطلاق النار في البلدة الحدودية مساء السبت.",
    "ودخل وقف إطلاق النار في الوادي حيز التنفيذ منتصف الليل.",
    "وبدأ سريان وقف الأعمال القتالية في المحافظة فجر الأحد.",
    "وتنسحب الوحدات تنفيذا لوقف إطلاق النار الذي تم التوصل إليه بين الطرفين الأربعاء.",
    "وأعلنت الكتيبة المحاصرة مساء الأحد التوصل إلى وقف لإطلاق النار مع الجيش.",
])
def test_a_deal_reached_over_the_fighting_is_an_agreement(sentence: str) -> None:
    assert why(sentence)[:1] == [None]


@pytest.mark.parametrize("sentence", [
    "ويسعى المبعوث للتوصل إلى اتفاق لوقف إطلاق النار في الإقليم.",
    "وقعت الوزارتان اتفاقية لتبادل الخبرات الزراعية.",
    "وخرقت الميليشيا اتفاق وقف إطلاق النار في الوادي.",
    "وقال الناطق إن المفاوضين أعلنوا انسحاب بلاده من الاتفاق التجاري.",
    "وافقت البلدية على خطة لتوسيع الطريق.",
    "واتفقت الأحزاب على موعد لإجراء الانتخابات.",
    "وافق مجلس الأمن على هدنة لمدة أسبوعين.",
    "أعلنت المصادر التوصل إلى اتفاق لإجلاء المقاتلين، فيما نفت الجماعة ذلك.",
    "وتوصل الطرفان في مارس إلى اتفاق لتبادل الأسرى.",
    "كنت ممن وافقوا على الخروج من الحي القديم.",
    "ودعا الأمين العام إلى وقف إطلاق النار في الإقليم.",
    "وخرق المسلحون وقف إطلاق النار الذي تم التوصل إليه الأسبوع الماضي.",
    "ويأمل الوسطاء التوصل إلى وقف الأعمال القتالية قبل العيد.",
    "وتوصل الطرفان في أغسطس إلى وقف لإطلاق النار.",
])
def test_a_deal_talked_of_broken_political_denied_or_undated_is_none(sentence: str) -> None:
    assert all(w is not None for w in why(sentence))


EVAC = "وتوصلت الفصائل إلى اتفاق مع الجيش يقضي بخروج مقاتليها من كفرنبل في ريف إدلب الجنوبي الخميس."


def test_the_area_a_deal_covers_is_the_place_left_not_the_wider_region() -> None:
    kafr = place("كفرنبل", EVAC, "Kafr Nabl")
    idlib = place("إدلب", EVAC, "Idleb", level="admin1")
    assert deal_area(EVAC, (kafr, idlib), EVAC.index("اتفاق")) == kafr
    doc = make_doc(EVAC, (kafr, idlib))
    got = [(e.sub_event_type, e.location.name if e.location else None) for e in Extractor(classifier=None)(doc).events]
    assert got == [("Agreement", "Kafr Nabl")]


def test_a_deal_at_no_place_finer_than_a_country_is_no_event() -> None:
    text = "وتوصلت الحكومة السورية والمعارضة إلى اتفاق لتبادل الأسرى الخميس."
    doc = make_doc(text, (place("السورية", text, "Syria", level="country", admin1=None),))
    assert [e.sub_event_type for e in Extractor(classifier=None)(doc).events] == []


def test_a_deal_over_a_list_of_towns_is_one_event() -> None:
    text = "ووافقت الجماعة المسلحة الخميس على إجلاء مقاتليها من مناطق سرمين، وبنش، وتفتناز."
    towns = tuple(place(n, text, e) for n, e in (("سرمين", "Sarmin"), ("بنش", "Binnish"), ("تفتناز", "Taftanaz")))
    events = Extractor(classifier=None)(make_doc(text, towns)).events
    assert [(e.sub_event_type, e.location.name if e.location else None) for e in events] == [("Agreement", "Sarmin")]


@pytest.mark.parametrize("sentence", [
    "وأعلن الوسيط الدولي التوصل إلى اتفاق لوقف إطلاق النار في المدينة مساء الاثنين.",
    "وأبرم الطرفان الخميس اتفاقا لوقف إطلاق النار في المدينة.",
])
def test_a_ceasefire_named_by_its_deal_noun_is_that_deal_not_a_second(sentence: str) -> None:
    assert why(sentence) == [None, "agreement: the ceasefire a deal noun before it names"]
