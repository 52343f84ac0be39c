"""Dates an undated incident borrows from the sentences before it (marsad.events.carried_dates)."""

from __future__ import annotations

import pytest

from marsad.events.assemble import Extractor
from marsad.events.carried_dates import incident_dates, last_year, opens_period, own_time_end, resumes, sequel
from marsad.events.dates import find_dates
from marsad.pipeline import make_document
from marsad.text import split_sentences, tokenize


@pytest.fixture(scope="module")
def ext() -> Extractor:
    return Extractor(classifier=None)


def run(ext: Extractor, text: str, published: str = "2018-04-13"):
    doc = make_document(text, published=published, lang="ar")
    doc = doc.replace(tokens=tuple(tokenize(doc.text)), sentences=tuple(split_sentences(doc.text)))
    return ext(doc)


def test_last_year_words():
    assert last_year("أمر الرئيس ترامب العام الماضي بضربة صاروخية ضد الأسد.")
    assert last_year("وقعت الحادثة في السنة الماضية.")
    assert last_year("ارتفع العدد منذ العام الماضي.") is None
    assert last_year("تراجع العدد مقارنة بالعام الماضي.") is None
    assert last_year('وأضاف: "التحضير لخطوات تتجاوز ما قمنا به العام الماضي".') is None  # a speaker's past


def test_openers_that_turn_back_to_the_present():
    assert resumes("في غضون ذلك، تواصل القصف الجوي على الغوطة.")
    assert resumes("من ناحية أخرى، أعلن الجيش تدمير 4 مخابئ.")
    assert not resumes("وأطلقت البحرية الأمريكية 59 صاروخا.")


def test_own_time_ends_at_a_relative_clause_or_agreement():
    s = "ولم يعد التنظيم يسيطر على أراضي خلافته التي أعلنها عام 2014."
    assert s[own_time_end(s):].startswith("التي")
    s = "وقال إن سوريا انتهكت اتفاقية وقف إطلاق النار الموقعة عام 1974."
    assert s[own_time_end(s):].startswith("اتفاقية")
    s = "وحدثت الجرائم أثناء عملية اقتحام لفندق تيران عام 2016."
    assert own_time_end(s) == len(s)


def test_sequel_words():
    assert sequel("وأوضح الجيش أن طائرات إسرائيلية قصفت بعد ذلك منشأة إيرانية.")
    assert sequel("ثم قصفت الطائرات المنشأة.")
    assert not sequel("وقصفت الطائرات منشأة إيرانية في سوريا.")


def test_campaign_start_date_opens_a_period():
    text = "بالتزامن مع حملة عسكرية لقوات النظام السوري في 18 فبراير ضد الغوطة الشرقية."
    (m,) = find_dates(text, "2018-03-20")
    assert opens_period(text, m.start) and incident_dates(text, [m]) == []
    text = "قصفت الطائرات البلدة في 18 فبراير."
    (m,) = find_dates(text, "2018-03-20")
    assert not opens_period(text, m.start)


def test_strike_after_last_year_sentence_is_history(ext):
    text = ("أمر الرئيس ترامب العام الماضي بإرسال مدمرات إلى البحر المتوسط. "
            "وأطلقت البحرية الأمريكية 59 صاروخا واستهدفت قاعدة الشعيرات الجوية.")
    assert run(ext, text).events == ()


def test_meanwhile_after_an_old_year_is_news(ext):
    text = ("وقالت الناطقة إن روسيا دخلت الحرب في عام 2015 للدفاع عن هؤلاء. "
            "في غضون ذلك، قصفت الطائرات بلدة حمورية وقتلت 5 مدنيين.")
    assert any(e.event_date == "2018-04-13" for e in run(ext, text).events)


def test_year_in_a_relative_clause_does_not_make_history(ext):
    text = ("ولم يعد التنظيم يسيطر إلا على 3 في المئة من أراضي خلافته التي أعلنها عام 2014. "
            "وقصفت الطائرات مواقع التنظيم في بلدة هجين وقتلت 5 مسلحين.")
    assert any(e.event_date == "2018-04-13" for e in run(ext, text).events)


def test_strike_after_that_keeps_the_old_date(ext):
    text = ("وأسقطت مروحية إسرائيلية الطائرة في العاشر من فبراير. "
            "وقال الجيش إن الطائرة أقلعت من قاعدة في سوريا. "
            "وأوضح الجيش أن طائرات إسرائيلية قصفت بعد ذلك منشأة إيرانية في سوريا.")
    assert not any(e.trigger and e.trigger.text == "قصفت" for e in run(ext, text).events)


def test_campaign_start_is_not_borrowed(ext):
    text = ("وتكثف القصف بالتزامن مع حملة عسكرية لقوات النظام في 18 فبراير ضد الغوطة الشرقية. "
            "وقصفت الفصائل سوقا شعبية في ضاحية جرمانا وأسفر القصف عن مقتل 35 شخصا.")
    evs = [e for e in run(ext, text, "2018-03-20").events if e.trigger and e.trigger.start >= text.index("وقصفت")]
    assert evs and all(e.event_date == "2018-03-20" for e in evs)
