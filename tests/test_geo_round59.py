"""Round 59 (the misses standing on blind46-64): Medina named bare as "the city" in a story of the Prophet's
era."""

from __future__ import annotations

from tests.test_geo_round49 import places_named as _places_named


def test_medina_in_a_story_of_the_prophets_era():
    got = _places_named("شهد علي المعارك كلها مع محمد إلا تبوك حيث استخلفه محمد على المدينة .")
    assert got["المدينة"] == ("SA", "Madinah")
    got = _places_named("انتقلت الفتنة من المدينة إلى خارجها ، فقد طالب بعض الصحابة بالقصاص .")
    assert got["المدينة"] == ("SA", "Madinah")
    # the era's words in another sentence, or an adjective after the city, leave "the city" a word
    assert "المدينة" not in _places_named("قال الصحابي ذلك . ثم وصل الوفد إلى حلب وتجول في المدينة .")
    assert "المدينة" not in _places_named("ذكر رضي الله عنه في المدينة القديمة .")


def test_an_area_word_ties_no_subdistrict_against_a_city_of_millions():
    text = "لكن موقف منطقة الجيزة التابع لها النادي كان مختلفا ."
    assert _places_named(text)["الجيزة"] == ("EG", "Giza")
    # the Syrian subdistrict where its province is named too
    assert _places_named("قصف الطيران منطقة الجيزة في ريف درعا الشرقي .")["الجيزة"][0] == "SY"
