"""A statement's day yields to the night another mention gives the incident (marsad.events.told_days)."""

from __future__ import annotations

from marsad.events.assemble import Extractor
from marsad.events.told_days import own_day_in_span, told_day, told_day_note
from marsad.model import Event
from marsad.pipeline import make_document
from marsad.text import split_sentences, tokenize

TEXT = (
    'أعلن الجيش الإسرائيلي الأحد في بيان أن مقاتلاته شنت ليلا غارة في قطاع غزة ضد "هدف عسكري" لحركة حماس. '
    'شنت مقاتلات إسرائيلية ليل السبت الأحد غارة على "هدف عسكري" لحركة حماس في قطاع غزة.'
)


def _event(date: str, text: str, notes: str = "") -> Event:
    return Event(id="", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                 disorder_type="Political violence", event_date=date, time_precision=1, date_text=text, notes=notes)


def test_statement_day_is_marked_and_yields_to_the_night_before():
    told = _event("2018-03-18", "الأحد", "coding: " + told_day_note("الأحد"))
    assert told_day(told)
    assert own_day_in_span(told, _event("2018-03-17", "ليل السبت الأحد"))
    assert not own_day_in_span(told, _event("2018-03-17", "السبت"))  # a plain weekday may be another strike's
    assert not own_day_in_span(told, _event("2018-03-16", "ليل الجمعة السبت"))  # past the span
    assert not own_day_in_span(_event("2018-03-18", "الأحد"), _event("2018-03-17", "ليل السبت الأحد"))


def test_merged_raid_takes_its_night():
    doc = make_document(TEXT, published="2018-03-18", lang="ar")
    doc = doc.replace(tokens=tuple(tokenize(doc.text)), sentences=tuple(split_sentences(doc.text)))
    strikes = [e for e in Extractor(classifier=None)(doc).events if e.sub_event_type == "Air/drone strike"]
    assert [(e.event_date, e.date_text) for e in strikes] == [("2018-03-17", "ليل السبت الأحد")]
