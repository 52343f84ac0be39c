"""Dates round 19: a duration or a comparison after منذ is no date; a reaction's day is not its incident's."""

from __future__ import annotations

from marsad.events.dates import DAY, WEEK, after_since, find_dates, measured_span
from marsad.events.drafts import Draft
from marsad.events.lexicon import TriggerHit
from marsad.events.reaction_days import own_day, reaction_day, redate
from marsad.model import Span

PUB = "2018-04-02"


def _since(text: str) -> list[tuple[str, bool]]:
    return [(m.text, after_since(text, m.start)) for m in find_dates(text, PUB) if m.text.startswith("منذ")]


def test_a_state_noun_makes_a_week_a_duration():
    text = "كما سيطرت القوات على جبل النبي شعيب بعد شن هجوم من محاور عدة، وحصار مواقع الحوثي منذ أسبوع."
    assert _since(text) == [("منذ أسبوع", True)]


def test_a_superlative_makes_a_month_a_comparison():
    text = "ذكر المرصد، الأربعاء، أن تنظيم داعش شن أعنف هجوم منذ شهر، ضد قوات سوريا الديمقراطية"
    assert _since(text) == [("منذ شهر", True)]


def test_an_imperfect_verb_makes_a_week_a_duration():
    assert _since("وتتواصل التظاهرات منذ أسبوع في المحافظة.") == [("منذ أسبوع", True)]
    assert _since("يواصل جيش النظام السوري، منذ أيام، غارات عنيفة") == [("منذ أيام", True)]


def test_a_perfect_verb_keeps_ago():
    assert _since("واختفى خاشقجي منذ أسبوعين بعد دخوله القنصلية.") == [("منذ أسبوعين", False)]
    assert _since("وبدأت منذ أسبوعين عمليات قصف عنيفة") == [("منذ أسبوعين", False)]
    assert _since("وتم اعتقاله منذ أسبوع في الرقة") == [("منذ أسبوع", False)]


def test_the_span_stops_at_the_clause():
    text = "وتتواصل التظاهرات في البصرة. وقتل متظاهر منذ يومين"
    assert not measured_span(text, text.index("منذ"))


def _reaction(text: str, trigger: str) -> bool:
    (m,) = [m for m in find_dates(text, "2018-04-09") if m.precision == DAY]
    t = text.index(trigger)
    return reaction_day(text, m, t, t + len(trigger), 0, len(text))


def test_a_meeting_to_discuss_the_attack_dates_the_meeting():
    text = ("تجمع المنظمة المعلومات حول هجوم بأسلحة كيميائية على دوما، في حين يعقد مجلس الأمن اجتماعا طارئا، "
            "اليوم الاثنين، لبحث الهجوم")
    assert _reaction(text, "هجوم بأسلحة")


def test_a_denial_dates_the_denial():
    text = "نفى مصدر مسؤول في القنصلية السعودية في إسطنبول، فجر الأحد، الأنباء عن أن الكاتب قتل في القنصلية"
    assert _reaction(text, "قتل")


def test_an_incident_with_its_own_day_keeps_it():
    assert not _reaction("قتل خمسة مدنيين في غارة على دوما الاثنين", "غارة")
    assert not _reaction("أدانت الحكومة الهجوم الذي وقع الاثنين على دوما", "الهجوم")


def test_an_untold_day_falls_back_to_the_reactions_week():
    text = "نفى مصدر مسؤول في القنصلية، فجر الأحد، الأنباء عن أن الكاتب قتل في القنصلية"
    dates = find_dates(text, "2018-10-07")
    (m,) = dates
    t = text.index("قتل")
    hit = TriggerHit(first=0, last=0, start=t, end=t + 3, entry=None)  # type: ignore[arg-type]
    d = Draft(sent_idx=0, hits=[hit], fields={}, weight=1.0, date=m.date, precision=DAY, date_text=m.text)
    redate(d, text, Span(0, len(text), text), m, hit, dates)
    assert (d.date, d.precision, d.date_text) == ("2018-10-07", WEEK, "فجر الأحد")


def test_a_denial_after_the_attacks_own_day_leaves_it():
    text = "ولقي عشرات الأشخاص مصرعهم في دوما جراء هجوم كيماوي، مساء السبت، لكن دمشق تنفي تورطها"
    assert not _reaction(text, "هجوم كيماوي")


def test_the_sentences_own_earlier_day_dates_the_incident():
    text = "دانت فرنسا السبت إطلاق النار العشوائي الذي أدى إلى مقتل تسعة فلسطينيين الجمعة"
    dates = find_dates(text, "2018-04-07")
    sat = next(m for m in dates if m.text == "السبت")
    t = text.index("إطلاق النار")
    trig = Span(t, t + len("إطلاق النار"), "إطلاق النار")
    assert reaction_day(text, sat, trig.start, trig.end, 0, len(text))
    o = own_day(text, sat, dates, trig, Span(0, len(text), text))
    assert o is not None and (o.text, o.date) == ("الجمعة", "2018-04-06")


def test_an_imperfect_verb_opening_the_clause_governs_it():
    assert _since("ويفرض الجيش الإسرائيلي إجراءات أمنية مشددة منذ 3 أيام لتأمين الدخول") == [("منذ 3 أيام", True)]
    assert _since("وتشير التقارير إلى أن تأشيرته انتهت منذ ثلاثة أسابيع.") == [("منذ ثلاثة أسابيع", False)]
    assert _since("وتعرضت المدينة لقصف منذ أيام") == [("منذ أيام", False)]
