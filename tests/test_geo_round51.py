"""Round 51 (the misses on blind50 and blind51, ANERcorp): spellings of countries and towns, historical regions,
a compass noun after ل with the article's alef dropped."""

from __future__ import annotations

from marsad.gazetteer import Gazetteer
from tests.test_geo_round49 import places_named as _places_named
from tests.test_geo_round50 import first_entry as _first_entry


def test_europes_land_with_ta_marbuta():
    # a build rule on every country whose Arabic name ends in لندا; كندا (Canada) keeps no كندة (a tribe)
    assert _first_entry("هولندة")[0] == "NL"
    assert _first_entry("فنلندة")[0] == "FI"
    assert _first_entry("بولندة")[0] == "PL"
    assert not any(e.iso2 == "CA" for e in Gazetteer.load().lookup("كندة"))
    assert _places_named("لاهاي في هولندة ، فينا في النمسا")["هولندة"][0] == "NL"


def test_spellings_on_their_rows():
    assert _first_entry("الدانمارك")[0] == "DK"
    assert _places_named("وتلت سويسرا فنلندا والسويد والدانمارك وسنغافورة")["الدانمارك"][0] == "DK"
    assert _first_entry("كراكاس") == ("VE", "Caracas")
    assert _first_entry("نيو أورليانز") == ("US", "New Orleans")
    assert _first_entry("تومبوكتو") == ("ML", "Timbuktu")
    assert _first_entry("غوانغجو") == ("CN", "Guangzhou")
    assert _first_entry("المدينة النبوية") == ("SA", "Madinah")
    assert _places_named("في بلدة مياندواب بشمال غرب البلاد")["مياندواب"] == ("IR", "Miandoab")
    assert _places_named("في إقليم سياميس التابع لمقاطعة جاوا الغربية")["سياميس"] == ("ID", "Ciamis")


def test_historical_regions():
    assert _first_entry("قشتالة") == ("ES", "Castile")
    assert _places_named("وفي وسط الجزيرة العربية تقع هضبة نجد الخصبة")["هضبة نجد"] == ("SA", "Najd")
    assert "نجد" not in _places_named("لا نجد في دمشق ما نحتاج إليه")  # bare نجد: "we find"
    # after منطقة, نجد opens a Yemeni name (ANT 3000)
    assert _places_named("وفي منطقة نجد القرين جنوبي دمت")["نجد القرين"][0] == "YE"
    # Gwangju is Korea's; غوانغجو in China is Guangzhou (ANT 3000: "مقرها في غوانغجو في الصين")
    assert _places_named("شركة تجارية مقرها في غوانغجو في الصين")["غوانغجو"] == ("CN", "Guangzhou")
    assert _places_named("في مدينة غوانغجو في كوريا الجنوبية")["غوانغجو"] == ("KR", "Gwangju")


def test_compass_noun_after_lam():
    got = _places_named("في ختام زيارته للجنوب اللبناني امس")
    assert got["لجنوب اللبناني"] == ("LB", "South")  # the span keeps the article's ل, as the labels do
    assert _places_named("وللشمال السوري")["لشمال السوري"][0] == "SY"
