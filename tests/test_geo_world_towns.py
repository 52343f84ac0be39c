"""Small towns abroad that come in by a long Arabic name (round 33)."""

from __future__ import annotations

from collections import Counter

from marsad.gazetteer import geocode
from marsad.gazetteer.build import Row, _keep_long, _long_names


def _places(text: str) -> dict[str, tuple[str | None, str, str]]:
    return {p.text: (p.iso2, p.name, p.level) for p in geocode(text)}


def test_long_names_are_one_arabic_word_of_seven_letters():
    town = {"alternatenames": ["Dearborn", "ديربورن", "دیربورن، میشیگان", "ديربورن هايتس", "فورت", "ټونسبرج"]}
    assert _long_names(town) == ["ديربورن"]


def test_keep_long_drops_shared_taken_article_and_corpus_names():
    big = Row("gn:1", "populated_place", "CO", "Bogota", names=["كولومبيا"])
    rows = [big,
            Row("gn:2", "populated_place", "US", "Columbia", names=["كولومبيا", "Columbia"]),
            Row("gn:3", "populated_place", "US", "Franklin", names=["فرانكلين"]),
            Row("gn:4", "populated_place", "US", "Franklin", names=["فرانكلين"]),
            Row("gn:5", "populated_place", "US", "El Mirage", names=["الميراج"]),
            Row("gn:6", "populated_place", "US", "Someplace", names=["سومبلايس"]),
            Row("gn:7", "populated_place", "US", "Dearborn", names=["ديربورن", "Dearborn"])]
    kept = _keep_long(rows, {"gn:2", "gn:3", "gn:4", "gn:5", "gn:6", "gn:7"}, Counter({"سومبلايس": 2}))
    by_id = {r.id: r for r in kept}
    assert not {"gn:2", "gn:3", "gn:4", "gn:5", "gn:6"} & set(by_id)  # no Arabic name left: no row
    assert by_id["gn:7"].names == ["ديربورن", "Dearborn"] and by_id["gn:7"].name_ar == "ديربورن"
    assert by_id["gn:1"] is big


def test_small_town_abroad_after_a_type_word():
    # constructed: Dearborn (Michigan, 95,000 people) is under the world size cut
    got = _places("احتشد مئات من أبناء الجالية العربية في مدينة ديربورن الأمريكية للتنديد بالحرب.")
    assert got["ديربورن"][:2] == ("US", "Dearborn")


def test_namesake_outside_the_state_the_text_names():
    # constructed: Martinsburg (West Virginia) is not in Pennsylvania: the state is the answer
    got = _places("ظهر الرجل في مرآب للسيارات في مدينة مارتينسبيرغ بولاية بنسلفانيا الأمريكية.")
    assert got["مارتينسبيرغ"] == ("US", "Pennsylvania", "admin1")


def test_english_head_word_is_no_town_abroad():
    # constructed: فورت opens Fort Dix; GeoNames also writes Fürth (Germany) so
    got = _places("زار الرئيس الأمريكي قاعدة فورت ديكس العسكرية في ولاية نيوجيرسي أمس.")
    assert not any(iso2 == "DE" for iso2, _, _ in got.values())
