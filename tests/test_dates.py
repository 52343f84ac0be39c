"""Date expressions: the three month-name families, digits, weekdays and relative expressions.

Published 2025-10-22 is a Wednesday.
"""

from __future__ import annotations

import pytest

from marsad.events.dates import DateMention, find_dates

PUB = "2025-10-22"


def one(text: str, published: str | None = PUB) -> DateMention:
    found = find_dates(text, published)
    assert len(found) == 1, found
    d = found[0]
    assert text[d.start : d.end] == d.text
    return d


@pytest.mark.parametrize(
    ("text", "raw", "date"),
    [
        ("وقع الهجوم في 22 تشرين الأول 2025 في المدينة", "22 تشرين الأول 2025", "2025-10-22"),
        ("في 3 كانون الثاني 2024", "3 كانون الثاني 2024", "2024-01-03"),
        ("يوم 14 شباط", "يوم 14 شباط", "2025-02-14"),
        ("في 22 أكتوبر", "22 أكتوبر", "2025-10-22"),
        ("في ١٥ مايو ٢٠٢٣", "١٥ مايو ٢٠٢٣", "2023-05-15"),
        ("في 5 جوان الفارط", "5 جوان الفارط", "2025-06-05"),
        ("منذ 12 جويلية 2024", "12 جويلية 2024", "2024-07-12"),
        ("في 3 فيفري", "3 فيفري", "2025-02-03"),
        ("في 3 يوليو/ تموز 2024 قصفت", "3 يوليو/ تموز 2024", "2024-07-03"),
        ("في 9 آب/أغسطس", "9 آب/أغسطس", "2025-08-09"),
        ("بتاريخ 22/10/2025", "22/10/2025", "2025-10-22"),
        ("بتاريخ ٢٢/١٠/٢٠٢٥", "٢٢/١٠/٢٠٢٥", "2025-10-22"),
        ("بتاريخ 2025-10-01", "2025-10-01", "2025-10-01"),
        ("— x (@y) October 22, 2025", "October 22, 2025", "2025-10-22"),
        ("الأربعاء 15 أكتوبر", "الأربعاء 15 أكتوبر", "2025-10-15"),
    ],
)
def test_explicit_dates(text, raw, date):
    d = one(text)
    assert (d.text, d.date, d.precision, d.relative) == (raw, date, 1, False)


def test_yearless_date_after_publication_is_last_year():
    assert one("في 25 ديسمبر").date == "2024-12-25"
    assert one("في 23 أكتوبر").date == "2024-10-23"
    assert one("في 21 أكتوبر").date == "2025-10-21"


def test_month_precision():
    d = one("في شهر أيار الماضي")
    assert (d.date, d.precision) == ("2025-05-15", 3)
    d = one("في مارس 2024")
    assert (d.text, d.date, d.precision, d.relative) == ("مارس 2024", "2024-03-15", 3, False)
    assert one("خلال تشرين الأول الماضي").date == "2024-10-15"


def test_bare_ambiguous_month_names_are_not_dates():
    assert find_dates("مارس الجيش ضغوطاً على آب", PUB) == []


@pytest.mark.parametrize(
    ("text", "raw", "date", "precision"),
    [
        ("قصفت الطائرات أمس القرية", "أمس", "2025-10-21", 1),
        ("قصفت الطائرات مساء أمس القرية", "مساء أمس", "2025-10-21", 1),
        ("هجوم وقع البارحة", "البارحة", "2025-10-21", 1),
        ("اشتباكات اندلعت الليلة الفائتة", "الليلة الفائتة", "2025-10-21", 1),
        ("اشتباكات اندلعت الليلة الماضية", "الليلة الماضية", "2025-10-21", 1),
        ("قتل فجر اليوم شخصان", "فجر اليوم", "2025-10-22", 1),
        ("قتل صباح اليوم شخصان", "صباح اليوم", "2025-10-22", 1),
        ("اعتقل اليوم ثلاثة", "اليوم", "2025-10-22", 1),
        ("غارة أول أمس", "أول أمس", "2025-10-20", 1),
        ("غارة قبل يومين", "قبل يومين", "2025-10-20", 1),
        ("غارة منذ يومين", "منذ يومين", "2025-10-20", 1),
        ("غارة قبل ثلاثة أيام", "قبل ثلاثة أيام", "2025-10-19", 1),
        ("غارة قبل 5 أيام", "قبل 5 أيام", "2025-10-17", 1),
        ("غارة قبل أسبوعين", "قبل أسبوعين", "2025-10-08", 2),
        ("اشتباكات الأسبوع الماضي", "الأسبوع الماضي", "2025-10-15", 2),
        ("اشتباكات الشهر الماضي", "الشهر الماضي", "2025-09-15", 3),
        ("اشتباكات الشهر الجاري", "الشهر الجاري", "2025-10-15", 3),
    ],
)
def test_relative_expressions(text, raw, date, precision):
    d = one(text)
    assert (d.text, d.date, d.precision, d.relative) == (raw, date, precision, True)


@pytest.mark.parametrize(
    ("text", "raw", "date"),
    [
        ("أكدت القوات الأربعاء", "الأربعاء", "2025-10-22"),  # publication day itself
        ("أكدت القوات الثلاثاء", "الثلاثاء", "2025-10-21"),
        ("وقع يوم الخميس", "يوم الخميس", "2025-10-16"),
        ("مساء الأحد", "مساء الأحد", "2025-10-19"),
        ("والسبت", "السبت", "2025-10-18"),
        ("يوم الإثنين", "يوم الإثنين", "2025-10-20"),
        ("الأربعاء الماضي", "الأربعاء الماضي", "2025-10-15"),  # strictly before
        ("الجمعة", "الجمعة", "2025-10-17"),
    ],
)
def test_weekdays(text, raw, date):
    d = one(text)
    assert (d.text, d.date, d.precision, d.relative) == (raw, date, 1, True)


def test_no_publication_date_keeps_only_dated_expressions():
    found = find_dates("أمس، الأربعاء، 22 أكتوبر، و22 أكتوبر 2025", None)
    assert [d.text for d in found] == ["22 أكتوبر 2025"]
    assert find_dates("أمس", "not a date") == []


def test_invalid_and_empty():
    assert find_dates("", PUB) == []
    assert find_dates("31/02/2025 و 3.5 و 2025", PUB) == []


def test_offsets_with_diacritics_and_tatweel():
    text = "قُتِلَ ثلاثة مَســاءَ أمسِ في ٢٢ أكتوبـر"
    found = find_dates(text, PUB)
    assert [d.date for d in found] == ["2025-10-21", "2025-10-22"]
    for d in found:
        assert text[d.start : d.end] == d.text


def test_seed_dates(seed_text):
    found = {d.text: d for d in find_dates(seed_text, PUB)}
    assert found["الأربعاء"].date == PUB
    assert found["الليلة الفائتة"].date == "2025-10-21"
    assert found["October 22, 2025"].date == PUB


@pytest.mark.parametrize(
    ("text", "raw", "date"),
    [
        ("قصف ليل الثلاثاء الأربعاء القرية", "ليل الثلاثاء الأربعاء", "2025-10-21"),
        ("قصف ليل الثلاثاء - الأربعاء", "ليل الثلاثاء - الأربعاء", "2025-10-21"),
        ("قال أمس الثلاثاء", "أمس الثلاثاء", "2025-10-21"),
        ("أعلن اليوم الأربعاء", "اليوم الأربعاء", "2025-10-22"),
    ],
)
def test_adjacent_day_expressions_merge(text, raw, date):
    d = one(text)
    assert (d.text, d.date, d.precision) == (raw, date, 1)


def test_listed_days_stay_apart():
    assert [d.date for d in find_dates("الثلاثاء، الخميس", PUB)] == ["2025-10-21", "2025-10-16"]


def test_coming_and_current_month_markers():
    assert one("احتجاج يستمر حتى 15 مايو المقبل", "2018-04-06").date == "2018-05-15"
    assert one("في 3 يناير القادم", PUB).date == "2026-01-03"
    assert one("بدءاً من 24 يونيو الجاري", "2018-06-22").date == "2018-06-24"


def test_coming_month_without_a_day_is_ahead_not_behind():
    # "late next July" in an August report is next year's July, not last month (which made the next
    # sentence's killing history)
    assert one("تجرى الانتخابات أواخر يوليو المقبل", "2018-08-20").date == "2019-07-25"
    assert one("في شهر نوفمبر القادم", "2018-08-20").date == "2018-11-15"
    assert one("وقعت المواجهات أواخر يوليو الماضي", "2018-08-20").date == "2018-07-25"


def test_today_only_when_it_means_the_publication_day():
    assert find_dates("في اليوم الأول من سريان الهدنة", PUB) == []
    assert find_dates("تنقطع الكهرباء 22 ساعة في اليوم", PUB) == []
    assert one("كتيبة دُكّت أمس الأول", PUB).date == "2025-10-20"


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("في السادس من كانون الأول/ديسمبر الماضي", "2018-05-14", "2017-12-06"),
        ("الثاني والعشرين من أكتوبر 2025", PUB, "2025-10-22"),
        ("في الأول من شهر أيار", PUB, "2025-05-01"),
        ("الحادي عشر من سبتمبر", PUB, "2025-09-11"),
    ],
)
def test_ordinal_day_words(text, published, date):
    assert one(text, published).date == date


@pytest.mark.parametrize(
    ("text", "published", "span", "date"),
    [
        ("تعرضت البلدة في السابع من الشهر الحالي لهجوم", "2018-04-15", "السابع من الشهر الحالي", "2018-04-07"),
        ("قتل في الـ3 من الشهر الماضي", "2018-04-15", "3 من الشهر الماضي", "2018-03-03"),
        ("يوم الأحد العاشر من الشهر الجاري", "2018-06-20", "يوم الأحد العاشر من الشهر الجاري", "2018-06-10"),
        ("تبدأ في 25 من الشهر المقبل", "2018-12-20", "25 من الشهر المقبل", "2019-01-25"),
    ],
)
def test_a_day_of_the_month_named_by_its_place_is_that_day(text, published, span, date):
    """"السابع من الشهر الحالي" is a day, not the month: read as the month, the Duma attack of the 7th was
    dated the publication day and coded a second time."""
    m = one(text, published)
    assert (m.text, m.date, m.precision) == (span, date, 1)
    assert text[m.start:m.end] == m.text


def test_night_across_two_ordinal_days_is_its_first():
    """"ليل السادس والسابع من أبريل" is one mention dated the 6th; a compound ordinal stays one day."""
    (m,) = find_dates("وفي ليل السادس والسابع من أبريل، قصفت الولايات المتحدة المطار.", "2018-04-04")
    assert (m.text, m.date) == ("ليل السادس والسابع من أبريل", "2017-04-06")
    (m,) = find_dates("في الخامس والعشرين من سبتمبر قصفت الطائرات البلدة.", "2018-10-01")
    assert m.date == "2018-09-25"
    # two days apart: a span ("بين الثالث والعاشر من أكتوبر"), not a night, so no day
    assert [m.text for m in find_dates("قتلوا بين الثالث والعاشر من أكتوبر الجاري.", "2018-10-13")] == []
