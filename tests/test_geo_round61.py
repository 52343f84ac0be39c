"""Round 61 (the misses on blind67, Wojood): towns of Israel and Palestine that GeoNames names only in Latin
letters, reached from the Arabic spelling's letters (romanized_towns)."""

from __future__ import annotations

from marsad.gazetteer.romanized_towns import _arabic_letters, _has_vowels_of, _latin_letters, consonants
from tests.test_geo_round49 import places_named as _places_named


def test_letters_on_both_sides():
    assert consonants(_arabic_letters("زرعين")) == consonants(_latin_letters("zirin")) == "zrn"
    assert consonants(_arabic_letters("يازور")) == consonants(_latin_letters("yoezer")) == "yzr"
    # a long vowel Arabic writes is in the Latin name too
    assert _has_vowels_of(_latin_letters("yazur"), _arabic_letters("يازور"))
    assert not _has_vowels_of(_latin_letters("yoezer"), _arabic_letters("يازور"))


def test_a_village_by_its_latin_name():
    got = _places_named("نموذج عقد زواج في قرية زرعين قضاء مدينة جنين يعود لسنة ( 1954 ) .")
    assert got["زرعين"] == ("IL", "Yizre‘el")
    got = _places_named("ارقام البيارات في قرية يازور المدمرة قضاء مدينة يافا فترة الانتداب البريطاني على فلسطين .")
    assert got["يازور"] == ("IL", "Azor")


def test_not_without_israel_or_palestine():
    assert _places_named("نموذج عقد زواج في قرية زرعين قضاء مدينة حمص .").get("زرعين", ("SY",))[0] != "IL"


def test_after_a_village_word_with_a_glued_fa():
    got = _places_named("هاجر أهلها من قرية عكا ثم سكنوا فقرية زرعين قضاء مدينة جنين قبل ( 1948 ) .")
    assert got["زرعين"] == ("IL", "Yizre‘el")


def test_each_gazetteer_keeps_its_own_index():
    # keyed by the gazetteer object, held weakly: a later gazetteer that reuses a collected one's id() gets its own
    import gc
    import weakref

    from marsad.gazetteer import romanized_towns, skeletons
    from marsad.gazetteer.store import Gazetteer

    gaz = Gazetteer.load()
    _places_named("نموذج عقد زواج في قرية زرعين قضاء مدينة جنين يعود لسنة ( 1954 ) .")
    for module in (romanized_towns, skeletons):
        assert isinstance(module._INDEX, weakref.WeakKeyDictionary)
        assert all(isinstance(k, Gazetteer) for k in module._INDEX)
    gc.collect()
    assert gaz is Gazetteer.load()  # the shipped one is cached per process
