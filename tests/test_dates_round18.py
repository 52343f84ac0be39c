"""Dates round 18: a recalled day is not the lead's, vague "ago" spans, a running battle's "منذ أيام"."""

from __future__ import annotations

from marsad.events.carried_dates import incident_dates
from marsad.events.dates import MONTH, WEEK, after_since, find_dates, running_span
from marsad.events.recap_days import recalled_day
from marsad.model import Event, Span


def _ev(start: int, text: str, date: str, date_text: str | None) -> Event:
    return Event(id="", disorder_type="Political violence", event_type="Explosions/Remote violence",
                 sub_event_type="Shelling/artillery/missile attack",
                 event_date=date, time_precision=1, date_text=date_text,
                 trigger=Span(start=start, end=start + len(text), text=text))


LEAD = ("أفاد مراسل بأن الجيش قصف نقطة رصد شرقي غزة دون تسجيل إصابات.\n"
        "وكان قصف إسرائيلي مكثف على قطاع غزة قد أسفر الجمعة عن مقتل 4 فلسطينيين.\n"
        "وقصفت المدفعية، الجمعة، مواقع على طول الشريط الحدودي.")


def test_a_day_the_story_recalls_in_the_pluperfect_is_not_the_leads():
    lead = _ev(LEAD.index("قصف"), "قصف", "2018-07-21", None)
    recap = _ev(LEAD.index("قصف إسرائيلي"), "قصف", "2018-07-20", "الجمعة")
    later = _ev(LEAD.index("وقصفت"), "وقصفت", "2018-07-20", "الجمعة")
    assert recalled_day(LEAD, lead, recap)
    assert recalled_day(LEAD, lead, later)


def test_a_retelling_with_its_own_day_still_dates_the_lead():
    text = "قصف الجيش نقطة رصد شرقي غزة.\nوقال الجيش إنه قصف النقطة الجمعة ردا على إطلاق نار."
    lead = _ev(text.index("قصف"), "قصف", "2018-07-21", None)
    told = _ev(text.index("قصف النقطة"), "قصف", "2018-07-20", "الجمعة")
    assert not recalled_day(text, lead, told)


def test_weeks_or_months_ago_fall_back_to_month_precision():
    (m,) = find_dates("وكانت السلطات أوقفته قبل أسابيع في تونس", "2018-03-19")
    assert (m.text, m.date, m.precision) == ("قبل أسابيع", "2018-02-26", MONTH)
    (m,) = find_dates("اعتقل قبل بضعة أيام", "2018-03-19")
    assert (m.date, m.precision) == ("2018-03-16", WEEK)
    assert find_dates("كشف عنها قبل أشهر", "2018-03-19") == []  # months back: history, and often another clause's


def test_a_running_battles_days_date_no_incident():
    text = "أفاد المرصد بمقتل 19 جنديا في معركته المستمرة منذ أيام للسيطرة على الحجر الأسود.\nورافق القتال قصف مكثف."
    (m,) = find_dates(text, "2018-05-05")
    assert running_span(text, m.start) and after_since(text, m.start)
    assert incident_dates(text, [m]) == []
    text = "قتل قائد الفصيل منذ أيام في غارة."
    (m,) = find_dates(text, "2018-05-05")
    assert not running_span(text, m.start)



def test_an_admitted_strike_with_no_day_takes_the_reports_month():
    from marsad.events.admitted import admitted

    text = "اعترف ضابط كبير في الجيش الإسرائيلي، أن السلاح الحربي لبلاده قصف القاعدة العسكرية."
    assert admitted(text, 0, text.index("قصف"))
    text = "قصف الطيران القاعدة.\nواعترف الجيش بذلك."
    assert not admitted(text, 0, text.index("قصف"))
