"""A state condemning an incident abroad (`marsad.events.commenting`) is no scene, nor its country the victims'."""

from __future__ import annotations

from marsad.events.assemble import Extractor
from marsad.events.commenting import commenting, victims_country
from tests.test_events_precision import make_doc, place

TEXT = ("دانت فرنسا السبت إطلاق النار العشوائي للجيش الإسرائيلي، الذي أدى إلى مقتل تسعة فلسطينيين. "
        "وطلبت فرنسا من السلطات ضبط النفس. وتقول فرنسا إنها تتابع الوضع.")


def test_a_state_condemning_fire_on_another_people_is_the_speaker_not_the_scene():
    france = place("فرنسا", TEXT, "France", "FR", "country")
    assert commenting(TEXT, france, [france])
    home = "دانت فرنسا الهجوم الذي استهدف مدينة نيس."
    assert not commenting(home, place("فرنسا", home, "France", "FR", "country"), [])


def test_the_people_killed_give_the_country_unless_it_is_the_speakers():
    got = victims_country(TEXT, (0, TEXT.index(".")), "FR")
    assert got is not None and got.iso2 == "PS" and TEXT[got.start : got.end] == got.text == "فلسطينيين"
    assert victims_country(TEXT, (0, TEXT.index(".")), "PS") is None


def test_fire_a_foreign_state_condemns_is_placed_in_the_country_of_the_killed_not_the_speakers():
    places = tuple(place("فرنسا", TEXT, "France", "FR", "country", nth=k) for k in range(3))
    events = Extractor(classifier=None)(make_doc(TEXT, places)).events
    assert events and all(e.location is None or e.location.iso2 != "FR" for e in events)
    assert any(e.location is not None and e.location.iso2 == "PS" for e in events)
