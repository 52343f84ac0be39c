"""Round 67 (judged wrong-place events on real news): a name that is also a word is a place right after a
settlement word (مستوطنة "بركان": Barqan, West Bank), read in Israel or Palestine only; a settlement that
GeoNames names with its word (مستوطنة آدم) is found past a quote or a bracket."""

from __future__ import annotations

from tests.test_geo_round49 import places_named as _places_named


def test_settlement_word_names_a_common_word_place():
    """The settlement word is the context a common-word name needs, quoted or not."""
    got = _places_named('أطلق شاب النار في منطقة صناعية مجاورة لمستوطنة "بركان" شمالي الضفة الغربية.')
    assert got["بركان"] == ("PS", "Barqan")
    assert _places_named("وقع الهجوم قرب مستوطنة بركان.")["بركان"] == ("PS", "Barqan")


def test_the_word_alone_stays_a_word():
    """Without the settlement word بركان is a volcano, and no reading abroad comes in through the word."""
    assert "بركان" not in _places_named("ثار بركان في إندونيسيا وأجلت السلطات السكان.")
    got = _places_named("زار الوفد مستوطنة بركان الواقعة في المغرب.")
    assert got.get("بركان", ("PS", ""))[0] != "MA"


def test_an_agreeing_word_is_the_settlement_adjective():
    """"أول مستوطنة جديدة" (the first new settlement): جديدة agrees with the word, no Al Judayyidah."""
    got = _places_named("بعد أيام من تشييد أول مستوطنة جديدة في الضفة الغربية منذ ربع قرن.")
    assert "جديدة" not in got and got["الضفة الغربية"][0] == "PS"


def test_settlement_row_named_with_its_word():
    """GeoNames calls Geva Binyamin "مستوطنة آدم"; a quote or a bracket between word and name still finds it."""
    assert _places_named('قتل مستوطن إثر الحادث في مستوطنة "آدم".')["آدم"] == ("PS", "Geva Binyamin")
    got = _places_named('وقال الجيش إن "المهاجم اخترق (مستوطنة) آدم، شمال القدس، وطعن ثلاثة".')
    assert got["آدم"] == ("PS", "Geva Binyamin")
