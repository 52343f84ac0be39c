"""Round 62 (the misses left on blind46-67): a town name's second word with the article where the data
write it bare (article_keys)."""

from __future__ import annotations

from marsad.gazetteer.article_keys import article_variant
from tests.test_geo_round49 import places_named as _places_named


def test_article_variant():
    assert article_variant("دورا قرع") == "دورا القرع"
    assert article_variant("دير البلح") is None  # has it already
    assert article_variant("عين دق") is None  # a short second word
    assert article_variant("نابلس") is None


def test_second_word_with_the_article():
    got = _places_named("مقابلة مع الحجة حسنة ذياب من قرية دورا القرع حول تاريخ مخيم الجلزون .")
    assert got["دورا القرع"] == ("PS", "Dura al Qar‘")


def test_bare_rif_beside_a_moroccan_place():
    got = _places_named("محمد بن عبد الكريم الخطابي ( 1882 - 1963 ) أمير الريف ( شمال المغرب ) .")
    assert got["الريف"] == ("MA", "Rif")
    got = _places_named("من مواليد بلدة اجدير بالريف سنة 1882 .")
    assert got["الريف"] == ("MA", "Rif")


def test_bare_rif_not_alone_nor_as_a_countryside():
    assert "الريف" not in _places_named("لقب ببطل الريف ، وأسد الريف .")
    assert "الريف" not in _places_named("يعيش نصف السكان في الريف السوري قرب دمشق .")
    assert "الريف" not in _places_named("هاجر من الريف الى المدن . ثم سافر الى المغرب .")


def test_added_article_key_only_after_a_village_word():
    assert "نور الشمس" not in _places_named("يقيمون في أقبية لا يصلها نور الشمس في غزة .")
