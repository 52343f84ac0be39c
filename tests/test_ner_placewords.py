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


def test_a_common_word_is_no_place_once_its_proclitic_is_cut() -> None:
    """"في بيان" (in a statement) was LOC "يان" after ب: 150 such entities in the 3,000 ANT articles."""
    from marsad.pipeline import Pipeline

    nlp = Pipeline(["marsad.tokenizer.v1", "marsad.sentencizer.v1", "marsad.ner.v1"])
    for text, place in (("وأشار قائد الشرطة في محافظة حمص العميد سامر علي، في بيان، إلى تطويق الحي.", "حمص"),
                        ("وذكرت الوزارة، في بيان، أن الهجوم وقع في بغداد.", "بغداد")):
        names = [e.text for e in nlp(text, lang="ar").entities]
        assert "يان" not in names and place in names
