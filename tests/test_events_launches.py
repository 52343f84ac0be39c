"""A launch or take-off site told after من and the site's noun (`marsad.events.launches`) is an origin, no scene."""

from __future__ import annotations

from marsad.events.assemble import Extractor
from marsad.events.launches import launch_origin
from tests.test_events_precision import make_doc, place


def test_a_place_near_the_site_a_missile_was_launched_from_is_an_origin():
    text = "وتم إطلاق صاروخ باتريوت من منظومة قرب صفد في الجليل."
    assert launch_origin(text, place("صفد", text, "Safed", "IL"))
    near = "وتم إطلاق صاروخ من منظومة بالقرب من مدينة صفد."
    assert launch_origin(near, place("صفد", near, "Safed", "IL"))


def test_fire_opened_from_a_car_in_a_quarter_is_no_launch_and_a_plain_site_no_origin():
    shot = "وأطلق مسلحون النار من سيارة مسرعة في حي الكرادة."
    assert not launch_origin(shot, place("الكرادة", shot, "Karrada", "IQ"))
    struck = "وقصفت الطائرات مواقع قرب صفد."
    assert not launch_origin(struck, place("صفد", struck, "Safed", "IL"))


def test_jets_whose_sentence_names_only_the_launch_site_take_the_struck_place_told_before():
    text = ("وأفادت المصادر بوقوع غارات جوية على مواقع في مدينة القصير. "
            "وقال المراسل إن مقاتلات إسرائيلية انطلقت من مطارات في الشمال وتم إطلاق صاروخ من منظومة قرب صفد.")
    doc = make_doc(text, (place("القصير", text, "Al Qusayr", "SY", admin1="Homs"),
                          place("صفد", text, "Safed", "IL", admin1="North")))
    got = [e.location.name for e in Extractor(classifier=None)(doc).events if e.location]
    assert "Safed" not in got and "Al Qusayr" in got
