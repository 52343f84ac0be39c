"""A toll told for air strikes and ground fighting together is no strike's (`marsad.events.pooled_tolls`)."""

from __future__ import annotations

from marsad.events.fatalities import find_tolls
from marsad.events.pooled_tolls import pooled, strike_tolls
from marsad.text import tokenize


def read(text: str) -> tuple[list, list]:
    toks = tokenize(text)
    return toks, find_tolls(text, toks, 0, len(toks))


def test_a_figure_of_raids_and_battles_is_pooled():
    text = "وقتل 70 حوثيا في غارات لمقاتلات التحالف وفي المواجهات مع قوات المقاومة بالساحل الغربي."
    toks, tolls = read(text)
    assert [t.quantity.best for t in tolls] == [70]
    assert pooled(toks, tolls[0], len(text))
    assert strike_tolls(toks, tolls, len(text)) == []


def test_a_strike_keeps_its_own_dead():
    text = "قتل 5 مدنيين في غارات للتحالف على سوق. واندلعت مواجهات في الجبهة."
    toks, tolls = read(text)
    assert [t.quantity.best for t in strike_tolls(toks, tolls, text.index(".") + 1)] == [5]
