"""Sites placed at their member town's data row (places round 43): Kibera, the Beddawi camp; airports abroad named
by a foreign word the town after them places (round 44)."""

from __future__ import annotations

from marsad.gazetteer import geocode


def _places(text: str) -> dict[str, tuple[str | None, str]]:
    out = {}
    for p in geocode(text):
        assert text[p.start:p.end] == p.text
        out[p.text] = (p.iso2, p.name)
    return out


def test_kibera_is_nairobis_quarter():
    got = _places("وأطلقت الشرطة الغاز المسيل للدموع على مئات الشبان في كيبيرا بعد إعلان النتائج")
    assert got.get("كيبيرا") == ("KE", "Kibera"), got


def test_the_beddawi_camp_is_lebanons_with_its_type_word_only():
    got = _places("وشهد مخيم البداوي توترا بعد اشتباك بين شبان وعناصر من الجيش")
    assert got.get("مخيم البداوي") == ("LB", "Beddawi camp"), got
    # البداوي alone is the Bedouin's adjective or a family name, not the camp
    assert "البداوي" not in _places("وقال الشاعر محمد البداوي إن القصيدة كتبت قبل عامين")


def test_a_foreign_airport_name_is_coded_to_the_town_after_it():
    assert _places("وأوقفت الشرطة مسافرين في مطار غاتويك بلندن بعد إنذار كاذب").get("غاتويك") == ("GB", "London")
    assert _places("وتأخرت الرحلات في مطار دونموانغ في بانكوك ساعات").get("دونموانغ") == ("TH", "Bangkok")
    assert _places("وهبطت طائرة الوزير في مطار لوبورجيه قرب باريس").get("لوبورجيه") == ("FR", "Paris")


def test_an_adjective_after_the_airport_word_is_no_name():
    for text in ("وهبطت الطائرة في مطار صغير قرب باريس", "وافتتح مطار جديد بلندن",
                 "وهبطت الطائرة في مطار دولي في بانكوك", "وأغلق ميناء تجاري في مرسيليا",
                 "وأقيم معسكر اعتقال قرب برلين", "وهبطت في مطار احتياطي قرب باريس",
                 "وبني ميناء استراتيجي في مرسيليا"):
        got = _places(text)
        assert set(got) <= {"باريس", "لندن", "بانكوك", "مرسيليا", "برلين"}, (text, got)


def test_a_quoted_area_past_its_adjective_and_in_the_middle_of_a_town():
    """Round 44: منطقة «X» الرئيسية في وسط Y: the adjective and "وسط" stand between the quote and the town."""
    got = _places("وقالت الشرطة إن منطقة «كوفنت غاردن» السياحية في وسط لندن أخليت بعد العثور على طرد")
    assert got.get("كوفنت غاردن") == ("GB", "London"), got
    # a quoted adjective agreeing with the area word stays a label
    assert set(_places("وأعلنوا منطقة «عازلة» الرئيسية في وسط سوريا")) <= {"سوريا"}
