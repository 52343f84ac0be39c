"""Airports and ports abroad named by a foreign word the town after them places (places round 44)."""

from __future__ import annotations

from marsad.gazetteer import geocode


def _places(text: str) -> dict[str, tuple[str | None, str]]:
    out = {}
    for p in geocode(text):
        assert text[p.start:p.end] == p.text
        out[p.text] = (p.iso2, p.name)
    return out


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
