"""Settlements the gazetteer lacks, read after مستوطنة / مستعمرة (round 34)."""

from __future__ import annotations

from marsad.gazetteer import geocode


def _places(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.text: (p.iso2, p.admin1) for p in geocode(text)}


def test_a_settlement_word_introduces_a_name_placed_by_the_town_named_with_it():
    got = _places("أصيب جندي إسرائيلي بجروح قرب مستوطنة حلميش شمال غرب رام الله مساء السبت.")
    assert got["حلميش"] == ("PS", "West Bank")
    got = _places("وأحرق مستوطنون من مستعمرة نوكديم حقول زيتون في بلدة بيت فجار جنوب بيت لحم.")
    assert "نوكديم" in got


def test_a_hebrew_head_word_keeps_the_second_word_of_the_name():
    got = _places("وهاجم مستوطنون من مستوطنة كرمي تسور مزارعين في بلدة بيت أمر قرب الخليل.")
    assert "كرمي تسور" in got


def test_a_settlement_placed_by_jerusalem_is_coded_to_the_west_bank():
    got = _places("وصادقت الحكومة على توسيع مستوطنة جبعات زئيف شمال القدس المحتلة.")
    assert got["جبعات زئيف"] == ("PS", "West Bank")


def test_adjectives_and_verbs_after_the_word_are_no_names():
    for text in ("وتقع القرية قرب مستوطنة كبرى في الضفة الغربية.",
                 "ويعيش المستوطنون في عشرات المستوطنات، منها مستوطنة بنيت عام 1980 قرب نابلس.",
                 "وكانت عدن مستعمرة سابقة لبريطانيا حتى عام 1967.",
                 "وأقيمت مستوطنة يهودية جديدة قرب نابلس."):
        got = _places(text)
        assert not {"كبرى", "بنيت", "سابقة", "يهودية"} & set(got), text
