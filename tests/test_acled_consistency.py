"""The final pass that keeps an event's ACLED fields paired as ACLED pairs them."""

from __future__ import annotations

from dataclasses import replace

from test_store_support import event

from marsad.events.acled_consistency import consistent


def test_an_arrest_of_civilians_is_not_civilian_targeting():
    arrest = event(etype="Strategic developments", sub="Arrests", actor2="Civilians (Syria)")
    assert arrest.disorder_type == "Strategic developments"
    arrest = replace(arrest, civilian_targeting=True)
    assert consistent(arrest).civilian_targeting is False
    attack = replace(event(etype="Violence against civilians", sub="Attack"), civilian_targeting=True)
    assert consistent(attack) is attack


def test_a_violent_demonstrations_crowd_is_rioters_and_a_peaceful_ones_protesters():
    riot = event(etype="Riots", sub="Violent demonstration", actor1="Protesters (Palestine)", actor2=None)
    out = consistent(riot)
    assert out.actor1 == "Rioters (Palestine)" and out.inter1 == 5 and out.interaction == 50
    march = event(etype="Protests", sub="Peaceful protest", actor1="Rioters (Iraq)", actor2=None)
    assert consistent(march).actor1 == "Protesters (Iraq)" and consistent(march).inter1 == 6
    clash = event()
    assert consistent(clash) is clash
