"""Exports from the store: ACLED CSV (31 columns), GeoJSON (RFC 7946, lon/lat), Parquet via DuckDB."""

from __future__ import annotations

import csv
import io
import json

import duckdb
import pytest
from click.testing import CliRunner
from test_store_support import ALEPPO, FakeNLP, event

from marsad.cli import main
from marsad.corroborate.run import corroborate
from marsad.export.acled import ACLED_COLUMNS
from marsad.store import Store, process

TEXTS = {
    "a": ("اشتباكات في حارم بين الجيش والهيئة وقتل خمسة.", "Sky"),
    "b": ("المرصد: مقتل سبعة في اشتباكات حارم.", "SOHR"),
    "c": ("قصف مدفعي على حلب دون إصابات.", "BBC"),
}


def evs(text):
    if "حارم" in text:
        return [event("e1", best=5 if "خمسة" in text else 7, loc_at=text.index("حارم"))]
    return [event("e1", etype="Explosions/Remote violence", sub="Shelling/artillery/missile attack", actor2=None,
                  where=ALEPPO, loc_text="حلب", loc_at=text.index("حلب"), best=0)]  # fmt: skip


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "e.db"
    with Store(path) as s:
        s.add_records([{"id": k, "text": t, "source": src, "published": "2025-10-22"} for k, (t, src) in TEXTS.items()])
        process(s, FakeNLP("1", evs))
        corroborate(s)
    return str(path)


def export(db, fmt, out):
    res = CliRunner().invoke(main, ["export", "--db", db, "--format", fmt, "-o", str(out)])
    assert res.exit_code == 0, res.output
    return out


def test_acled_csv(db, tmp_path):
    path = export(db, "acled-csv", tmp_path / "a.csv")
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert tuple(rows[0].keys()) == ACLED_COLUMNS and len(ACLED_COLUMNS) == 31
    harim = next(r for r in rows if r["location"] == "Harim")
    assert harim["fatalities"] == "5" and harim["iso"] == "760" and harim["country"] == "Syria"
    assert "Sky" in harim["source"] and "SOHR" in harim["source"] and "disagree" in harim["notes"]
    assert harim["event_id_cnty"].startswith("SYR")


def test_geojson_rfc7946(db, tmp_path):
    data = json.loads(export(db, "geojson", tmp_path / "g.geojson").read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and "crs" not in data and len(data["features"]) == 2
    for f in data["features"]:
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert 35 < lon < 38 and 36 < lat < 37  # Syria: lon first
        assert all(len(str(c).split(".")[-1]) <= 6 for c in (lon, lat))
        assert "lat" not in f["properties"] and f["id"] == f["properties"]["uid"]
    aleppo = next(f for f in data["features"] if f["properties"]["location"] == "Aleppo")
    assert aleppo["geometry"]["coordinates"] == [37.1343, 36.2021]


def test_parquet_readable_by_duckdb(db, tmp_path):
    path = export(db, "parquet", tmp_path / "i.parquet")
    con = duckdb.connect()
    rows = con.execute(f"SELECT location, fatalities, event_date, civilian_targeting FROM '{path}' ORDER BY location").fetchall()
    assert [r[0] for r in rows] == ["Aleppo", "Harim"] and rows[1][1] == 5
    types = {r[0]: r[1] for r in con.execute(f"DESCRIBE SELECT * FROM '{path}'").fetchall()}
    assert types["event_date"] == "DATE" and types["lat"] == "DOUBLE" and types["fatalities"] == "INTEGER"


def test_jsonl_and_queries_from_the_cli(db, tmp_path):
    path = export(db, "jsonl", tmp_path / "i.jsonl")
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 2
    harim = next(x for x in lines if x["location"] == "Harim")
    claims = harim["fatalities_claims"]
    assert claims["acled"] == 5 and claims["claimed_by"]["high"] == ["SOHR"] and len(claims["figures"]) == 2
    runner = CliRunner()
    res = runner.invoke(main, ["events", "--db", db, "--country", "SY", "--actor", "tahrir", "--format", "json"])
    assert res.exit_code == 0 and [r["location"] for r in json.loads(res.output)] == ["Harim"]
    uid = json.loads(res.output)[0]["uid"]
    shown = runner.invoke(main, ["show", uid, "--db", db])
    assert shown.exit_code == 0 and "Sky" in shown.output and "SOHR" in shown.output and "«" in shown.output
    assert runner.invoke(main, ["events", "--db", db, "--format", "csv"]).output.count("\n") == 3
    assert "Harim" in runner.invoke(main, ["events", "--db", db]).output
    found = runner.invoke(main, ["search", "حارم", "--db", db])
    assert found.exit_code == 0 and "(2 documents)" in found.output


def test_cli_errors_are_one_line(tmp_path, db):
    runner = CliRunner()
    for args in (["events", "--db", str(tmp_path / "none.db")], ["show", "inc-nope", "--db", db],
                 ["events", "--db", db, "--bbox", "1,2"], ["events", "--db", db, "--from", "yesterday"],
                 ["export", "--db", db, "--format", "parquet", "-o", "-"], ["search", "  ", "--db", db]):  # fmt: skip
        res = runner.invoke(main, args)
        assert res.exit_code == 2 and res.output.startswith("marsad: error:"), (args, res.output)
