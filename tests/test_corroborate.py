"""Corroboration: the merge rules, fatalities best/low/high with claimants, notes, near-duplicates."""

from __future__ import annotations

from dataclasses import replace

from test_store_support import ALEPPO, HARIM, SALQIN, event

from marsad.corroborate import Figure, Report, combine, merge, near_duplicates
from marsad.corroborate.fatalities import disagreement
from marsad.corroborate.rules import actors_compatible, date_interval, dates_agree, km, places_agree, type_family
from marsad.model import Event
from marsad.text.normalize import normalize


def rep(key: int, ev: Event, doc: str | None = None, source: str = "S") -> Report:
    return Report(key=key, doc=doc or f"d{key}", source=source, event=ev, published="2025-10-22")


def test_type_families():
    shell = event(etype="Explosions/Remote violence", sub="Shelling/artillery/missile attack")
    assert type_family(event()) == type_family(shell) == "armed"
    assert type_family(event(etype="Protests", sub="Peaceful protest")) == "demonstrations"
    arrests = event(etype="Strategic developments", sub="Arrests")
    agreement = event(etype="Strategic developments", sub="Agreement")
    assert type_family(arrests) != type_family(agreement)


def test_dates_within_precision():
    day = date_interval("2025-10-21", 1, slack_days=0)
    assert dates_agree(day, date_interval("2025-10-21", 1, 0))
    assert not dates_agree(day, date_interval("2025-10-23", 1, 0))
    assert dates_agree(day, date_interval("2025-10-02", 3, 0))  # "in October"
    assert not dates_agree(day, date_interval("2025-11-02", 3, 0))
    assert dates_agree(day, date_interval("2025-10-25", 2, 0))  # "last week"
    assert date_interval(None, 1) is None and date_interval("not a date", 1) is None


def test_places():
    h, s, a = event(where=HARIM).location, event(where=SALQIN).location, event(where=ALEPPO).location
    assert places_agree(h, h)
    assert 9 < km(h.lat, h.lon, s.lat, s.lon) < 11  # Harim-Salqin is about 10 km
    assert not places_agree(h, a) and places_agree(h, s, max_km=12) and not places_agree(h, s, max_km=5)
    assert not places_agree(h, None)
    syria = event(where=dict(name="Syria", country="Syria", iso2="SY", lat=35.0, lon=38.0)).location
    syria = type(syria)(**{**{k: getattr(syria, k) for k in syria.__slots__}, "level": "country", "geo_precision": 3})
    assert not places_agree(syria, syria)  # "in Syria" twice is not the same place


def test_actor_compatibility():
    army_hts = event()
    army = event(actor2=None)
    nobody = event(actor1=None, actor2=None)
    army_is = event(actor2="Islamic State")
    swapped = event(actor1="Hayat Tahrir al-Sham", actor2="Military Forces of Syria")
    assert actors_compatible(army_hts, army) and actors_compatible(army_hts, nobody)
    assert actors_compatible(army_hts, swapped)
    assert not actors_compatible(army_hts, army_is)


def test_merge_across_documents():
    reports = [
        rep(1, event(best=5, sources=("Syrian Observatory for Human Rights",)), source="Sky"),
        rep(2, event(date="2025-10-20", best=12, sources=("Ebaa News",)), source="Enab Baladi"),
        rep(3, event(actor2=None, best=None), source="SANA"),
        rep(4, event(where=ALEPPO), source="Sky"),  # another place
        rep(5, event(actor2="Islamic State"), source="BBC"),  # same place and day, other actors
        rep(6, event(etype="Protests", sub="Peaceful protest", actor1="Protesters", actor2=None), source="BBC"),
        rep(7, event(date="2025-11-30"), source="BBC"),  # far later
    ]
    incs = merge(reports)
    groups = sorted(sorted(r.key for r in i.reports) for i in incs)
    assert groups == [[1, 2, 3], [4], [5], [6], [7]]
    big = next(i for i in incs if len(i.reports) == 3)
    assert big.fatalities.acled == 5 and big.fatalities.low == 5 and big.fatalities.high == 12
    assert big.fatalities.low_by == ("Syrian Observatory for Human Rights",)
    assert big.fatalities.high_by == ("Ebaa News",)
    assert "5 (Syrian Observatory for Human Rights)" in big.notes and "12 (Ebaa News)" in big.notes
    assert "Reports differ on the date" in big.notes
    assert big.event.event_date == "2025-10-21" and big.event.actor2 == "Hayat Tahrir al-Sham"
    assert set(big.event.sources) >= {"Syrian Observatory for Human Rights", "Ebaa News", "SANA"}
    assert len({i.uid for i in incs}) == len(incs)


def test_one_report_can_hold_several_incidents():
    incs = merge([rep(1, event("e1"), doc="d"), rep(2, event("e2"), doc="d")])
    assert len(incs) == 2


def test_merge_is_order_independent_for_ids():
    a = [rep(1, event(best=3)), rep(2, event(best=4))]
    assert [i.uid for i in merge(a)] == [i.uid for i in merge(list(reversed(a)))]


def test_fatalities_combine():
    c = combine([Figure("A", "d1", 10), Figure("B", "d2", 4, 3, 6), Figure("C", "d3", 10), Figure("D", "d4", None)])
    assert (c.best, c.low, c.high, c.acled) == (10, 3, 10, 4)
    assert c.best_by == ("A", "C") and c.low_by == ("B",) and c.high_by == ("A", "C")
    assert "4 (B); 10 (A, C)" in disagreement(c)
    assert combine([Figure("A", "d", None)]).best is None and combine([]).acled == 0
    assert disagreement(combine([Figure("A", "d", 3), Figure("B", "e", 3)])) == ""


def test_near_duplicates():
    base = (
        "قتل خمسة أشخاص وأصيب عشرة آخرون في قصف مدفعي استهدف بلدة حارم بريف إدلب الشمالي صباح اليوم "
        "بحسب ما أفاد المرصد السوري لحقوق الإنسان الذي قال إن القصف مصدره قوات الحكومة المتمركزة "
    ) * 3
    copy = base.replace("صباح اليوم", "صَباحَ اليوم")
    other = "خرجت مظاهرة في مدينة السويداء للمطالبة بتحسين الأوضاع المعيشية ورفع الرواتب " * 5
    pairs = near_duplicates([(1, normalize(base)), (2, normalize(copy)), (3, normalize(other)), (4, "")])
    assert [(a, b) for a, b, _ in pairs] == [(1, 2)]


def test_day_slack_is_one_sided_and_sub_types_need_a_shared_actor():
    two_days = merge([rep(1, event(date="2025-10-21")), rep(2, event(date="2025-10-23"))])
    assert len(two_days) == 2
    anon_clash = event(actor1=None, actor2=None)
    anon_shelling = event(etype="Explosions/Remote violence", sub="Shelling/artillery/missile attack", actor1=None, actor2=None)
    assert len(merge([rep(1, anon_clash), rep(2, anon_shelling)])) == 2
    named_shelling = event(etype="Explosions/Remote violence", sub="Shelling/artillery/missile attack", actor2=None)
    assert len(merge([rep(1, event()), rep(2, named_shelling)])) == 1


def test_ground_taken_joins_only_ground_taken_or_the_fighting_for_it():
    """Hand check (2026-12-01): "the Syrian army" in every report of the Ghouta offensive joined its
    air strikes on one town to its capture of the next, a day and a few km apart."""
    taken = event(sub="Government regains territory", actor2=None)
    strike = event(etype="Explosions/Remote violence", sub="Air/drone strike", actor2=None)
    assert len(merge([rep(1, taken), rep(2, strike)])) == 2
    assert len(merge([rep(1, taken), rep(2, event())])) == 1  # the clash for the ground
    assert len(merge([rep(1, taken), rep(2, event(sub="Government regains territory"))])) == 1


def test_reports_placed_only_at_one_province_merge_on_one_day_with_a_common_side():
    """Hand check (2026-12-01): the 14 May 2018 Gaza killings, placed at "قطاع غزة" alone, were 18 incidents."""
    gaza = dict(name="Gaza Strip", country="Palestine", iso2="PS", admin1="Gaza Strip", lat=31.42, lon=34.39,
                level="admin1", geo_precision=3)
    def force(eid, **kw):
        return event(eid, etype="Protests", sub="Excessive force against protesters", actor1="Military Forces of Israel",
                     actor2="Protesters (Palestine)", where=gaza, loc_text="قطاع غزة", **kw)
    assert len(merge([rep(1, force("e1")), rep(2, force("e2"))])) == 1
    assert len(merge([rep(1, force("e1")), rep(2, force("e2", date="2025-10-22"))])) == 2  # another day
    assert len(merge([rep(1, force("e1")), rep(2, force("e2", precision=2))])) == 2  # a week is not a day
    syria = dict(name="Syria", country="Syria", iso2="SY", lat=35.0, lon=38.0, level="country", geo_precision=3)
    assert len(merge([rep(1, event(where=syria, loc_text="سوريا")), rep(2, event(where=syria, loc_text="سوريا"))])) == 2


def test_a_vague_toll_bounds_but_gives_no_figure():
    c = combine([Figure("SOHR", "d1", None, 2, None)])  # "عدد من القتلى": at least two, no number
    assert c.best is None and c.acled is None and c.low == 2
    c = combine([Figure("SOHR", "d1", None, 2, None), Figure("wire", "d2", 3)])
    assert (c.best, c.low, c.acled) == (3, 2, 3)


def test_unidentified_sides_never_block_a_merge():
    named = event(actor1="Police Forces of Syria (2024-)", actor2="Firqat al Ghuraba")
    unknown = event(actor1="Police Forces of Syria (2024-)", actor2="Unidentified Armed Group (Syria)")
    other = event(actor1="Police Forces of Syria (2024-)", actor2="Islamic State")
    assert actors_compatible(named, unknown) and not actors_compatible(named, other)


def test_a_named_side_beats_the_placeholder_for_an_unnamed_one_in_the_merged_incident():
    """The seed's Harim clash merged with a wire that calls the group "gunmen": the incident named the
    wire's Unidentified Armed Group and dropped Firqat al Ghuraba; the interaction follows the sides chosen."""
    wire = event(actor1="Police Forces of Syria (2024-)", actor2="Unidentified Armed Group (Syria)")
    seed = event(actor1="Police Forces of Syria (2024-)", actor2="Firqat al Ghuraba", loc_at=40)
    wire = replace(wire, inter2=3, interaction=13)
    (inc,) = merge([rep(1, wire, source="wire"), rep(2, seed, source="seed")])
    assert inc.event.actor2 == "Firqat al Ghuraba" and inc.event.inter2 == 2 and inc.event.interaction == 12
    # with only the placeholder it stays, with its own code
    (alone,) = merge([rep(1, wire, source="wire")])
    assert alone.event.actor2 == "Unidentified Armed Group (Syria)" and alone.event.interaction == 13
