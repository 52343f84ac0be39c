"""Round 104: a report's lead told over a list of governorates ("غارات … في محافظات الحديدة وصعدة والجوف") sums
the body's incident of its sub-type and day in any governorate of the list, not only in the one its place was
read from: the lead folds into the body's finer telling (the body's place stands)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp():
    import marsad

    return marsad.Pipeline.load()


def _events(nlp, text: str, published: str = "2018-07-28") -> list[tuple[str | None, str | None]]:
    return [(e.sub_event_type, e.location.name if e.location else None)
            for e in nlp(text, published=published).events]


_LEAD = ("قتل عدد من عناصر ميليشيات الحوثي في غارات شنتها طائرات التحالف العربي استهدفت تجمعات المتمردين "
         "في محافظات الحديدة وصعدة والجوف وحجة وعمران. ")


def test_listed_lead_folds_into_a_strike_in_another_listed_governorate(nlp) -> None:
    text = _LEAD + ("وأفاد مراسلنا أن الحصيلة مرشحة للارتفاع. "
                    "كما شنت طائرات التحالف غارات على تحصينات لميليشيات الحوثي في مديرية زبيد. "
                    "وفي العاصمة صنعاء، قصفت طائرات التحالف العربي مواقع المتمردين في قاعدة الديلمي الجوية.")
    got = _events(nlp, text)
    strikes = sorted(p or "" for t, p in got if t == "Air/drone strike")
    assert strikes == ["Sanaa", "Zabid"]  # the lead is the Zabid strike's summary, not a third strike


def test_listed_lead_stays_without_a_body_strike_in_the_list(nlp) -> None:
    # Sanaa is no governorate of the list: the lead's strikes are their own incident
    text = _LEAD + ("وأفاد مراسلنا أن الحصيلة مرشحة للارتفاع. "
                    "وفي العاصمة صنعاء، قصفت طائرات التحالف العربي مواقع المتمردين في قاعدة الديلمي الجوية.")
    got = [p for t, p in _events(nlp, text) if t == "Air/drone strike"]
    assert "Sanaa" in got
    assert len(got) >= 2  # the lead stands beside it (split over its governorates or not)


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
