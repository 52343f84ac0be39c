"""Round 103: a side described by what it has done across whole countries ("التحالف الدولي الذي شن
ضربات جوية على تنظيم الدولة في سوريا والعراق") is a description, not an incident of a day and place;
the same relative clause with a day, or with no state named, still tells one."""

from __future__ import annotations

import pytest

from marsad.events.statements import described_by_deeds
from marsad.text import tokenize


@pytest.fixture(scope="module")
def nlp():
    import marsad

    return marsad.Pipeline.load()


def _types(nlp, text: str, published: str = "2018-08-12") -> list[str]:
    return [e.sub_event_type for e in nlp(text, published=published).events]


def _why(text: str, word: str) -> str | None:
    tokens = tokenize(text)
    first = next(i for i, t in enumerate(tokens) if t.text == word)
    return described_by_deeds(tokens, first, 0, len(tokens))


_COALITION = ("ويشارك الأردن في التحالف الدولي بقيادة الولايات المتحدة الذي شن ضربات جوية على تنظيم "
              "\"الدولة الإسلامية\" في سوريا والعراق.")


def test_a_coalition_described_by_its_strikes_is_no_event(nlp) -> None:
    assert "Air/drone strike" not in _types(nlp, _COALITION)


def test_reading_of_a_side_described() -> None:
    assert _why(_COALITION, "ضربات") is not None
    # a conjoined verb of the same relative clause, a state as the ground
    houthis = ("أكد الوزير أن الدعم سيحول دون تحقيق مكاسب للحوثيين، الذين أطلقوا صواريخ على السعودية "
               "واستهدفوا سفنا تجارية قبالة ساحل اليمن.")
    assert _why(houthis, "واستهدفوا") is not None


def test_a_day_or_no_state_keeps_the_incident() -> None:
    dated = _COALITION.replace("في سوريا والعراق", "في سوريا الأحد")
    assert _why(dated, "ضربات") is None
    town = _COALITION.replace("في سوريا والعراق", "في مدينة هجين")
    assert _why(town, "ضربات") is None
    # the verb of the relative clause is no verb of fire: a member described, not a deed
    member = "وقال المسؤول في التحالف الذي يضم دولا عدة إن ضربات جوية استهدفت مواقع التنظيم في سوريا."
    assert _why(member, "ضربات") is None
