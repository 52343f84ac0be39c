"""Round 45 duplicate rules: one incident of the article coded twice.

Each test is a short constructed report for one structural rule; a paired report shows the second
event the rule must leave alone.  Documents carry hand-written places so that nothing here depends on
the NER or the geocoder.
"""

from __future__ import annotations

import pytest

from marsad.events.assemble import Extractor
from marsad.model import Document, Place
from tests.test_events_duplicates import make_doc


@pytest.fixture(scope="module")
def ext() -> Extractor:
    return Extractor(classifier=None)


def place(text: str, doc_text: str, name: str, admin1: str, iso2: str = "YE", level: str = "populated_place") -> Place:
    start = doc_text.index(text)
    return Place(start, start + len(text), text, name, iso2=iso2, admin1=admin1, level=level, lat=15.0, lon=44.0)


def coded(doc: Document) -> list[tuple[str, str]]:
    return [(e.trigger.text if e.trigger else "", e.sub_event_type) for e in doc.events]


def told(doc: Document, word: str) -> bool:
    """`word` is the trigger or an evidence span of one of the document's events: nothing of it was lost."""
    return any((e.trigger is not None and e.trigger.text == word) or any(s.text == word for s in e.evidence)
               for e in doc.events)


# a storming that was only the way in: the taking inside stands, the storming joins its evidence
WAY_IN = [
    ("اقتحمت ميليشيات الحوثي السبت حرم جامعة إب واختطفت أكثر من 30 طالبا، بعد دعوات للاحتجاج على الغلاء.",
     "إب", "Ibb", "Ibb", "اقتحمت", ("واختطفت", "Abduction/forced disappearance")),
    ("اقتحمت قوات الأمن السبت منزلا في مدينة تعز واعتقلت ثلاثة أشخاص يشتبه في انتمائهم لخلية.",
     "تعز", "Ta'izz", "Taizz", "اقتحمت", ("واعتقلت", "Arrests")),
]


@pytest.mark.parametrize(("text", "where", "name", "admin1", "storming", "kept"), WAY_IN)
def test_a_storming_that_was_the_way_in_folds_into_the_taking(ext, text, where, name, admin1, storming, kept):
    doc = ext(make_doc(text, (place(where, text, name, admin1),)))
    assert coded(doc) == [kept]
    assert told(doc, storming)


def test_a_storming_met_by_a_named_side_keeps_the_taking_as_its_outcome(ext):
    text = ("نجحت قوات الحزام الأمني، الخميس، في اقتحام ومداهمة مواقع تنظيم القاعدة في مديرية الوضيع، مما أسفر عن "
            "ضبط عناصر من التنظيم.")
    doc = ext(make_doc(text, (place("الوضيع", text, "Al Wade'a", "Abyan"),)))
    assert coded(doc) == [("اقتحام", "Armed clash")]
    assert told(doc, "ومداهمة")


def test_a_storming_and_an_arrest_elsewhere_by_another_side_stay_two(ext):
    text = "اقتحم مسلحون مقرا للشرطة في بلدة لودر السبت. وفي مدينة زنجبار اعتقلت الشرطة ثلاثة أشخاص السبت."
    places = (place("لودر", text, "Lawdar", "Abyan"), place("زنجبار", text, "Zinjibar", "Abyan"))
    assert coded(ext(make_doc(text, places))) == [("اقتحم", "Armed clash"), ("اعتقلت", "Arrests")]


def test_the_dead_of_an_incident_told_on_a_later_day_are_its_toll(ext):
    text = ("قتل فلسطينيان برصاص الجيش الإسرائيلي الاثنين خلال مواجهات على الحدود الشرقية لمدينة خان يونس. وأفادت "
            "وزارة الصحة الثلاثاء بأن عدد قتلى مواجهات خان يونس ارتفع إلى خمسة.")
    doc = ext(make_doc(text, (place("خان يونس", text, "Khan Yunis", "Gaza Strip", iso2="PS"),)))
    assert len(doc.events) == 1
    kept, toll = doc.events[0], text.index("مواجهات", 100)
    assert kept.trigger is not None and kept.trigger.start < 100  # the first account stands
    assert any(s.start == toll for s in kept.evidence)  # the toll's mention joins its evidence


def test_a_second_strike_at_the_same_town_on_another_day_stays(ext):
    text = ("قصفت طائرات حربية سوق بلدة سراقب الأحد ما أسفر عن مقتل ستة مدنيين. وقصفت الطائرات الاثنين مستشفى في "
            "سراقب ما أدى إلى مقتل طبيب.")
    doc = ext(make_doc(text, (place("سراقب", text, "Saraqib", "Idleb", iso2="SY"),)))
    assert [e.event_date for e in doc.events] == ["2018-06-10", "2018-06-04"]


def _saada_places(text: str) -> tuple[Place, ...]:
    return (place("باقم", text, "Baqim as Suq", "Sa'dah"), place("صعدة", text, "Sa'dah", "Sa'dah"))


def test_the_definite_clashes_at_the_governorates_namesake_town_are_those_told_in_it(ext):
    text = ("اندلعت مواجهات عنيفة الأربعاء بين الجيش والحوثيين في منطقة باقم. وأوضح مصدر عسكري أن المواجهات في صعدة "
            "تركزت في محور باقم شمالي المحافظة.")
    doc = ext(make_doc(text, _saada_places(text)))
    assert [(e.sub_event_type, e.location.name if e.location else None) for e in doc.events] == [
        ("Armed clash", "Baqim as Suq")]
    assert any(s.start == text.index("المواجهات") for s in doc.events[0].evidence)


def test_strikes_on_the_namesake_town_told_without_the_article_stay_their_own(ext):
    text = ("شنت طائرات التحالف غارات جوية على منطقة باقم الأربعاء. وشنت طائرات التحالف غارات جوية أخرى على مدينة "
            "صعدة الأربعاء.")
    doc = ext(make_doc(text, _saada_places(text)))
    assert sorted(e.location.name for e in doc.events if e.location) == ["Baqim as Suq", "Sa'dah"]


def test_the_definite_shelling_in_the_namesake_city_named_as_a_city_stays_its_own(ext):
    text = ("قصفت القوات الحكومية بالمدفعية منطقة باقم الأربعاء. وقال مسعفون إن القصف المدفعي قتل خمسة أشخاص في "
            "مدينة صعدة الأربعاء.")
    doc = ext(make_doc(text, _saada_places(text)))
    assert sorted(e.location.name for e in doc.events if e.location) == ["Baqim as Suq", "Sa'dah"]


def _saraqib(text: str) -> tuple[Place, ...]:
    """Every mention of سراقب, placed (each sentence names its own scene)."""
    out, start = [], text.find("سراقب")
    while start >= 0:
        out.append(Place(start, start + 5, "سراقب", "Saraqib", iso2="SY", admin1="Idleb", lat=35.8, lon=36.8))
        start = text.find("سراقب", start + 1)
    return tuple(out)


def test_the_missile_bombardment_of_the_airfield_struck_from_the_air_is_that_strike(ext):
    text = ("شنت طائرات حربية إسرائيلية غارة جوية على مطار سراقب العسكري الأحد. وقال المرصد إن القصف الصاروخي طال "
            "مطار سراقب ومحيطه.")
    doc = ext(make_doc(text, _saraqib(text)))
    assert coded(doc) == [("غارة جوية", "Air/drone strike")]
    assert any(s.start == text.index("القصف") for s in doc.events[0].evidence)


def test_the_artillery_bombardment_of_the_struck_town_stays_its_own(ext):
    text = "شنت طائرات حربية غارات جوية على بلدة سراقب الأحد. وقصفت القوات الحكومية بالمدفعية بلدة سراقب الأحد."
    assert coded(ext(make_doc(text, _saraqib(text)))) == [("غارات جوية", "Air/drone strike"),
                                                          ("وقصفت", "Shelling/artillery/missile attack")]


def test_a_missile_bombardment_told_before_the_air_strikes_stays_its_own(ext):
    text = ("قتل مدنيون في قصف صاروخي مكثف استهدف بلدة سراقب الأحد. وشنت مقاتلات حربية غارات جوية على بلدة سراقب "
            "الأحد.")
    assert [e.sub_event_type for e in ext(make_doc(text, _saraqib(text))).events] == [
        "Shelling/artillery/missile attack", "Air/drone strike"]
