"""Round 104: a report's lead told in a town's suburbs ("في ضواحي العاصمة دمشق") sums the body's strike or shelling
of its day at a town near it (Jaramana, 6 km out) even across the governorate's line: the lead folds into the
body's finer telling, whose place stands."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp():
    import marsad

    return marsad.Pipeline.load()


def _events(nlp, text: str, published: str = "2018-07-28") -> list[tuple[str | None, str | None]]:
    return [(e.sub_event_type, e.location.name if e.location else None)
            for e in nlp(text, published=published).events]


_SUBURB_LEAD = ("أعلن التلفزيون الرسمي السوري، الثلاثاء، أن هجوما صاروخيا لفصائل المعارضة، استهدف سوقا شعبية في "
                "ضواحي العاصمة دمشق، أسفر عن مقتل 35 شخصا. ")


def test_suburbs_lead_folds_into_the_town_across_the_governorate_line(nlp) -> None:
    # Jaramana is Rural Damascus, 6 km from the capital: the suburbs' attack is its telling
    text = _SUBURB_LEAD + ("ونقل التلفزيون عن مصدر في قيادة الشرطة أن قذيفة صاروخية أطلقتها التنظيمات الإرهابية على "
                           "سوق شعبية في ضاحية جرمانا جنوب شرقي دمشق. وأفادت الوكالة بأن القتلى مدنيون.")
    got = [p for t, p in _events(nlp, text, "2018-03-20") if t == "Shelling/artillery/missile attack"]
    assert got == ["Jaramana"]


def test_the_town_itself_is_no_suburb_of_its_own(nlp) -> None:
    # no area word before the capital: its shelling is a scene of its own beside the suburb's
    text = ("أعلن التلفزيون الرسمي السوري، الثلاثاء، أن قذائف صاروخية استهدفت حي باب توما في دمشق. "
            "وأفاد مصدر في الشرطة بأن قذيفة صاروخية سقطت على سوق شعبية في ضاحية جرمانا. "
            "وأفادت الوكالة بأن القتلى مدنيون.")
    got = [t for t, _ in _events(nlp, text, "2018-03-20")]
    assert got.count("Shelling/artillery/missile attack") == 2
