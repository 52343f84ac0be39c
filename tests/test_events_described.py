"""A definite mention described by a relative clause is the incident told before it (`marsad.events.described`):
a constructed report with hand-written places, so nothing here depends on the NER or the geocoder."""

from __future__ import annotations

import pytest

from marsad.events.assemble import Extractor
from marsad.events.described import described
from marsad.model import Document, Event, Place, Span
from tests.test_events_one_incident import make_doc

_REPORT = ("تتواصل العمليات العسكرية التركية ضد حزب العمال الكردستاني منذ أشهر. ويتهم الحزب أنقرة بقصف القرى الحدودية. "
           "والأربعاء، أفاد الجيش التركي في بيان بأن ضربة جوية نفذتها طائراته الحربية قتلت ستة مسلحين من حزب العمال "
           "الكردستاني شمال العراق. وأوضح بيان للجيش أن {strike} نفذت {day} استهدفت مواقع في منطقة سيدكان ودمرت عشرة أهداف.")


@pytest.fixture(scope="module")
def ext() -> Extractor:
    return Extractor(classifier=None)


def _places(text: str) -> tuple[Place, ...]:
    out = []
    for word, name, level, admin1 in (("العراق", "Iraq", "country", None), ("سيدكان", "Sidakan", "populated_place", "Erbil")):
        start = text.index(word)
        out.append(Place(start, start + len(word), word, name, name_ar=word, country="Iraq", iso2="IQ", admin1=admin1,
                         level=level, lat=36.8, lon=44.7))
    return tuple(out)


def _strikes(ext: Extractor, strike: str, day: str) -> Document:
    text = _REPORT.format(strike=strike, day=day)
    return ext(make_doc(text, _places(text), published="2018-06-07"))


def test_the_described_strike_is_the_strike_told_before(ext):
    doc = _strikes(ext, "الضربة الجوية التي", "الثلاثاء")
    assert [(e.sub_event_type, e.location.name if e.location else None) for e in doc.events] == [
        ("Air/drone strike", "Sidakan")]  # one strike, at the finer place the description names
    for s in (doc.events[0].trigger, *doc.events[0].evidence):
        assert s is not None and doc.text[s.start : s.end] == s.text


@pytest.mark.parametrize(("strike", "day"), [
    ("ضربة جوية أخرى", "الثلاثاء"),  # another strike, not described
    ("الضربة الجوية التي", "الأحد"),  # described, but three days before the one told
])
def test_another_strike_or_another_day_stands(ext, strike, day):
    assert len(_strikes(ext, strike, day).events) == 2


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("قتل ثلاثة مسلحين في الاشتباكات التي دارت قرب البلدة.", "الاشتباكات", True),
    ("وأدان الوزير الغارة الأخيرة، التي وقعت فجرا.", "الغارة", True),
    ("اندلعت اشتباكات عنيفة قرب البلدة التي يسيطر عليها المسلحون.", "اشتباكات", False),  # no article
    ("قتل ثلاثة مسلحين في الاشتباكات مع الجيش قرب القرية التي نزح سكانها.", "الاشتباكات", False),  # clause too far
])
def test_described(sentence, trigger, expected):
    start = sentence.index(trigger)
    e = Event(id="", event_type="Battles", sub_event_type="Armed clash", disorder_type="Political violence",
              trigger=Span(start, start + len(trigger), trigger))
    assert described(e, sentence) is expected
