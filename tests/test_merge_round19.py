"""Merge round 19 (2026-12-02): across sub-types a common party must hold the same side in both
reports, unless one of them is an armed clash (`rules.subtypes_agree`)."""

from __future__ import annotations

from test_store_support import event

from marsad.corroborate import Report, merge
from marsad.corroborate.rules import subtypes_agree
from marsad.model import Event

HODEIDAH = dict(name="Al Hudaydah", country="Yemen", iso2="YE", admin1="Al Hodeidah", admin2="Al Hudaydah",
                admin3="Al Hudaydah", lat=14.80, lon=42.95)  # fmt: skip
COALITION = "Military Forces of Saudi Arabia (2015-)"
HOUTHI = "Military Forces of Yemen (2017-) Houthi"


def rep(key: int, ev: Event) -> Report:
    return Report(key=key, doc=f"d{key}", source=f"S{key}", event=ev, published="2025-10-21")


def strike(eid: str = "e1", actor1: str | None = COALITION, actor2: str | None = HOUTHI) -> Event:
    return event(eid, etype="Explosions/Remote violence", sub="Air/drone strike", actor1=actor1, actor2=actor2,
                 where=HODEIDAH)  # fmt: skip


def mine(eid: str = "e2", actor1: str | None = HOUTHI, actor2: str | None = COALITION) -> Event:
    return event(eid, etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED", actor1=actor1,
                 actor2=actor2, where=HODEIDAH)  # fmt: skip


def test_the_war_s_two_sides_on_opposite_sides_do_not_join_two_sub_types():
    """Hand check 18 (#2, inc-76631b29b28e): coalition strikes on Houthi reinforcements and a Houthi mine
    aimed at the coalition, one day at Hodeidah, name the same two parties the other way round."""
    assert not subtypes_agree(strike(), mine())
    assert len(merge([rep(1, strike()), rep(2, mine())])) == 2


def test_a_common_party_on_the_same_side_still_joins_two_sub_types():
    """A strike and a shelling of the Houthis by the coalition (قصف for one outlet, غارة for another)."""
    shelling = event("e2", etype="Explosions/Remote violence", sub="Shelling/artillery/missile attack",
                     actor1=COALITION, actor2=None, where=HODEIDAH)  # fmt: skip
    assert subtypes_agree(strike(), shelling)
    (inc,) = merge([rep(1, strike()), rep(2, shelling)])
    assert len(inc.reports) == 2
    target_only = mine(actor1=None, actor2=HOUTHI)  # the Houthis the target in both
    assert subtypes_agree(strike(), target_only)


def test_a_clash_needs_only_a_party_in_common():
    """In a clash the order of the two sides means little: the Houthis first in it still join the
    strike that names them as the target."""
    clash = event("e2", sub="Armed clash", actor1=HOUTHI, actor2=COALITION, where=HODEIDAH)
    assert subtypes_agree(strike(), clash) and subtypes_agree(clash, strike())
    assert len(merge([rep(1, strike()), rep(2, clash)])) == 1


def test_one_sub_type_is_unchanged():
    """Reports of one sub-type never needed a side in common (the extractor's order of the sides
    is not reliable enough to split them on)."""
    assert subtypes_agree(strike(), strike("e2", actor1=HOUTHI, actor2=COALITION))
