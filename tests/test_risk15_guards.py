"""Guards on the session's rules, each from a sentence of ordinary news the rule misread (risk15)."""

from __future__ import annotations

from marsad.events.exact_tolls import retold_exact
from marsad.gazetteer.lost_villages import _IN
from marsad.model import Fatalities
from tests.test_geo_round49 import places_named as _places_named


def test_a_1948_birth_in_a_syrian_village_stays_in_syria():
    got = _places_named("ولد اللواء في قرية الزعفرانة عام 1948 في ريف حمص، وتولى قيادة الفرقة الرابعة.")
    assert got["الزعفرانة"][0] == "SY"
    assert _places_named("تأسست مدرسة قرية البويضة الشرقية عام 1948 في ريف دمشق.")["البويضة"][0] == "SY"
    # a village emptied in 1948 keeps Israel (round 60)
    assert _places_named("صور للمنازل العربية في قرية دير ياسين قبل حرب 1948 ( النكبة ) .")["دير ياسين"][0] == "IL"


def test_the_words_that_put_a_village_in_a_unit():
    assert all(_IN.search(f"عام 1948 {w} ") for w in ("في", "بريف", "محافظه", "مدينه", "ومنطقة"))
    assert not _IN.search("عام 1948 تعريف ")  # ريف ending a longer word


def test_a_camp_name_ending_a_persons_name_is_his_family_name(nlp):  # type: ignore[no-untyped-def]
    doc = nlp("قال رئيس المؤتمر الشعبي اللبناني كمال شاتيلا إن الحكومة فشلت في معالجة الأزمة الاقتصادية.")
    assert not any(p.text == "شاتيلا" for p in doc.places)
    doc = nlp("اندلعت اشتباكات مسلحة في مخيم شاتيلا جنوب بيروت.")
    assert any(p.name == "Shatila camp" for p in doc.places)


def test_a_retold_part_of_the_dead_is_no_toll():
    dozens = Fatalities(best=10, low=10, high=99, text="عشرات القتلى")
    assert not retold_exact(dozens, Fatalities(best=4, low=4, high=4, text="4 من القتلى"))
    assert not retold_exact(dozens, Fatalities(best=3, low=3, high=3, text="3 قادة ميدانيين من الحوثيين قتلوا"))
    assert retold_exact(dozens, Fatalities(best=25, low=25, high=25, text="25 حوثيا قتلوا"))


def test_the_pipeline_keeps_dozens_over_a_retold_part(nlp):  # type: ignore[no-untyped-def]
    doc = nlp("أسفرت الغارات على سوق في صعدة عن سقوط عشرات القتلى. وقالت مصادر طبية إن 4 من القتلى نساء قتلن في "
              "غارات سوق صعدة.", published="2019-03-10")
    assert [e.fatalities.best for e in doc.events] == [10]
