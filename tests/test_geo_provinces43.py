"""مقاطعة as a province word, placed by the unit or compass word after its name (places round 43)."""

from __future__ import annotations

import pytest

from marsad.gazetteer import geocode


def _by_text(text: str) -> dict[str, tuple[str | None, str]]:
    places = geocode(text)
    for p in places:
        assert text[p.start:p.end] == p.text
    return {p.text: (p.iso2, p.level) for p in places}


def test_a_province_placed_by_the_unit_after_it_is_a_place_of_that_unit():
    got = _by_text("واعتقلت الشرطة شابين في مقاطعة المشور بولاية الدار البيضاء مساء الأحد")
    assert got.get("المشور") == ("MA", "populated_place"), got


def test_a_province_placed_by_a_compass_word_and_a_country():
    got = _by_text("وقتل ثلاثة جنود في هجوم على مقاطعة زاروخيل شمال أفغانستان")
    assert got.get("زاروخيل", (None, ""))[0] == "AF", got
    # with no unit or compass word after it, an unknown word after مقاطعة stays unread
    assert "زاروخيل" not in _by_text("وتحدث السكان عن مقاطعة زاروخيل منذ أعوام")


@pytest.mark.parametrize(("text", "boycotted"), [
    ("ودعا الحزب أنصاره إلى مقاطعة الانتخابات في محافظة الأنبار", "الانتخابات"),
    ("وطالبت الجمعية بمقاطعة المنتجات في مدينة الرياض", "المنتجات"),
    ("وأعلنت المعارضة مقاطعة الجلسة بمحافظة البصرة", "الجلسة"),
    ("ودعا النشطاء إلى مقاطعة البضائع شمال البلاد", "البضائع"),
])
def test_the_boycott_of_something_is_no_province(text: str, boycotted: str) -> None:
    assert boycotted not in _by_text(text)
