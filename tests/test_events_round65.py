"""Round 65 (issue 5, precision): leftovers of the types and duplicates rounds, on constructed sentences."""
from __future__ import annotations

from marsad.events.drafts import Roles
from marsad.events.folds import fold_intercepted
from marsad.model import Event, Place, Span

TEXT = ("واعترضت الدفاعات الجوية صاروخا فوق الرياض فجر الخميس. "
        "وأصابت شظايا أحد الصواريخ الأربعة منزلا في مدينة جازان مساء الخميس. "
        "وتأتي أنباء اعتراض الصواريخ بعد خطاب لقائد الجماعة اليمنية.")
STRIKE = "Shelling/artillery/missile attack"


def _place(name: str, iso2: str, level: str) -> Place:
    return Place(0, 1, name, name, country=name, iso2=iso2, level=level)


def _event(sub: str, at: str, place: Place, notes: str = "") -> Event:
    """An event whose trigger is the first word of `at`, its evidence the sentence around it."""
    start = TEXT.index(at)
    word = at.split()[0]
    head = TEXT.rfind(". ", 0, start)
    head = head + 2 if head >= 0 else 0
    end = TEXT.index(".", start) + 1
    kind = "Strategic developments" if sub == "Disrupted weapons use" else "Explosions/Remote violence"
    return Event(id="e", event_type=kind, sub_event_type=sub, disorder_type="Political violence",
                 event_date="2026-01-15", location=place, notes=notes, trigger=Span(start, start + len(word), word),
                 evidence=(Span(head, end, TEXT[head:end]),))


def _fold(strike_place: Place, caught_place: Place, earlier: bool = False) -> list[Event]:
    strike = _event(STRIKE, "الصواريخ الأربعة", strike_place)
    caught = _event("Disrupted weapons use", "الصواريخ بعد", caught_place, "(interception)")
    events = [strike, caught]
    if earlier:
        events.insert(0, _event("Disrupted weapons use", "واعترضت", _place("Riyadh", "SA", "populated_place"),
                                "(interception)"))
    out, _ = fold_intercepted(TEXT, events, [Roles([], []) for _ in events])
    return out


def test_a_missile_attack_folds_into_the_later_interception_of_the_missiles_placed_at_the_launch_side():
    out = _fold(_place("Jizan", "SA", "populated_place"), _place("Yemen", "YE", "country"))
    assert len(out) == 1 and out[0].sub_event_type == "Disrupted weapons use" and out[0].location.name == "Jizan"


def test_the_launch_side_must_be_a_whole_other_country():
    # the interception placed at a town of its own is a scene of its own
    assert len(_fold(_place("Jizan", "SA", "populated_place"), _place("Saada", "YE", "populated_place"))) == 2


def test_after_an_earlier_interception_the_missiles_are_that_ones():
    # "اعتراض الصواريخ" points back at the interception over Riyadh, not at the attack on Jizan
    out = _fold(_place("Jizan", "SA", "populated_place"), _place("Yemen", "YE", "country"), earlier=True)
    assert len(out) == 3
