"""Places a truce's verb of covering lists (`marsad.events.scope`) are its scope, not the fighting's scene."""

from __future__ import annotations

from marsad.events.assemble import Extractor
from marsad.events.scope import truce_scope
from tests.test_events_precision import make_doc, place

TEXT = ("وتندلع المعارك الجديدة في جبل مرة رغم وقف إطلاق النار الذي أعلنته الخرطوم والذي يشمل ولايات دارفور "
        "والنيل الأزرق وجنوب كردفان.")


def test_the_states_a_ceasefire_covers_are_its_scope_a_campaign_that_covered_towns_is_not():
    assert truce_scope(TEXT, place("النيل الأزرق", TEXT, "Blue Nile", "SD", "admin1"))
    assert not truce_scope(TEXT, place("جبل مرة", TEXT, "Jebel Marra", "SD", "region"))
    raid = "ونفذت القوات حملة مداهمات شملت بلدات دارفور والنيل الأزرق."
    assert not truce_scope(raid, place("النيل الأزرق", raid, "Blue Nile", "SD", "admin1"))


def test_fighting_despite_a_ceasefire_is_where_it_broke_out_not_in_the_ceasefires_states():
    doc = make_doc(TEXT, (place("جبل مرة", TEXT, "Jebel Marra", "SD", "region", "Central Darfur"),
                          place("الخرطوم", TEXT, "Khartoum", "SD", admin1="Khartoum"),
                          place("دارفور", TEXT, "Darfur", "SD", "region", "Central Darfur"),
                          place("النيل الأزرق", TEXT, "Blue Nile", "SD", "admin1", "Blue Nile"),
                          place("جنوب كردفان", TEXT, "South Kordofan", "SD", "admin1", "South Kordofan")))
    got = [e.location.name for e in Extractor(classifier=None)(doc).events if e.location]
    assert got == ["Jebel Marra"]
