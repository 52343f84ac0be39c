"""The output contract and the exports as an analyst imports them (audit 16): typed booleans in the
store's JSON, ACLED CSV rows that parse, stable incident ids, one timestamp a file, and a schema
that refuses what DESIGN.md §3 rules out."""

from __future__ import annotations

import copy
import csv
import datetime as dt
import io
import json
from types import SimpleNamespace

import jsonschema
import pytest
from click.testing import CliRunner
from test_store_support import FakeNLP, event

from marsad.cli import main
from marsad.corroborate.run import corroborate
from marsad.export.acled import ACLED_COLUMNS, write_acled_csv
from marsad.model import Document
from marsad.schema import validate
from marsad.store import Store, process

TEXTS = {"a": "اشتباكات في حارم بين الجيش والهيئة.", "b": "قصف على حارم أمس."}


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "c.db"
    with Store(path) as s:
        s.add_records([{"id": k, "text": t, "source": "Sky", "published": "2025-10-22"} for k, t in TEXTS.items()])
        process(s, FakeNLP("1", lambda text: [event("e1", date="2025-10-21" if "اشتباكات" in text else "2025-10-01")]))
        corroborate(s)
    return str(path)


def run(*args):
    res = CliRunner().invoke(main, list(args))
    assert res.exit_code == 0, res.output
    return res.output


def test_store_json_exports_say_civilian_targeting_as_a_boolean(db, tmp_path):
    """SQLite keeps 0/1; marsad/1 and Parquet say false/true, so JSONL and GeoJSON must too."""
    run("export", "--db", db, "--format", "jsonl", "-o", str(tmp_path / "i.jsonl"))
    run("export", "--db", db, "--format", "geojson", "-o", str(tmp_path / "i.geojson"))
    rows = [json.loads(x) for x in (tmp_path / "i.jsonl").read_text(encoding="utf-8").splitlines()]
    feats = json.loads((tmp_path / "i.geojson").read_text(encoding="utf-8"))["features"]
    listed = json.loads(run("events", "--db", db, "--format", "json"))
    shown = json.loads(run("show", rows[0]["uid"], "--db", db, "--format", "json"))
    values = [r["civilian_targeting"] for r in rows] + [f["properties"]["civilian_targeting"] for f in feats]
    values += [r["civilian_targeting"] for r in listed] + [shown["civilian_targeting"]]
    assert values and all(v is False for v in values)


def test_store_acled_ids_are_the_incident_ids_and_survive_a_filter(db, tmp_path):
    """event_id_cnty was the row's rank in the file, so a filtered or later export renumbered it."""
    run("export", "--db", db, "--format", "acled-csv", "-o", str(tmp_path / "all.csv"))
    run("export", "--db", db, "--format", "acled-csv", "--from", "2025-10-15", "-o", str(tmp_path / "some.csv"))
    every = list(csv.DictReader(io.StringIO((tmp_path / "all.csv").read_text(encoding="utf-8"))))
    some = list(csv.DictReader(io.StringIO((tmp_path / "some.csv").read_text(encoding="utf-8"))))
    uids = {json.loads(x)["uid"] for x in run("events", "--db", db, "--format", "jsonl").splitlines()}
    assert len(every) == 2 and len(some) == 1
    assert {r["event_id_cnty"] for r in every} == {f"SYR-{u}" for u in uids}
    assert some[0]["event_id_cnty"] in {r["event_id_cnty"] for r in every if r["event_date"] == "2025-10-21"}


def acled(ev, n=1):
    docs = [Document(text="", id=f"d{i}", published="2025-10-22", events=(ev,)) for i in range(n)]
    buf = io.StringIO()
    assert write_acled_csv(docs, buf) == n
    rows = list(csv.reader(io.StringIO(buf.getvalue(), newline="")))
    assert [len(r) for r in rows] == [31] * (n + 1) and tuple(rows[0]) == ACLED_COLUMNS
    return [dict(zip(ACLED_COLUMNS, r, strict=True)) for r in rows[1:]]


def test_a_carriage_return_in_a_cell_does_not_split_the_acled_row():
    """csv.writer leaves a lone CR unquoted under a "\\n" terminator; every reader breaks the row there."""
    got = acled(event("e1", actor1='جيش "الإسلام", فرع\rدمشق', sources=("Sky\r\nNews",)))
    assert got[0]["actor1"] == 'جيش "الإسلام", فرع\nدمشق' and got[0]["source"] == "Sky\nNews"


def test_acled_rows_of_one_file_share_one_timestamp(monkeypatch):
    """A clock read per row gave the rows of one export different timestamps."""
    import marsad.export.acled as mod

    real = dt.datetime
    ticks = iter(range(1_800_000_000, 1_800_000_100))

    class Clock:
        @staticmethod
        def now(tz=None):
            return real.fromtimestamp(next(ticks), tz)

    monkeypatch.setattr(mod, "dt", SimpleNamespace(datetime=Clock, UTC=dt.UTC))
    got = acled(event("e1"), n=3)
    assert len({r["timestamp"] for r in got}) == 1 and got[0]["timestamp"].isdigit()


def test_extract_csv_rows_name_their_document_and_event(tmp_path):
    """SYR1, SYR2… said nothing of where a row came from: 200 articles in, no way back to the evidence."""
    e1, e2 = event("e1"), event("e2")
    docs = [Document(text="", id="a", events=(e1, e2)), Document(text="", events=(e1,)), Document(text="", id="a", events=(e1,))]
    buf = io.StringIO()
    write_acled_csv(docs, buf)
    ids = [r["event_id_cnty"] for r in csv.DictReader(io.StringIO(buf.getvalue()))]
    assert ids == ["SYR-a-e1", "SYR-a-e2", "SYR3", "SYR-a-e1-4"]
    f = tmp_path / "in.jsonl"
    rec = {"docno": "SK-1", "time": "Mon, 01 Oct 2018 09:11:45 GMT", "text": "اندلعت اشتباكات في مدينة حارم بين الجيش والمسلحين."}
    f.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(run("extract", "--input", str(f), "--format", "acled-csv"))))
    docs_json = json.loads(run("extract", "--input", str(f)).splitlines()[0])
    assert [r["event_id_cnty"] for r in rows] == [f"SYR-SK-1-{e['id']}" for e in docs_json["events"]] != []


@pytest.fixture(scope="module")
def good(seed_doc):
    d = seed_doc.to_dict()
    validate(d)
    return d


def bad(doc, where, key, value):
    d = copy.deepcopy(doc)
    where(d)[key] = value
    with pytest.raises(jsonschema.ValidationError):
        validate(d)


def test_schema_pairs_event_types_with_their_sub_types_and_disorder(good):
    ev = lambda d: d["events"][0]  # noqa: E731
    bad(good, ev, "sub_event_type", "Armed clash" if ev(good)["event_type"] != "Battles" else "Arrests")
    bad(good, ev, "disorder_type", "Strategic developments")


def test_schema_refuses_a_date_that_is_not_iso_and_an_interaction_acled_has_not(good):
    ev = lambda d: d["events"][0]  # noqa: E731
    bad(good, ev, "event_date", "22/10/2025")
    bad(good, ev, "interaction", 72)  # ACLED writes the lower code first: 27
    bad(good, lambda d: d["claims"][0], "date", "الأربعاء")


def test_schema_requires_every_field_design_lists_and_keeps_coordinates_on_earth(good):
    d = copy.deepcopy(good)
    del d["events"][0]["inter1"]
    with pytest.raises(jsonschema.ValidationError):
        validate(d)
    bad(good, lambda d: d["places"][0], "lat", 136.5)
    bad(good, lambda d: d["events"][0]["location"], "lon", 200.0)


def test_text_a_spreadsheet_would_run_as_a_formula_is_written_as_text():
    """A feed title or a post's handle in the source cell ran as a formula when the CSV was opened in Excel."""
    ev = event("e1", actor1="=HYPERLINK(\"http://x\")", sources=("@SyriaCivilDef", "-قناة", "+1"))
    got = acled(ev)[0]
    assert got["actor1"] == "'=HYPERLINK(\"http://x\")"
    assert got["source"] == "'@SyriaCivilDef; -قناة; +1"
    assert got["latitude"] == "" or not got["latitude"].startswith("'")


def test_numbers_and_plain_text_cells_are_unchanged():
    from marsad.export.acled import csv_cell

    assert csv_cell(-3.25) == -3.25 and csv_cell(0) == 0 and csv_cell("Idlib") == "Idlib"
    assert csv_cell("\tx") == "'\tx" and csv_cell("a\rb") == "a\nb"
