"""Event recall rules from the news spot checks' missed incidents: each test is a short constructed
sentence for one rule a coder would state (incidents the extractor used to miss)."""

from __future__ import annotations

import pytest

from marsad.events.assemble import Extractor
from marsad.events.lexicon import load_lexicon
from marsad.model import Place
from marsad.text import tokenize
from tests.test_events_precision import ext, make_doc
from tests.test_events_precision import place as _place

__all__ = ["ext"]  # the shared extractor fixture, used by name


def place(text: str, doc_text: str, name: str) -> Place:
    """A Yemeni district of Hodeidah, the setting of most recall cases."""
    return _place(text, doc_text, name, iso2="YE", level="admin2", admin1="Al Hudaydah")


def _forms(text: str) -> list[str]:
    return [h.entry.form for h in load_lexicon().find(tokenize(text))]


@pytest.mark.parametrize("text", [
    "صدت وحدات الجيش محاولة تسلل للمسلحين قرب القرية.",
    "أحبطت القوات محاولة تسلل جديدة شمال المدينة.",
    "تمكنت الوحدات المرابطة في الجبهة من التصدي لمحاولات تسلل يائسة للمتمردين.",
])
def test_repelled_infiltration_is_a_trigger(text: str) -> None:
    assert any(f.startswith("محاول") for f in _forms(text))


@pytest.mark.parametrize("text", [
    "يخطط المسلحون لمحاولات تسلل جديدة نحو القرية.",
    "صدت القوات الهجوم. وتحدث الضابط عن محاولة تسلل سابقة.",
])
def test_infiltration_not_repelled_is_no_trigger(text: str) -> None:
    assert not any(f.startswith("محاول") for f in _forms(text))


def test_repelled_infiltration_is_an_armed_clash(ext: Extractor) -> None:
    text = "أحبطت القوات الحكومية، الجمعة، محاولة تسلل للمتمردين في مديرية حيس."
    doc = ext(make_doc(text, (place("حيس", text, "Hays"),)))
    assert [(e.sub_event_type, e.location.name if e.location else None) for e in doc.events] == [("Armed clash", "Hays")]


def _strike_places(ext: Extractor, text: str, names: dict[str, str]) -> list[str]:
    places = tuple(place(word, text, name) for word, name in names.items())
    doc = ext(make_doc(text, places))
    return sorted(e.location.name for e in doc.events if e.location is not None and e.sub_event_type == "Air/drone strike")


def test_list_of_places_split_both_ways(ext: Extractor) -> None:
    """The place kept may be the list's last member: the members before it get their event too."""
    text = "قالت مصادر إن مستشفيات كفرنبودة والهبيط وخان شيخون تعرضت لغارات جوية مساء الأحد."
    names = {"كفرنبودة": "Kafr Nabudah", "الهبيط": "Al Habit", "خان شيخون": "Khan Shaykhun"}
    assert _strike_places(ext, text, names) == ["Al Habit", "Kafr Nabudah", "Khan Shaykhun"]


def test_pair_after_between_stays_one_event(ext: Extractor) -> None:
    text = "اندلعت اشتباكات عنيفة، الأحد، بين كفرنبودة والهبيط."
    places = (place("كفرنبودة", text, "Kafr Nabudah"), place("الهبيط", text, "Al Habit"))
    doc = ext(make_doc(text, places))
    assert len(doc.events) == 1
