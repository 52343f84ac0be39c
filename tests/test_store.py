"""The SQLite store: migrations, idempotent ingest, full-text search, runs and history, queries."""

from __future__ import annotations

import json
import sqlite3

import pytest
from test_store_support import ALEPPO, FakeNLP, event

from marsad.corroborate.run import corroborate
from marsad.store import Filters, Store, StoreError, incident_detail, process, query_incidents, search
from marsad.store.migrations import MIGRATIONS

TEXT_A = "اندلعت اشتباكات عنيفة في مدينة حارم بريف إدلب بين قوات الحكومة وهيئة تحرير الشام، وقتل خمسة مقاتلين."
TEXT_B = "قال المرصد السوري إن اشتباكات دارت في حارم أمس وأسفرت عن مقتل سبعة عناصر من الطرفين."
TEXT_C = "شهدت مدينة حَلَب قصفا مدفعيا، فيما خرجت مظاهرة بحلب الشرقية."


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "t.db") as s:
        yield s


def test_migrations_are_named_and_idempotent(tmp_path):
    path = tmp_path / "m.db"
    Store(path).close()
    with Store(path) as s:
        names = [r[0] for r in s.conn.execute("SELECT name FROM migrations ORDER BY name")]
        assert names == [n for n, _ in MIGRATIONS]
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_not_a_database(tmp_path):
    bad = tmp_path / "junk.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError):
        Store(bad)


def test_ingest_is_idempotent_by_content_hash(store):
    recs = [{"id": "a", "text": TEXT_A, "published": "2025-10-21"}, {"id": "b", "text": TEXT_B, "source": "SOHR"}]
    first = store.add_records(recs)
    again = store.add_records([dict(r) for r in recs] + [{"id": "a-copy", "text": TEXT_A + "\n"}])
    assert (first.added, first.duplicates) == (2, 0)
    assert again.added == 0 and again.duplicates == 3  # whitespace alone does not make a new document
    assert store.count("documents") == 2
    row = store.conn.execute("SELECT * FROM documents WHERE ext_id = 'a'").fetchone()
    assert row["published"] == "2025-10-21" and row["lang"] == "ar" and row["norm_text"] and row["retrieved"]


def test_rfc822_dates_and_bad_records(store):
    errors = []
    stats = store.add_records(
        [{"id": "x", "text": TEXT_A, "published": "Mon, 01 Oct 2018 09:11:45 GMT"}, {"id": "y", "text": "   "},
         {"id": "z", "text": 5}],
        on_error=errors.append,
    )  # fmt: skip
    assert stats.added == 1 and stats.errors == 2 and len(errors) == 2
    assert store.conn.execute("SELECT published FROM documents").fetchone()[0] == "2018-10-01"


def test_search_finds_diacritics_and_clitics(store):
    store.add_records([{"id": "c", "text": TEXT_C}, {"id": "a", "text": TEXT_A}])
    hits = search(store, "حلب")
    assert [h.uid for h in hits] and len(hits) == 1
    assert "حَلَب" in hits[0].snippet
    assert TEXT_C[hits[0].start : hits[0].end] == "حَلَب"
    assert len(search(store, "إدلب")) == 1  # hamza form in the query is normalised too
    assert search(store, "دمشق") == []
    assert len(search(store, "في")) == 2  # short queries fall back to LIKE


def harim_events(text):
    if "حارم" not in text:
        return []
    best = 5 if "خمسة" in text else 7
    i = text.index("حارم")
    return [event("e1", best=best, loc_at=i)]


def test_run_keeps_history_and_serves_newest(store):
    store.add_records([{"id": "a", "text": TEXT_A, "source": "Sky"}, {"id": "b", "text": TEXT_B, "source": "SOHR"},
                       {"id": "c", "text": TEXT_C}])  # fmt: skip
    r1 = process(store, FakeNLP("1", harim_events))
    assert r1.processed == 3
    assert process(store, FakeNLP("1", harim_events)).processed == 0  # nothing left for this version
    r2 = process(store, FakeNLP("2", harim_events))
    assert r2.processed == 3
    assert store.count("runs") == 3
    assert store.conn.execute("SELECT count(*) FROM results").fetchone()[0] == 6  # history kept
    runs = store.conn.execute("SELECT config, versions FROM runs ORDER BY id").fetchall()
    assert json.loads(runs[0]["config"])["steps"][0]["config"]["version"] == "1"
    assert "marsad" in json.loads(runs[0]["versions"])
    current = {r[0] for r in store.conn.execute("SELECT DISTINCT current_run FROM documents")}
    assert len(current) == 1 and current != {None}
    stats = corroborate(store)
    assert stats.events == 2 and stats.incidents == 1 and stats.cross_source_incidents == 1
    inc = query_incidents(store, Filters())[0]
    assert inc["fatalities"] == 5 and inc["fat_high"] == 7 and inc["n_sources"] == 2
    assert "disagree" in inc["notes"]
    detail = incident_detail(store, inc["uid"])
    assert len(detail["reports"]) == 2
    for rep in detail["reports"]:
        assert rep["claims"] and rep["claims"][0]["quote"] in (TEXT_A, TEXT_B)
    doc = store.stored_document(detail["reports"][0]["document"])
    assert doc is not None and doc.events and doc.text[doc.events[0].location.start :].startswith("حارم")


def test_query_filters(store):
    store.add_records([{"id": "a", "text": TEXT_A, "source": "Sky"}, {"id": "c", "text": TEXT_C, "source": "BBC"}])

    def evs(text):
        if "حارم" in text:
            return [event("e1", best=5, loc_at=text.index("حارم"))]
        return [event("e1", etype="Explosions/Remote violence", sub="Shelling/artillery/missile attack", date="2025-09-01",
                      actor2=None, where=ALEPPO, loc_text="حَلَب", loc_at=text.index("حَلَب"))]  # fmt: skip

    process(store, FakeNLP("1", evs))
    corroborate(store)

    def uids(**kw):
        return {r["location"] for r in query_incidents(store, Filters(**kw))}

    assert uids() == {"Harim", "Aleppo"}
    assert uids(date_from="2025-10-01") == {"Harim"}
    assert uids(date_to="2025-09-30") == {"Aleppo"}
    assert uids(country="SY") == uids(country="syria") == {"Harim", "Aleppo"}
    assert uids(admin1="Idlib") == {"Harim"}
    assert uids(bbox=(36.9, 36.0, 37.3, 36.4)) == {"Aleppo"}
    assert uids(type="Shelling/artillery/missile attack") == uids(type="Explosions/Remote violence") == {"Aleppo"}
    assert uids(actor="tahrir") == {"Harim"}
    assert uids(source="BBC") == {"Aleppo"}
    assert uids(q="حلب") == {"Aleppo"}
    assert uids(country="YE") == set()


def test_store_is_a_plain_sqlite_file(tmp_path):
    with Store(tmp_path / "p.db") as s:
        s.add_records([{"text": TEXT_A}])
    conn = sqlite3.connect(tmp_path / "p.db")
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
