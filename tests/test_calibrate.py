"""Event calibration: a probability per event, a floor that keeps claims and ids consistent, and the
judged-sample matching it is trained on."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from marsad.events.calibrate import Calibrator, _copies, _lexicon_entry, calibrate, features, load_calibrator
from marsad.events.judged import carry, load_judged, match
from marsad.pipeline import DEFAULT_STEPS, Pipeline

TEXT = (
    "قتل خمسة مدنيين في غارة جوية على بلدة كفرنبل في ريف إدلب الجنوبي فجر اليوم، بحسب المرصد السوري لحقوق الإنسان. "
    "واعتقلت قوات الأمن عشرة أشخاص في مدينة حماة أمس."
)


@pytest.fixture(scope="module")
def raw_doc():
    return Pipeline([s for s in DEFAULT_STEPS if s != "marsad.calibrate.v1"])(TEXT, published="2025-10-22")


def test_the_shipped_model_loads_and_gives_probabilities(raw_doc):
    model = load_calibrator()
    assert model is not None and "bias" in model.weights
    doc = calibrate(raw_doc, model)
    assert len(doc.events) == len(raw_doc.events) >= 2
    for before, after in zip(raw_doc.events, doc.events, strict=True):
        assert 0.0 < after.confidence < 1.0
        assert f"extractor score {before.confidence:.4f}" in after.notes
    # calibrating twice reads the extractor's score back from the notes: same result
    again = calibrate(doc, model)
    assert [e.confidence for e in again.events] == [e.confidence for e in doc.events]
    assert again.events[0].notes.count("| calibration:") == 1


def test_a_floor_drops_events_and_renumbers_them_with_their_claims(raw_doc):
    first = raw_doc.events[0]
    model = Calibrator({"bias": -5.0, "first": 10.0})
    doc = calibrate(raw_doc, model, floor=0.5)
    assert [e.trigger.text for e in doc.events] == [first.trigger.text]
    assert doc.events[0].id == "e1"
    ids = {e.id for e in doc.events}
    assert all(set(c.events) <= ids for c in doc.claims)
    for e in doc.events:
        assert doc.text[e.trigger.start : e.trigger.end] == e.trigger.text


def test_features_name_what_the_extractor_knew(raw_doc):
    ev = raw_doc.events[0]
    f = features(raw_doc, ev, 0, len(raw_doc.events))
    assert f["bias"] == 1.0 and f["first"] == 1.0 and f[f"sub={ev.sub_event_type}"] == 1.0
    assert f["score"] == pytest.approx(ev.confidence)
    assert 0.0 <= f["classifier"] <= 1.0


def test_a_trigger_is_known_by_its_lexicon_word_not_its_spelling():
    assert _lexicon_entry("والغارات")[1] == _lexicon_entry("غارة")[1] == "air"
    assert _lexicon_entry("") == (None, None) and _lexicon_entry("مؤتمر") == (None, None)


def test_copies_mark_a_second_event_of_the_same_type_and_place(raw_doc):
    ev = raw_doc.events[0]
    twin = replace(ev, id="e9")
    f = _copies((ev, twin), twin, 1)
    assert f["same_sub_place_before"] == f["same_place_day_before"] == 1.0 and f["same_sub"] == pytest.approx(1 / 3)
    alone = _copies((ev,), ev, 0)
    assert not any(alone.values())


def test_the_default_pipeline_calibrates_and_min_confidence_filters(nlp):
    doc = nlp(TEXT, published="2025-10-22")
    assert doc.events and all("| calibration:" in e.notes for e in doc.events)
    strict = Pipeline.load(overrides={"marsad.calibrate.v1": {"floor": 0.99}})(TEXT, published="2025-10-22")
    assert not strict.events and all(not c.events for c in strict.claims)


def test_a_verdict_carries_over_only_while_it_still_applies():
    old = {"sub_event_type": "Armed clash", "location": "Harim", "verdict": "wrong", "error": "wrong_type",
           "right_type": "Attack"}
    assert carry(old, "Armed clash", "Harim") == "wrong_type"
    assert carry(old, "Attack", "Harim") == "right"
    assert carry(old, "Arrests", "Harim") is None
    assert carry({**old, "error": "duplicate"}, "Attack", "Idlib") == "duplicate"
    assert carry({**old, "verdict": "right", "error": None}, "Armed clash", "Idlib") is None


def test_judged_samples_load_and_match(tmp_path: Path, raw_doc):
    ev = raw_doc.events[0]
    line = {"seed": 1, "docno": "X-1-20251022", "published": "2025-10-22", "event_id": "e1", "trigger": ev.trigger.text,
            "trigger_start": ev.trigger.start, "sub_event_type": ev.sub_event_type,
            "location": ev.location.name if ev.location else None, "verdict": "right", "error": None}
    (tmp_path / "events_judged_Z.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "events_missed_Z.jsonl").write_text(json.dumps({"docno": "X-1-20251022"}) + "\n", encoding="utf-8")
    judged = load_judged(["Z"], tmp_path)
    got = match("X-1-20251022", raw_doc.events, judged)
    assert got[0][2] == "right" and all(v is None for _, _, v in got[1:])


def test_training_on_one_judged_sample_measures_on_another(shared_data):
    """`marsad train calibration` end to end on two of the saved samples (no model written)."""
    from marsad.events.calibrate_train import train_calibration

    corpus = shared_data / "corpus" / "ant_middle_east_3000.jsonl"
    report = train_calibration(["A"], ["B"], corpus=corpus, out=None)
    assert report["train_events"] > 50 and report["test_events"] > 50
    assert 0.0 <= report["test_auc"] <= 1.0 and report["cv_at_floors"][0]["floor"] == 0.0


def test_as_judged_counts_a_sample_as_its_judges_did(tmp_path):
    from marsad.events.judged import as_judged

    rows = [
        {"docno": "d1", "trigger_start": 1, "verdict": "right", "error": None, "confidence": 0.8,
         "actor1_ok": True, "actor2_ok": False},
        {"docno": "d1", "trigger_start": 9, "verdict": "wrong", "error": "duplicate", "confidence": 0.2},
        {"docno": "d2", "trigger_start": 4, "verdict": "wrong", "error": "not_incident", "confidence": 0.5},
    ]
    (tmp_path / "events_judged_Z.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    (tmp_path / "events_missed_Z.jsonl").write_text('{"docno": "d1", "missed": 2}\n{"docno": "d2", "missed": 0}\n',
                                                    encoding="utf-8")
    got = as_judged(["Z"], tmp_path)["samples"]["Z"]
    assert (got["events"], got["right"], got["precision"], got["missed"]) == (3, 1, 0.333, 2)
    assert got["errors"] == {"duplicate": 1, "not_incident": 1} and got["auc"] == 1.0
    assert got["at_floors"]["0.3"] == {"events": 2, "right": 1}
    assert (got["actors_judged"], got["actor1_right"], got["actor2_right"], got["both_right"]) == (1, 1, 0, 0)
