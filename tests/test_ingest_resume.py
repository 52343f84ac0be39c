"""A killed ingest, restarted, finishes with nothing lost or doubled (SIGKILL mid-way)."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time

from click.testing import CliRunner

from marsad.cli import main

N = 400
BATCH = 10
SLOW_INGEST = """
import sys, time
from marsad.ingest.collect import collect
from marsad.store import Store

def slow():
    for rec in collect([sys.argv[1]]):
        time.sleep(0.01)
        yield rec

with Store(sys.argv[2]) as store:
    store.add_records(slow(), batch_size=int(sys.argv[3]))
"""


def count(db) -> int:
    conn = sqlite3.connect(db, timeout=10)
    try:
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()


def test_killed_ingest_resumes_without_loss_or_doubles(tmp_path):
    src = tmp_path / "docs.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for i in range(N):
            fh.write(json.dumps({"id": f"d{i}", "text": f"تقرير رقم {i}: قصف على بلدة حارم وسقوط {i % 7} قتلى."},
                                ensure_ascii=False) + "\n")  # fmt: skip
    db = tmp_path / "k.db"
    proc = subprocess.Popen([sys.executable, "-c", SLOW_INGEST, str(src), str(db), str(BATCH)])
    try:
        deadline = time.monotonic() + 60
        while count(db) < 2 * BATCH:
            assert proc.poll() is None, "the ingest ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    partial = count(db)
    assert 0 < partial < N and partial % BATCH == 0  # only whole batches were committed

    res = CliRunner().invoke(main, ["ingest", str(src), "--db", str(db), "--batch-size", str(BATCH)])
    assert res.exit_code == 0, res.output
    assert f"added {N - partial}, already stored {partial}" in res.output
    conn = sqlite3.connect(db)
    counts = "SELECT count(*), count(DISTINCT content_hash), count(DISTINCT ext_id) FROM documents"
    assert conn.execute(counts).fetchone() == (N, N, N)
    conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")  # raises when out of step
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
