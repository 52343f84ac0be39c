"""One incident told twice: a lead at a compass point off a governorate's namesake town beside the body's
town, and a battle's own shelling beside the battle.  Constructed reports with hand-written places, so
nothing here depends on the NER or the geocoder; each rule has its counter-case of two incidents."""

from __future__ import annotations

import pytest

from marsad.events.assemble import Extractor
from marsad.model import Document, Place
from marsad.pipeline import make_document
from marsad.text import split_sentences, tokenize


def make_doc(text: str, places: tuple[Place, ...], published: str = "2018-06-10") -> Document:
    doc = make_document(text, published=published, lang="ar")
    return doc.replace(tokens=tuple(tokenize(doc.text)), sentences=tuple(split_sentences(doc.text)), places=places)


def town(text: str, doc_text: str, name: str, name_ar: str, nth: int = 0) -> Place:
    start = -1
    for _ in range(nth + 1):
        start = doc_text.index(text, start + 1)
    return Place(start, start + len(text), text, name, name_ar=name_ar, iso2="SY", admin1="Idleb",
                 level="populated_place", lat=36.0, lon=36.5)


@pytest.fixture(scope="module")
def ext() -> Extractor:
    return Extractor(classifier=None)


def kinds(doc: Document) -> list[tuple[str, str]]:
    return sorted((e.sub_event_type, e.location.name if e.location else "") for e in doc.events)


# a lead at a compass point off the town named as its governorate (إدلب) is the governorate's land: the next
# sentence's strike at a town of it is the same strike; off another town (سراقب) it is a scene of its own
_OFF_LEAD = ("شنت طائرات حربية، السبت، غارات على مقر للمسلحين جنوب غربي {lead}. وقال مصدر محلي إن الغارات "
             "المركزة استهدفت مقرا للمسلحين في بلدة {body}. وأضاف أن السكان نزحوا من المنطقة.")


def test_a_lead_off_a_governorates_namesake_town_is_the_body_strike(ext):
    text = _OFF_LEAD.format(lead="إدلب", body="سراقب")
    places = (town("إدلب", text, "Idlib", "إدلب"), town("سراقب", text, "Saraqib", "سراقب"))
    assert kinds(ext(make_doc(text, places))) == [("Air/drone strike", "Saraqib")]


def test_a_lead_off_another_town_stands_beside_the_body_strike(ext):
    text = _OFF_LEAD.format(lead="سراقب", body="معرة النعمان")
    places = (town("سراقب", text, "Saraqib", "سراقب"), town("معرة النعمان", text, "Ma'arrat an Nu'man", "معرة النعمان"))
    assert kinds(ext(make_doc(text, places))) == [("Air/drone strike", "Ma'arrat an Nu'man"), ("Air/drone strike", "Saraqib")]


_BATTLE = "اندلعت السبت معارك عنيفة بين قوات النظام وهيئة تحرير الشام في بلدة سراقب"


@pytest.mark.parametrize("rest", [
    "، وسط سماع دوي القصف المدفعي.",  # the battle's sound
    ". وشهدت البلدة السبت قصفا متبادلا بين الطرفين.",  # exchanged between the sides
])
def test_a_battles_own_shelling_is_the_battle(ext, rest):
    text = _BATTLE + rest
    places = tuple(town("سراقب", text, "Saraqib", "سراقب", nth=k) for k in range(text.count("سراقب")))
    assert kinds(ext(make_doc(text, places))) == [("Armed clash", "Saraqib")]


@pytest.mark.parametrize("rest", [
    " وسط تبادل للقصف بين الطرفين.",  # the exchange told before the bombardment
    " ترافقت مع تبادل القصف بين الطرفين.",
    " وسط تبادل للقصف الجوي بين الطرفين.",  # read as an air strike, still the two sides' exchange
])
def test_an_exchange_of_bombardment_is_the_battle(ext, rest):
    text = _BATTLE + rest
    places = tuple(town("سراقب", text, "Saraqib", "سراقب", nth=k) for k in range(text.count("سراقب")))
    assert kinds(ext(make_doc(text, places))) == [("Armed clash", "Saraqib")]


def test_an_air_strike_not_exchanged_stands_beside_the_battle(ext):
    text = _BATTLE + " وسط قصف جوي للطائرات الحربية على البلدة."
    places = tuple(town("سراقب", text, "Saraqib", "سراقب", nth=k) for k in range(text.count("سراقب")))
    assert kinds(ext(make_doc(text, places))) == [("Air/drone strike", "Saraqib"), ("Armed clash", "Saraqib")]


@pytest.mark.parametrize("rest", [
    # another town's shelling of the day
    ". وقصفت قوات النظام بالمدفعية السبت بلدة معرة النعمان.",
    # shelling that killed civilians during the battle is an incident of its own
    "، وسط سماع دوي قصف مدفعي أدى إلى مقتل ثلاثة مدنيين.",
])
def test_shelling_of_its_own_stands_beside_the_battle(ext, rest):
    text = _BATTLE + rest
    places = tuple(town("سراقب", text, "Saraqib", "سراقب", nth=k) for k in range(text.count("سراقب")))
    if "معرة النعمان" in text:
        places += (town("معرة النعمان", text, "Ma'arrat an Nu'man", "معرة النعمان"),)
    got = kinds(ext(make_doc(text, places)))
    assert ("Armed clash", "Saraqib") in got
    assert any(k == "Shelling/artillery/missile attack" for k, _ in got)


# a bombardment with no weapon of its own at the scene and on the day of an air strike is that strike told again:
# the other side's rockets in a clause of their own (بينما) are no weapon of it; artillery in its own clause is
_CLAUSE = ("شنت طائرات حربية، السبت، غارات على مواقع للمسلحين في بلدة سراقب. وقصف الجيش{weapon} السبت عشرات "
           "الأهداف في بلدة سراقب، بينما أطلق المسلحون عشرات الصواريخ على القرى المجاورة.")


def test_the_other_sides_rockets_in_a_clause_of_their_own_leave_the_bombardment_the_strike(ext):
    text = _CLAUSE.format(weapon="")
    places = (town("سراقب", text, "Saraqib", "سراقب"), town("سراقب", text, "Saraqib", "سراقب", nth=1))
    assert kinds(ext(make_doc(text, places))) == [("Air/drone strike", "Saraqib")]


def test_a_bombardment_with_artillery_in_its_own_clause_stands_beside_the_strike(ext):
    text = _CLAUSE.format(weapon=" بالمدفعية الثقيلة")
    places = (town("سراقب", text, "Saraqib", "سراقب"), town("سراقب", text, "Saraqib", "سراقب", nth=1))
    assert kinds(ext(make_doc(text, places))) == [("Air/drone strike", "Saraqib"),
                                                  ("Shelling/artillery/missile attack", "Saraqib")]


# an incident dated by the day its news was given (أعلنت … الثلاثاء) is the one of its sub-type the article dates a
# day before at that town; an incident the report dates itself (وقعت … الثلاثاء) is a day's incident of its own
_ANNOUNCED = ("{opening} مقتل قائد ميداني في اشتباكات مع قوات النظام في بلدة سراقب. وقال مصدر محلي إن "
              "اشتباكات عنيفة دارت يوم الاثنين بين الطرفين في بلدة سراقب وأسفرت عن مقتل ثلاثة مسلحين.")


def dated(ext: Extractor, text: str, published: str) -> list[tuple[str, str | None]]:
    """The events' sub-types and days, for a report that names سراقب twice."""
    places = (town("سراقب", text, "Saraqib", "سراقب"), town("سراقب", text, "Saraqib", "سراقب", nth=1))
    return sorted((e.sub_event_type, e.event_date) for e in ext(make_doc(text, places, published=published)).events)


def test_an_incident_dated_by_its_announcement_is_the_dated_one(ext):
    text = _ANNOUNCED.format(opening="أعلنت فصائل المعارضة، الثلاثاء،")
    assert dated(ext, text, "2018-06-12") == [("Armed clash", "2018-06-11")]


def test_an_incident_of_its_own_day_stands_beside_the_days_before(ext):
    text = _ANNOUNCED.format(opening="وقعت يوم الثلاثاء اشتباكات أسفرت عن")
    assert dated(ext, text, "2018-06-12") == [("Armed clash", "2018-06-11"), ("Armed clash", "2018-06-12")]


# people "arrested" by the side the article says abducted people that day at that place are the abduction told
# in the abductor's word; another side's arrests there that day are an incident of their own
_ABDUCTION = "اقتحمت ميليشيات الحوثي، السبت، حرم جامعة صنعاء واختطفت عشرات الطلاب. وقال شهود إن {rest}"


def sanaa(text: str) -> tuple[Place, ...]:
    out, start = [], -1
    while (start := text.find("صنعاء", start + 1)) >= 0:
        out.append(Place(start, start + 5, "صنعاء", "Sanaa", name_ar="صنعاء", iso2="YE", admin1="Sana'a City",
                         level="populated_place", lat=15.35, lon=44.2))
    return tuple(out)


def test_the_abductors_arrests_are_the_abduction(ext):
    text = _ABDUCTION.format(rest="عناصر ميليشيات الحوثي اقتحموا كلية الآداب في جامعة صنعاء ليعتقلوا الطلاب هناك.")
    events = ext(make_doc(text, sanaa(text), published="2018-10-06")).events
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]
    assert "ليعتقلوا" in {s.text for s in events[0].evidence}


def test_another_sides_arrests_stand_beside_the_abduction(ext):
    text = _ABDUCTION.format(rest="قوات الشرعية اعتقلت السبت عشرة من عناصر الحوثي في صنعاء.")
    events = ext(make_doc(text, sanaa(text), published="2018-10-06")).events
    assert sorted(e.sub_event_type for e in events) == ["Abduction/forced disappearance", "Arrests"]


# a first-sentence lead's strikes on a namesake town's fronts are told again at a town of its governorate in
# the very next sentence; a town of another governorate is a scene of its own
_FRONTS = ("لقي أكثر من 40 مسلحا مصرعهم، السبت، جراء غارات لمقاتلات التحالف في جبهات إدلب.\n"
           "واستهدفت مقاتلات التحالف، السبت، مواقع المسلحين في مناطق شمال سراقب، ما أسفر عن تدمير مواقعها.\n"
           "وأضاف المصدر أن السكان نزحوا من المنطقة.")


def _fronts_places(text: str) -> tuple[Place, ...]:
    return (town("إدلب", text, "Idlib", "إدلب"), town("سراقب", text, "Saraqib", "سراقب"))


def test_a_leads_strikes_on_the_fronts_are_the_next_sentences_strike(ext):
    text = _FRONTS
    assert kinds(ext(make_doc(text, _fronts_places(text)))) == [("Air/drone strike", "Saraqib")]


def test_a_leads_strikes_on_the_fronts_stand_beside_another_governorates_town(ext):
    text = _FRONTS
    lead, body = _fronts_places(text)
    body = Place(body.start, body.end, body.text, "Saraqib", name_ar="سراقب", iso2="SY", admin1="Aleppo",
                 level="populated_place", lat=36.0, lon=37.0)
    assert kinds(ext(make_doc(text, (lead, body)))) == [("Air/drone strike", "Idlib"), ("Air/drone strike", "Saraqib")]


# a death told in a funeral's sentence is dated by the funeral: the strike the article dates the day before at
# that town is the same one; a strike the report itself dates to the later day stands beside it
_FUNERAL_TEXT = ("{opening} ثلاثة مدنيين في غارة جوية على بلدة سراقب. وكانت طائرات حربية قد شنت يوم الجمعة "
                 "غارة على بلدة سراقب أسفرت عن مقتل ثلاثة مدنيين.")


def test_a_death_in_a_funerals_sentence_is_the_strike_dated_before(ext):
    text = _FUNERAL_TEXT.format(opening="شيع أهالي البلدة، السبت،")
    assert dated(ext, text, "2018-06-10") == [("Air/drone strike", "2018-06-08")]


def test_a_strike_of_the_later_day_stands_beside_the_one_before(ext):
    text = _FUNERAL_TEXT.format(opening="قتل يوم السبت")
    assert dated(ext, text, "2018-06-10") == [("Air/drone strike", "2018-06-08"), ("Air/drone strike", "2018-06-09")]
