"""Round 77 precision rules: totals over a period told in shapes the period rules missed.

Each test is a short constructed sentence for one structural rule; a paired sentence shows the
incident the rule must leave alone.
"""

from __future__ import annotations

import pytest

from marsad.events.background import operation_tally
from marsad.text import tokenize
from tests.test_events_precision import ext, make_doc

__all__ = ["ext"]  # the shared extractor fixture, used by name


@pytest.mark.parametrize(
    "text",
    [
        "وقال مدير الاستخبارات إن جهوده ساعدت في إحباط 30 هجوما بعربات مفخخة و18 مخططا انتحاريا.",
        "وقال المتحدث إن التحالف دمر 737 موقعا للميليشيات، واعتراض الدفاعات الجوية 119 صاروخا بالستيا.",
    ],
)
def test_a_tally_of_foiled_or_intercepted_attacks_is_no_incident(ext, text):
    assert ext(make_doc(text)).events == ()


def test_a_tally_reads_number_words():
    tokens = tokenize("وأعلنت القوات القضاء على عشرة عناصر، وتدمير 6 مخابئ.")
    assert operation_tally(tokens, 0, len(tokens)) is not None


def test_one_interception_stays(ext):
    text = "واعترضت الدفاعات الجوية السعودية صاروخا بالستيا أطلقه الحوثيون باتجاه نجران مساء الإثنين."
    assert ext(make_doc(text)).events


def test_a_toll_since_an_earlier_year_after_the_trigger_is_no_incident(ext):
    text = ("وألقت إسرائيل باللائمة على التحريض في عمليات الطعن وإطلاق النار والدهس بالسيارات من قبل "
            "الفلسطينيين أو العرب الحاملين للجنسية الإسرائيلية، والتي خلفت نحو 55 قتيلا إسرائيليا منذ أكتوبر 2015.")
    assert ext(make_doc(text, published="2018-07-31")).events == ()


def test_a_place_held_since_an_earlier_year_keeps_its_attack(ext):
    text = "وقتل خمسة جنود في هجوم على حاجز قرب مدينة درنة التي يحاصرها الجيش منذ 2016."
    assert ext(make_doc(text, published="2018-07-31")).events


# What a month "saw" sums it, and a place that "had seen" clashes recalls them; the same verb on a day tells news.
_SAW = [
    ("وشهد شهر يوليو الجاري مصرع عشرات الإرهابيين، جراء عمليات لقوات الجيش والشرطة في مدن رفح والعريش.",
     "2018-07-11", False),
    ("وشهد يوم الأربعاء مصرع خمسة مسلحين في اشتباكات مع قوات الجيش في مدينة العريش.", "2018-07-11", True),
    ("وكانت العاصمة طرابلس شهدت اشتباكات كبيرة وصلت أعداد القتلى فيها إلى 63 قتيلا.", "2018-09-06", False),
    ("وشهدت العاصمة طرابلس اشتباكات عنيفة مساء الأحد بين ميليشيات متنافسة.", "2018-09-06", True),
]


@pytest.mark.parametrize(("text", "published", "news"), _SAW)
def test_what_a_month_or_a_place_saw(ext, text, published, news):
    assert bool(ext(make_doc(text, published=published)).events) is news


@pytest.mark.parametrize(
    "text",
    [
        "ما أدى إلى ارتفاع وتيرة الاحتجاجات الشعبية التي تطالب باستقالة الحكومة.",
        "ورغم أن الاتفاق أدى إلى تراجع وتيرة الهجمات المتبادلة على جانبي الحدود، إلا أنه تعرض للاختراق مرارا.",
    ],
)
def test_the_pace_of_protests_or_attacks_is_a_trend(ext, text):
    assert ext(make_doc(text)).events == ()


def test_a_pace_on_a_named_day_stays(ext):
    text = "وارتفعت وتيرة الاحتجاجات في مدينة البصرة مساء الجمعة أمام مبنى المحافظة."
    assert ext(make_doc(text)).events


def test_a_toll_the_rising_pace_caused_stays(ext):
    text = ("وأفادت مصادر ميدانية بسقوط عشرات القتلى والجرحى في صفوف الميليشيات، إثر تصاعد وتيرة الهجمات "
            "التي شنتها القوات المشتركة في محيط المطار.")
    assert ext(make_doc(text)).events
