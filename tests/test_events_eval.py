"""The GSR reader, the scorer, the classifier's round trip and the CLI commands, on tiny data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import main
from marsad.events.classifier import SentenceClassifier, features, fit_logistic, load_classifier
from marsad.events.evaluate import evaluate, is_type
from marsad.events.gsr import read_sentences, read_spans
from marsad.events.train import folds_by_doc

ROWS = [
    ("D1-1", "yes", "قصفت الطائرات سوق المدينة وقتلت عشرة مدنيين."),
    ("D1-2", "easy no", "قال الوزير إن الاقتصاد ينمو."),
    ("D2-1", "difficult no", "هدد الجيش بقصف المدينة."),
    ("D2-2", "ambiguous", "وقع انفجار غامض."),
    ("D3-1", "yes", "اغتال مسلحون مجهولون قاضياً أمام منزله."),
]


@pytest.fixture()
def gsr(tmp_path: Path) -> Path:
    lines = ["id,event_type,label,accept,reject,total,text"]
    lines += [f'{i},ASSAULT,{lab},1,1,2,"{t}"' for i, lab, t in ROWS]
    (tmp_path / "assault_dev.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "protest_dev.csv").write_text(
        'id,event_type,label,accept,reject,total,text\nP1-1,PROTEST,yes,3,0,3,"تظاهر المئات أمام البرلمان."\n', encoding="utf-8"
    )
    spans = [
        {
            "_id": "x1",
            "text": "اغتال مسلحون مجهولون قاضياً أمام منزله.",
            "spans": [{"source_actor": ["مسلحون"], "verb": ["اغتال"], "target_actor": ["قاضياً"]}],
            "event_type": "ASSAULT",
            "source_gold": "مسلحون مجهولون",
            "verb_gold": "اغتال",
            "target_gold": "",
        }
    ]
    (tmp_path / "assault_spans_dev.json").write_text(json.dumps(spans, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "protest_spans_dev.json").write_text("[]", encoding="utf-8")
    return tmp_path


def test_reader(gsr):
    rows = read_sentences(gsr, "ASSAULT")
    assert [r.gold for r in rows] == [True, False, False, None, True]
    assert rows[0].doc_id == "D1"
    spans = list(read_spans(gsr, "ASSAULT"))
    assert spans[0].source == ("مسلحون", "مجهولون") and spans[0].target == ("قاضياً",)


def test_folds_keep_documents_together(gsr):
    rows = read_sentences(gsr, "ASSAULT")
    folds = folds_by_doc([r.doc_id for r in rows], 2)
    assert folds[0] == folds[1] and folds[2] == folds[3]


def test_evaluate_scores_sentences_and_spans(gsr):
    from marsad.events.assemble import Extractor
    from marsad.pipeline import Pipeline

    before = Pipeline(["marsad.tokenizer.v1", "marsad.sentencizer.v1"])
    ext = Extractor(classifier=None)  # the scorer's mechanics, independent of the shipped model

    report = evaluate(gsr, run=lambda text: ext.run(before(text, lang="ar")))
    a = report["default"]["ASSAULT"]
    assert a["sentence"]["sentences"] == 4  # the ambiguous row is left out
    s = a["sentence"]["plover-0.8"]
    assert s["tp"] == 2 and s["fp"] == 0
    assert a["spans"]["source_actor"]["tp"] == 1
    assert report["default"]["PROTEST"]["sentence"]["plover-0.8"]["tp"] == 1


def test_old_plover_definition():
    from marsad.model import Event

    clash = Event("e1", "Battles", "Armed clash", "Political violence", plover_type="ASSAULT", plover_mode="firearms")
    bomb = Event(
        "e2",
        "Explosions/Remote violence",
        "Suicide bomb",
        "Political violence",
        plover_type="ASSAULT",
        plover_mode="suicide-attack",
    )
    assert is_type(clash, "ASSAULT") and not is_type(clash, "ASSAULT", "gsr-2018")
    assert is_type(bomb, "ASSAULT", "gsr-2018")


def test_classifier_round_trip_and_learning():
    texts = ["قصفت الطائرات السوق.", "قال الوزير إن الاقتصاد ينمو.", "اغتال مسلحون قاضياً.", "زار الرئيس المعرض."]
    w = fit_logistic([features(t) for t in texts], [1, 0, 1, 0], epochs=200)
    clf = SentenceClassifier({"ASSAULT": w}, {"ASSAULT": 0.5})
    again = SentenceClassifier.from_bytes(clf.to_bytes())
    p = again.probability(texts[0], "ASSAULT")
    assert p is not None and p > again.probability(texts[1], "ASSAULT")
    assert again.probability(texts[0], "AGREE") is None


def test_shipped_classifier_loads():
    clf = load_classifier()
    assert clf is not None and set(clf.weights) == {"ASSAULT", "PROTEST"}


def test_cli_eval_events(gsr):
    res = CliRunner().invoke(main, ["eval", "events", "--gsr", str(gsr)])
    assert res.exit_code == 0, res.output
    assert "plover-0.8" in res.output


def test_cli_eval_events_bad_dir(tmp_path):
    res = CliRunner().invoke(main, ["eval", "events", "--gsr", str(tmp_path / "nope")])
    assert res.exit_code == 2
    assert "Traceback" not in res.output


def test_cli_train_events_writes_a_model(gsr, tmp_path):
    out = tmp_path / "m.npz"
    res = CliRunner().invoke(main, ["train", "events", "--gsr", str(gsr), "--out", str(out), "--folds", "2"])
    assert res.exit_code == 0, res.output
    assert SentenceClassifier.from_bytes(out.read_bytes()).weights


def test_cli_bench_pipeline(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"text": "قصفت الطائرات بلدة حارم أمس.", "time": "Mon, 01 Oct 2018 09:11:45 GMT"}) + "\n", encoding="utf-8"
    )
    res = CliRunner().invoke(main, ["bench", "pipeline", "--corpus", str(corpus)])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["articles"] == 1
