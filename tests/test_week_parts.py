"""The start or the end of a week, dated by the publication's weekday (`marsad.events.week_parts`)."""

from __future__ import annotations

import datetime as dt

from marsad.events.dates import WEEK, find_dates
from marsad.events.week_parts import week_part_day


def test_early_in_the_week_is_its_saturday():
    assert week_part_day("مطلع", None, dt.date(2018, 6, 6)) == dt.date(2018, 6, 2)  # a Wednesday's week
    assert week_part_day("مطلع", None, dt.date(2018, 6, 2)) == dt.date(2018, 6, 2)  # published that Saturday
    assert week_part_day("مطلع", "الماضي", dt.date(2018, 6, 6)) == dt.date(2018, 5, 26)


def test_the_weekend_is_the_last_friday_before_publication():
    assert week_part_day("نهايه", None, dt.date(2018, 4, 16)) == dt.date(2018, 4, 13)  # a Monday
    assert week_part_day("نهايه", "الماضي", dt.date(2018, 3, 29)) == dt.date(2018, 3, 23)  # a Thursday


def test_find_dates_reads_the_whole_phrase_at_week_precision():
    text = "وقالت إن غاراتها على ثلاث منشآت خلال نهاية الأسبوع الماضي كانت محاولة"
    (m,) = find_dates(text, "2018-04-16")
    assert (m.text, m.date, m.precision) == ("نهاية الأسبوع الماضي", "2018-04-13", WEEK)
    assert text[m.start : m.end] == m.text
