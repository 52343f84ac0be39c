"""Merge round 18b (2026-12-02): a report placed only at a province joins the one incident placed at a
town inside it on its day (`rules.inside_unit_same_day`, `merge.join_inside_units`)."""

from __future__ import annotations

from test_store_support import event

from marsad.corroborate import Report, merge
from marsad.corroborate.rules import inside, inside_unit_same_day
from marsad.model import Event, Place

GAZA_STRIP = dict(name="Gaza Strip", country="Palestine", iso2="PS", admin1="Gaza Strip", lat=31.42, lon=34.39,
                  level="admin1", geo_precision=3)  # fmt: skip
GAZA = dict(name="Gaza", country="Palestine", iso2="PS", admin1="Gaza Strip", admin2="Gaza", lat=31.50, lon=34.47)
RAFAH = dict(name="Rafah", country="Palestine", iso2="PS", admin1="Gaza Strip", admin2="Rafah", lat=31.29, lon=34.25)
HEBRON = dict(name="Hebron", country="Palestine", iso2="PS", admin1="West Bank", admin2="Hebron", lat=31.53, lon=35.1)


def rep(key: int, ev: Event, doc: str | None = None) -> Report:
    return Report(key=key, doc=doc or f"d{key}", source=f"S{key}", event=ev, published="2025-10-22")


def force(eid: str = "e1", where: dict = GAZA_STRIP, **kw: object) -> Event:
    kw.setdefault("actor1", "Military Forces of Israel")
    kw.setdefault("actor2", "Protesters (Palestine)")
    return event(eid, etype="Protests", sub="Excessive force against protesters", where=where, **kw)  # type: ignore[arg-type]


def test_a_province_report_joins_the_one_town_incident_inside_it_on_its_day():
    """Hand check 18 (missed #20): a youth shot at the fence east of Gaza city on a Friday, and two
    teenagers killed at the fence that Friday placed at "قطاع غزة", were two incidents."""
    strip, city = force("e1"), force("e2", where=GAZA)
    assert inside_unit_same_day(strip, city) and not inside_unit_same_day(city, strip)
    (inc,) = merge([rep(1, strip), rep(2, city)])
    assert len(inc.reports) == 2
    assert inc.event.location.name == "Gaza"  # the finer place codes the incident


def test_not_with_two_town_incidents_that_day():
    """Rafah and Gaza city on one Friday: the province line may tell either, so it stays alone."""
    reports = [rep(1, force("e1")), rep(2, force("e2", where=GAZA)), rep(3, force("e3", where=RAFAH))]
    assert sorted(len(i.reports) for i in merge(reports)) == [1, 1, 1]


def test_not_another_day_sub_type_side_or_province():
    city = force("e2", where=GAZA)
    assert not inside_unit_same_day(force("e1", date="2025-10-22"), city)  # the next day
    assert not inside_unit_same_day(force("e1", precision=2), city)  # a week is not a day
    assert not inside_unit_same_day(force("e1", actor1=None, actor2=None), city)  # no side in common
    strike = event("e1", etype="Explosions/Remote violence", sub="Air/drone strike",
                   actor1="Military Forces of Israel", actor2=None, where=GAZA_STRIP)  # fmt: skip
    assert not inside_unit_same_day(strike, city)
    assert not inside_unit_same_day(force("e1"), force("e2", where=HEBRON))  # a town of another province
    assert len(merge([rep(1, force("e1")), rep(2, force("e2", where=HEBRON))])) == 2


def test_a_district_contains_only_its_own_towns():
    rafah_district = Place(0, 4, "رفح", name="Rafah Governorate", iso2="PS", admin1="Gaza Strip", admin2="Rafah",
                           level="admin2", geo_precision=3)  # fmt: skip
    assert inside(rafah_district, Place(0, 4, "رفح", **RAFAH))
    assert not inside(rafah_district, Place(0, 4, "غزة", **GAZA))


def test_a_same_document_town_event_blocks_the_join():
    """A story that tells the Strip's toll and a town's killing holds both: its town event is a second
    candidate, and events of one document never merge."""
    reports = [rep(1, force("e1"), doc="d1"), rep(2, force("e2", where=GAZA), doc="d1"),
               rep(3, force("e3", where=RAFAH), doc="d3")]  # fmt: skip
    assert sorted(len(i.reports) for i in merge(reports)) == [1, 1, 1]


def test_the_common_party_must_be_on_the_same_side():
    """Round 18b: the army's air strikes across Dar'a province joined Russian strikes on the army
    (sides as extracted) in Dar'a city through "the Syrian army" named on opposite sides."""
    daraa = dict(name="Dar'a", country="Syria", iso2="SY", admin1="Dar'a", lat=32.9, lon=36.2, level="admin1",
                 geo_precision=3)  # fmt: skip
    city = dict(name="Dar'a", country="Syria", iso2="SY", admin1="Dar'a", admin2="Dar'a", lat=32.62, lon=36.10)
    def strike(eid: str, where: dict, a1: str, a2: str | None) -> Event:
        return event(eid, etype="Explosions/Remote violence", sub="Air/drone strike", actor1=a1, actor2=a2,
                     where=where)  # fmt: skip
    province = strike("e1", daraa, "Military Forces of Syria", None)
    assert not inside_unit_same_day(province, strike("e2", city, "Military Forces of Russia", "Military Forces of Syria"))
    assert inside_unit_same_day(province, strike("e2", city, "Military Forces of Syria", None))
    # in a clash either order will do
    erbil = dict(name="Erbil", country="Iraq", iso2="IQ", admin1="Erbil", lat=36.2, lon=44.0, level="admin1",
                 geo_precision=3)  # fmt: skip
    town = dict(name="Erbil", country="Iraq", iso2="IQ", admin1="Erbil", admin2="Erbil", lat=36.19, lon=44.01)
    gunmen = event("e1", actor1="Unidentified Armed Group (Iraq)", actor2="Police Forces of Iraq", where=erbil)
    police = event("e2", actor1="Police Forces of Iraq", actor2="Unidentified Armed Group (Iraq)", where=town)
    assert inside_unit_same_day(gunmen, police)
