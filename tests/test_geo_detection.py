"""Names the end-to-end geocoder used to drop or never read (round 38, issue 3)."""

from __future__ import annotations

from marsad.gazetteer import geocode
from marsad.gazetteer.geocoder import Geocoder
from marsad.gazetteer.transliterated import vowel_spelt
from marsad.model import Entity


def _places(text: str) -> dict[str, tuple[str | None, str]]:
    return {p.text: (p.iso2, p.name) for p in geocode(text)}


def test_vowel_spelt_names():
    for key in ("غوانتانامو", "جوانتانامو", "غوانتنامو"):
        assert vowel_spelt(key), key
    # Arabic words, short names, names with the article or a pronoun suffix
    for key in ("الجديد", "جامعه", "فلاديمير", "المواطنين", "مواطنيها", "سان فرانسيسكو"):
        assert not vowel_spelt(key), key


def test_town_abroad_spelt_as_a_transliteration_needs_no_other_place_of_its_country():
    # constructed: the story names Pakistan and the United States, never Cuba
    got = _places("قال محام أمريكي إن موكله الذي اعتقلته القوات الباكستانية في بيشاور تعرض للضرب في غوانتانامو طوال سنوات.")
    assert got["غوانتانامو"] == ("CU", "Guantanamo")
    got = _places("طالبت منظمات في مصر والعراق بإغلاق جوانتانامو ونقل المعتقلين إلى بلدانهم.")
    assert got["جوانتانامو"] == ("CU", "Guantanamo")


def test_country_parts_and_islands_are_regions_of_their_country():
    # constructed: parts of a country and big islands that no data file has (regions.tsv, round 38)
    got = _places("درس الطبيب في جامعة بإنجلترا ثم عمل في مستشفى باسكتلندا.")
    assert got["إنجلترا"] == ("GB", "England")
    assert got["اسكتلندا"] == ("GB", "Scotland")
    got = _places("ضربت هزة أرضية قوية جزيرة سومطرة الإندونيسية صباح اليوم.")
    assert got["جزيرة سومطرة"] == ("ID", "Sumatra")
    got = _places("انتقل اللاعب إلى نادٍ في صقلية بعد موسم قضاه في كورسيكا.")
    assert got["صقلية"] == ("IT", "Sicily")
    assert got["كورسيكا"] == ("FR", "Corsica")


def test_wales_only_with_its_type_word():
    # constructed: the bare ويلز is the Prince of Wales' title here, no place
    assert "ويلز" not in _places("حضر أمير ويلز حفل الافتتاح في لندن.")
    assert _places("ولد الكاتب في مقاطعة ويلز البريطانية.")["مقاطعة ويلز"] == ("GB", "Wales")


def test_a_town_spelt_another_way_is_read_by_its_country_part():
    # constructed: شيفليد is no gazetteer spelling of Sheffield; إنجلترا names its country for the skeleton
    assert _places("قال مهندس من شيفليد بإنجلترا إن المصنع أغلق.")["شيفليد"] == ("GB", "Sheffield")


def test_taiwan_has_its_arabic_name():
    # constructed: Natural Earth's Taiwan row (code CN-TW) is joined by its ISO_A3
    assert _places("وصل وفد تجاري من تايوان إلى عمّان أمس.")["تايوان"][0] == "TW"


def test_area_name_spelt_as_a_transliteration_placed_by_a_glued_place():
    # constructed: an unknown word after منطقة, then ب + a place the gazetteer has
    assert _places("فر السكان من منطقة واراكاو بتشاد بعد الهجوم.")["واراكاو"][0] == "TD"
    # an Arabic noun there names the area's kind, not the area
    for text, word in (("تسعى روسيا إلى منطقة نفوذ بسوريا.", "نفوذ"), ("هذه منطقة حرب بالعراق منذ سنوات.", "حرب")):
        assert word not in _places(text), text


def _as_persons(text: str, names: list[str]) -> dict[str, str | None]:
    """Geocode `text` as if the NER had read each of `names` as a person."""
    ents = [Entity(start=(s := text.index(w)), end=s + len(w), text=w, label="PER") for w in names]
    return {p.text: p.iso2 for p in Geocoder().places(text, ents)}


def test_a_town_with_its_countrys_feminine_adjective_is_no_person():
    # constructed: the NER reads the city as a person; الإيطالية / الألمانية agree with a city, not a man
    assert _as_persons("تظاهر الآلاف في شوارع ميلانو الإيطالية أمس.", ["ميلانو"]).get("ميلانو") == "IT"
    assert _as_persons("وصل الوفد إلى هامبورغ الألمانية صباحا.", ["هامبورغ"]).get("هامبورغ") == "DE"
    # an adjective of another country, or none, leaves the person
    assert "ميلانو" not in _as_persons("قال ميلانو الفرنسية إنه سيعود.", ["ميلانو"])
    assert "ميلانو" not in _as_persons("تظاهر الآلاف في شوارع ميلانو أمس.", ["ميلانو"])
