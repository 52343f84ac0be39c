"""Properties of the store: what goes in comes back, and search spans are real spans of the text."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.store import Store, search
from marsad.store.search import snippet
from marsad.text.normalize import clean, normalize

WORDS = ["حَلَب", "بحلب", "إدلب", "الرَّقَّة", "قصف", "مقتل", "ثلاثة", "٣", "أمس", "ـــ", "\u200f", "Aleppo", "،", "."]
texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=30).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, query=st.sampled_from(["حلب", "حَلَب", "ادلب", "الرقة", "قصف مقتل", "aleppo", "3"]))
def test_snippet_spans_are_real(text, query):
    nq = " ".join(normalize(query).split())
    _, start, end = snippet(text, nq)
    if nq in normalize(text):
        assert normalize(text[start:end]) == nq
    else:
        assert (start, end) == (0, 0)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(docs=st.lists(texts, min_size=1, max_size=6))
def test_round_trip_and_search(docs):
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "p.db") as store:
        store.add_records([{"text": t} for t in docs])
        store.add_records([{"text": t} for t in docs])  # idempotent
        distinct = {" ".join(clean(t).split()) for t in docs if clean(t).strip()}
        assert store.count("documents") == len(distinct)
        for row in store.conn.execute("SELECT uid, text FROM documents"):
            assert store.stored_document(row["uid"]).text == row["text"]
        expected = sum(1 for t in distinct if "حلب" in normalize(t))
        assert len(search(store, "حَلَب", limit=100)) == expected
