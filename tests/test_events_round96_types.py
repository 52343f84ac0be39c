"""Round 96 type rules: home-made fire bombs thrown by a crowd are a riot, not an IED; armed confrontations
between two groups are an armed clash, whoever else is named (a refugee camp where they fought is the scene,
not civilians attacked)."""

from __future__ import annotations

from tests.test_events_precision import ext
from tests.test_events_precision import types_of as _types

__all__ = ["ext"]  # the shared extractor fixture, used by name


def test_molotovs_thrown_at_the_police_are_a_violent_demonstration(ext):
    text = ("وقال المتحدث إن الشرطة سعت لتفريقهم إلا أن بعض أتباع الجماعة استخدموا قنابل مصنعة يدويا (مولوتوف) "
            "في شارع باسداران بطهران مساء الاثنين.")
    types = _types(ext, text)
    assert "Remote explosive/landmine/IED" not in types
    assert "Violent demonstration" in types


def test_a_planted_bomb_stays_an_explosive(ext):
    text = "انفجرت قنابل مصنعة محليا زرعها مسلحون على جانب الطريق في مدينة العريش مساء الاثنين."
    assert "Violent demonstration" not in _types(ext, text)


def test_armed_confrontations_in_a_refugee_camp_are_a_clash(ext):
    text = ("قتل شخصان في مواجهات مسلحة بين حركة فتح الفلسطينية وجماعة متشددة في مخيم للاجئين الفلسطينيين "
            "جنوبي لبنان، حسب ما قالت الوكالة الوطنية للإعلام، الثلاثاء.")
    types = _types(ext, text)
    assert "Attack" not in types
    assert "Armed clash" in types
