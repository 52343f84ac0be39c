"""Round 91: an act its alleged doer denies carrying out and trafficking in people tell no incident; a
demonstration told at the other country is the one placed at a governorate."""

from __future__ import annotations

import pytest

from marsad.events.assemble import Extractor
from marsad.events.background import ordinary_crime
from marsad.events.country_copies import fold_country_copies
from marsad.events.disowned import disowned
from marsad.events.drafts import Roles
from marsad.model import Document, Event, Place, Span
from marsad.pipeline import make_document
from marsad.text import split_sentences, tokenize
from tests.test_events_intent import rule_at


def _doc(text: str) -> Document:
    doc = make_document(text, published="2018-04-09", lang="ar")
    return doc.replace(tokens=tuple(tokenize(doc.text)), sentences=tuple(split_sentences(doc.text)))


@pytest.fixture(scope="module")
def ext() -> Extractor:
    return Extractor(classifier=None)


def _triggers(ext: Extractor, text: str) -> list[str]:
    return [e.trigger.text for e in ext(_doc(text)).events if e.trigger]


def _disowned(text: str, trigger: str) -> str | None:
    return rule_at(disowned, text, trigger)


def test_a_denial_of_carrying_out_the_act_is_no_telling_of_it():
    assert _disowned("نفت الولايات المتحدة شن غارات جوية على مطار عسكري في سوريا", "غارات") == "disowned: نفت شن"
    assert _disowned("ونفى البنتاغون أن تكون الولايات المتحدة قد نفذت هذه الغارات", "الغارات") == "disowned: ونفى نفذت"
    assert _disowned("ونفى الجيش وقوع اشتباكات في المدينة", "اشتباكات") == "disowned: ونفى وقوع"


def test_a_negated_denial_a_new_clause_or_a_denied_responsibility_keeps_the_act():
    assert _disowned("لم تنف إسرائيل شن غارات على المطار", "غارات") is None
    assert _disowned("نفى الجيش الأنباء وقال إن الطائرات شنت غارات على البلدة", "غارات") is None
    assert _disowned("نفت الحكومة ذلك، وشنت الطائرات غارات على البلدة", "غارات") is None
    # a side that denies only its part grants the attack, which this sentence may be the one telling of
    assert _disowned("نفت الحركة مسؤوليتها عن الهجوم على الحاجز", "الهجوم") is None
    assert _disowned("شنت الطائرات الحربية غارات على البلدة", "غارات") is None


def test_the_denied_strike_gives_no_event_and_the_told_one_stays(ext):
    assert _triggers(ext, "نفت الولايات المتحدة شن غارات جوية على مطار التيفور في سوريا.") == []
    assert _triggers(ext, "شنت طائرات حربية غارات جوية على مطار التيفور في حمص فجر الاثنين.") == ["غارات جوية"]


def _crime(text: str, trigger: str) -> str | None:
    tokens = tokenize(text)
    first = next(i for i, t in enumerate(tokens) if t.text == trigger)
    return ordinary_crime(tokens, first, len(tokens))


def test_an_arrest_for_trafficking_or_selling_people_is_an_ordinary_crime():
    assert _crime("ألقت الشرطة القبض على عدد من الأشخاص، بتهمة الترويج لبيع طفلة عبر موقع إلكتروني",
                  "القبض") == "ordinary crime: لبيع طفلة"
    assert _crime("اعتقلت الشرطة خمسة أشخاص بتهمة الاتجار بالبشر قرب الخرطوم", "اعتقلت") == "ordinary crime: الاتجار"


def test_a_sale_of_arms_or_an_oath_of_allegiance_is_no_such_crime():
    assert _crime("اعتقلت الشرطة خمسة أشخاص بتهمة بيع أسلحة لتنظيم داعش", "اعتقلت") is None
    assert _crime("اعتقلت الشرطة خمسة أشخاص أعلنوا البيعة لتنظيم داعش", "اعتقلت") is None


def _placed(name: str, iso2: str, level: str) -> Place:
    return Place(0, 1, name, name, country=name, iso2=iso2, level=level)


def _told(sub: str, place: Place, at: int) -> Event:
    kind = "Explosions/Remote violence" if sub == "Shelling/artillery/missile attack" else "Protests"
    return Event(id="e", event_type=kind, sub_event_type=sub, disorder_type="Political violence",
                 event_date="2018-05-14", location=place, trigger=Span(at, at + 1, "x"), confidence=0.7)


GAZA_STRIP = _placed("Gaza Strip", "PS", "admin1")
ISRAEL = _placed("Israel", "IL", "country")


def test_a_demonstration_told_at_the_other_country_folds_into_the_one_placed_at_a_governorate():
    force = "Excessive force against protesters"
    events = [_told(force, GAZA_STRIP, 0), _told(force, ISRAEL, 10)]
    out, _ = fold_country_copies(events, [Roles([], []) for _ in events])
    assert [e.location.name for e in out] == ["Gaza Strip"]


def test_a_strike_placed_at_a_governorate_keeps_the_other_countrys_telling():
    # missiles fired from a governorate and stopped over the country they flew to: the launch area is no scene
    strike = "Shelling/artillery/missile attack"
    events = [_told(strike, GAZA_STRIP, 0), _told(strike, ISRAEL, 10)]
    out, _ = fold_country_copies(events, [Roles([], []) for _ in events])
    assert len(out) == 2


def _subtypes(ext: Extractor, text: str) -> list[str]:
    return [e.sub_event_type for e in ext(_doc(text)).events]


def test_an_attack_with_the_rocket_adjective_is_a_missile_attack(ext):
    shelling = "Shelling/artillery/missile attack"
    assert _subtypes(ext, "أعلن التلفزيون الرسمي أن هجوما صاروخيا لفصائل المعارضة استهدف سوقا شعبية في جرمانا الثلاثاء.") == [
        shelling]
    # "الرحلات الجوية" are the flights the rockets stopped, not aircraft that fired them
    assert _subtypes(ext, "حول مطار معيتيقة في طرابلس مسار الرحلات الجوية بعد تعرضه لهجوم صاروخي الجمعة.") == [shelling]


def test_aircraft_in_the_clause_or_no_rocket_adjective_keep_the_type(ext):
    assert _subtypes(ext, "شنت الطائرات الحربية هجوما صاروخيا على بلدة كفرنبل في ريف إدلب الثلاثاء.") == ["Air/drone strike"]
    assert _subtypes(ext, "شن مسلحون هجوما على حاجز للجيش في مدينة العريش الثلاثاء.") != ["Shelling/artillery/missile attack"]
