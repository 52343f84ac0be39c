"""Streets, street words and unit words read as the places they name (round 40)."""

from __future__ import annotations

from marsad.gazetteer import geocode


def _at(text: str, mention: str):
    return next(p for p in geocode(text) if p.text == mention)


def test_a_country_after_a_street_word_is_the_street_of_the_town_after_it():
    p = _at("انفجرت عبوة ناسفة قرب شارع لبنان بالموصل صباح اليوم", "لبنان")
    assert (p.iso2, p.name, p.geo_precision) == ("IQ", "Mosul", 1)


def test_a_country_after_a_street_word_goes_to_the_story_country():
    p = _at("أغلقت الشرطة العراقية شارع فلسطين، المؤدي إلى مدينة الصدر، بعد الانفجار", "فلسطين")
    assert (p.iso2, p.level, p.geo_precision) == ("IQ", "country", 3)


def test_a_street_of_the_country_it_is_named_after_stays():
    p = _at("تجمع المحتجون في شارع فلسطين بمدينة غزة", "فلسطين")
    assert p.iso2 == "PS"
    assert _at("تظاهر العشرات أمام السفارة في شارع سوريا", "سوريا").iso2 == "SY"


def test_a_street_word_heading_a_name_is_no_town():
    assert not [p for p in geocode("تقيم العائلة في حي درب الجديد منذ سنوات") if p.name == "Ad Darb"]


def test_a_unit_word_never_names_a_country_by_a_slip():
    # البنغال is one letter from السنغال, but a state (ولاية) is a part of a country
    assert not [p for p in geocode("اندلعت احتجاجات في ولاية البنغال ضد المصنع") if p.iso2 == "SN"]
    p = _at("قتل شرطي في محافظة كركرك أمس", "كركرك")  # a unit word still frames a town's slip
    assert p.iso2 == "IQ"


def test_a_country_like_its_adjective_after_a_derived_masdar_is_the_country():
    # انضمام، احتلال: masculine singular masdars, which no feminine adjective follows
    assert _at("أيدت باريس انضمام سورية إلى الاتفاقية الجديدة", "سورية").iso2 == "SY"
    assert _at("ندد المجلس باحتلال سورية لأراض عراقية", "سورية").iso2 == "SY"
    assert not [p for p in geocode("قصفت الطائرات أهداف سورية قرب الحدود") if p.text == "سورية"]


def test_in_and_a_town_word_frame_a_transliterations_vowels():
    p = _at("انفجرت قنبلة في مدينة روالبندي صباح الأحد", "روالبندي")
    assert (p.iso2, p.name) == ("PK", "Rawalpindi")
    # a definite town word refers back: no frame
    assert not [p for p in geocode("وصلت القافلة في المدينة روالبندي") if p.iso2 == "PK"]
