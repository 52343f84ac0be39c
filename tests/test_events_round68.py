"""Round 68 (not incidents, wrong types, too old): a timeline's section under a crosshead of an earlier
year tells that year's incidents (`year_heads.past_year_section`)."""
from __future__ import annotations

from marsad.events.nonevents import war_against
from marsad.events.year_heads import past_year_section
from marsad.text import tokenize

#: A timeline: news first, then a crosshead of an earlier year over a paragraph with a day and month only.
TIMELINE = ("قتل رجل أحد المارة بالسكين في باريس أمس السبت.\n"
            "هجمات العام 2016\n"
            "وفي العشرين من نيسان/أبريل، قُتل شرطي في باريس بالرصاص.\n"
            "اعتداءات العام 2018\n"
            "في الثالث والعشرين من آذار/مارس، قتل مسلح أحد الركاب.")


def _sentence(text: str, at: str) -> tuple[int, int]:
    start = text.index(at)
    return start, text.index(".", start) + 1


def test_a_paragraph_under_a_past_year_crosshead_is_that_year():
    assert past_year_section(TIMELINE, *_sentence(TIMELINE, "وفي العشرين"), "2018-05-13")


def test_a_crosshead_of_the_publication_year_opens_news_again():
    assert not past_year_section(TIMELINE, *_sentence(TIMELINE, "في الثالث"), "2018-05-13")


def test_the_lead_above_every_crosshead_is_news():
    assert not past_year_section(TIMELINE, *_sentence(TIMELINE, "قتل رجل"), "2018-05-13")


def test_a_sentence_with_its_own_year_is_left_to_the_dates():
    text = TIMELINE.replace("نيسان/أبريل،", "نيسان/أبريل 2018،")
    assert not past_year_section(text, *_sentence(text, "وفي العشرين"), "2018-05-13")


def test_a_crosshead_counting_since_a_year_dates_nothing():
    text = "غارات على دوما اليوم.\nمقتل أول مسعفة منذ تأسيس المنظمة العام 2013\nقتلت مسعفة في قصف على دوما."
    assert not past_year_section(text, *_sentence(text, "قتلت"), "2018-03-11")


def test_a_line_opening_a_list_is_no_crosshead():
    text = "زار أردوغان برلين.\nوقد شهد عام 2016 عدة أحداث أدت للتصعيد بين الطرفين منها:\nتظاهر الآلاف في برلين."
    assert not past_year_section(text, *_sentence(text, "تظاهر"), "2018-09-28")


def test_the_pipeline_drops_the_old_paragraph(nlp):
    doc = nlp(TIMELINE, published="2018-05-13")
    assert all(not (TIMELINE.index("وفي العشرين") <= e.trigger.start < TIMELINE.index("اعتداءات")) for e in doc.events)


def _war(sentence: str, trigger: str) -> str | None:
    tokens = tokenize(sentence)
    first = next(i for i, t in enumerate(tokens) if t.text == trigger)
    return war_against(tokens, first, first, len(tokens))


def test_battles_straight_against_an_enemy_name_a_war():
    sentence = "أقر المجلس، الخميس، قرارا في إشارة إلى التحالف الذي قدم الإسناد خلال المعارك ضد داعش."
    assert _war(sentence, "المعارك")


def test_battles_with_an_adjective_against_an_enemy_are_a_battle():
    assert _war("خاضت القوات معارك عنيفة ضد الحوثيين جنوب المدينة.", "معارك") is None


def test_battles_against_an_enemy_on_a_named_day_are_that_day():
    assert _war("خاضت القوات معارك ضد الحوثيين الخميس جنوب المدينة.", "معارك") is None


def test_the_pipeline_drops_a_war_on_an_enemy(nlp):
    text = ("ورأى السوريون كيف قسمت مناطق النفوذ، لتحظى تركيا بمناطق في الشمال السوري عبر استعمال مقاتلو "
            "المعارضة في معارك ضد الأكراد، لا ضد النظام السوري.")
    assert not [e for e in nlp(text, published="2018-04-26").events if e.sub_event_type == "Armed clash"]
