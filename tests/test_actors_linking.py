"""`marsad.actors.v1`: entities get canonical/kb_id, missed mentions are added, spans stay exact."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad import registry
from marsad.lexicons.actors import ActorKB
from marsad.lexicons.linking import KB_SCORE, link_entities
from marsad.model import Entity
from marsad.pipeline import make_document
from marsad.text import tokenize

TEXT = "وأفاد المرصد السوري لحقوق الإنسان بأن قوى الأمن الداخلي حاصرت مخيم عمر أومسين في حارم"


def run(text: str, entities: tuple[Entity, ...] = ()) -> tuple[Entity, ...]:
    doc = make_document(text, published="2025-10-22", lang="ar")
    doc = doc.replace(tokens=tuple(tokenize(doc.text)), entities=entities)
    linker = registry.get("marsad.actors.v1").build()
    return linker(doc).entities


def ent(text: str, sub: str, label: str, score: float = 0.8) -> Entity:
    i = text.index(sub)
    return Entity(i, i + len(sub), sub, label, score=score)


def test_component_declares_its_contract():
    spec = registry.get("marsad.actors.v1")
    assert spec.requires == ("tokens", "entities")
    assert spec.assigns == ("entities",)
    assert spec.langs == ("ar",)


def test_adds_kb_mentions_when_there_is_no_ner():
    ents = run(TEXT)
    assert [(e.text, e.label, e.kb_id) for e in ents] == [
        ("المرصد السوري لحقوق الإنسان", "ORG", "actor:sohr"),
        ("قوى الأمن الداخلي", "ORG", "actor:syria_internal_security"),
        ("عمر أومسين", "PER", "actor:omar_omsen"),
    ]
    assert all(e.score == KB_SCORE and e.canonical for e in ents)
    assert ents[2].canonical == "Omar Omsen"


def test_links_an_ner_entity_with_the_same_span_and_keeps_its_label():
    ner = (ent(TEXT, "عمر أومسين", "PER", 0.7),)
    ents = run(TEXT, ner)
    omsen = [e for e in ents if e.text == "عمر أومسين"]
    assert len(omsen) == 1 and omsen[0].score == 0.7 and omsen[0].kb_id == "actor:omar_omsen"


def test_longer_kb_span_replaces_a_shorter_ner_span_sharing_its_head():
    ner = (ent(TEXT, "المرصد السوري", "ORG"),)
    ents = run(TEXT, ner)
    assert ents[0].text == "المرصد السوري لحقوق الإنسان" and ents[0].kb_id == "actor:sohr" and ents[0].score == 0.8


def test_a_place_inside_a_kb_name_is_absorbed():
    text = "وقال قائد في قوات سوريا الديمقراطية إن"
    ents = run(text, (ent(text, "سوريا", "GPE"),))
    assert [(e.text, e.label, e.kb_id) for e in ents] == [("قوات سوريا الديمقراطية", "ORG", "actor:sdf")]


def test_an_organisation_inside_a_longer_kb_name_is_replaced():
    text = "وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن"
    ents = run(text, (ent(text, "الأمم المتحدة", "ORG"),))
    assert [(e.text, e.kb_id) for e in ents] == [("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "actor:ocha")]


def test_a_crossing_name_entity_is_linked_in_place():
    text = "اقتحمت قوات الاحتلال الصهيوني القرية"
    ents = run(text, (ent(text, "الاحتلال الصهيوني", "ORG"),))
    assert [(e.text, e.kb_id) for e in ents] == [("الاحتلال الصهيوني", "actor:israel_military")]


def test_kb_match_inside_a_longer_ner_entity_links_it():
    text = "بقيادة الجهادي الفرنسي عمر أومسين أمس"
    ner = (ent(text, "الجهادي الفرنسي عمر أومسين", "PER"),)
    ents = run(text, ner)
    assert len(ents) == 1 and ents[0].text == "الجهادي الفرنسي عمر أومسين" and ents[0].kb_id == "actor:omar_omsen"


def test_crossing_spans_are_left_alone():
    text = "قال المرصد السوري لحقوق الإنسان"
    crossing = Entity(0, 17, text[0:17], "MISC")  # "قال المرصد السوري": crosses the KB span
    ents = link_entities(text, [crossing], ActorKB.load().find(text))
    assert ents == [crossing]


def test_other_entities_are_kept_and_sorted():
    ner = (ent(TEXT, "حارم", "GPE"),)
    ents = run(TEXT, ner)
    assert [e.text for e in ents][-1] == "حارم"
    assert [e.start for e in ents] == sorted(e.start for e in ents)


def test_add_missing_off_only_links():
    linker = registry.get("marsad.actors.v1").build({"add_missing": False})
    doc = make_document(TEXT, lang="ar")
    doc = doc.replace(tokens=tuple(tokenize(doc.text)))
    assert linker(doc).entities == ()


WORDS = st.sampled_from(
    ["المرصد", "السوري", "لحقوق", "الإنسان", "وللمرصد", "قوى", "الأمن", "الداخلي", "عمر", "أومسين", "ديابي",
     "حزب", "الله", "كتائب", '"', "«", "»", "-", "@YenNews1", "SOHR", "قسد", "حماس", "\u0651", "\u0640", "\u200f", " ", "\n"]
)  # fmt: skip


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, max_size=30).map(" ".join), st.data())
def test_offsets_stay_exact_with_random_ner_spans(text, data):
    n = len(text)
    ner = []
    for _ in range(data.draw(st.integers(0, 3))):
        if n == 0:
            break
        s = data.draw(st.integers(0, n - 1))
        e = data.draw(st.integers(s + 1, n))
        if all(e <= x.start or s >= x.end for x in ner):
            ner.append(Entity(s, e, text[s:e], data.draw(st.sampled_from(["PER", "ORG", "GPE"]))))
    doc = make_document(text, lang="ar")
    ner = [Entity(x.start, x.end, doc.text[x.start : x.end], x.label) for x in ner if x.end <= len(doc.text)]
    ents = run(doc.text, tuple(sorted(ner, key=lambda x: x.start)))
    for e in ents:
        assert doc.text[e.start : e.end] == e.text
    for a, b in pairwise(ents):
        assert a.end <= b.start, (a, b)
