"""The GSR second reading (benchmarks/gsr_second_reading.py): its committed rows and its weighted estimator."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).parents[1]


def _module() -> ModuleType:
    """The benchmark script, loaded by path (benchmarks/ is no package)."""
    spec = importlib.util.spec_from_file_location("gsr_second_reading", ROOT / "benchmarks" / "gsr_second_reading.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_rows_are_complete_and_cells_match_their_confidence() -> None:
    mod = _module()
    for t, quota in mod.QUOTA.items():
        rows = [json.loads(line) for line in (ROOT / "benchmarks" / "data" / f"gsr_second_reading_{t}.jsonl").open()]
        assert sorted(r["n"] for r in rows) == list(range(sum(quota.values())))
        assert {c: sum(r["cell"] == c for r in rows) for c in quota} == quota
        for r in rows:
            assert r["cell"] == mod.cell(r["conf"] >= mod.FLOOR, r["gold"])
            assert r["event"] in ("yes", "no", "unsure")
            assert (r["background"] is None) == (r["event"] != "yes")


def test_weighted_estimate_against_the_gsr_reproduces_the_cross_validated_figures() -> None:
    """Weighting each cell's draw back to the cell's size must give the CV figures of the whole dev half."""
    report = _module().score()
    assert report["ASSAULT"]["GSR labels"] == {"precision": 0.515, "recall": 0.738, "f1": 0.606}
    assert report["PROTEST"]["GSR labels"] == {"precision": 0.463, "recall": 0.532, "f1": 0.495}
    assert report["ASSAULT"]["second reading (yes)"]["precision"] > 0.85
