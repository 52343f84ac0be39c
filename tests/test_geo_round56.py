"""Round 56 (the misses on blind60 and blind61, ANERcorp): the towns a count of towns lists after "منها", a city
at one end of a route or after a noun of arrival, and the names the data lacked (Puntland, Waikato, Jurf al-Sakhar,
Pyongyang, Kathmandu and St Petersburg in other spellings)."""

from __future__ import annotations

from marsad.gazetteer.context import Words
from marsad.gazetteer.lists import opens_among
from marsad.text.normalize import shadow
from tests.test_geo_round49 import places_named as _places_named
from tests.test_geo_round50 import first_entry as _first_entry


def _among(text: str) -> list[str]:
    words = Words(shadow(text).norm)
    return [words.word(k) for k in range(len(words.spans)) if opens_among(words, k)]


def test_among_after_a_count_of_towns():
    assert _among("وبها أكثر من 25 مدينة مهمة منها نيسابور") == ["منها"]
    assert _among("وزار مدنا عديدة أبرزها طهران") == []  # the accusative مدنا is no list word here
    assert _among("زار مدن عديدة أبرزها طهران") == ["ابرزها"]
    # a city with no count is one city: "مدينة منها" says nothing of a list
    assert _among("خرجوا من المدينة منها إلى القرية") == []


def test_unknown_towns_listed_after_among_take_the_unit():
    text = "وبها أكثر من 25 مدينة مهمة منها نيسابور ، وسرخس وطبس وفردوسي ."
    got = _places_named(text)
    assert got["نيسابور"][0] == got["سرخس"][0] == got["طبس"][0] == got["فردوسي"][0] == "IR"


def test_amman_at_the_end_of_a_route():
    got = _places_named("وصل أنان إلى دمشق قادما من عمان ضمن جولة بالشرق الأوسط .")
    assert got["عمان"] == ("JO", "Amman")
    # a country among countries stays one
    assert _places_named("زار الوفد الكويت والبحرين وقطر وعمان .")["عمان"][0] == "OM"


def test_mashhad_after_a_noun_of_arrival():
    assert _places_named("تصادف وصولنا إلى مشهد في جمهورية إيران الإسلامية .")["مشهد"][0] == "IR"
    # a construct after it is a scene
    assert "مشهد" not in _places_named("تصادف وصولنا إلى مشهد غريب في الشارع .")


def test_names_the_data_lacked():
    assert _first_entry("بونتلاند")[0] == "SO"
    assert _first_entry("وايكاتو")[0] == "NZ"
    assert _first_entry("جرف الصخر") == ("IQ", "Jurf al-Sakhar")
    assert _first_entry("بيونج يانج")[0] == "KP"
    assert _first_entry("كاتمندو")[0] == "NP"
    assert _first_entry("بطرسبيرغ")[0] == "RU"


def test_route_from_a_country_the_text_marks():
    text = "ويطالبون بطائرة تقل الجرحى إلى مسقط ، ونقل جرحى من عمان إلى صنعاء ."
    assert _places_named(text)["عمان"][0] == "OM"
