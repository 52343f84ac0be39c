"""Round 70, wrong types and places: ground fire told as the fire of a fight is the fight (`fighting_fire`); an
arrest whose sentence names no place takes its people's country over a foreign place lent from before
(`arrested_people`).

"اشتباكات عنيفة تدور في المنطقة، وسط قصف مدفعي"، "وتخلل تلك الاشتباكات قصف لمدفعية المقاومة"، "تبادلا عنيفا للقصف
رافقت الهجوم": the bombardment is the battle's weapons, one armed clash; an air strike amid a fight, or a
shelling told on its own, keeps its type.
"""

from __future__ import annotations

import pytest

from marsad.events.air_powers import suspected_near
from marsad.events.arrested_people import arrested_country
from marsad.events.assemble import Extractor
from marsad.gazetteer.countries import country
from marsad.model import Place
from tests.test_events_precision import make_doc, place, subtypes, types_of


@pytest.fixture(scope="module")
def ext() -> Extractor:
    return Extractor(classifier=None)


@pytest.mark.parametrize(
    "text",
    [
        "ودارت اشتباكات عنيفة يوم الجمعة بين القوات والمسلحين في مدينة الحديدة، وسط قصف مدفعي.",
        "ودارت يوم الجمعة اشتباكات متقطعة بين القوات والمسلحين في مدينة الحديدة، وتخلل تلك الاشتباكات قصف لمدفعية القوات.",
    ],
)
def test_fire_of_a_fight_is_the_fight(ext: Extractor, text: str) -> None:
    assert "Shelling/artillery/missile attack" not in types_of(ext, text)
    assert "Armed clash" in types_of(ext, text)


def test_shelling_told_alone_stays(ext: Extractor) -> None:
    text = "وقصفت القوات يوم الجمعة مواقع المسلحين في مدينة الحديدة بالمدفعية."
    assert "Shelling/artillery/missile attack" in types_of(ext, text)


def test_air_strikes_amid_a_fight_stay(ext: Extractor) -> None:
    text = "ودارت اشتباكات عنيفة يوم الجمعة بين القوات والمسلحين في مدينة الحديدة، وسط قصف جوي لمقاتلات التحالف."
    assert "Air/drone strike" in types_of(ext, text)


# -- arrested people ---------------------------------------------------------------------------------

def _lent(iso2: str) -> Place:
    c = country(iso2)
    assert c is not None
    return Place(0, 4, c.name_ar or "", c.name, country=c.name, iso2=c.iso2, level="country")


@pytest.mark.parametrize(
    ("text", "iso2"),
    [
        ("وكانت الخارجية الكندية قد انتقدت القبض على ناشطات حقوقيات سعوديات بينهن سمر بدوي.", "SA"),
        ('ونددت الحكومة الكندية صباح الإثنين باعتقال 11 "ناشطا" فلسطينيا في المنطقة.', "PS"),
    ],
)
def test_arrested_people_give_their_country(text: str, iso2: str) -> None:
    start = min(k for k in (text.find("القبض"), text.find("باعتقال")) if k >= 0)
    got = arrested_country(text, start, _lent("CA"))
    assert got is not None and got.iso2 == iso2
    assert text[got.start : got.end] == got.text


@pytest.mark.parametrize(
    "text",
    [
        "وقالت الخارجية الكندية إن أحدث الضربات اعتقال قوات الأمن العراقية مسؤولا بارزا.",  # the arrester's
        "وانتقدت الخارجية الكندية مقتل ثلاثة سعوديين في الهجوم.",  # no arrest
        "وقالت الخارجية الكندية إنها اعتقلت ثلاثة أشخاص. وكان الضحايا سعوديين.",  # the sentence ends first
        "وخلال المواجهات وردت معلومات عن اعتقال جهاديين فرنسيين.",  # no adjective of the lent country before
    ],
)
def test_other_nationalities_lend_no_country(text: str) -> None:
    start = max(text.find("اعتقال"), text.find("اعتقلت"), text.find("مقتل"))
    assert arrested_country(text, start, _lent("CA")) is None


def test_a_lent_town_or_the_peoples_own_country_stays() -> None:
    text = "وكانت الخارجية الكندية قد انتقدت القبض على ناشطات حقوقيات سعوديات."
    assert arrested_country(text, text.find("القبض"), _lent("SA")) is None
    town = Place(0, 4, "حارم", "Harim", country="Syria", iso2="SY", level="populated_place")
    assert arrested_country(text, text.find("القبض"), town) is None


# -- a suspicion of another clause -------------------------------------------------------------------


def test_far_suspicion_leaves_the_strike_by_air(ext: Extractor) -> None:
    text = ("ووصل المفتشون إلى دمشق لتفقد موقع هجوم يعتقد أنه كيماوي في دوما، أسفر عن مقتل العشرات، وأدى إلى توجيه "
            "الولايات المتحدة وبريطانيا وفرنسا ضربات صاروخية على سوريا يوم السبت.")
    doc = make_doc(text, (place("سوريا", text, "Syria", level="country", admin1=None),))
    assert subtypes(ext(doc)) == ["Air/drone strike"]


def test_suspicion_near_the_state_keeps_the_launcher_unknown() -> None:
    words = ["سقط", "صاروخ", "يحتمل", "انه", "اسراييلي", "في", "ريف", "دمشق"]
    assert suspected_near(words, [4], 1)
    far = ["يعتقد", "انه", "كيماوي", "في", "دوما", "اسفر", "عن", "مقتل", "وادي", "الي", "بريطانيا", "ضربات"]
    assert not suspected_near(far, [10], 11)
