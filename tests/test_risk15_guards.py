"""Guards on the session's rules, each from a sentence of ordinary news the rule misread (risk15)."""

from __future__ import annotations

import pytest

from tests.test_geo_round49 import places_named as _places_named


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    import marsad

    return marsad.Pipeline.load()


def test_a_1948_birth_in_a_syrian_village_stays_in_syria():
    got = _places_named("ولد اللواء في قرية الزعفرانة عام 1948 في ريف حمص، وتولى قيادة الفرقة الرابعة.")
    assert got["الزعفرانة"][0] == "SY"
    assert _places_named("تأسست مدرسة قرية البويضة الشرقية عام 1948 في ريف دمشق.")["البويضة"][0] == "SY"
    # a village emptied in 1948 keeps Israel (round 60)
    assert _places_named("صور للمنازل العربية في قرية دير ياسين قبل حرب 1948 ( النكبة ) .")["دير ياسين"][0] == "IL"


def test_a_camp_name_ending_a_persons_name_is_his_family_name(nlp):  # type: ignore[no-untyped-def]
    doc = nlp("قال رئيس المؤتمر الشعبي اللبناني كمال شاتيلا إن الحكومة فشلت في معالجة الأزمة الاقتصادية.")
    assert not any(p.text == "شاتيلا" for p in doc.places)
    doc = nlp("اندلعت اشتباكات مسلحة في مخيم شاتيلا جنوب بيروت.")
    assert any(p.name == "Shatila camp" for p in doc.places)
