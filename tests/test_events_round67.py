"""Round 67 (duplicates and places): constructed events for the round's folds: a clash keyed on the dead after
a strike is its toll (`fold_killings`); arrests at a demonstration are its intervention (`fold_protest_arrests`)."""
from __future__ import annotations

from marsad.events.drafts import Roles
from marsad.events.folds import fold_killings, fold_protest_arrests
from marsad.model import Event, Place, Span

TEXT = ("شنت مقاتلات التحالف الاثنين غارات على مقر للمسلحين في زبيد. "
        "وقالت مصادر إن المعلومات تشير إلى سقوط قتلى وجرحى في صفوف المسلحين.")
ZABID = Place(0, 1, "Zabid", "زبيد", country="Yemen", iso2="YE", admin1="Al Hudaydah", level="populated_place")
KINDS = {"Air/drone strike": "Explosions/Remote violence", "Armed clash": "Battles",
         "Peaceful protest": "Protests"}


#: The dead of both sides told first, the shelling after.
FIRST = "أدى التصعيد الجمعة إلى مقتل أربعة مسلحين وجندي في زبيد. وأطلقت المدفعية قذائف على زبيد."


def _event(sub: str, at: str, place: Place = ZABID, text: str = TEXT) -> Event:
    start = text.index(at)
    return Event(id="e", event_type=KINDS[sub], sub_event_type=sub, disorder_type="Political violence",
                 event_date="2026-01-12", location=place, trigger=Span(start, start + len(at), at))


def _fold(*events: Event) -> list[Event]:
    out, _ = fold_killings(list(events), [Roles([], []) for _ in events])
    return out


def test_a_clash_keyed_on_the_dead_told_after_a_strike_at_its_scene_is_its_toll():
    out = _fold(_event("Air/drone strike", "غارات"), _event("Armed clash", "قتلى"))
    assert [e.sub_event_type for e in out] == ["Air/drone strike"]


def test_a_clash_told_by_its_fighting_stays_beside_the_strike():
    # "في صفوف" is no killing word: a clash keyed on it is fighting the report tells
    out = _fold(_event("Air/drone strike", "غارات"), _event("Armed clash", "صفوف"))
    assert len(out) == 2


def test_a_clash_keyed_on_the_dead_at_another_scene_stays():
    elsewhere = Place(0, 1, "Taiz", "تعز", country="Yemen", iso2="YE", admin1="Ta'iz", level="populated_place")
    out = _fold(_event("Air/drone strike", "غارات"), _event("Armed clash", "قتلى", elsewhere))
    assert len(out) == 2


def test_a_clash_keyed_on_the_dead_does_not_fold_into_a_protest():
    out = _fold(_event("Peaceful protest", "غارات"), _event("Armed clash", "قتلى"))
    assert len(out) == 2


def test_a_clash_keyed_on_the_dead_told_before_the_strike_stays():
    # the dead told first open the report's fight; the strike told after is not their only cause
    out = _fold(_event("Armed clash", "مقتل", text=FIRST), _event("Air/drone strike", "قذائف", text=FIRST))
    assert len(out) == 2


# -- arrests at a demonstration ---------------------------------------------------------------------

PROTEST = ("تظاهر مئات الطلاب في مدينة الحسيمة السبت، واعتقلت الشرطة عشرة منهم. "
           "وكان الطلاب قد خرجوا احتجاجا على توقيف زميل لهم.")
HOCEIMA = Place(0, 1, "Al Hoceima", "الحسيمة", country="Morocco", iso2="MA", admin1="Tanger-Tetouan-Al Hoceima",
                level="populated_place")
MOROCCO = Place(0, 1, "Morocco", "المغرب", country="Morocco", iso2="MA", level="country")


def _said(sub: str, at: str, place: Place = HOCEIMA, day: str = "2026-01-10") -> Event:
    start = PROTEST.index(at)
    kind = "Protests" if sub == "Peaceful protest" else "Strategic developments"
    return Event(id="e", event_type=kind, sub_event_type=sub, disorder_type="Demonstrations", event_date=day,
                 location=place, trigger=Span(start, start + len(at), at))


def _arrests_folded(*events: Event) -> list[Event]:
    out, _ = fold_protest_arrests(PROTEST, list(events), [Roles([], []) for _ in events])
    return out


def test_arrests_on_the_day_and_at_the_scene_of_a_demonstration_are_its_intervention():
    out = _arrests_folded(_said("Peaceful protest", "تظاهر"), _said("Arrests", "واعتقلت"))
    assert [e.sub_event_type for e in out] == ["Peaceful protest"]


def test_arrests_of_another_day_or_only_in_the_country_stay():
    assert len(_arrests_folded(_said("Peaceful protest", "تظاهر"), _said("Arrests", "واعتقلت", day="2026-01-09"))) == 2
    assert len(_arrests_folded(_said("Peaceful protest", "تظاهر"), _said("Arrests", "واعتقلت", MOROCCO))) == 2


def test_the_arrest_a_crowd_protested_is_no_intervention():
    assert len(_arrests_folded(_said("Peaceful protest", "تظاهر"), _said("Arrests", "توقيف"))) == 2
