"""Round 55 type rules (issue 5): ACLED's codebook ideas for real incidents typed wrong.

Constructed sentences, each paired with one that keeps the old type.
"""

from __future__ import annotations

from marsad.events.intervention import live_rounds
from tests.test_events_precision import ext
from tests.test_events_precision import types_of as _types

__all__ = ["ext"]  # the shared extractor fixture, used by name


def test_tear_gas_that_killed_no_one_is_an_intervention(ext):
    text = ("حاول متظاهرون اقتحام مبنى المحافظة وسط مدينة الكوت الأحد، لكن الشرطة قامت بتفريقهم بقنابل الغاز المسيل "
            "للدموع.")
    assert _types(ext, text) == ["Protest with intervention"]


def test_live_rounds_stay_excessive_force(ext):
    text = ("حاول متظاهرون اقتحام مبنى المحافظة وسط مدينة الكوت الأحد، لكن الشرطة قامت بتفريقهم بالرصاص الحي وقنابل "
            "الغاز المسيل للدموع.")
    assert _types(ext, text) == ["Excessive force against protesters"]


def test_soft_rounds_are_not_live_rounds():
    assert not live_rounds(["اطلاق", "رصاص", "مطاطي", "قنابل", "صوت"])
    assert not live_rounds(["رصاص", "معدني", "مغلف", "بالمطاط"])
    assert live_rounds(["رصاص", "حي", "غاز"])
    assert live_rounds(["رصاص", "جيش"])


def test_a_targeted_market_in_a_story_of_shells_is_a_shelling(ext):
    text = "لقي خمسة أشخاص مصرعهم الاثنين إثر استهداف سوق شعبي في مدينة دوما. وتعرضت المدينة لقذائف الهاون مرارا."
    assert _types(ext, text) == ["Shelling/artillery/missile attack"]


def test_targeted_homes_in_a_story_of_shells_are_a_shelling(ext):
    text = ("قتلت امرأة يمنية من جراء استهداف ميليشيات الحوثي المستمر للمناطق السكنية في مدينة حيس. وتطلق "
            "الميليشيات قذائف الهاون على المدينة منذ أسابيع.")
    assert _types(ext, text) == ["Shelling/artillery/missile attack"]


def test_a_targeted_market_with_no_weapon_told_keeps_its_type(ext):
    text = "لقي خمسة أشخاص مصرعهم الاثنين إثر استهداف سوق شعبي في مدينة دوما."
    assert "Shelling/artillery/missile attack" not in _types(ext, text)
