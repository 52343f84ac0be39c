"""Round 98: a call to protest whose إلى is followed by words that only frame the protest (ما وصفتها),
dead told after a wave of demonstrations and its age of weeks (a total, not one day's incident), and an act a
verb of expecting foresees (يتوقع الجيش مشاركة …، احتجاجا)."""

from __future__ import annotations

import pytest

from marsad.events.background import called_for
from marsad.text import tokenize


@pytest.fixture(scope="module")
def nlp():
    import marsad

    return marsad.Pipeline.load()


def _types(nlp, text: str, published: str = "2018-07-22") -> list[str | None]:
    return [e.sub_event_type for e in nlp(text, published=published).events]


def _call(text: str) -> str | None:
    tokens = tokenize(text)
    first = next(i for i, t in enumerate(tokens) if t.text.startswith("مظاهرات"))
    return called_for(tokens, 0, first)


def test_call_reaches_past_what_it_called_the_protest() -> None:
    text = 'ودعت "تنسيقيات المحافظات الجنوبية" في بيان، إلى ما وصفتها "مظاهرات حاشدة اليوم"'
    assert _call(text) == "call: ودعت"


def test_call_too_far_from_its_goal_stays_out_of_reach() -> None:
    # the words between إلى and the protest are no frame: the reach counts from the protest as before
    text = 'ودعت "تنسيقيات المحافظات الجنوبية" في بيان، إلى جانب الطلاب الذين نظموا مظاهرات حاشدة'
    assert _call(text) is None


def test_called_protest_is_no_event(nlp) -> None:
    text = ('قتل 4 أشخاص الجمعة في البصرة. ودعت "تنسيقيات المحافظات الجنوبية" في بيان، إلى ما وصفتها '
            '"مظاهرات حاشدة اليوم"، الأحد، في بغداد.')
    assert "Peaceful protest" not in _types(nlp, text)


def test_protest_held_with_a_comma_before_it_stays(nlp) -> None:
    text = "خرج آلاف المحتجين في بغداد، الأحد، وتوجهوا إلى ساحة التحرير في مظاهرات حاشدة."
    assert "Peaceful protest" in _types(nlp, text)


def test_dead_after_a_wave_of_weeks_are_its_total(nlp) -> None:
    text = ("بدأت الاحتجاجات في مدن جنوبي العراق تأخذ منحى جديدا مع دخولها أسبوعها الثالث على التوالي، إذ رفع "
            "المحتجون سقف مطالبهم، لاسيما بعد سقوط عدد من القتلى وامتدادها على مدن عدة.")
    assert "Attack" not in _types(nlp, text)


def test_dead_of_a_day_in_an_aged_wave_stay(nlp) -> None:
    from marsad.events.periods import toll_in_aged_wave

    text = "مع دخول الاحتجاجات أسبوعها الثاني، قتل متظاهران برصاص قوات الأمن في البصرة أمس الجمعة."
    tokens = tokenize(text)
    first = next(i for i, t in enumerate(tokens) if t.text == "قتل")
    assert toll_in_aged_wave(tokens, first, 0, len(tokens)) is None
    text = "مع دخول الاحتجاجات أسبوعها الثاني، سقط عدد من القتلى في البصرة."
    tokens = tokenize(text)
    first = next(i for i, t in enumerate(tokens) if t.text == "القتلى")
    assert toll_in_aged_wave(tokens, first, 0, len(tokens)) is not None


def _foreseen(text: str, trigger: str) -> str | None:
    from marsad.events.background import foreseen

    tokens = tokenize(text)
    first = next(i for i, t in enumerate(tokens) if t.text == trigger)
    return foreseen(tokens, 0, first)


def test_expected_protest_is_foreseen_not_told(nlp) -> None:
    text = ("ويتوقع الجيش الإسرائيلي مشاركة عشرات الآلاف من الفلسطينيين في قطاع غزة وأيضا في الضفة الغربية في فترة "
            "بعد الظهر، احتجاجا على تدشين السفارة.")
    assert _foreseen(text, "احتجاجا") == "foreseen: ويتوقع"
    assert "Peaceful protest" not in _types(nlp, text, "2018-05-14")
    assert _foreseen("ومن المتوقع مشاركة نحو عشرة آلاف شخص في مظاهرة في برلين الجمعة.", "مظاهرة")


def test_what_the_expected_act_answers_is_told() -> None:
    text = ("يأتي التأهب بينما تتوقع أوساط قيام الولايات المتحدة بشن ضربات بعد هجوم كيماوي أدى إلى مقتل أكثر من "
            "60 مدنيا في مدينة دوما.")
    assert _foreseen(text, "هجوم") is None
    assert _foreseen("وكما يتوقع المراقبون، خرج آلاف المتظاهرين في الخليل.", "المتظاهرين") is None
