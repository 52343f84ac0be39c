"""One death count told twice, once dated to a day and once only by a span (`marsad.events.vague_tolls`).

Constructed report and events: the first sentence dates the strike to Saturday, the second tells the same
twelve dead with only a span for a date ("منذ ثلاثة أسابيع", read from the monitor's clause).  Every span is
checked against the text, so the folded event's evidence keeps its offsets."""

from __future__ import annotations

from marsad.events.drafts import Roles
from marsad.events.vague_tolls import fold_span_dated_tolls
from marsad.model import Event, Fatalities, Place, Span

TEXT = ("قتل 12 جنديا، السبت، في غارات شنتها طائرات حربية على مواقعهم في بلدة سراقب. وقال المرصد، الذي يتابع "
        "المعارك منذ ثلاثة أسابيع، إن الطائرات الحربية قصفت مواقع في بلدة سراقب ما أسفر عن مقتل {n} جنديا.")


def span(text: str, word: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Span(start, start + len(word), word)


def town(text: str, nth: int) -> Place:
    s = span(text, "سراقب", nth)
    return Place(s.start, s.end, s.text, "Saraqib", name_ar="سراقب", iso2="SY", admin1="Idleb",
                 level="populated_place", lat=35.86, lon=36.8)


def strike(text: str, trigger: str, nth: int, date: str, precision: int, dead: int) -> Event:
    return Event(id="", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                 disorder_type="Political violence", event_date=date, time_precision=precision,
                 actor1="Military Forces of Syria (2000-2024)", location=town(text, nth),
                 fatalities=Fatalities(best=dead), trigger=span(text, trigger), confidence=0.7)


def folded(n: str) -> list[Event]:
    text = TEXT.format(n=n)
    events = [strike(text, "غارات", 0, "2018-06-09", 1, 12),
              strike(text, "قصفت", 1, "2018-05-20", 2, int(n))]
    out, roles = fold_span_dated_tolls(events, [Roles([], []), Roles([], [])])
    assert len(roles) == len(out)
    for e in out:
        for s in (e.trigger, *e.evidence):
            assert s is not None and text[s.start : s.end] == s.text
    return out


def test_the_same_count_dated_by_a_span_is_the_day_dated_strike():
    out = folded("12")
    assert [(e.event_date, e.trigger.text if e.trigger else None) for e in out] == [("2018-06-09", "غارات")]
    assert "قصفت" in {s.text for s in out[0].evidence}


def test_another_count_is_another_strike():
    assert len(folded("7")) == 2


def test_a_count_too_small_to_tell_incidents_apart_stays():
    text = TEXT.format(n="2")
    events = [strike(text, "غارات", 0, "2018-06-09", 1, 2), strike(text, "قصفت", 1, "2018-05-20", 2, 2)]
    out, _ = fold_span_dated_tolls(events, [Roles([], []), Roles([], [])])
    assert len(out) == 2


def test_two_day_dated_tellings_are_left_to_the_day_merges():
    text = TEXT.format(n="12")
    events = [strike(text, "غارات", 0, "2018-06-09", 1, 12), strike(text, "قصفت", 1, "2018-05-20", 1, 12)]
    out, _ = fold_span_dated_tolls(events, [Roles([], []), Roles([], [])])
    assert len(out) == 2
