"""Round 58 (the misses on blind64, Wojood): a village the text sets in a named city, Israel's towns GeoNames
gives no Arabic name (Ashkelon as عسقلان and المجدل, Hadera, Herzliya …), and the northern Jordan Valley."""

from __future__ import annotations

from marsad.gazetteer.city_villages import village_in_city
from marsad.gazetteer.context import Around
from tests.test_geo_round49 import places_named as _places_named
from tests.test_geo_round50 import first_entry as _first_entry


def _around(word: str) -> Around:
    return Around("populated_place", word, None, None)


def test_village_in_city_needs_both_words():
    assert village_in_city(_around("قريه"), _around("مدينه"))
    assert village_in_city(_around("بلده"), _around("بمدينه"))
    assert not village_in_city(_around("مدينه"), _around("مدينه"))
    assert not village_in_city(_around("قريه"), None)
    assert not village_in_city(None, _around("مدينه"))


def test_a_village_set_in_a_city_is_not_a_namesake_abroad():
    got = _places_named("شروع حملة أنقذوا الأغوار ببناء مدرسة في قرية عين الحلوة مدينة طوباس بتاريخ ( 10 / 12 / 2010 ) .")
    assert got["عين الحلوة"][0] == got["طوباس"][0] == "PS"
    # the camp by Sidon stays the camp
    assert _places_named("قرية عين الحلوة في مدينة صيدا .")["عين الحلوة"][0] == "LB"


def test_israeli_towns_by_their_arabic_names():
    assert _first_entry("عسقلان") == ("IL", "Ashkelon")
    assert _first_entry("المجدل") == ("IL", "Ashkelon")
    assert _first_entry("الخضيرة") == ("IL", "Hadera")
    assert _first_entry("هرتسليا") == ("IL", "Herzliya")
    assert _first_entry("ريشون لتسيون")[0] == "IL"
    assert _first_entry("كفر سابا") == ("IL", "Kfar Saba")
    got = _places_named("سجل مواليد قرية كفر سابا في مدينة طولكرم ( 1926 ) .")
    assert got["كفر سابا"] == ("IL", "Kfar Saba")
    assert got["طولكرم"][0] == "PS"


def test_northern_jordan_valley():
    got = _places_named("قوات الإحتلال الإسرائيلي ترحل المواطن من الاغوار الشمالية بتاريخ ( 27 / 4 / 2012 ) .")
    assert got["الاغوار الشمالية"][0] == "PS"
