"""Gazetteer word flags of the NER features (marsad/ner/placewords.py)."""

from __future__ import annotations

from marsad.ner.features import token_features
from marsad.ner.placewords import place_flags
from marsad.text import normalize


def test_place_flags_levels_and_multiword() -> None:
    flags = place_flags()
    assert "gzt" in flags[normalize("حلب")] or "gza" in flags[normalize("حلب")]
    assert "gzc" in flags[normalize("سوريا")]
    assert "gzB" in flags[normalize("دير")]
    assert normalize("في") not in flags


def test_flags_reach_clitic_cut_forms() -> None:
    own, ctx = token_features(normalize("بحلب"), "word", {})
    assert any(f.startswith("c1gz") for f in own)
    own, ctx = token_features(normalize("حلب"), "word", {})
    assert any(f.startswith("gz") for f in ctx)
