"""A well-known person's country as a weak story-country vote (places round 43); constructed sentences."""

from __future__ import annotations

from marsad.gazetteer import geocode
from marsad.gazetteer.geocoder import Geocoder
from marsad.model import Entity, Place


def _one(places: list[Place], text: str, name: str) -> Place:
    got = [p for p in places if p.text == name]
    assert len(got) == 1, [(p.text, p.name) for p in places]
    assert text[got[0].start:got[0].end] == got[0].text
    return got[0]


def test_a_lebanese_leader_sets_tripoli_in_lebanon():
    text = "وعاد نجيب ميقاتي إلى منزله في طرابلس بعد ليلة من الاشتباكات"
    assert _one(geocode(text), text, "طرابلس").iso2 == "LB"
    # without the person the capital of Libya stays the reading
    alone = "وقعت ليلة من الاشتباكات في طرابلس"
    assert _one(geocode(alone), alone, "طرابلس").iso2 == "LY"


def test_a_person_the_ner_tagged_but_nobody_linked_still_votes():
    # the NER's PER entity covers the KB's match (no actor linker ran): the person is still the KB's
    text = "واتصل سعد الحريري بعائلات الضحايا الذين سقطوا في انفجار طرابلس"
    s = text.index("سعد الحريري")
    per = Entity(start=s, end=s + len("سعد الحريري"), text="سعد الحريري", label="PER")
    assert _one(Geocoder().places(text, [per]), text, "طرابلس").iso2 == "LB"


def test_a_place_named_story_outweighs_a_visiting_person():
    # two Libyan names set the story; a Lebanese visitor does not move Tripoli
    text = "واستقبل المسؤولون في بنغازي ومصراتة نجيب ميقاتي قبل عودته إلى طرابلس"
    assert _one(geocode(text), text, "طرابلس").iso2 == "LY"
