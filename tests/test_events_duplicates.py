"""Duplicate events: one incident of the article coded twice (a lead beside its detailed retelling).

Each test is a short constructed report for one rule a coder would state; documents carry hand-written
places so that nothing here depends on the NER or the geocoder.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from marsad.events.assemble import Extractor
from marsad.model import Document, Place
from marsad.pipeline import make_document
from marsad.text import split_sentences, tokenize


def make_doc(text: str, places: tuple[Place, ...] = (), published: str = "2018-06-10") -> Document:
    doc = make_document(text, published=published, lang="ar")
    return doc.replace(tokens=tuple(tokenize(doc.text)), sentences=tuple(split_sentences(doc.text)), places=places)


def place(text: str, doc_text: str, name: str, level: str = "populated_place", nth: int = 0) -> Place:
    start = -1
    for _ in range(nth + 1):
        start = doc_text.index(text, start + 1)
    return Place(start, start + len(text), text, name, iso2="SY", admin1="Idleb", level=level, lat=36.0, lon=36.5)


@pytest.fixture(scope="module")
def ext() -> Extractor:
    return Extractor(classifier=None)


def strikes(doc: Document) -> list[tuple[str, str]]:
    return [(e.location.name if e.location else "", e.event_date or "") for e in doc.events
            if e.sub_event_type == "Air/drone strike"]


# the lead's day is the day the news was given (an announcing verb) or the report's: the body's strike
# of the day before is the incident it sums
LEADS = [
    "أعلن مصدر عسكري الأحد عن غارات جوية استهدفت مواقع للمسلحين في محافظة إدلب. وقال المصدر للصحفيين في "
    "مؤتمر عقده بالعاصمة إن الوضع مستقر. وأوضح أن الطائرات شنت السبت غارات جوية على مقر للمسلحين في بلدة سراقب.",
    "شنت طائرات حربية غارات جوية على مواقع للمسلحين في محافظة إدلب. وقال المصدر للصحفيين في مؤتمر عقده "
    "بالعاصمة إن الوضع مستقر. وأوضح أن الطائرات شنت السبت غارات جوية على مقر للمسلحين في بلدة سراقب.",
]


@pytest.mark.parametrize("text", LEADS)
def test_a_lead_dated_only_by_its_report_sums_the_body_strike_of_the_day_before(ext, text):
    places = (place("محافظة إدلب", text, "Idleb", level="admin1"), place("سراقب", text, "Saraqib"))
    assert strikes(ext(make_doc(text, places))) == [("Saraqib", "2018-06-09")]


def test_a_lead_with_a_day_of_its_own_is_another_days_strike(ext):
    text = ("شنت طائرات حربية الأحد غارات جوية على مواقع للمسلحين في محافظة إدلب. وقال المصدر للصحفيين في "
            "مؤتمر عقده بالعاصمة إن الوضع مستقر. وأوضح أن الطائرات شنت السبت غارات جوية على مقر للمسلحين في بلدة سراقب.")
    places = (place("محافظة إدلب", text, "Idleb", level="admin1"), place("سراقب", text, "Saraqib"))
    assert sorted(strikes(ext(make_doc(text, places)))) == [("Idleb", "2018-06-10"), ("Saraqib", "2018-06-09")]


def test_an_announced_lead_three_days_after_the_body_strike_stands(ext):
    text = LEADS[0].replace("شنت السبت", "شنت الخميس")
    places = (place("محافظة إدلب", text, "Idleb", level="admin1"), place("سراقب", text, "Saraqib"))
    assert sorted(strikes(ext(make_doc(text, places)))) == [("Idleb", "2018-06-10"), ("Saraqib", "2018-06-07")]


# a strike told by a week ("الأسبوع الماضي": dated to the middle of the week it names) and again by a day
# of that week at the same town is one strike (its first account's date stands: a later day may be the
# report's); a day outside the week is another strike
_WEEK_THEN_DAY = ("قتل خمسة مدنيين في غارة جوية على مدينة إدلب الأسبوع الماضي. وقال الدفاع المدني إن المستشفى "
                  "استقبل الجرحى. وأضاف أن طائرات حربية شنت غارة جوية على مدينة إدلب {day} ودمرت منزلا.")


@pytest.mark.parametrize(("day", "expected"), [
    ("يوم الثلاثاء", [("Idlib", "2018-06-03")]),
    ("اليوم الأحد", [("Idlib", "2018-06-03"), ("Idlib", "2018-06-10")]),
])
def test_a_strike_dated_by_its_week_is_the_strike_told_on_a_day_of_that_week(ext, day, expected):
    text = _WEEK_THEN_DAY.format(day=day)
    doc = make_doc(text, (place("إدلب", text, "Idlib"), place("إدلب", text, "Idlib", nth=1)))
    assert strikes(ext(doc)) == expected


# a lead that names a governorate's capital as the centre of an area ("جبهات إدلب"، "محيط إدلب") sums the
# strike its body tells at a town of that governorate; the city itself ("مدينة إدلب") is a scene of its own
_FRONTS_LEAD = ("شنت طائرات حربية، السبت، غارات على مواقع المسلحين في {w} إدلب. وقال مصدر محلي إن السكان نزحوا. "
                "وأضاف أن طائرات حربية شنت غارات جوية على مواقع المسلحين في بلدة سراقب السبت.")


@pytest.mark.parametrize(("w", "expected"), [
    ("جبهات", [("Saraqib", "2018-06-09")]),
    ("محيط", [("Saraqib", "2018-06-09")]),
    ("مدينة", [("Idlib", "2018-06-09"), ("Saraqib", "2018-06-09")]),
])
def test_a_lead_at_the_fronts_of_a_capital_sums_the_strike_at_a_town_of_its_governorate(ext, w, expected):
    text = _FRONTS_LEAD.format(w=w)
    doc = make_doc(text, (place("إدلب", text, "Idlib"), place("سراقب", text, "Saraqib")))
    assert strikes(ext(doc)) == expected


# a death told with no weapon of its own on the day and at the scene of a strike is the strike's toll;
# a death of another day stands as its own attack
_STRIKE_THEN_DEATHS = ("شنت طائرات حربية غارة جوية على منزل في مدينة إدلب يوم السبت. وقال مسعفون إنه قتل شخصان في "
                       "مدينة إدلب يوم {day}.")


@pytest.mark.parametrize(("day", "expected"), [
    ("السبت", [("Air/drone strike", "2018-06-09", 2)]),
    ("الخميس", [("Air/drone strike", "2018-06-09", None), ("Attack", "2018-06-07", 2)]),
])
def test_a_death_told_beside_a_strike_of_its_day_and_scene_is_the_strike_toll(ext, day, expected):
    text = _STRIKE_THEN_DEATHS.format(day=day)
    doc = make_doc(text, (place("إدلب", text, "Idlib"), place("إدلب", text, "Idlib", nth=1)))
    assert [(e.sub_event_type, e.event_date, e.fatalities.best) for e in ext(doc).events] == expected


# one incident told by its parts is one event of its defining type (ACLED codes an incident once): the bomb
# that opened an ambush, the raid that carried the gas, the belts set off inside a storming told first; a
# bomb of another day, and the clashes that followed a suicide attack told first, stand apart
_PARTS = [
    ("هاجم مسلحون دورية للجيش في بلدة سراقب يوم السبت ودارت اشتباكات بين الطرفين. وقال مصدر أمني إن عبوة ناسفة "
     "انفجرت بالدورية في سراقب قبل أن يفتح المسلحون النار.", ["Armed clash"]),
    ("هاجم مسلحون دورية للجيش في بلدة سراقب يوم السبت ودارت اشتباكات بين الطرفين. وقال مصدر أمني إن عبوة ناسفة "
     "انفجرت بدورية أخرى في سراقب يوم الخميس.", ["Armed clash", "Remote explosive/landmine/IED"]),
    ("قصفت طائرات حربية بلدة سراقب يوم السبت. وقال مسعفون إن عشرات المدنيين أصيبوا بحالات اختناق جراء هجوم "
     "بغازات سامة على سراقب.", ["Chemical weapon"]),
    ("هاجم مسلحو تنظيم داعش معسكرا للجيش في بلدة سراقب يوم السبت ودارت اشتباكات عنيفة. وقال مصدر عسكري إن "
     "ثلاثة من المهاجمين فجروا أحزمة ناسفة كانوا يرتدونها داخل المعسكر.", ["Armed clash"]),
    ("فجر انتحاري نفسه بسيارة مفخخة عند حاجز للجيش في بلدة سراقب يوم السبت. واندلعت بعد ذلك اشتباكات بين الجيش "
     "ومسلحي تنظيم داعش في سراقب.", ["Suicide bomb", "Armed clash"]),
]


@pytest.mark.parametrize(("text", "expected"), _PARTS)
def test_a_part_of_an_incident_folds_into_its_defining_event(ext, text, expected):
    starts = [i for i in range(len(text)) if text.startswith("سراقب", i)]
    places = tuple(place("سراقب", text, "Saraqib", nth=n) for n in range(len(starts)))
    assert [e.sub_event_type for e in ext(make_doc(text, places)).events] == expected


# explosives the arresting force found with the people it arrested are what the arrest found (one event); a
# seizure days before, or by another force, stands as its own
_SEIZURE = "اعتقلت الشرطة المغربية ثلاثة أشخاص في مدينة طنجة يوم الجمعة. {rest}"


@pytest.mark.parametrize(("rest", "expected"), [
    ("وعثرت الشرطة المغربية بحوزتهم على مواد متفجرة وصواعق تفجير.", ["Arrests"]),
    ("وعثرت الشرطة المغربية في طنجة يوم الثلاثاء على مواد متفجرة وصواعق تفجير.", ["Arrests", "Disrupted weapons use"]),
    ("وعثر الجيش المغربي في طنجة على مواد متفجرة وصواعق تفجير.", ["Arrests", "Disrupted weapons use"]),
])
def test_explosives_found_by_the_arresting_force_are_part_of_the_arrest(ext, rest, expected):
    text = _SEIZURE.format(rest=rest)
    starts = [i for i in range(len(text)) if text.startswith("طنجة", i)]
    places = tuple(Place(k, k + 4, "طنجة", "Tangier", iso2="MA", admin1="Tanger-Tetouan-Al Hoceima",
                         level="populated_place", lat=35.8, lon=-5.8) for k in starts)
    assert [e.sub_event_type for e in ext(make_doc(text, places)).events] == expected


# a night's strike told again by the next day (the day it went on into or was reported on) is one strike,
# dated to the night; a strike at noon and one the next day, or one the evening after, are two
_NIGHT_THEN_DAY = ("شنت طائرات حربية غارات جوية على بلدة سراقب {first}. وقال الدفاع المدني إن المستشفى استقبل "
                   "الجرحى. وأضاف أن طائرات حربية شنت غارات جوية على بلدة سراقب {second}.")


@pytest.mark.parametrize(("first", "second", "expected"), [
    ("مساء السبت", "يوم الأحد", [("Saraqib", "2018-06-09")]),
    ("يوم الأحد", "مساء السبت", [("Saraqib", "2018-06-09")]),
    ("ظهر السبت", "يوم الأحد", [("Saraqib", "2018-06-09"), ("Saraqib", "2018-06-10")]),
    ("يوم السبت", "مساء الأحد", [("Saraqib", "2018-06-09"), ("Saraqib", "2018-06-10")]),
])
def test_an_evening_strike_told_again_by_the_next_day_is_one_strike(ext, first, second, expected):
    text = _NIGHT_THEN_DAY.format(first=first, second=second)
    doc = make_doc(text, (place("سراقب", text, "Saraqib"), place("سراقب", text, "Saraqib", nth=1)))
    assert sorted(strikes(ext(doc))) == expected


# a telling whose sentence names no place is lent the nearest name before; where that sentence already
# placed an incident of the type and day at another place of the governorate, the lent town is no scene
# of its own: the telling goes on with the incident told (a mine on a road near a town "planted under the
# soil of" the governorate's city, then "when the mine went off"); a sentence that names its own town
# tells another incident
_MINE = ("انفجر لغم بسيارة مدنية قرب بلدة سراقب السبت، وهو من ألغام كثيرة زرعها المسلحون تحت تراب مدينة إدلب. "
         "ونجا السائق عندما انفجر {second}.")


@pytest.mark.parametrize(("second", "expected"), [
    ("اللغم بالسيارة", ["Saraqib"]),
    ("لغم آخر في بلدة أريحا", ["Saraqib", "Ariha"]),
])
def test_a_telling_lent_a_town_of_the_sentence_that_placed_its_incident_is_that_incident(ext, second, expected):
    text = _MINE.format(second=second)
    places = [place("سراقب", text, "Saraqib"), place("إدلب", text, "Idlib")]
    if "أريحا" in text:
        places.append(place("أريحا", text, "Ariha"))
    doc = ext(make_doc(text, tuple(places)))
    assert [e.location.name for e in doc.events if e.location] == expected


# a sentence with no place of its own is lent the governorate's namesake town named before ("the last
# stronghold"): the same day's shelling told at a town of the governorate is that incident, unless its own
# sentence names the namesake too (a second target beside it)
_STRONGHOLD = ("تعد مدينة إدلب آخر معقل كبير للمسلحين في البلاد. وقال المرصد إن القوات الحكومية قصفت مواقع المسلحين "
               "صباح السبت. وأضاف أن القوات الحكومية ركزت قصفها المدفعي يوم السبت على {third}.")


@pytest.mark.parametrize(("third", "expected"), [
    ("أطراف بلدة سراقب", ["Saraqib"]),
    ("أطراف بلدة سراقب جنوب إدلب", ["Idlib", "Saraqib"]),
])
def test_a_telling_lent_a_governorates_namesake_town_is_the_incident_told_at_a_town_of_it(ext, third, expected):
    text = _STRONGHOLD.format(third=third)
    named = [m for m in range(len(text)) if text.startswith("إدلب", m)]
    places = sorted([*(replace(place("إدلب", text, "Idlib", nth=k), name_ar="إدلب") for k in range(len(named))),
                     place("سراقب", text, "Saraqib")], key=lambda p: p.start)
    doc = ext(make_doc(text, tuple(places)))
    assert [e.location.name for e in doc.events if e.location] == expected
