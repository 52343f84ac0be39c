"""A date after a word of response (ردا على) dates the attack answered, not the reply."""

from __future__ import annotations

import pytest

import marsad
from marsad.events.answered import answered_days
from marsad.events.dates import find_dates


@pytest.fixture(scope="module")
def nlp():
    return marsad.Pipeline.load()


def test_the_reply_takes_its_own_day_not_the_answered_attacks(nlp):
    text = ("وصل فريق التحقيق إلى سوريا، السبت، في اليوم ذاته الذي وجهت فيه الولايات المتحدة وبريطانيا وفرنسا ضربات "
            "جوية ضد أهداف تابعة للحكومة السورية، ردا على هجوم كيماوي في 7 أبريل بدوما.")
    doc = nlp(text, published="2018-04-16")
    strikes = [e for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert strikes and strikes[0].event_date == "2018-04-14"
    assert all(e.event_date == "2018-04-07" for e in doc.events if e.sub_event_type == "Chemical weapon")


def test_only_dates_after_the_response_word_are_the_answered_attacks():
    text = "قصفت الطائرات البلدة أمس ردا على هجوم نفذه المسلحون الجمعة."
    dates = find_dates(text, "2018-06-10")
    trig_end = text.index("البلدة")
    assert [d.text for d in answered_days(text, trig_end, dates)] == ["الجمعة"]


def test_an_answered_attack_too_old_to_be_news_leaves_the_reply_history(nlp):
    text = ("وكانت واشنطن قد شنت ضربة صاروخية على مطار الشعيرات السوري باستخدام 59 صاروخ كروز، ردا على هجوم كيميائي "
            "بغاز السارين على منطقة خان شيخون في 4 أبريل 2017.")
    doc = nlp(text, published="2018-02-27")
    assert not [e for e in doc.events if e.event_date == "2018-02-27"]
