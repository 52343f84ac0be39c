"""Squares abroad named by a transliterated word after ميدان / ساحة (round 34)."""

from __future__ import annotations

from marsad.gazetteer import geocode


def _places(text: str) -> dict[str, str | None]:
    return {p.text: p.iso2 for p in geocode(text)}


def test_a_transliterated_name_after_a_square_word_is_a_square_of_the_unit_named():
    got = _places("وتجمع آلاف المحتجين في ساحة كاتالونيا وسط برشلونة رافعين الأعلام.")
    assert got["كاتالونيا"] == "ES"


def test_a_transliterated_square_name_takes_the_story_country():
    got = _places("فرقت الشرطة الروسية مئات المعارضين في موسكو أمس. وتجمع المحتجون في ميدان « كونكوردا » حسب الشرطة.")
    assert got["كونكوردا"] == "RU"


def test_arabic_nouns_and_adjectives_after_a_square_word_are_no_names():
    for text in ("وتحولت المدينة إلى ساحة ابتزاز للجيران بعد الحرب في سوريا.",
                 "وأصبحت ليبيا ساحة أوروبية لتصفية الحسابات.",
                 "وقال إن العراق لن يكون ساحة حرب بين واشنطن وطهران."):
        got = _places(text)
        assert not {"ابتزاز", "أوروبية", "حرب"} & set(got), text


def test_a_square_named_after_a_man_or_an_event_is_placed_by_the_town_after_it():
    """Places round 44: a two- or three-word name after ميدان/ساحة that في or وسط and a town follow at once."""
    got = {p.text: (p.iso2, p.admin1) for p in geocode("واعتصم المئات في ميدان سعد زغلول وسط الإسكندرية")}
    assert got.get("سعد زغلول") == ("EG", "Alexandria"), got
    got = {p.text: (p.iso2, p.name) for p in geocode("واحتشد المتظاهرون في ساحة ثورة يوليو في بغداد")}
    assert got.get("ثورة يوليو") == ("IQ", "Baghdad"), got
    # an arena of strife, a label agreeing with the square word, or a country after it: no name
    for text in ("وتحولت الأحياء إلى ساحة قتال عنيف في حلب", "وباتت المدينة ساحة حرب مفتوحة في بيروت",
                 "وأصبحت ساحة صراع إقليمي في بغداد", "وتظاهر الطلاب في ميدان قصر كبير في قبرص"):
        assert {p.text for p in geocode(text)} <= {"حلب", "بيروت", "بغداد", "قبرص"}, text
