"""A vague amount of dead yields to an exact figure of the same incident (`marsad.events.exact_tolls`)."""

from __future__ import annotations

from marsad.events.exact_tolls import prefer_exact, vague_only
from marsad.events.fatalities import find_tolls
from marsad.events.merge import combine
from marsad.model import Event, Fatalities, Span
from marsad.text import tokenize


def tolls(text: str) -> list[int | None]:
    toks = tokenize(text)
    killed = [t for t in find_tolls(text, toks, 0, len(toks)) if t.kind == "killed"]
    return [t.quantity.best for t in prefer_exact(killed)]


def test_an_exact_figure_beats_dozens():
    assert tolls("لقي عشرات الأشخاص مصرعهم، ونقلت الوكالة أن 35 قتيلا سقطوا") == [35]
    assert tolls("أسفر القصف عن مصرع عشرات") == [10]  # no exact figure: ACLED's 10 stands


def test_vague_only_reads_the_coded_words():
    assert vague_only(Fatalities(best=10, low=10, high=99, text="مصرع عشرات; مقتل العشرات"))
    assert not vague_only(Fatalities(best=10, low=10, high=99, text="29 طفلا قتلوا; مصرع عشرات"))
    assert not vague_only(Fatalities())


def test_a_merge_keeps_the_exact_figure():
    text = "قتل 29 طفلا في غارة. وأسفرت الغارة عن مصرع عشرات."
    a = Event(id="", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
              disorder_type="Political violence",
              event_date="2018-08-09", fatalities=Fatalities(best=10, low=10, high=99, text="مصرع عشرات"),
              trigger=Span(text.index("الغارة"), text.index("الغارة") + 6, "الغارة"))
    b = Event(id="", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
              disorder_type="Political violence",
              event_date="2018-08-09", fatalities=Fatalities(best=29, low=29, high=29, text="قتل 29"),
              trigger=Span(text.index("غارة"), text.index("غارة") + 4, "غارة"))
    assert combine(a, b, text).fatalities.best == 29
    assert combine(b, a, text).fatalities.best == 29
    assert combine(a, a, text).fatalities.best == 10
