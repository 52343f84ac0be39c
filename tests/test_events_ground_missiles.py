"""Round 88 type rule: surface-to-surface missiles (أرض أرض) are a missile attack, not an air strike.

Constructed sentences and token lists; a list that names air raids beside the missiles keeps the air strike.
"""

from __future__ import annotations

from marsad.events.ground_missiles import surface_to_surface
from marsad.text import tokenize
from tests.test_events_precision import ext
from tests.test_events_precision import types_of as _types

__all__ = ["ext"]  # the shared extractor fixture, used by name


def _at(text: str) -> int | None:
    toks = tokenize(text)
    return surface_to_surface(toks, 0, len(toks))


def test_ground_to_ground_found_with_or_without_a_hyphen():
    assert _at("قصف المستشفى بصواريخ أرض أرض") is not None
    assert _at("بأكثر من 55 صاروخا من نوع أرض-أرض قصيرة المدى") is not None
    assert _at("استهدفت المدن بـ45 صاروخ أرض – أرض") is not None


def test_one_ground_word_is_no_missile():
    assert _at("سقطت القذائف على أرض زراعية") is None


def test_a_bombardment_with_ground_missiles_is_shelling(ext):
    text = ("وتعرض مستشفى الثورة بمدينة الحديدة يوم الثلاثاء لقصف من قبل مسلحي ميليشيا الحوثي بصواريخ أرض أرض ومن ثم "
            "تصوير المشهد على أنه قصف من قبل طيران التحالف.")
    types = _types(ext, text)
    assert "Shelling/artillery/missile attack" in types and "Air/drone strike" not in types


def test_aircraft_told_between_the_trigger_and_the_missiles_keep_the_air_strike(ext):
    # the missiles may be the aircraft's
    assert _types(ext, "تعرضت مدينة دوما لقصف جوي بصواريخ أرض أرض يوم الثلاثاء.") == ["Air/drone strike"]


def test_air_raids_listed_beside_the_missiles_keep_the_air_strike(ext):
    text = "تعرضت مدينة دوما لقصف بـ45 صاروخ أرض أرض و38 غارة جوية يوم الثلاثاء."
    assert _types(ext, text) == ["Air/drone strike"]
    # the same strike without the raids is the missiles'
    assert _types(ext, text.replace(" و38 غارة جوية", "")) == ["Shelling/artillery/missile attack"]



def test_the_list_reach_counts_words_after_the_second_ground_word(ext):
    # air raids within four words after the missiles are listed beside them; five words on, they are not
    near = "تعرضت مدينة دوما لقصف بصواريخ أرض أرض قبل ساعات من الغارات الجوية يوم الثلاثاء."
    assert _types(ext, near) == ["Air/drone strike"]
    far = "تعرضت مدينة دوما لقصف بصواريخ أرض أرض قبل ساعات من بدء الغارات الجوية يوم الثلاثاء."
    assert _types(ext, far) == ["Shelling/artillery/missile attack"]
