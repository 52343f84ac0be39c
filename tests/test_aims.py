"""Round 53: a resolve, a demand to stop, guarantees sought and a deterrent are aims, not incidents.

ACLED codes events that took place; a threat, a plan or an aim is none (the lexicon's "intent"
blockers: بهدف، لمنع، لضمان).  The judged samples held four more words of an aim before a trigger:
عزم (the army's resolve to regain control), الكف عن (urged to stop arresting), ضمانات (guarantees
that the rebels will not shell) and رادع (a deterrent against taking the oil fields).
"""

from __future__ import annotations

import pytest

from marsad.events.assemble import Extractor
from marsad.pipeline import make_document
from marsad.text import split_sentences, tokenize


@pytest.fixture(scope="module")
def ext() -> Extractor:
    return Extractor(classifier=None)


def subtypes(ext: Extractor, text: str) -> list[str | None]:
    doc = make_document(text, published="2024-05-10", lang="ar")
    doc = doc.replace(tokens=tuple(tokenize(doc.text)), sentences=tuple(split_sentences(doc.text)))
    return [e.sub_event_type for e in ext(doc).events]


@pytest.mark.parametrize(
    "text",
    [
        "وأكد الوزير عزم الجيش على استعادة السيطرة على كامل المحافظة.",
        "وأعلنت الجبهة عزمها شن هجوم على مواقع التنظيم.",
        "وحثت المنظمة السلطات على الكف عن اعتقال الصحفيين.",
        "وقال الوزير إن بلاده تريد ضمانات بألا تقصف الفصائل الأحياء السكنية.",
        "ويعد وجود القوات الأجنبية رادعا للفصائل من السيطرة على حقول النفط.",
    ],
)
def test_an_aim_is_no_incident(ext, text):
    assert subtypes(ext, text) == []


def test_an_incident_without_an_aim_stays(ext):
    assert subtypes(ext, "واعتقلت الشرطة أمس عشرة متظاهرين في ساحة المدينة.") == ["Arrests"]
    assert subtypes(ext, "وقصفت الفصائل الأحياء السكنية أمس.") == ["Shelling/artillery/missile attack"]
