"""The CRF role tagger: labels from gold words, the shipped model, training on a slice, the modes."""

from __future__ import annotations

import gzip

import pytest

from marsad.events.assemble import ROLE_MODES, Extractor, _pick_roles
from marsad.events.drafts import Draft
from marsad.events.role_tagger import RoleTagger, features, load_role_tagger, runs, sentence_view
from marsad.events.role_train import configs, cross_validate, labels, train
from marsad.model import Document, Span
from marsad.pipeline import make_document
from marsad.text import split_sentences, tokenize


def make_doc(text: str) -> Document:
    doc = make_document(text, published="2025-10-22", lang="ar")
    return doc.replace(tokens=tuple(tokenize(doc.text)), sentences=tuple(split_sentences(doc.text)))


def test_labels_follow_the_gold_words_article_stripped() -> None:
    toks = tokenize("وخطف مسلحون مطران الكلدان في الموصل")
    got = labels(toks, ["مسلحون"], ["مطران", "الكلدان"])
    assert got == ["O", "B-SRC", "B-TGT", "I-TGT", "O", "O"]


def test_a_lone_function_word_is_not_a_role() -> None:
    toks = tokenize("قتل مسلحون في الموصل شخصا")
    assert labels(toks, ["في"], ["شخصا"]) == ["O", "O", "O", "O", "B-TGT"]


def test_a_word_of_both_roles_stays_unlabelled() -> None:
    toks = tokenize("خطفت الحركة العاملين")
    assert labels(toks, ["الحركة", "العاملين"], ["العاملين"]) == ["O", "B-SRC", "O"]


def test_runs_read_bio_spans() -> None:
    tags = ["O", "B-SRC", "I-SRC", "B-TGT", "B-TGT", "I-SRC", "O"]
    assert runs(tags, "SRC") == [(1, 2), (5, 5)]
    assert runs(tags, "TGT") == [(3, 3), (4, 4)]


def test_features_cover_the_trigger_and_markers() -> None:
    doc = make_doc("هاجم مسلحون على دورية للجيش")
    view = sentence_view(doc, 0, len(doc.tokens))
    feats = features(view)
    assert len(feats) == len(doc.tokens)
    assert "trig=attack" in feats[0]
    assert "tr=after1" in feats[1]
    assert "mark-1=علي" in feats[3]  # دورية after على


def test_shipped_model_loads_and_tags_within_the_sentence() -> None:
    tagger = load_role_tagger()
    assert tagger is not None
    doc = make_doc("وخطف مسلحون مجهولون ثلاثة مدنيين في قرية قرب حلب.")
    view = sentence_view(doc, 0, len(doc.tokens))
    src, tgt = tagger.roles(view)
    for rng in (src, tgt):
        if rng is not None:
            assert 0 <= rng[0] <= rng[1] < len(doc.tokens)
    assert src is not None and "مسلحون" in doc.text[doc.tokens[src[0]].start : doc.tokens[src[1]].end]


@pytest.mark.parametrize("mode", ROLE_MODES)
def test_extractor_role_spans_keep_offsets(mode: str) -> None:
    ext = Extractor(classifier=None, min_confidence=0.0, role_tagger=load_role_tagger(), role_mode=mode)
    doc, roles = ext.run(make_doc("قتل مسلحون ثلاثة جنود في هجوم على حاجز للجيش. وتظاهر مئات الطلاب احتجاجا على القرار."))
    assert doc.events
    for r in roles:
        for s in r.actor1 + r.actor2:
            assert doc.text[s.start : s.end] == s.text


def test_unknown_role_mode_is_refused() -> None:
    with pytest.raises(ValueError):
        Extractor(classifier=None, role_mode="oracle")


def test_pick_roles_modes() -> None:
    rule, tag = [Span(0, 2, "ab")], Span(3, 5, "cd")
    assert _pick_roles("rules", rule, tag) == rule
    assert _pick_roles("tagger", rule, None) == []
    assert _pick_roles("fill", rule, tag) == rule
    assert _pick_roles("fill", [], tag) == [tag]
    assert _pick_roles("tagger_first", rule, tag) == [tag]
    assert _pick_roles("tagger_first", rule, None) == rule


def test_train_on_a_slice_is_deterministic(shared_data, tmp_path) -> None:
    gsr = shared_data / "events" / "arabic_gsr"
    a, b = tmp_path / "a.gz", tmp_path / "b.gz"
    info = train(gsr, a, limit=25)
    train(gsr, b, limit=25)
    assert info["records"] == 50
    assert a.read_bytes() == b.read_bytes()
    tagger = RoleTagger(gzip.decompress(a.read_bytes()))
    doc = make_doc("قصفت طائرات النظام بلدة في ريف إدلب.")
    assert len(tagger.tag(sentence_view(doc, 0, len(doc.tokens)))) == len(doc.tokens)


def test_cross_validation_on_a_slice_reports_every_candidate(shared_data) -> None:
    rep = cross_validate(shared_data / "events" / "arabic_gsr", k=2, limit=12, nested=False)
    assert rep["candidates"][0]["candidate"] == "rules"
    assert len(rep["candidates"]) == len(configs())
    for row in rep["candidates"]:
        assert 0.0 <= row["ASSAULT source"]["f1"] <= 1.0


def _draft(event_type: str, tagged: list) -> Draft:
    d = Draft(0, [], {"event_type": event_type, "sub_event_type": "x"}, 0.5)
    d.tagged = tagged
    return d


def test_tagger_fills_only_empty_actors_and_never_one_side_twice() -> None:
    from marsad.events.assemble import _actors_from_tags
    from marsad.events.mentions import ActorMention

    army = ActorMention(0, 5, "الجيش", "Military Forces of {country}", 1, "military", True)
    army2 = ActorMention(20, 25, "الجيش", "Military Forces of {country}", 1, "military", True)
    civ = ActorMention(10, 16, "مدنيين", "Civilians", 7, "civilians", True)
    d = _draft("Explosions/Remote violence", [Span(0, 5, "الجيش"), Span(10, 16, "مدنيين")])
    _actors_from_tags(d, [army, civ])
    assert d.actor1 is army and d.actor2 is civ
    d = _draft("Explosions/Remote violence", [Span(10, 16, "مدنيين"), Span(20, 25, "الجيش")])
    d.actor1 = army
    _actors_from_tags(d, [army, civ, army2])
    assert d.actor1 is army and d.actor2 is None  # the rules' actor stays; the same side is not its own target
    d = _draft("Explosions/Remote violence", [Span(10, 16, "مدنيين"), None])
    _actors_from_tags(d, [civ])
    assert d.actor1 is None  # civilians are never the doer
    d = _draft("Protests", [Span(0, 5, "الجيش"), Span(10, 16, "مدنيين")])
    _actors_from_tags(d, [army, civ])
    assert d.actor1 is None and d.actor2 is None  # protests keep the rules' actors


def test_the_dead_of_a_passive_are_never_the_tagged_source() -> None:
    # a model that learnt "the phrase before قتلوا is its subject" (the active and passive are spelt alike)
    from marsad.events.role_train import fit

    train = [("مسلحون مجهولون قتلوا ثلاثة جنود الجيش في القرية", ["مسلحون", "مجهولون"], ["جنود", "الجيش"]),
             ("جنود الجيش قتلوا خمسة مسلحين مجهولين قرب الحدود", ["جنود", "الجيش"], ["مسلحين", "مجهولين"]),
             ("أشخاص قتلوا في انفجار سيارة", ["أشخاص"], [])] * 3  # fmt: skip
    seqs = []
    for text, src, tgt in train:
        doc = make_doc(text)
        view = sentence_view(doc, 0, len(doc.tokens))
        seqs.append((features(view), labels(view.tokens, src, tgt)))
    tagger = RoleTagger(gzip.decompress(fit(seqs, {"max_iterations": 50})), 0.3)
    doc = make_doc("أشخاص قتلوا في انفجار عبوة قرب السوق")
    view = sentence_view(doc, 0, len(doc.tokens))
    dead = 0
    assert tagger.tag(view)[dead].endswith("SRC")  # the CRF alone takes the dead for the doers
    src, _ = tagger.roles(view)
    assert src is None or not src[0] <= dead <= src[1]
    doc = make_doc("مسلحون قتلوا ثلاثة جنود قرب السوق")
    src, _ = tagger.roles(sentence_view(doc, 0, len(doc.tokens)))
    assert src is not None and doc.tokens[src[0]].text == "مسلحون"  # an active verb keeps its doer


def test_a_place_after_fi_is_never_the_tagged_source() -> None:
    from marsad.events.role_tagger import _not_a_doer
    from marsad.model import Entity

    text = "وهاجم مسلحون حاجزا في العراق"
    doc = make_doc(text)
    s = text.index("العراق")
    doc = doc.replace(entities=(Entity(s, s + len("العراق"), "العراق", "GPE"),))
    view = sentence_view(doc, 0, len(doc.tokens))
    k = next(i for i, t in enumerate(view.tokens) if t.text == "العراق")
    assert _not_a_doer(view, k, k)
    j = next(i for i, t in enumerate(view.tokens) if t.text == "مسلحون")
    assert not _not_a_doer(view, j, j)
