"""Round 54 (the misses on blind56 and blind57, ANERcorp): lands after بلاد, Medina beside Mecca, a village
measured in kilometres from a town, a settlement's name glued to ب, Xinhua's ج for a Chinese "ng", and the
names the data lacked (6th of October City, Sinnuris, Leicester, Brittany, Bicol, Albay, Mayon, Al Bateen,
Shebaa, سومطرا, the Republic of China, the kingdoms of Saba and Himyar)."""

from __future__ import annotations

from marsad.gazetteer.build import Row, chinese_ng
from tests.test_geo_round49 import places_named as _places_named
from tests.test_geo_round50 import first_entry as _first_entry


def test_lands_after_bilad():
    text = "لكن بلاد العراق وفارس والشام ومصر وليبيا كانت القوافل تغدو بها وتروح ."
    assert _places_named(text)["فارس"] == ("IR", "Iran")
    # bare فارس is a knight or a man's name
    assert "فارس" not in _places_named("قال فارس الخوري في دمشق .")


def test_medina_beside_mecca():
    got = _places_named("وتضم بلاد الحجاز مكة والمدينة .")
    assert got["المدينة"] == ("SA", "Madinah")
    # the city referred back to stays a word
    assert "المدينة" not in _places_named("وصل الوفد إلى حلب وتجول في المدينة .")


def test_village_measured_from_a_town():
    text = "هاجمت القوات الحكومية كولكول التي تبعد 35 كيلومترا شمالي بلدة الفاشر في دارفور ."
    got = _places_named(text)
    assert got["كولكول"] == ("SD", "El Fasher")
    # a type word with its article refers back; 250 km from a town places nothing
    assert "المدينة" not in _places_named("سقط في المدينة التي تبعد 30 كلم عن دمشق .")
    assert "كولكول" not in _places_named("وصلوا الى كولكول التي تبعد 250 كيلومترا جنوب صنعاء .")


def test_name_glued_to_ba_after_a_settlement_word():
    text = "هاجموا مدرسة قرية بوادي , علي بعد15 كيلو مترا غرب بعلبك , تساندهم طائرات ."
    got = _places_named(text)
    assert got["بوادي"][0] == "LB"
    assert "وادي" not in got


def test_chinese_ng_spelt_with_jim():
    r = Row("gn:1", "populated_place", "CN", "Guangzhou", names=["قوانغتشو", "Guangzhou"])
    chinese_ng([r, Row("gn:2", "populated_place", "DZ", "X", names=["مستغانم"])])
    assert "قوانجتشو" in r.names
    assert _places_named("في مدينة قوانجتشو في جنوب الصين .")["قوانجتشو"][0] == "CN"


def test_names_the_data_lacked():
    assert _first_entry("سنورس") == ("EG", "Sinnuris")
    assert _first_entry("ليسيستر") == ("GB", "Leicester")
    assert _first_entry("سومطرا") == ("ID", "Sumatra")
    assert _first_entry("بروتان") == ("FR", "Brittany")
    assert _first_entry("بيكول") == ("PH", "Bicol")
    assert _places_named("يلعب الزمالك في معسكره بمدينة 6 اكتوبر .")["مدينة 6 اكتوبر"] == ("EG", "6th of October City")
    # bare, 6 أكتوبر is a date
    assert not _places_named("وقعت الحرب في 6 أكتوبر 1973 .")
    assert _places_named("وثار بركان مايون بإقليم الباي بمنطقة بيكول")["إقليم الباي"][0] == "PH"
    assert "الباي" not in _places_named("حكم الباي تونس .")
    got = _places_named("استبدال حكومة جمهورية الصين بحكومة جمهورية الصين الشعبية في الامم المتحدة")
    assert got["جمهورية الصين"][0] == "TW" and got["جمهورية الصين الشعبية"][0] == "CN"
    assert _places_named("انسحبت من كفر شوبا وشبعا الحدودية .")["شبعا"][0] == "LB"
    assert _places_named("استقبل ولي عهد أبوظبي في قصر سموه بالبطين الوزير .")["البطين"][0] == "AE"
    got = _places_named("عاشوا باليمن حيث أقاموا مملكة سبأ ودولة حمير .")
    assert got["مملكة سبأ"][0] == "YE" and got["دولة حمير"][0] == "YE"
    # bare سبأ is Yemen's news agency
    assert "سبأ" not in _places_named("ونقلت وكالة سبأ عن مصدر مسؤول .")
