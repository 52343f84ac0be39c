"""Actors check 19: sides read the wrong way round.

- Ground the government regains is taken by the government's side: a regain read with the Houthis as actor1
  and the government's forces as actor2 (the taker left out of its clause, the foe's supply lines named
  after the verb) has its sides swapped.
- A missile or drone stopped in flight named with its nationality (دمرت الدفاعات الجوية السورية صاروخين
  إسرائيليين) was fired by that state: actor2 of the disrupted weapons use, the air defences' state actor1.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_store_support import HARIM, event

from marsad.events.acled_consistency import consistent
from marsad.pipeline import Pipeline

#: A place in Yemen for constructed events (the support module's places are Syrian).
YEMEN = dict(HARIM, name="al-Barh", country="Yemen", iso2="YE", admin1="Ta'iz", admin2=None, admin3=None)


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline.load()


def sides(nlp: Pipeline, text: str, sub: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in nlp(text, published="2018-05-05").events if e.sub_event_type == sub]


def test_a_regain_read_with_the_foe_as_taker_is_swapped():
    regain = event(sub="Government regains territory", actor1="Military Forces of Yemen (2017-) Houthi",
                   actor2="National Resistance Forces", loc_text="البرح",
                   where=YEMEN)
    out = consistent(regain)
    assert (out.actor1, out.actor2) == ("National Resistance Forces", "Military Forces of Yemen (2017-) Houthi")
    assert "sides swapped" in out.notes


def test_a_regain_already_the_right_way_or_by_no_government_side_stays():
    right = event(sub="Government regains territory", actor1="Military Forces of Yemen (2012-2022)",
                  actor2="Military Forces of Yemen (2017-) Houthi", where=YEMEN)
    assert consistent(right) is right
    # neither side is the government's camp: nothing to say who took the ground
    foes = event(sub="Government regains territory", actor1="Islamic State (Syria)", actor2="Jaysh al Islam",
                 where=HARIM)
    assert consistent(foes) is foes
    # a non-state takeover keeps its order
    takeover = replace(right, sub_event_type="Non-state actor overtakes territory")
    assert consistent(takeover) is takeover


def test_the_taker_elided_in_its_clause(nlp: Pipeline):
    text = ("وأكدت مصادر عسكرية أن قوات المقاومة الوطنية تمكنت من السيطرة على التلال السود في محيط مفرق المخا. "
            "كما سيطرت على سلسلة جبلية استراتيجية مطلة على مدينة البرح، وقطعت خطوط إمداد المليشيا الحوثية. "
            "وتكبدت مليشيا الحوثي خسائر فادحة في المعارك الدائرة.")
    got = sides(nlp, text, "Government regains territory")
    assert got and all(a1 == "National Resistance Forces" and a2 and "Houthi" in a2 for a1, a2 in got)


def test_the_government_named_after_the_foe(nlp: Pipeline):
    text = ("أكدت مصادر عسكرية يمنية قتل القوات الشرعية ستة عشر متمرداً من الحوثيين منهم قيادي وتمكنها من السيطرة "
            "على مواقع جديدة شمالي مديرية نهم شرق العاصمة صنعاء. وقالت المصادر، إن القوات الحكومية تمكنت من تحرير "
            "عدد من التباب المطلة على الخط الترابي القادم من الجوف باتجاه مديرية نهم.")
    got = sides(nlp, text, "Government regains territory")
    assert got and got[0][0] is not None and got[0][0].startswith("Military Forces of Yemen (2012")
    assert got[0][1] is not None and "Houthi" in got[0][1]


@pytest.mark.parametrize("text", [
    'وقال الإعلام الرسمي السوري إن الدفاعات الجوية السورية دمرت "صاروخين إسرائيليين" في منطقة الكسوة في ريف دمشق.',
    'وأكد أن الدفاعات الجوية السورية أسقطت "عشرات الصواريخ الإسرائيلية المعادية وتمنع معظمها من الوصول الى أهدافها".',
])
def test_a_stopped_weapons_nationality_is_who_fired_it(nlp: Pipeline, text: str):
    got = sides(nlp, text, "Disrupted weapons use")
    assert got and got[0][0] is not None and got[0][0].startswith("Military Forces of Syria")
    assert got[0][1] is not None and got[0][1].startswith("Military Forces of Israel")


def test_the_interceptors_own_nationality_stays_the_doer(nlp: Pipeline):
    got = sides(nlp, "اعترضت الدفاعات الجوية السعودية، مساء الأحد، صاروخاً باليستياً فوق العاصمة الرياض.",
                "Disrupted weapons use")
    assert got and got[0][0] is not None and got[0][0].startswith("Military Forces of Saudi Arabia")
