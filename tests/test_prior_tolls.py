"""A toll told after "بعد" past the trigger belongs to what came before (marsad.events.prior_tolls)."""

from __future__ import annotations

from marsad.events.assemble import Extractor
from marsad.events.fatalities import find_tolls
from marsad.events.prior_tolls import own_tolls
from marsad.pipeline import make_document
from marsad.text import split_sentences, tokenize


def kept(text: str, trigger: str) -> list[int | None]:
    toks = tokenize(text)
    end = text.index(trigger) + len(trigger)
    return [t.quantity.best for t in own_tolls(toks, find_tolls(text, toks, 0, len(toks)), end) if t.kind == "killed"]


def test_deaths_after_bad_are_the_earlier_incidents():
    text = "وتأتي الغارات بعد مقتل 7 خبراء متفجرات في غارات التحالف على محافظة صعدة"
    assert kept(text, "الغارات") == []
    assert kept("أسفرت الغارات عن مقتل 7 خبراء متفجرات في صعدة", "الغارات") == [7]


def test_a_trigger_after_the_figure_keeps_it():
    text = "استدعت سفيريها إثر مقتل 16 فلسطينيا برصاص الجيش الإسرائيلي خلال تظاهرات"
    assert kept(text, "تظاهرات") == [16]


def test_raids_after_a_death_take_no_toll():
    text = "شنت مقاتلات التحالف غارات على صنعاء الجمعة، بعد مقتل 7 خبراء متفجرات في صعدة."
    doc = make_document(text, published="2018-03-02", lang="ar")
    doc = doc.replace(tokens=tuple(tokenize(doc.text)), sentences=tuple(split_sentences(doc.text)))
    raids = [e for e in Extractor(classifier=None)(doc).events if e.trigger and e.trigger.text == "غارات"]
    assert raids and all(e.fatalities.best is None for e in raids)
