"""A prayer's weekday yields to an explicit day in the sentence (marsad.events.prayer_day)."""

from __future__ import annotations

from marsad.events.assemble import Extractor
from marsad.events.dates import find_dates
from marsad.events.prayer_day import prayer_day, without_prayer_days
from marsad.pipeline import make_document
from marsad.text import split_sentences, tokenize

TEXT = "16 فبراير/شباط، خرج المئات من المصلين بعد صلاة الجمعة في مسيرة في عمان احتجاجاً على رفع الأسعار."


def test_prayer_weekday_yields_to_the_explicit_day():
    found = find_dates(TEXT, "2018-06-04")
    assert [prayer_day(TEXT, m.start) for m in found] == [False, True]
    assert [m.date for m in without_prayer_days(TEXT, found)] == ["2018-02-16"]


def test_prayer_weekday_alone_still_dates():
    text = "خرج المئات بعد صلاة الجمعة في مسيرة في عمان."
    found = find_dates(text, "2018-06-02")
    assert [m.date for m in without_prayer_days(text, found)] == ["2018-06-01"]


def test_timeline_protest_months_back_is_not_news():
    doc = make_document(TEXT, published="2018-06-04", lang="ar")
    doc = doc.replace(tokens=tuple(tokenize(doc.text)), sentences=tuple(split_sentences(doc.text)))
    assert all(e.event_date != "2018-06-01" for e in Extractor(classifier=None)(doc).events)
