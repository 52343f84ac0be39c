"""`marsad demo` fills the store with the bundled samples, and `marsad run` from the CLI."""

from __future__ import annotations

import json
import sqlite3

from click.testing import CliRunner

from marsad.cli import main
from marsad.cli.store import sample_records
from marsad.store import Store


def test_samples_are_self_written_and_dated():
    recs = sample_records()
    assert len(recs) >= 2 and all(r["published"] and r["text"].strip() for r in recs)
    assert any(r["id"] == "seed-harem-2025-10-22" for r in recs)


def test_demo_ingests_samples_and_prints_incidents(tmp_path):
    db, out = tmp_path / "demo.db", tmp_path / "demo.json"
    runner = CliRunner()
    res = runner.invoke(main, ["demo", "-o", str(out), "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == "seed-harem-2025-10-22"
    assert f"store {db}" in res.output and "incidents" in res.output
    n = len(sample_records())
    assert sqlite3.connect(db).execute("SELECT count(*) FROM documents").fetchone()[0] == n
    again = runner.invoke(main, ["demo", "-o", str(out), "--db", str(db)])
    assert f"0 documents added ({n} already there), 0 extracted" in again.output
    run = runner.invoke(main, ["run", "--db", str(db)])
    assert run.exit_code == 0 and json.loads(run.output)["processed"] == 0


def test_run_all_reprocesses_and_keeps_history(tmp_path):
    db = str(tmp_path / "r.db")
    runner = CliRunner()
    (tmp_path / "a.txt").write_text("قتل ثلاثة مدنيين في قصف على بلدة حارم في ريف إدلب.", encoding="utf-8")
    assert runner.invoke(main, ["ingest", str(tmp_path / "a.txt"), "--db", db]).exit_code == 0
    assert json.loads(runner.invoke(main, ["run", "--db", db, "--no-corroborate"]).output)["processed"] == 1
    assert json.loads(runner.invoke(main, ["run", "--db", db, "--all"]).output)["processed"] == 1
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM results").fetchone()[0] == 2
    newest = conn.execute("SELECT max(id) FROM runs").fetchone()[0]
    assert conn.execute("SELECT current_run FROM documents").fetchone()[0] == newest


def test_run_with_workers_matches_one_process(tmp_path):
    runner = CliRunner()
    dbs = []
    for workers in ("1", "2"):
        db = str(tmp_path / f"w{workers}.db")
        with Store(db) as store:
            store.add_records(sample_records())
        res = runner.invoke(main, ["run", "--db", db, "--workers", workers])
        assert res.exit_code == 0, res.output
        dbs.append(db)

    def events(db):
        conn = sqlite3.connect(db)
        sql = "SELECT d.uid, e.event_id, e.event_type, e.event_date FROM events e JOIN documents d ON d.id = e.doc_id"
        return sorted(conn.execute(sql))

    assert events(dbs[0]) == events(dbs[1])
