"""A district's own town, placed by a preposition or a fighting word, read in a story set in other countries (round 46)."""

from __future__ import annotations

from marsad.gazetteer import geocode

_ELSEWHERE = "قال وزير الخارجية التركي في أنقرة إن الجيش يقاتل في شمال العراق قرب دهوك وأربيل، "


def _places(text: str) -> dict[str, tuple[str | None, str | None]]:
    out = {}
    for p in geocode(text):
        assert text[p.start:p.end] == p.text
        out[p.text] = (p.iso2, p.admin1)
    return out


def test_a_district_seat_after_a_takeover_is_read_in_a_story_of_other_countries():
    got = _places(_ELSEWHERE + 'بعد أن سيطر على كامل "عفرين" الشهر الماضي')
    assert got.get("عفرين") == ("SY", "Aleppo"), got
    assert _places(_ELSEWHERE + "بعد هجوم على جرابلس الشهر الماضي").get("جرابلس") == ("SY", "Aleppo")


def test_a_district_seat_after_a_locative_preposition_is_read():
    assert _places(_ELSEWHERE + "وقتل جندي بعفرين الشهر الماضي").get("عفرين") == ("SY", "Aleppo")
    assert _places(_ELSEWHERE + "وقتل جندي في تل أبيض الشهر الماضي").get("تل أبيض") == ("SY", "Ar-Raqqa")


def test_without_a_preposition_or_fighting_word_the_foreign_town_stays_out():
    assert "عفرين" not in _places(_ELSEWHERE + "وكان مسؤول قد زار عفرين الشهر الماضي")


def test_a_large_town_of_the_region_with_its_article_is_read_after_a_preposition():
    text = "وقال وزير الخارجية المغربي في الدار البيضاء وفاس إن إيران تهدد المنطقة، وذكر بقرار القمة الأخيرة في الظهران"
    assert _places(text).get("الظهران") == ("SA", "Ash Sharqiyah")


def test_a_bare_noun_in_construct_is_no_large_town():
    text = "وقاتلت القوات اليمنية قرب تعز والحديدة ومأرب وتقدمت في ميمنة الجبهة"
    assert "ميمنة" not in _places(text)
