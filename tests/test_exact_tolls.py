"""A vague amount of dead yields to an exact figure of the same incident (`marsad.events.exact_tolls`)."""

from __future__ import annotations

from marsad.events.exact_tolls import prefer_exact, retold_exact, vague_only
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


def test_a_retelling_s_exact_figure_beats_the_first_account_s_dozens():
    dozens = Fatalities(best=10, low=10, high=99, text="عشرات القتلى")
    exact = Fatalities(best=25, low=25, high=25, text="أكثر من 25 حوثيا قتلوا")
    assert retold_exact(dozens, exact)
    assert not retold_exact(exact, dozens)  # the first account's exact figure stands
    assert not retold_exact(dozens, Fatalities())
    assert not retold_exact(Fatalities(best=7, low=7, high=7, text="مقتل 7"), exact)


def test_the_pipeline_keeps_a_retold_exact_toll(nlp):
    text = ("شنت قوات الجيش هجمات على مواقع الحوثيين في مديرية باقم، موقعة عشرات القتلى في صفوف المتمردين.\n"
            "وقالت مصادر ميدانية، الخميس، إن أكثر من 25 حوثيا قتلوا في هجمات الجيش على مركز مديرية باقم.")
    doc = nlp(text, published="2018-10-04")
    first = min(doc.events, key=lambda e: e.trigger.start)
    assert first.fatalities.best == 25
