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


def test_training_on_judged_samples_holds_out_pairs_and_measures_on_another(shared_data):
    """`marsad train calibration` end to end on three of the saved samples (no model written): the
    CV holds out the pair A/B, then C, choosing the L2 inside the other."""
    from marsad.events.calibrate_train import train_calibration

    corpus = shared_data / "corpus" / "ant_middle_east_3000.jsonl"
    report = train_calibration(["A", "B", "C"], ["D"], corpus=corpus, out=None, l2=(1.0, 3.0))
    assert report["train_events"] > 100 and report["test_events"] > 30
    assert report["cv_by"] == "sample pair" and set(report["cv_by_pair"]) == {"A/B", "C"}
    assert all(v["l2"] in (1.0, 3.0) for v in report["cv_by_pair"].values())
    assert 0.0 <= report["test_auc"] <= 1.0 and report["cv_at_floors"][0]["floor"] == 0.0
    assert [f["floor"] for f in report["cv_at_floors"]] == [0.0, 0.2, 0.25, 0.3, 0.4, 0.5]


def test_samples_pair_in_the_order_named():
    from marsad.events.calibrate_train import sample_pairs

    assert sample_pairs(["A", "B", "C", "D", "AA"]) == {"A": "A/B", "B": "A/B", "C": "C/D", "D": "C/D", "AA": "AA"}


def _synthetic_rows(n: int = 120):
    """Rows whose label follows feature "good" and a frequent word; a rare word is noise."""
    rows = []
    for i in range(n):
        y = int(i % 3 != 0)
        f = {"bias": 1.0, "good": float(y if i % 5 else 1 - y), "w=قال": float(not y and i % 2 == 0)}
        if i == 7:
            f["w=نادر"] = 1.0
        rows.append(("ABCD"[i % 4], f"d{i}", f, y))
    return rows


def test_fit_keeps_words_seen_often_enough_and_learns_their_sign():
    from marsad.events.calibrate_train import fit

    rows = _synthetic_rows()
    model = fit(rows, l2=1.0, min_count=3)
    assert "w=نادر" not in model.weights and model.weights["w=قال"] < 0 < model.weights["good"]
    assert "w=نادر" in fit(rows, l2=1.0, min_count=1).weights
    # a stronger penalty shrinks the words more than the closed features
    shrunk = fit(rows, l2=1.0, min_count=3, word_l2=20.0)
    assert abs(shrunk.weights["w=قال"]) < abs(model.weights["w=قال"])


def test_pair_cv_scores_every_row_from_a_model_that_never_saw_its_pair():
    from marsad.events.calibrate_train import auc, pair_cv, sample_pairs

    rows = _synthetic_rows()
    pairs = sample_pairs(["A", "B", "C", "D"])
    scores, chosen = pair_cv(rows, pairs, (0.3, 3.0))
    assert len(scores) == len(rows) and set(chosen) == {"A/B", "C/D"}
    assert auc(scores, [r[3] for r in rows]) > 0.7
    # the held-out pair's rows do not change the scores a model fitted without them gives
    flipped = [(s, d, f, 1 - y) if pairs[s] == "A/B" else (s, d, f, y) for s, d, f, y in rows]
    again, _ = pair_cv(flipped, pairs, (3.0,))
    fixed, _ = pair_cv(rows, pairs, (3.0,))
    assert [a for a, r in zip(again, rows, strict=True) if pairs[r[0]] == "A/B"] == \
        [a for a, r in zip(fixed, rows, strict=True) if pairs[r[0]] == "A/B"]


def test_context_features_read_the_trigger_clause_and_the_place_source(raw_doc):
    ev = raw_doc.events[0]
    f = features(raw_doc, ev, 0, len(raw_doc.events))
    words = {k for k in f if k.startswith("w=")}
    assert words and all(" " not in k for k in words)
    assert sum(f[k] for k in f if k.startswith("psrc=")) == 1.0
    assert 0.0 <= f["same_day"] <= 1.0 and f["lead"] == 1.0


def test_bad_l2_values_are_a_clear_error():
    from click.testing import CliRunner

    from marsad.cli.app import main

    got = CliRunner().invoke(main, ["train", "calibration", "--l2", "a,b", "--dry-run"])
    assert got.exit_code == 2 and "--l2" in got.output


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


def test_a_candidate_under_the_extractors_floor_stays_only_at_the_rescue_probability(raw_doc):
    """Candidates (BELOW_FLOOR in their notes) need `rescue`; the other events only `floor`; without a model none stays."""
    from marsad.events.assemble import BELOW_FLOOR

    first, second = raw_doc.events[0], raw_doc.events[1]
    doc = raw_doc.replace(events=(first, replace(second, notes=second.notes + BELOW_FLOOR)))
    sure = Calibrator({"bias": 5.0})  # p ~ 0.99 for every event
    doubtful = Calibrator({"bias": 0.0})  # p = 0.5
    assert len(calibrate(doc, sure).events) == 2
    assert len(calibrate(doc, doubtful, rescue=0.6).events) == 1
    kept = calibrate(doc, None)
    assert [e.trigger.text for e in kept.events] == [first.trigger.text] and kept.events[0].id == "e1"


def test_the_extractor_passes_weaker_events_on_only_as_marked_candidates():
    from marsad.events.assemble import BELOW_FLOOR

    steps = [s for s in DEFAULT_STEPS if s != "marsad.calibrate.v1"]
    text = "وقالت مصادر إن اشتباكات اندلعت في المنطقة."
    plain = Pipeline(steps)(text, published="2025-10-22")
    wide_steps = [(s, {"candidate_floor": 0.0}) if s == "marsad.events.v1" else s for s in steps]
    wide = Pipeline(wide_steps)(text, published="2025-10-22")
    assert all(BELOW_FLOOR not in e.notes for e in plain.events)
    extra = [e for e in wide.events if BELOW_FLOOR in e.notes]
    assert len(wide.events) == len(plain.events) + len(extra)
    assert extra and all(e.confidence < 0.45 for e in extra)
