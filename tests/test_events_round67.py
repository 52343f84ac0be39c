"""Round 67 (duplicates and places): a clash keyed on the dead after a strike is its toll (`fold_killings`);
arrests at a demonstration are its intervention (`fold_protest_arrests`); a salvo whose interception is told
two sentences on is a disrupted weapons use (`intercepted_nearby`); two stopped weapons of one day and place are
one event (`fold_stopped_copies`)."""
from __future__ import annotations

import pytest

from marsad.events.assemble import Extractor
from marsad.events.drafts import Roles
from marsad.events.folds import fold_killings, fold_protest_arrests, fold_stopped_copies
from marsad.model import Event, Place, Span
from tests.test_events_precision import make_doc, place

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


# -- an interception told two sentences after the launch ------------------------------------------------

@pytest.fixture(scope="module")
def ext() -> Extractor:
    return Extractor(classifier=None)


def _first_sentence_types(ext: Extractor, text: str, places: tuple[Place, ...]) -> list[str]:
    """The sub-types of the events whose trigger lies in the first sentence (the launch's)."""
    end = text.index(". ")
    return [e.sub_event_type for e in ext(make_doc(text, places)).events if e.trigger and e.trigger.start < end]


def test_a_missile_salvo_whose_interception_is_told_two_sentences_on_is_disrupted(ext: Extractor) -> None:
    text = ("وأطلقت الجماعة سبعة صواريخ باليستية باتجاه المدينة مساء الأحد. "
            "وأعلنت الجماعة مسؤوليتها عن العملية. "
            "وقالت الوزارة إن الدفاعات تمكنت من اعتراض جميع الصواريخ.")
    places = (place("المدينة", text, "Jizan", iso2="SA", admin1="Jizan"),)
    assert _first_sentence_types(ext, text, places) == ["Disrupted weapons use"]


def test_an_attack_answering_a_salvo_is_not_its_interception_two_sentences_on(ext: Extractor) -> None:
    # "الهجوم" names no projectile: it is the strike that answered the rockets, not the rockets themselves
    text = ("وجاء الهجوم على المدينة ردا على إطلاق عشرات الصواريخ صباح الأحد. "
            "وأعلنت الجماعة مسؤوليتها عن الصواريخ. "
            "وقال الجيش إن منظومة القبة الحديدية اعترضت صاروخين.")
    places = (place("المدينة", text, "Gaza", iso2="PS", admin1="Gaza Strip"),)
    assert "Disrupted weapons use" not in _first_sentence_types(ext, text, places)


# -- two disrupted weapons uses of one day at one place ------------------------------------------------

RIYADH = Place(0, 1, "Riyadh", "الرياض", country="Saudi Arabia", iso2="SA", admin1="Ar Riyad", level="populated_place")
JIZAN = Place(0, 1, "Jizan", "جازان", country="Saudi Arabia", iso2="SA", admin1="Jazan", level="populated_place")


def _stopped(at: int, place: Place, sides: tuple[str | None, str | None], day: str = "2026-01-11",
             confidence: float = 0.7) -> Event:
    return Event(id="e", event_type="Strategic developments", sub_event_type="Disrupted weapons use",
                 disorder_type="Strategic developments", event_date=day, location=place, actor1=sides[0],
                 actor2=sides[1], confidence=confidence, trigger=Span(at, at + 1, "x"))


def _stopped_folded(*events: Event, floor: float = 0.0) -> list[Event]:
    out, _ = fold_stopped_copies(list(events), [Roles([], []) for _ in events], floor)
    return out


SAUDI_DEFENCES = ("Military Forces of Saudi Arabia (2015-)", "Military Forces of Yemen (2017-) Houthi")


def test_one_stopped_salvo_told_from_both_ends_is_one_event_coded_with_both_sides():
    # the Houthis' salvo "at the Saudi government", the Saudi defences that stopped it
    out = _stopped_folded(_stopped(0, RIYADH, (None, "Government of Saudi Arabia")), _stopped(9, RIYADH, SAUDI_DEFENCES))
    assert len(out) == 1 and out[0].actor1 == SAUDI_DEFENCES[0] and out[0].trigger.start == 9


def test_stopped_weapons_of_another_day_or_place_or_under_the_floor_stay():
    assert len(_stopped_folded(_stopped(0, RIYADH, SAUDI_DEFENCES), _stopped(9, JIZAN, SAUDI_DEFENCES))) == 2
    assert len(_stopped_folded(_stopped(0, RIYADH, SAUDI_DEFENCES),
                               _stopped(9, RIYADH, SAUDI_DEFENCES, day="2026-01-12"))) == 2
    assert len(_stopped_folded(_stopped(0, RIYADH, SAUDI_DEFENCES),
                               _stopped(9, RIYADH, SAUDI_DEFENCES, confidence=0.2), floor=0.5)) == 2
