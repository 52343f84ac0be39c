"""Round 100: dead or detained counted in a sentence that dates the start of their operation to an earlier
month (في إطار عمليته العسكرية … والتي بدأها في فبراير الماضي) are the operation's running total, not one
incident; the day of the statement that tells them does not make them one."""

from __future__ import annotations

import pytest

from marsad.events.periods import operation_begun_back
from marsad.text import tokenize


@pytest.fixture(scope="module")
def nlp():
    import marsad

    return marsad.Pipeline.load()


def _types(nlp, text: str, published: str = "2018-10-08") -> list[str | None]:
    return [e.sub_event_type for e in nlp(text, published=published).events]


def _total(text: str) -> str | None:
    tokens = tokenize(text)
    return operation_begun_back(tokens, 0, len(tokens))


def test_toll_within_an_operation_begun_months_back_is_its_total() -> None:
    text = ("أعلن الجيش، الاثنين، مقتل 40 مسلحا في المحافظة، في إطار عمليته العسكرية الشاملة ضد التنظيم في "
            "المنطقة، والتي بدأها في فبراير الماضي")
    assert _total(text) == "an operation's running total: بدأها"


def test_operation_begun_last_month_before_the_count() -> None:
    text = "وفي الشهر الماضي بدأ الجيش حملة واسعة في المنطقة، ويقول إنه قتل العشرات من المسلحين واعتقل المئات"
    assert _total(text) is not None


def test_a_day_of_fighting_keeps_the_incident() -> None:
    # the day belongs to the fighting, not to the statement: one day's incident within the operation
    text = ("قتل 12 مسلحا فجر الاثنين في اشتباكات مع الجيش، في إطار العملية العسكرية التي بدأها في فبراير "
            "الماضي")
    assert _total(text) is None


def test_operation_begun_this_week_is_no_month_back() -> None:
    text = "أعلن الجيش مقتل 10 مسلحين في إطار عملية عسكرية بدأها الأحد في المنطقة"
    assert _total(text) is None


def test_start_with_no_operation_noun_is_no_total() -> None:
    text = "أعلن الجيش مقتل 10 مسلحين، بعد أن بدأ التنظيم في فبراير الماضي بشن هجمات على المنطقة"
    assert _total(text) is None


def test_running_total_gives_no_event(nlp) -> None:
    text = ("وأعلن الجيش المصري، الاثنين، مقتل 52 إرهابيا بسيناء، في إطار عمليته العسكرية الواسعة ضد تنظيم "
            "داعش في سيناء، والتي بدأها في فبراير الماضي.")
    assert _types(nlp, text) == []


def test_a_days_toll_without_the_operations_start_stays(nlp) -> None:
    text = "وأعلن الجيش المصري، الاثنين، مقتل 12 إرهابيا في اشتباكات مع قوات الأمن في العريش بشمال سيناء."
    assert _types(nlp, text) != []


def _dates(text: str, published: str = "2018-02-27") -> list[tuple[str, str]]:
    from marsad.events.dates import find_dates

    return [(d.text, d.date) for d in find_dates(text, published)]


def test_weekday_naming_a_market_is_no_date() -> None:
    assert _dates('واستهدف القصف تجمعا للمسلحين بالقرب من "سوق الاثنين"، في مديرية المتون') == []
    assert _dates("وسقطت قذيفة في سوق الخميس بالمدينة") == []


def test_weekday_after_the_market_noun_with_its_article_stays_a_day() -> None:
    # "في السوق الاثنين": the market, then the day it was struck
    assert _dates("وقع الانفجار في السوق الاثنين") == [("الاثنين", "2018-02-26")]
    assert _dates("قتل ثلاثة الاثنين في سوق المدينة") == [("الاثنين", "2018-02-26")]


def test_market_day_does_not_split_the_lead_from_its_detail(nlp) -> None:
    text = ("شن طيران التحالف العربي، الثلاثاء، غارات استهدفت تجمعا لعناصر من ميليشيات الحوثي في محافظة الجوف، مما "
            "أسفر عن مقتل 30 مسلحا. واستهدف القصف تجمعا لميليشات الحوثي بالقرب من \"سوق الاثنين\"، في مديرية "
            "المتون غربي محافظة الجوف. كما استهدفت مقاتلات التحالف العربي بعدة غارات، آليات قتالية تابعة "
            "للمليشيات في المديرية.")
    events = nlp(text, published="2018-02-27").events
    assert [e.event_date for e in events] == ["2018-02-27"]


def test_metaphorical_encirclement_is_no_event(nlp) -> None:
    text = ("وتبعا لذلك، بدأت أولى محاولات التطويق من الشمال، لكن الخطة الإيرانية لتطويق المنطقة لم تكن لتكتمل "
            "بدون جبهة جنوبية.")
    assert "Other" not in _types(nlp, text, "2018-03-25")


def test_police_cordon_of_a_crowd_is_no_event_of_its_own(nlp) -> None:
    # the protest is told by its own words; the ring round it is no ACLED event
    text = "وطوقت قوات الأمن والشرطة المحتجين في عمان ومنعتهم من الوصول إلى الدوار الرابع حيث مبنى رئاسة الوزراء."
    assert "Other" not in _types(nlp, text, "2018-06-06")


def test_cordon_of_gunmen_is_still_their_fight(nlp) -> None:
    # retype_cordons runs first: a cordon whose sentence names gunmen is the armed clash, kept
    text = ("اقتحم مسلحان مبنى المحافظة في أربيل، الاثنين. وعقب ذلك، استقدمت القوات الأمنية تعزيزات إلى المنطقة، "
            "حيث طوقت المبنى وتعمل على ملاحقة المسلحين.")
    types = _types(nlp, text, "2018-07-23")
    assert "Other" not in types and "Armed clash" in types
