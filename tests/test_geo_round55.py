"""Round 55 (the misses on blind58 and blind59, ANERcorp): a town named in a direction from a city of its
country, a country after a comma, Mashhad by a route or a capital word, one country holding every ambiguous name of a
sentence, and the names the data lacked (India's
big states, Siberia, al-Ahsa, Venice, يثرب, بريانة)."""

from __future__ import annotations

from tests.test_geo_round49 import places_named as _places_named
from tests.test_geo_round50 import first_entry as _first_entry


def test_town_in_a_direction_from_a_city():
    got = _places_named("وفي تكريت شمال بغداد قتل جندي يعمل بحماية المنشآت النفطية .")
    assert got["تكريت"] == ("IQ", "Tikrit")
    assert got["بغداد"] == ("IQ", "Baghdad")


def test_country_after_a_comma_is_no_adjective():
    got = _places_named("مرورا بتركيا ، سويسرا ، الأردن ، السعودية وصولا لقطر .")
    assert got["السعودية"][0] == "SA"
    # without a comma the feminine adjective stays one
    assert "السعودية" not in _places_named("قالت الوكالة السعودية إن الوفد وصل .")


def test_mashhad_by_a_route_or_a_capital_word():
    assert _places_named("الطريق البري الذي يمتد من طهران إلى مشهد وتستغرق الرحلة ساعات .")["مشهد"][0] == "IR"
    assert _places_named("ومحافظة خراسان التي عاصمتها مشهد تقع في الشمال الشرقي .")["مشهد"][0] == "IR"
    # a scene stays a word
    assert "مشهد" not in _places_named("تحول الحفل من مشهد فرح إلى مشهد حزن .")


def test_names_the_data_lacked():
    assert _first_entry("غوجارات")[0] == "IN"
    assert _first_entry("سيبيريا")[0] == "RU"
    assert _first_entry("الأحساء")[0] == "SA"
    assert _first_entry("يثرب") == ("SA", "Madinah")
    assert _first_entry("بريانة")[0] == "ES"
    assert _first_entry("فينيسيا")[0] == "IT"
    # bare البندقية is the rifle
    assert "البندقية" not in _places_named("أطلق النار من البندقية على الحاجز .")


def test_one_country_holds_every_ambiguous_name():
    text = ("وانتشلت جثث في مدينة الصويرة قادمة من مناطق مثلث الموت ( اللطيفية - المحمودية - الإسكندرية ) "
            "مرورا بمنطقة المدائن .")
    got = _places_named(text)
    assert got["الصويرة"][0] == got["المحمودية"][0] == got["الإسكندرية"][0] == "IQ"
    # two names are no scene: the scores decide
    assert _places_named("زار الوفد الإسكندرية ثم عاد .")["الإسكندرية"][0] == "EG"


def test_adjective_after_a_known_state():
    got = _places_named("غرق العشرات في ولاية كيرلا الهندية .")
    assert got["ولاية كيرلا"][0] == "IN"
    assert "الهندية" not in got
