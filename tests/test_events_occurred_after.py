"""An area narrowed to the town a later sentence says the incident took place in, over a placeless sentence
(`marsad.events.location._occurred_after`)."""

from __future__ import annotations

import pytest

from tests.test_events_precision import ext, make_doc, place

__all__ = ["ext"]  # the shared extractor fixture, used by name

_LEAD = "استهدفت غارات جوية مواقع لقوات النظام في غرب العراق ليل الجمعة.\n"
_TOLD = "وقال مسؤول إن الضربات وقعت في بلدة القائم قرب الحدود."


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        ("وبحسب مصادر محلية، فإن الغارة أوقعت عددا من القتلى.\n", "Al Qa'im"),  # placeless: the story goes on
        ("وكانت وحدات من الجيش قد انتشرت في مدينة الموصل أمس.\n", "west Iraq"),  # a place of its own stops it
    ],
)
def test_a_sentence_between_keeps_or_stops_the_narrowing(ext, between: str, expected: str):
    text = _LEAD + between + _TOLD
    places = [place("العراق", text, "west Iraq", iso2="IQ", level="region", admin1=None),
              place("القائم", text, "Al Qa'im", iso2="IQ", admin1="Anbar")]
    if "الموصل" in text:
        places.append(place("الموصل", text, "Mosul", iso2="IQ", admin1="Ninewa"))
    events = ext(make_doc(text, tuple(sorted(places, key=lambda p: p.start)))).events
    assert events and events[0].location is not None and events[0].location.name == expected
