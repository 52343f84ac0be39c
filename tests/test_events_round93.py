"""Round 93: a year with a when-word right after it, and a report opening on documents revealed, set
their incidents in the past (too old)."""

from __future__ import annotations

import pytest

from marsad.events.background import year_then_when
from marsad.text.tokenize import tokenize


@pytest.fixture(scope="module")
def nlp():
    import marsad

    return marsad.Pipeline.load()


def _events(nlp, text: str, published: str = "2018-07-23") -> list[tuple[str | None, str | None]]:
    return [(e.sub_event_type, e.location.name if e.location else None) for e in nlp(text, published=published).events]


def test_year_then_when_reads_the_year_whatever_led_to_it() -> None:
    text = "اعتبارا من 1976، عندما دخل الجيش الأراضي اللبنانية، باسطا السيطرة على طرابلس"
    toks = tokenize(text)
    last = len(toks) - 1
    assert year_then_when(toks, 0, last, "2018-07-23")
    assert year_then_when(toks, 0, last, "1976-07-23") is None  # the year of publication is no history
    assert year_then_when(toks, 0, last, None) is None


def test_year_then_when_wants_the_when_word_right_after_the_year() -> None:
    text = "قال في 1976 إن الجيش عندما دخل بسط السيطرة على طرابلس"
    toks = tokenize(text)
    assert year_then_when(toks, 0, len(toks) - 1, "2018-07-23") is None


def test_a_takeover_in_the_years_moment_is_history(nlp) -> None:
    text = ("قال الكاتب إنه اعتبارا من 1976، عندما دخل الجيش السوري الأراضي اللبنانية، باسطا السيطرة على مدينة "
            "طرابلس، تغيرت التجارة.")
    assert _events(nlp, text) == []


def test_a_takeover_told_today_stays(nlp) -> None:
    text = "وسيطر الجيش السوري على مدينة طرابلس اللبنانية يوم الأحد، بعد معارك عنيفة."
    assert _events(nlp, text) == [("Government regains territory", "Tripoli")]


def test_archive_lead() -> None:
    from marsad.events.verdicts import archive_lead

    toks = tokenize("كشفت وثائق سرية بريطانية النقاب عن أن الرئيس السابق كان ينوي التخلي عن الرئاسة")
    assert archive_lead(toks, 0, len(toks))
    toks = tokenize("كشف الجيش عن وثائق ضبطت في مقر التنظيم")
    assert not archive_lead(toks, 0, len(toks))  # the army revealing seized papers is today's news


def test_an_undated_killing_in_a_report_of_documents_revealed_is_history(nlp) -> None:
    text = ("كشفت وثائق سرية بريطانية النقاب عن أن الرئيس المصري السابق أنور السادات كان ينوي التخلي عن الرئاسة، "
            "غير أن اغتياله في القاهرة عجل بالنهاية الدرامية له ولحكمه.")
    assert _events(nlp, text, "2018-04-25") == []


def test_a_dated_killing_in_such_a_report_stays(nlp) -> None:
    text = ("كشفت وثائق سرية بريطانية النقاب عن خطط قديمة. وفي تطور آخر، قتل مسلحون ثلاثة جنود في هجوم على حاجز "
            "في مدينة العريش يوم الاثنين.")
    assert _events(nlp, text, "2018-04-25") == [("Armed clash", "Arish")]


CONSULATE = "اختفى الصحفي بعد دخوله قنصلية بلاده في إسطنبول يوم 2 أكتوبر. "


def test_a_killing_in_the_consulate_is_at_the_town_it_was_named_in(nlp) -> None:
    text = CONSULATE + "وتعتقد السلطات التركية أن الصحفي قتل في القنصلية على أيدي عناصر في المخابرات السعودية."
    assert _events(nlp, text, "2018-10-14") == [("Attack", "Istanbul")]


def test_mission_before() -> None:
    from marsad.events.sites import _mission_before

    def at(text: str, name: str):
        from marsad.model import Place

        i = text.index(name)
        return Place(start=i, end=i + len(name), text=name, name=name)

    for text in ("دخل قنصلية بلاده في إسطنبول", "دخل القنصلية السعودية بإسطنبول", "أمام سفارة المملكة في إسطنبول"):
        assert _mission_before(text, at(text, "إسطنبول")) is not None, text
    for text in ("زار القنصلية، ثم توجه إلى إسطنبول", "قنصلية بلاده التي تقع في وسط مدينة إسطنبول", "ولد في إسطنبول"):
        assert _mission_before(text, at(text, "إسطنبول")) is None, text


def test_an_inquiry_goes_where_the_act_was(nlp) -> None:
    text = ("ذكرت منظمة حظر الأسلحة الكيماوية، الثلاثاء، إنها سترسل بعثة للتقصي من الحقائق إلى مدينة دوما للتحقيق في "
            "تقارير وقوع هجوم كيماوي أدى إلى مقتل العشرات.")
    assert _events(nlp, text, "2018-04-10") == [("Chemical weapon", "Duma")]


def test_inquiry_after() -> None:
    from marsad.events.location import _inquiry_after
    from marsad.model import Place

    def at(text: str, name: str) -> Place:
        i = text.index(name)
        return Place(start=i, end=i + len(name), text=name, name=name)

    assert _inquiry_after("أرسلت بعثة إلى دوما للتحقيق في الهجوم", at("أرسلت بعثة إلى دوما للتحقيق في الهجوم", "دوما"))
    assert not _inquiry_after("فر السكان إلى دوما هربا من القصف", at("فر السكان إلى دوما هربا من القصف", "دوما"))
