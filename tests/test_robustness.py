"""Bad input found by the QA sweep: each gives a result with exact spans, not a traceback or an hour."""

from __future__ import annotations

import json

import pytest

from marsad import Pipeline


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
