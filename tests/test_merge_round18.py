"""Merge check 18 (2026-12-01): a report dated only to the week or the month joins an incident only
on its own sub-type and a named party in common (`rules.vague_date_agree`)."""

from __future__ import annotations

from test_store_support import event

from marsad.corroborate import Report, merge
from marsad.corroborate.rules import vague_date_agree
from marsad.model import Event


def rep(key: int, ev: Event, doc: str | None = None) -> Report:
    return Report(key=key, doc=doc or f"d{key}", source="S", event=ev, published="2025-10-22")


def strike(eid: str = "e1", **kw: object) -> Event:
    kw.setdefault("actor1", None)
    kw.setdefault("actor2", "Civilians (Syria)")
    return event(eid, etype="Explosions/Remote violence", sub="Air/drone strike", **kw)


def shelling(eid: str = "e1", **kw: object) -> Event:
    kw.setdefault("actor1", None)
    kw.setdefault("actor2", "Civilians (Syria)")
    return event(eid, etype="Explosions/Remote violence", sub="Shelling/artillery/missile attack", **kw)


def test_day_precise_reports_are_not_touched():
    assert vague_date_agree(strike(), 1, shelling(), 1)
    assert len(merge([rep(1, strike()), rep(2, shelling())])) == 1  # a common party across sub-types, as before


def test_a_month_precise_summary_does_not_join_another_sub_type():
    """Hand check: "the air bombardment this month drove 160,000 from Dar'a" joined the shelling of one Wednesday."""
    summary = strike(date="2025-10-15", precision=3)
    assert not vague_date_agree(summary, 3, shelling(), 1)
    assert len(merge([rep(1, shelling()), rep(2, summary)])) == 2


def test_a_week_precise_line_needs_a_named_party_in_common():
    """Hand check: "an armed group stormed the oil company at the start of this week" joined a shell on a
    camp nine days earlier: same sub-type, no party named by both."""
    storming = event(actor1="Unidentified Armed Group (Libya)", actor2=None, date="2025-10-27", precision=2)
    shell = event(actor1=None, actor2="Civilians (Libya)", date="2025-10-21")
    assert not vague_date_agree(storming, 2, shell, 1)
    assert len(merge([rep(1, shell), rep(2, storming)])) == 2


def test_a_week_precise_report_of_the_same_strike_still_joins():
    """"Images of the T4 base hit a few days ago" is the strike the day reports tell of."""
    israel = dict(actor1="Military Forces of Israel", actor2="Military Forces of Syria")
    day = strike(date="2025-10-21", **israel)
    later = strike(date="2025-10-19", precision=2, **israel)
    assert vague_date_agree(later, 2, day, 1)
    assert len(merge([rep(1, day), rep(2, later)])) == 1


def test_the_rule_holds_for_an_undated_report_dated_from_its_publication():
    """A report with no date of its own is dated from publication at week precision (`Report.precision`)."""
    undated = shelling(date=None)
    assert rep(2, undated).precision == 2
    assert len(merge([rep(1, strike()), rep(2, undated)])) == 2
