"""Pipeline building, config round trip, language handling and the public API."""

from __future__ import annotations

import pytest

import marsad
from marsad import InputError, Pipeline, PipelineError
from marsad.registry import component


def test_public_api_all():
    for name in marsad.__all__:
        assert hasattr(marsad, name), name


def test_missing_prerequisite_named_at_build_time():
    @component("test.needs_places.v1", requires=("places",), assigns=("events",))
    def make():
        return lambda doc: doc

    with pytest.raises(PipelineError, match="requires places"):
        Pipeline(["marsad.tokenizer.v1", "test.needs_places.v1"])


def test_unknown_component():
    with pytest.raises(PipelineError, match="unknown component"):
        Pipeline(["marsad.nope.v9"])


def test_config_round_trip():
    nlp = Pipeline.load()
    again = Pipeline.from_config(nlp.config())
    assert again.names == nlp.names


def test_bad_published_date():
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        Pipeline.load()("نص", published="22/10/2025")


def test_english_is_processed_as_far_as_supported():
    doc = Pipeline.load()("Security forces stormed the camp in Harem on Tuesday.", published="2025-10-22")
    assert doc.lang == "en"
    assert doc.tokens
    # components without English support say so instead of failing
    for note in doc.skipped:
        assert "not run for language 'en'" in note


def test_pipe_streams_in_order_and_reports_bad_records():
    nlp = Pipeline.load()
    recs = [{"id": "a", "text": "قصف"}, {"id": "b"}, "نص", {"id": "d", "text": "x", "published": "bad"}]
    out = list(nlp.pipe(recs, batch_size=2, on_error="yield"))
    assert out[0].id == "a"
    assert isinstance(out[1], InputError) and "record 2" in str(out[1])
    assert out[2].text == "نص"
    assert isinstance(out[3], InputError)


def test_empty_and_whitespace_documents_are_valid_and_empty():
    nlp = Pipeline.load()
    for text in ("", "   \n\t "):
        doc = nlp(text)
        assert doc.entities == () and doc.events == ()
