"""The independent geocoder set is well-formed: exact offsets, every field present. No quality floor."""

from __future__ import annotations

import json
from pathlib import Path

from marsad.gazetteer.evaluate import read_gold

PATH = Path(__file__).parent / "data" / "geo_independent.jsonl"
FIELDS = ("text", "mention", "start", "end", "name", "iso2", "admin1", "lat", "lon", "level", "kind", "source",
          "expected_from")
LEVELS = {"populated_place", "admin3", "admin2", "admin1", "country", "region"}


def test_rows_are_well_formed() -> None:
    rows = [json.loads(line) for line in PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 120
    for r in rows:
        assert all(k in r for k in FIELDS), r
        assert r["text"][r["start"] : r["end"]] == r["mention"]
        assert len(r["iso2"]) == 2 and r["iso2"].isupper()
        assert r["level"] in LEVELS
        assert (r["lat"] is None) == (r["lon"] is None)
        assert r["source"].startswith(("ant:", "gsr:"))
        assert r["expected_from"].split(":")[0] in {"gn", "c", "oc", "sy", "x"}


def test_covers_the_focus_countries_and_kinds() -> None:
    rows = read_gold(PATH)
    assert {"SY", "IQ", "YE", "LB", "PS", "LY", "SD"} <= {r["iso2"] for r in rows}
    kinds = {k for r in rows for k in r["kind"].split(",")}
    assert {"clitic", "direction", "rif", "homonym", "missing"} <= kinds
