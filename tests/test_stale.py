"""Round 53: an event dated only by its month is news while its month's middle is within 30 days."""

from __future__ import annotations

import pytest

from marsad.events.assemble import Extractor
from marsad.events.stale import stale
from marsad.pipeline import make_document
from marsad.text import split_sentences, tokenize


@pytest.fixture(scope="module")
def ext() -> Extractor:
    return Extractor(classifier=None)


def events(ext: Extractor, text: str, published: str):
    doc = make_document(text, published=published, lang="ar")
    doc = doc.replace(tokens=tuple(tokenize(doc.text)), sentences=tuple(split_sentences(doc.text)))
    return ext(doc).events


def test_a_month_counts_from_its_middle_a_week_from_its_end():
    assert stale("2024-03-15", 3, "2024-04-20")  # 36 days from the 15th (20 from the month's end)
    assert not stale("2024-03-15", 3, "2024-04-10")  # 26 days
    assert not stale("2024-03-11", 2, "2024-04-14")  # the week ends the 17th: 28 days
    assert stale("2024-03-11", 1, "2024-04-14")  # a day: 34 days
    assert not stale(None, 3, "2024-04-14") and not stale("2024-03-15", 3, None)


def test_last_month_in_a_late_report_is_background(ext):
    text = "واعتقلت الشرطة الشهر الماضي خمسة طلاب شاركوا في وقفة أمام الجامعة."
    assert events(ext, text, "2024-04-24") == ()
    kept = events(ext, text, "2024-04-05")  # the middle of March is 21 days back: news
    assert [e.sub_event_type for e in kept] == ["Arrests"]
    assert all(text[e.trigger.start : e.trigger.end] == e.trigger.text for e in kept)


def test_a_part_of_a_month_dates_its_middle(ext):
    from marsad.events.dates import find_dates

    assert [d.date for d in find_dates("في مطلع آذار الماضي", "2024-06-10")] == ["2024-03-05"]
    assert [d.date for d in find_dates("بنهاية الشهر الماضي", "2024-06-10")] == ["2024-05-28"]
    text = "وداهمت القوات الحكومية أواخر الشهر الماضي منازل في القرية واعتقلت عشرة شبان."
    assert [e.sub_event_type for e in events(ext, text, "2024-06-20")] == ["Arrests"]  # 26 days
    assert events(ext, text.replace("أواخر", "مطلع"), "2024-06-20") == ()  # 5 May: 46 days


def test_a_past_paragraph_goes_on_two_sentences_after_its_date(ext):
    from marsad.events.carried_dates import past_goes_on

    story = (
        "وكانت الفصائل قد هاجمت المطار في أكتوبر الماضي. "
        "وحينها انسحبت القوات من محيطه. "
        "وبعد أيام قصفت الطائرات مواقع الفصائل قرب المطار."
    )
    assert events(ext, story, "2024-03-20") == ()  # October is five months back: all history
    now = story.replace("وبعد أيام قصفت", "وقصفت حاليا")
    assert [e.sub_event_type for e in events(ext, now, "2024-03-20")] == ["Air/drone strike"]
    assert past_goes_on("وحينها انسحبت القوات.", "وبعد أيام قصفت الطائرات المواقع.")
    assert not past_goes_on("وتدور الآن معارك في المدينة.", "وقتل في المعارك عشرة.")
    assert not past_goes_on("وحينها انسحبت القوات.", "في غضون ذلك، قصفت الطائرات المواقع.")
