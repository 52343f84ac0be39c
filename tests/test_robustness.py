"""Bad input found by the QA sweep: each gives a result with exact spans, not a traceback or an hour."""

from __future__ import annotations

import datetime as dt
import json
import time

import pytest

from marsad import Pipeline
from marsad.corroborate.rules import date_interval
from marsad.errors import InputError
from marsad.events.dates import find_dates
from marsad.events.stale import stale
from marsad.gazetteer.spelling import NearIndex
from marsad.ingest.decode import decode_bytes
from marsad.ingest.records import read_jsonl
from marsad.text import split_sentences
from marsad.text.sentences import MAX_SENTENCE


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline.load()


def assert_exact(doc) -> None:
    for kind, start, end, text in doc.spans():
        assert 0 <= start <= end <= len(doc.text), (kind, start, end)
        assert doc.text[start:end] == text, (kind, start, end, text)
    json.dumps(doc.to_dict(), ensure_ascii=False).encode("utf-8")


def test_digit_run_past_float_range_is_no_number(nlp):
    """309 digits are past float's range: int(float(s)) raised OverflowError in the toll reader."""
    assert_exact(nlp("قتل " + "9" * 309 + " شخصا", published="2018-06-01"))


@pytest.mark.parametrize("text", ["قصف حلب في يناير 0000", "قصف حلب في 5 يناير 0000"])
def test_year_zero_is_no_date(nlp, text):
    """A month of year 0 raised ValueError (dt.date) in the month reader."""
    assert find_dates(text, "2018-06-01") == []
    assert_exact(nlp(text, published="2018-06-01"))


@pytest.mark.parametrize("published", ["0001-01-01", "0001-01-31", "9999-12-31"])
@pytest.mark.parametrize("when", ["أمس", "الشهر الماضي", "الأحد", "قبل أسبوعين", "قبل 0 أسابيع", "غدا"])
def test_relative_dates_at_the_calendars_ends(nlp, published, when):
    """أمس of a report dated 0001-01-01 is before the calendar: no date rather than OverflowError."""
    assert_exact(nlp(f"قتل 5 مدنيين في غارة جوية على مدينة حلب {when}.", published=published))


def test_week_at_the_calendars_end_is_not_stale():
    assert stale("9999-12-31", 2, "9999-12-31") is False
    assert stale("2018-04-01", 2, "2018-06-01") is True


def test_date_interval_stops_at_the_calendars_ends():
    assert date_interval("0001-01-01", 1) == (dt.date(1, 1, 1), dt.date(1, 1, 2))
    assert date_interval("9999-12-31", 2) == (dt.date(9999, 12, 24), dt.date.max)
    assert date_interval("2018-06-15", 3) == (dt.date(2018, 5, 31), dt.date(2018, 7, 1))


def test_lone_surrogate_in_text(nlp):
    """Half an emoji (JSON's "\\ud83d") crashed the CRF tagger and every UTF-8 writer."""
    doc = nlp("قصف \ud83d حلب أمس وقتل 5 أشخاص", published="2018-06-01")
    assert doc.text == "قصف \ufffd حلب أمس وقتل 5 أشخاص"
    assert_exact(doc)


def test_lone_surrogates_in_jsonl_fields(tmp_path):
    path = tmp_path / "posts.jsonl"
    path.write_text('{"id": "a\\ud83d", "text": "قصف \\udcff حلب", "title": "t\\ud800"}\n', encoding="utf-8")
    (rec,) = read_jsonl(str(path))
    assert rec.pop("_where") == f"{path}:1"
    assert rec == {"id": "a\ufffd", "text": "قصف \ufffd حلب", "title": "t\ufffd"}


def test_endless_sentence_is_cut_at_whitespace():
    text = "قصف حلب " * 2000
    spans = split_sentences(text)
    assert len(spans) > 1 and all(0 < s.end - s.start <= MAX_SENTENCE for s in spans)
    assert all(text[s.start : s.end] == s.text for s in spans)
    word = "ق" * (MAX_SENTENCE + 10)
    assert [(s.start, s.end) for s in split_sentences(word)] == [(0, len(word))]


def test_near_index_skips_words_longer_than_any_key():
    index = NearIndex(["سوريا", "العراق"])
    assert index.near("سوريه") == {"سوريا"}
    assert index.near("ق" * 100_000) == set()


@pytest.mark.parametrize("text", ["قتل " * 4000, "قصف حلب " * 2000, "قصف" * 30000])
def test_keyword_runs_take_seconds(nlp, text):
    """A sentence of thousands of triggers or places with no end took minutes to hours (pairwise rules)."""
    t = time.perf_counter()
    doc = nlp(text, published="2018-06-01")
    assert time.perf_counter() - t < 60
    assert_exact(doc)


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
def test_arabic_utf16_without_bom_is_text(enc):
    """Arabic UTF-16 has a 0x06 byte in every letter and few NULs: it was refused as binary data."""
    text = "قصفت الطائرات بلدة حارم غربي إدلب أمس وقتل 5 أشخاص."
    assert decode_bytes(text.encode(enc)) == text
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)


def test_a_bad_date_on_a_jsonl_line_is_named_by_file_and_line(tmp_path, caplog) -> None:
    """extract refuses the record naming its line; ingest keeps the text, warns, and stores no date."""
    from marsad.cli.extract import extract_records
    from marsad.store.db import Store

    src = tmp_path / "r.jsonl"
    src.write_text('{"id": "b", "text": "نص قصير", "published": "2025-13-45"}\n', encoding="utf-8")
    out = list(extract_records(Pipeline.load(), read_jsonl(str(src))))
    assert len(out) == 1 and isinstance(out[0], InputError) and str(out[0]).startswith(f"{src}:1: published")
    with Store(":memory:") as store:
        stats = store.add_records(read_jsonl(str(src)))
        row = store.conn.execute("SELECT published FROM documents").fetchone()
    assert stats.added == 1 and row[0] is None
    assert f"{src}:1: published" in caplog.text
