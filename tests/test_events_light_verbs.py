"""A negation or a prospect before a light verb (شن، نفذ) rules out the verb's object past its subject."""

from __future__ import annotations

import pytest

from marsad.events.assemble import Extractor
from marsad.events.light_verbs import not_done
from marsad.model import Document
from marsad.pipeline import make_document
from marsad.text import split_sentences, tokenize
from tests.test_events_intent import rule_at


def _doc(text: str) -> Document:
    doc = make_document(text, published="2018-04-09", lang="ar")
    return doc.replace(tokens=tuple(tokenize(doc.text)), sentences=tuple(split_sentences(doc.text)))


def _why(text: str, trigger: str) -> str | None:
    return rule_at(not_done, text, trigger)


@pytest.fixture(scope="module")
def ext() -> Extractor:
    return Extractor(classifier=None)


def test_a_negated_or_prospective_light_verb_rules_out_its_object():
    assert _why("لا تنفذ وزارة الدفاع ضربات جوية في سوريا", "ضربات") == "not done: لا تنفذ"
    assert _why("يزداد الحديث عن احتمال شن القوات السورية والمتحالفة معها هجوما على إدلب",
                "هجوما") == "not done: احتمال شن"


def test_an_exception_a_new_clause_or_a_plain_verb_keeps_the_object():
    assert _why("لم تنفذ الطائرات سوى غارة واحدة على البلدة", "غارة") is None
    assert _why("لم تنفذ القوات وعودها التي أطلقتها بعد الغارات", "الغارات") is None
    assert _why("شنت القوات السورية والمتحالفة معها هجوما على إدلب", "هجوما") is None


def test_a_denied_campaign_gives_no_event(ext):
    text = 'وقال متحدث باسم البنتاغون "في الوقت الحالي لا تنفذ وزارة الدفاع ضربات جوية في سوريا".'
    assert [e for e in ext(_doc(text)).events] == []
