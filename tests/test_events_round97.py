"""Round 97: places reached by a word of movement that are the scene after all — the goal a clause of حيث
points back to, and a district's seat fled towards (a goal, not the scene)."""

from __future__ import annotations

import pytest

from marsad.events.antecedent import where_follows, where_place
from marsad.model import Place


@pytest.fixture(scope="module")
def nlp():
    import marsad

    return marsad.Pipeline.load()


def _events(nlp, text: str, published: str = "2018-08-08") -> list[tuple[str | None, str | None]]:
    return [(e.sub_event_type, e.location.name if e.location else None) for e in nlp(text, published=published).events]


def _place(text: str, name: str) -> Place:
    start = text.index(name)
    return Place(start=start, end=start + len(name), text=name, name=name)


def test_where_points_back_to_the_place_before_it() -> None:
    text = "قاد القيادي تعزيزات من حجة إلى الدريهمي، حيث لقي مصرعه."
    hajja, durayhimi = _place(text, "حجة"), _place(text, "الدريهمي")
    assert where_follows(text, durayhimi) and not where_follows(text, hajja)
    assert where_place(text, [hajja, durayhimi], text.index(" لقي") + 1) == durayhimi


def test_where_gives_way_to_its_clause_own_place() -> None:
    text = "وصلت التعزيزات إلى الدريهمي، حيث قتل قيادي في زبيد."
    places = [_place(text, "الدريهمي"), _place(text, "زبيد")]
    assert where_place(text, places, text.index("قتل")) is None


def test_where_leaves_a_trigger_past_its_clause() -> None:
    text = "وصلت التعزيزات إلى الدريهمي، حيث انتشرت. وقتل قيادي أمس."
    assert where_place(text, [_place(text, "الدريهمي")], text.index("وقتل")) is None


def test_a_leader_killed_where_he_led_reinforcements_is_placed_there(nlp) -> None:
    text = ("أعلنت قوات ألوية العمالقة، الأربعاء، مقتل قائد في ميليشيات الحوثي. وأكدت القوات أن القائد قاد تعزيزات "
            "عسكرية للمليشيات من حجة إلى الدريهمي، حيث لقي مصرعه.")
    places = {place for _, place in _events(nlp, text)}
    assert "Hajjah" not in places


def test_a_district_seat_fled_towards_is_no_scene(nlp) -> None:
    text = ("وأجبرت عملية عسكرية مباغتة الميليشيات، الأربعاء، على الفرار من مزارع الفازة في مديرية التحيتا، صوب مركز "
            "مديرية زبيد بعد مقتل العشرات من مسلحيها.")
    places = {place for _, place in _events(nlp, text, "2018-06-28")}
    assert "Zabid" not in places


def _footage_at(text: str, word: str) -> str | None:
    from marsad.events.background import footage_shows
    from marsad.text.tokenize import tokenize

    toks = tokenize(text)
    k = next(i for i, t in enumerate(toks) if t.text == word)
    return footage_shows(toks, 0, k)


def test_what_footage_shows_is_no_incident() -> None:
    assert _footage_at("وأظهر الفيديو، الذي جاء كجزء من حملة لمنظمة إغاثة، قصفا جويا عنيفا على الأحياء السكنية.", "قصفا")
    assert _footage_at("وأظهرت اللقطات رصد المتمردين بواسطة منظومات الاستطلاع، واستهداف التجمعات المسلحة.", "واستهداف")
    assert _footage_at("نشر مقطع فيديو يظهر القصف على الغوطة الشرقية.", "القصف")


def test_footage_leaves_sources_frames_online_clips_and_other_sentences() -> None:
    # a source tells what followed the footage's scene
    assert _footage_at("وأظهر مقطع فيديو الطالبات يهتفن، وبحسب مصادر محلية فإن مسلحين أطلقوا النار.", "أطلقوا") is None
    # the strikes are the time of what the footage shows, told as fact
    assert _footage_at("مقطع فيديو أظهر الرعب الذي عاشه أطفال خلال الغارات الإسرائيلية.", "الغارات") is None
    # clips spread online are how the news is known
    assert _footage_at("وأظهرت مقاطع فيديو نشرت على الإنترنت اتساع نطاق التظاهرات إلى عدة مدن.", "التظاهرات") is None
    # footage a source cites as evidence
    assert _footage_at("وقال نشطاء إن الصور تظهر تعرض منطقة دوما لهجوم كيماوي.", "لهجوم") is None
    # another sentence's footage
    assert _footage_at("وأظهر الفيديو مركبة تحترق. وقصفت الطائرات البلدة اليوم.", "وقصفت") is None
    # no footage at all
    assert _footage_at("وأظهرت الأرقام ارتفاعا، وقصفت الطائرات البلدة.", "وقصفت") is None


def test_a_campaign_video_of_bombing_gives_no_strike(nlp) -> None:
    text = ("نشر النجم مقطع فيديو تضامنا مع أطفال سوريا. وأظهر الفيديو، الذي جاء كجزء من حملة لمنظمة أنقذوا الأطفال، "
            "قصفا جويا عنيفا على الأحياء السكنية في الغوطة الشرقية.")
    assert _events(nlp, text, "2018-03-14") == []
