"""Round 67 (duplicates and places): constructed events for the round's folds."""
from __future__ import annotations

from marsad.events.drafts import Roles
from marsad.events.folds import fold_killings
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
