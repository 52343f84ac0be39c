"""NER: data reading, clitic cuts, the shipped model, the component, eval and a small training run."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import main
from marsad.ner.clitics import name_cut
from marsad.ner.conll import read_conll, read_wojood, spans_of, tags_of
from marsad.ner.score import Counts, gold_text, tags_from_entities
from marsad.ner.tagger import NerModel, load_model

TINY = Path(__file__).parent / "data" / "ner_tiny.conll"


def test_spans_and_tags_round_trip() -> None:
    tags = ["B-PERS", "I-PERS", "O", "B-LOC", "B-LOC", "I-ORG", "O"]
    spans = spans_of(tags)
    assert spans == [("PERS", 0, 2), ("LOC", 3, 4), ("LOC", 4, 5), ("ORG", 5, 6)]
    assert tags_of(len(tags), spans) == ["B-PERS", "I-PERS", "O", "B-LOC", "B-LOC", "B-ORG", "O"]


def test_read_conll_checks_tags(tmp_path: Path) -> None:
    assert len(read_conll(TINY)) == 3
    bad = tmp_path / "bad.conll"
    bad.write_text("حلب X-LOC\n", encoding="utf-8")
    from marsad.errors import InputError

    with pytest.raises(InputError, match="IOB2"):
        read_conll(bad)


def test_read_wojood_keeps_outer_mapped_entities(tmp_path: Path) -> None:
    f = tmp_path / "w.txt"
    f.write_text("سكرتير B-OCC\nاللجنة I-OCC B-ORG\nفي O\nنابلس B-GPE\n\n", encoding="utf-8")
    (sent,) = read_wojood(f)
    assert [t for _, t in sent] == ["O", "B-ORG", "O", "B-LOC"]


@pytest.mark.parametrize(
    ("word", "cut"),
    [("وسوريا", 1), ("بإدلب", 1), ("والمرصد", 1), ("بالمرصد", 1), ("المرصد", 0), ("لبنان", 0), ("وليد", 0), ("لروسيا", 1)],
)
def test_name_cut(word: str, cut: int) -> None:
    from marsad.text import normalize

    assert name_cut(word, normalize(word), {"سوريا", "لبنان", "روسيا", "وليد"}) == cut


def test_scoring_is_exact_span() -> None:
    c = Counts()
    c.add(["B-PERS", "I-PERS", "O", "B-LOC"], ["B-PERS", "O", "O", "B-LOC"])
    rep = c.report()
    assert rep["per_type"]["LOC"]["f1"] == 1.0
    assert rep["per_type"]["PERS"]["precision"] == 0.0
    assert rep["micro_PERS_LOC_ORG"]["support"] == 2


def test_entities_map_back_to_gold_tokens() -> None:
    from marsad.model import Entity

    text, offsets = gold_text([("وقال", "O"), ("غسان", "B-PERS"), ("باكير", "I-PERS"), ("بإدلب", "B-LOC")])
    ents = [Entity(5, 15, text[5:15], "PER"), Entity(17, 21, text[17:21], "GPE")]
    assert text[17:21] == "إدلب"
    assert tags_from_entities(ents, offsets) == ["O", "B-PERS", "I-PERS", "B-LOC"]


def test_shipped_model_loads_and_cuts_clitics() -> None:
    from marsad.text import tokenize

    model = load_model()
    assert isinstance(model, NerModel)
    text = "وأكد المرصد السوري لحقوق الإنسان أن الطائرات قصفت مواقع بإدلب، وقال الرئيس فلاديمير بوتين في موسكو."
    ents = model.entities(text, tokenize(text))
    for e in ents:
        assert text[e.start : e.end] == e.text
        assert 0.0 <= e.score <= 1.0
    got = {(e.text, e.label) for e in ents}
    assert ("المرصد السوري لحقوق الإنسان", "ORG") in got
    assert ("فلاديمير بوتين", "PER") in got
    assert any(t == "إدلب" and lab in ("LOC", "GPE") for t, lab in got)


def test_component_in_default_pipeline(nlp) -> None:
    assert "marsad.ner.v1" in nlp.names
    doc = nlp("التقى وزير الخارجية سيرغي لافروف نظيره في دمشق.", lang="ar")
    assert all(doc.text[e.start : e.end] == e.text for e in doc.entities)
    assert any(e.label == "GPE" and e.text == "دمشق" for e in doc.entities)
    assert nlp("", lang="ar").entities == ()
    assert nlp("...!!؟", lang="ar").entities == ()


def test_seed_entities(seed_doc) -> None:
    got = {(e.text, e.label) for e in seed_doc.entities}
    for name in ("غسان باكير", "عمر ديابي", "عمر أومسين", "أحمد الشرع", "فلاديمير بوتين"):
        assert (name, "PER") in got
    assert ("المرصد السوري لحقوق الإنسان", "ORG") in got


def test_eval_command_on_tiny_file() -> None:
    res = CliRunner().invoke(main, ["eval", "ner", str(TINY)])
    assert res.exit_code == 0, res.output
    assert "micro PERS/LOC/ORG" in res.output
    res = CliRunner().invoke(main, ["eval", "ner", str(TINY), "--json"])
    assert res.exit_code == 0 and '"micro_all4"' in res.output


def test_eval_command_bad_input(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["eval", "ner", str(tmp_path / "missing.conll")])
    assert res.exit_code == 2 and "no such file" in res.output
    bad = tmp_path / "bad.conll"
    bad.write_text("a b c\nحلب Z\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["eval", "ner", str(bad)])
    assert res.exit_code == 2 and "IOB2" in res.output


def test_train_on_a_small_slice(shared_data: Path, tmp_path: Path) -> None:
    from marsad.ner.score import eval_pipeline, evaluate
    from marsad.ner.train import TrainConfig, fit, training_sets

    aner, _ = training_sets(shared_data, wojood=False)
    info = fit(aner[:300], tmp_path, TrainConfig(max_iterations=30, wojood=False))
    assert info["sentences"] == 300 and (tmp_path / "ner-ar.crfsuite.gz").is_file()
    load_model.cache_clear()
    try:
        counts, preds = evaluate(aner[300:340], eval_pipeline(model=str(tmp_path)))
    finally:
        load_model.cache_clear()
    assert len(preds) == 40
    assert counts.report()["micro_PERS_LOC_ORG"]["support"] > 0
