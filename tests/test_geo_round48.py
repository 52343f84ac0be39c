"""Round 48 (the misses on blind46, ANERcorp): a town of the region listed with a city abroad stays a place."""

from __future__ import annotations

from tests.test_geo_round47 import _places  # each place's text to its iso2, offsets checked


def test_a_town_of_the_region_listed_with_a_city_abroad():
    # a story leaning to Norway or Italy has no unknown place spelt شرم الشيخ: the summits' town stays
    assert _places("مثل المشاركة العربية في اوسلو وشرم الشيخ").get("شرم الشيخ") == "EG"
    assert _places("مثل المشاركة العربية في روما وشرم الشيخ").get("شرم الشيخ") == "EG"


def test_a_homonym_listed_with_places_of_the_region_still_goes():
    iraq = "طالب سكان البصرة بمراكز صحية في مناطق مثل القبلة والخور ومناطق الأهوار حيث لا يوجد مستشفى"
    assert _places(iraq).get("الخور") != "QA"


def test_a_name_whose_close_readings_share_a_country_votes_for_it():
    # هونج كونج is the territory or its city, Hong Kong either way: its vote sets إبردين in Hong Kong, not Scotland
    got = _places("إلى قرية إبردين ، الوجه الآخر لهونج كونج ، يسكنها الصيادون")
    assert got.get("إبردين") == "HK", got


def test_two_villages_of_one_country_cast_no_vote():
    # الضمير (conscience) is two Syrian villages: written twice it must not vouch for itself in a Jerusalem story
    text = ("قال حاخام حائط المبكى إنه حادث يستلزم تحكيم الضمير. وأغلقت بلدية القدس قسما من حائط المبكى. "
            "وقال حاخام حائط المبكى إنه حادث نادر يستلزم تحكيم الضمير.")
    assert "الضمير" not in _places(text)


def test_an_adjective_before_a_clause_is_no_village():
    # an asyndetic clause (يسكنها) follows only an indefinite noun: عائمة is the village's adjective, no name
    got = _places("إلى قرية إبردين ، الوجه الآخر لهونج كونج ، قرية عائمة يسكنها الصينيون الفقراء داخل قوارب")
    assert "عائمة" not in got, got
    assert _places("قصفت الطائرات قرية حيزان في ريف إدلب").get("حيزان") == "SY"


def test_a_river_of_one_country_names_it():
    # the Tigris is Iraq's river: الصويرة beside it is As Suwayrah (Wasit), not Morocco's Essaouira
    text = "وفي الصويرة جنوب شرق العاصمة انتشلت الشرطة ست جثث مجهولة الهوية من نهر دجلة."
    assert _places(text).get("الصويرة") == "IQ"
    assert _places("وفي الصويرة انتشلت الشرطة ست جثث").get("الصويرة") == "MA"
