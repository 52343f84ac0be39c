"""Round 53 (the misses on blind54 and blind55, ANERcorp): towns the data give no admin1, a big town placed in a
country it is not in, Lebanon's South in a Lebanese sentence, Cairo's alleys, a journey to a name spelt with ه,
and the names the data lacked (Nasr City, Westminster, Whitehall, Andrews, ميشيغن, bare كوريا)."""

from __future__ import annotations

from marsad.gazetteer.api import geocode
from tests.test_geo_round49 import places_named as _places_named
from tests.test_geo_round50 import first_entry as _first_entry


def _place(text: str, word: str):
    """The place found over `word` (its span may hold a type word too), or None."""
    i = text.index(word)
    return next((p for p in geocode(text) if p.start <= i < p.end), None)


def test_town_without_admin1_in_its_state():
    # the data give US towns no admin1: one in the state the text names is that town, not the state
    got = _places_named("تأسست المنظمة في مدينة سان فرانسيسكو في ولاية كاليفورنيا الامريكية .")
    assert got["سان فرانسيسكو"] == ("US", "San Francisco")


def test_big_town_placed_in_another_country():
    # Ontario, California (171,000 people) is not "in Canada": the province, coded to Canada
    assert _places_named("من جامعة ماك ماستر في أونتاريو بكندا , أن")["أونتاريو"][0] == "CA"


def test_compass_noun_in_a_lebanese_sentence():
    text = "وذكر وزير الدفاع اللبناني أنه قد يسعي إلي وقف نشر الجيش اللبناني في الجنوب , ما لم تقدم الأمم المتحدة ."
    assert _places_named(text)["الجنوب"] == ("LB", "South")
    text = "قالت ليفني إن إسرائيل تريد سيطرة الجيش اللبناني على منطقة الجنوب ."
    assert _places_named(text)["الجنوب"] == ("LB", "South")
    # no Lebanese word in the sentence, or a direction (إلى), stays a word
    assert "الجنوب" not in _places_named("انتشر الجيش السوداني في الجنوب .")
    assert "الجنوب" not in _places_named("وقال وزير لبناني إن الجيش توجه من الشمال إلى الجنوب .")


def test_cairo_alleys():
    text = "ولد محفوظ في حارة درب قرمز الواقعة في ميدان بيت القاضي بحي الجمالية بالقاهرة القديمة ."
    p = _place(text, "قرمز")
    assert p is not None and p.text == "درب قرمز" and (p.iso2, p.admin1) == ("EG", "Cairo")
    # the adjective "hot" and the sailors are no alley
    assert _place("حطت الطائرة في أجواء حارة خانقة في القاهرة", "خانقة") is None
    assert _place("وقال بحارة الجيش إن السفينة غرقت قرب القاهرة", "الجيش") is None


def test_journey_to_a_name_spelt_with_ha():
    # a text that writes ة spells جده "his grandfather", but one comes "from" a place
    text = "حصل أسامة المليجي عضو مجلس الإدارة على بيانات شاملة عن الفريق قبل عودته إلى القاهرة قادما من جده ."
    assert _places_named(text)["جده"] == ("SA", "Jeddah")


def test_names_the_data_lacked():
    assert _places_named("المنطقة الحرة العامة بمدينة نصر علي")["مدينة نصر"] == ("EG", "Madinat an Nasr")
    assert _first_entry("وستمنستر")[0] == "GB"
    assert _first_entry("وايتهل") == ("GB", "Whitehall")
    assert _places_named("وقال في قاعدة اندروز الجوية قبل ان يعود")["قاعدة اندروز الجوية"][0] == "US"
    assert _first_entry("ميشيغن") == ("US", "Michigan")
    assert _places_named("في غامبيا بالنسبة لكوريا .")["كوريا"] == ("KR", "South Korea")
    assert _places_named("قال إن كوريا الشمالية ستجري")["كوريا الشمالية"][0] == "KP"


def test_name_without_article_after_a_quantifier():
    # "أحد رياض": one of the riads (a plural noun), not Riyadh, which is always written الرياض
    assert "رياض" not in _places_named("وجهتهن كانت أحد رياض حي القصبة بالمدينة العتيقة .")
    assert _places_named("وصل إلى الرياض أحد الوزراء")["الرياض"][0] == "SA"


def test_bare_korea_beside_the_north():
    text = "تسلم أوراق سفير كوريا الشمالية وقال إن جونغ-أون سيدرك إعادة توحيد كوريا بنجاح ."
    got = [(p.text, p.iso2) for p in geocode(text)]
    assert ("كوريا الشمالية", "KP") in got and ("كوريا", "KR") not in got
