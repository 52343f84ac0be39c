"""Names the geocoder lacks, found by the words that frame them (round 41, detection)."""

from __future__ import annotations

from marsad.gazetteer import geocode


def _at(text: str, mention: str):
    return next(p for p in geocode(text) if p.text == mention)


def _none_at(text: str, mention: str) -> bool:
    return not [p for p in geocode(text) if p.text == mention]


def test_a_prison_placed_by_central_is_a_place():
    p = _at("أضرب النزلاء عن الطعام في سجن بلوزة المركزي قرب الموصل أمس", "بلوزة")
    assert (p.iso2, p.name) == ("IQ", "Mosul")


def test_a_prison_placed_by_a_direction_and_a_town_is_a_place():
    p = _at("نقل الناشط إلى معتقل «كرمون» جنوب حمص الأسبوع الماضي", "كرمون")
    assert (p.iso2, p.name, p.geo_precision) == ("SY", "Homs", 2)


def test_a_prison_in_a_town_is_a_place():
    p = _at("أفرجت السلطات عن ثلاثة صحفيين من سجن قزلحصار في طهران مساء الأحد", "قزلحصار")
    assert (p.iso2, p.name) == ("IR", "Tehran")


def test_an_imprisonment_is_no_prison():
    assert _none_at("قضت المحكمة بسجن الزفزافي عشرين عاما بعد احتجاجات الريف في المغرب", "الزفزافي")
    assert _none_at("انتقدت منظمة العفو سجن صحفيين في طهران", "صحفيين")
    assert _none_at("قضت محكمة في الرياض بسجن ناشطين في السعودية", "ناشطين")
    assert _none_at("دانت المنظمة سجن المعارضين في القاهرة", "المعارضين")


def test_a_compass_noun_listed_after_a_town_is_that_country_part():
    p = _at("خرج الآلاف في تظاهرات في البصرة والعمارة والجنوب مطالبين بالخدمات", "الجنوب")
    assert (p.iso2, p.level, p.name) == ("IQ", "region", "south Iraq")
    p = _at("أقفلت المدارس في صيدا والجنوب بسبب العاصفة", "الجنوب")  # Lebanon's South governorate stays the unit
    assert (p.iso2, p.level) == ("LB", "admin1")
    assert _none_at("تتواصل المواجهة بين موسكو والغرب حول العقوبات", "والغرب")
    assert _none_at("تتواصل المواجهة بين موسكو والغرب حول العقوبات", "الغرب")


def test_a_name_written_with_his_pronoun_is_a_noun():
    # حديثه (his talk) in a text that writes ة is not Haditha (حديثة)
    text = "وأكد الوزير في حديثه للصحافة أن الحكومة ماضية في خطة المصالحة الوطنية"
    assert _none_at(text, "حديثه")
    # the data's colloquial spellings with ه do not save it: جده (his grandfather) is not Jeddah (جدة) here
    assert _none_at("وقال الأمير في المقابلة إن المملكة الحديثة تدين بالكثير لجده الملك المؤسس", "جده")
    # a type word, a direction or a list keeps the name, as does a text that never writes ة
    assert _at("وقتل جنديان في مدينة حديثه وأصيب ثالث بجروح في دورية للشرطة العراقية", "حديثه").iso2 == "IQ"
    assert _at("وسقطت قذيفة في حديثة غرب الأنبار وأصيب ثلاثة من عناصر الشرطة", "حديثة").iso2 == "IQ"
    assert _at("وقتل جنديان في حديثه امس", "حديثه").iso2 == "IQ"


def test_an_unknown_item_of_a_list_of_towns_closed_by_and_others_is_a_place():
    text = "وانقطع التيار الكهربائي عن أحياء الكرخ وحي الجامعة والعطيفية والشعلة وغيرها من مناطق العاصمة"
    p = _at(text, "الشعلة")
    assert (p.iso2, p.admin1, p.geo_precision) == ("IQ", "Baghdad", 2)
    assert text[p.start:p.end] == p.text


def test_a_list_of_countries_or_plural_words_closed_by_and_others_names_no_place():
    assert _none_at("وزار الوفد سوريا والعراق والمنطقة وغيرها خلال الأسبوع", "المنطقة")
    assert _none_at("ووزعت المساعدات في حلب وإدلب والمخيمات وغيرها", "المخيمات")


def test_a_town_known_for_a_prison_or_a_massacre_is_read_in_another_spelling_without_its_country():
    p = _at("وطالب ذوو معتقلي غوانتنامو بالإفراج عنهم قبل نهاية العام", "غوانتنامو")
    assert (p.iso2, p.name) == ("CU", "Guantanamo")
    p = _at("أحيا الناجون ذكرى مذبحة سريبرنيتسا بمسيرة صامتة", "سريبرنيتسا")
    assert p.iso2 == "BA"
    # four consonants are too few to read without the country (صندنايا, a slip for Saydnaya, is not Swindon)
    assert _none_at("ونقل المعتقلون إلى سجن صندنايا في بداية الاحتجاجات", "صندنايا")
