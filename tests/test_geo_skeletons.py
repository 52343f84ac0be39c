"""Towns abroad in another transliteration than the gazetteer's (round 33)."""

from __future__ import annotations

from marsad.gazetteer import geocode
from marsad.gazetteer.skeletons import foreign_looking, skeleton


def _places(text: str) -> dict[str, tuple[str | None, str]]:
    return {p.text: (p.iso2, p.name) for p in geocode(text)}


def test_skeleton_drops_long_vowels_and_folds_emphatics():
    assert skeleton("ناتانز") == skeleton("نطنز")
    assert skeleton("متروفيتسا") == skeleton("ميتروفيتسا")
    # a final ي stays: the man is not the town
    assert skeleton("رفسنجاني") != skeleton("رفسنجان")


def test_arabic_words_are_not_foreign_looking():
    for word in ("الشهر", "والمناطق", "بالمدينة", "ديارهم", "حربها", "بلادنا", "بلدان", "دورهم"):
        assert not foreign_looking(word), word
    for word in ("ناتانز", "كانبيرا", "متروفيتسا"):
        assert foreign_looking(word), word


def test_transliteration_in_a_story_of_its_country():
    # constructed: GeoNames writes نطنز and ميتروفيتسا (round 32 made ناتانز and متروفيتسا gazetteer spellings, so the
    # Natanz sentences use ناطانز, which only the skeleton reads)
    got = _places("قال مفتشو الوكالة الذرية إن العمل مستمر في ناطانز رغم العقوبات المفروضة على إيران.")
    assert got["ناطانز"] == ("IR", "Natanz")
    got = _places("أغلق المحتجون الصرب جسرا في متروفيتسا أمس، وطالبوا بانفصال المنطقة عن كوسوفو.")
    assert got["متروفيتسا"] == ("XK", "Mitrovice")


def test_no_reading_without_its_country_or_a_place_slot():
    # constructed: the country is not named, or the word does not stand where a place does
    assert "ناطانز" not in _places("قال المفتشون إن العمل مستمر في ناطانز رغم العقوبات.")
    assert "ناطانز" not in _places("وصف مسؤول في إيران ناطانز بأنه موقع محمي.")


def test_arabic_word_in_a_place_slot_stays_a_word():
    # constructed: ديارهم (their homes) has the consonants of Durham; it is no transliteration
    got = _places("عاد آلاف اللاجئين من تركيا والولايات المتحدة إلى ديارهم في العراق.")
    assert "ديارهم" not in got


def test_corpus_words_with_a_towns_consonants_are_listed():
    # made-up document counts: استيراد (import) has Ostróda's consonants; a rare word and a place name do not count
    from marsad.gazetteer.skeletons import skeleton_words

    towns = {"اوسترودا", "بوسطن"}
    df = {"استيراد": 40, "باستيراد": 5, "بساتين": 2, "بوسطن": 30, "الاستيراد": 20}
    assert skeleton_words(towns, df, {"بوسطن"}) == {"استيراد", "باستيراد"}
