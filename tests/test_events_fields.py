"""The date and death judgements (benchmarks/data/events_fields_*.jsonl) stay well formed and point at their triggers."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

FILES = sorted((Path(__file__).resolve().parents[1] / "benchmarks" / "data").glob("events_fields_*.jsonl"))
KEYS = {"sample", "seed", "docno", "published", "trigger", "trigger_start", "sub_event_type", "location",
        "expected_from", "expected_to", "expected_fatalities", "unsure", "note", "drawn_event_date",
        "drawn_time_precision", "drawn_fatalities"}  # fmt: skip


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_there_are_two_samples_of_a_hundred() -> None:
    assert [p.stem for p in FILES] == ["events_fields_F1", "events_fields_F2"]
    assert all(len(_rows(p)) == 100 for p in FILES)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_rows_are_well_formed(path: Path) -> None:
    for r in _rows(path):
        assert set(r) == KEYS
        if r["expected_from"] is not None:
            start, end, pub = (dt.date.fromisoformat(r[k]) for k in ("expected_from", "expected_to", "published"))
            assert start <= end <= pub, r["docno"]
        assert r["expected_fatalities"] is None or r["expected_fatalities"] >= 0
        assert isinstance(r["unsure"], bool) and r["note"]


def test_each_trigger_lies_at_its_offset(shared_data: Path) -> None:
    texts = {}
    for line in (shared_data / "corpus" / "ant_middle_east_3000.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        texts[rec["docno"]] = rec["text"]
    for path in FILES:
        for r in _rows(path):
            start = r["trigger_start"]
            assert texts[r["docno"]][start:start + len(r["trigger"])] == r["trigger"], (path.stem, r["docno"], start)
