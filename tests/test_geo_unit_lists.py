"""Governorates after محافظات, place heads the NER reads as persons, words inside towns (round 40)."""

from __future__ import annotations

from marsad.gazetteer import geocode


def _got(text: str) -> dict[str, tuple[str | None, str | None, str]]:
    return {p.text: (p.iso2, p.admin1, p.level) for p in geocode(text)}


def test_items_after_muhafazat_that_are_also_words_are_the_governorates():
    got = _got("وامتدت الاحتجاجات إلى محافظات الدقهلية والغربية، والبحيرة مساء الخميس")
    assert got["الغربية"] == ("EG", "Gharbia", "admin1")
    assert got["البحيرة"] == ("EG", "Behera", "admin1")


def test_a_single_item_or_a_word_that_is_no_unit_is_left_alone():
    assert "الجنوب" not in _got("خرجت مظاهرات في محافظات الجنوب أمس")
    assert "البحيرة" not in _got("جرت المباراة في محافظات مصر قرب البحيرة")


def test_a_place_head_keeps_a_name_the_ner_read_as_a_person():
    from marsad.gazetteer.geocoder import Geocoder
    from marsad.model import Entity

    def places(text: str, span: str) -> dict[str, str | None]:
        s = text.index(span)
        return {p.text: p.iso2 for p in Geocoder().places(text, [Entity(start=s, end=s + len(span), text=span,
                                                                         label="PER")])}

    assert places("وقال رئيس شرطة بيت لحم إن الحادث وقع مساء أمس", "بيت لحم").get("بيت لحم") == "PS"
    # ابو opens men's names too: the person stands
    assert "ابو غريب" not in places("وقال ابو غريب إن الحادث وقع مساء أمس", "ابو غريب")


def test_a_common_word_placed_in_a_town_abroad_is_coded_to_that_town():
    from marsad.gazetteer import geocode

    got = {p.text: (p.iso2, p.name, p.geo_precision) for p in geocode("فجر انتحاري نفسه في منطقة السوق في دمشق")}
    assert got["السوق"] == ("SY", "Damascus", 2)
