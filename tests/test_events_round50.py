"""Round 50: not incidents (issue 5): a campaign's share of a wide area, intensified fire with a long
subject, a prelude to an attack, a campaign in progress, a past habit.

Each test is a short constructed sentence; a paired one shows what the rule must leave alone.
"""

from __future__ import annotations

import pytest

from marsad.events.assemble import Extractor
from tests.test_events_precision import make_doc, place


def _types(text: str, name: str = "سراقب", acled: str = "Saraqib", published: str = "2018-06-10") -> list[str]:
    ex = Extractor(classifier=None, min_confidence=0.0)
    places = (place(name, text, acled),) if name in text else ()
    return [e.sub_event_type for e in ex(make_doc(text, places, published=published)).events]


@pytest.mark.parametrize(
    "text",
    [
        "وكانت قوات النظام قد بسطت سيطرتها على معظم محافظة إدلب بعد اتفاقات مع الفصائل.",
        "وتمكنت القوات من استعادة السيطرة على أغلب المناطق المحيطة بسراقب.",
    ],
)
def test_the_greater_part_of_a_wide_area_is_a_campaigns_sum(text):
    assert "Government regains territory" not in _types(text)


def test_most_of_a_towns_entrances_is_a_days_gain():
    assert _types("وتمكنت القوات الحكومية من السيطرة على معظم مداخل سراقب الغربية يوم السبت.") == [
        "Government regains territory"]


def test_intensified_fire_with_a_long_subject_is_a_trend():
    text = "وكثفت الطائرات الروسية والسورية المقاتلة غاراتها الجوية على ريف سراقب."
    assert _types(text) == []


def test_an_attack_a_build_up_leads_up_to_is_a_prospect():
    text = "ووصلت تعزيزات كبيرة إلى محيط سراقب فيما يبدو أنه مقدمة لهجوم بري."
    assert _types(text) == []


def test_an_attack_right_after_prelude_words_without_lam_stays():
    text = "وقتل خمسة مدنيين في هجوم على سوق سراقب يوم السبت، في مقدمة هجوم أوسع."
    assert "Attack" in _types(text) or "Armed clash" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "وتخوض قوات سوريا الديمقراطية بدعم من التحالف الدولي معارك ضد داعش لطرده من ريف سراقب.",
        "فيما تقود قوات المعارضة معارك حاسمة في سراقب لتحريرها من قبضة التنظيم.",
    ],
)
def test_battles_a_side_is_waging_are_a_campaign_in_progress(text):
    assert _types(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "وتخوض قوات المعارضة معارك ضارية مع قوات النظام في محيط سراقب.",
        "وتخوض قوات المعارضة معارك مع قوات النظام في محيط سراقب منذ فجر اليوم.",
    ],
)
def test_fierce_battles_or_battles_of_a_day_stay(text):
    assert _types(text) == ["Armed clash"]


@pytest.mark.parametrize(
    "text",
    [
        "ومن التلة كانت الفصائل المسلحة تطلق قذائفها نحو أحياء سراقب.",
        "وتعاملت السلطات معهم بليونة إذ كانت تعتقلهم في سراقب وتطلق سراحهم بعد أيام.",
    ],
)
def test_fire_or_arrests_told_with_kana_and_an_imperfect_are_a_habit(text):
    assert _types(text) == []


def test_a_strike_told_in_the_perfect_beside_a_habit_stays():
    text = "وقالت المصادر إن الطائرات قصفت سراقب صباح اليوم وكانت المدفعية تطلق قذائفها على أطرافها."
    assert "Air/drone strike" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "ويتوقع المنظمون مشاركة الآلاف في مظاهرة وسط سراقب.",
        "وأعلنت اللجان الانتهاء من التحضيرات لأكبر مظاهرة في سراقب، احتجاجا على الغلاء.",
        "ويسود التأهب في سراقب قبيل تنظيم مسيرات احتجاج على الحصار.",
    ],
)
def test_a_protest_expected_or_prepared_is_a_prospect(text):
    assert _types(text) == []


def test_a_protest_held_stays():
    assert _types("وشارك الآلاف في مظاهرة وسط سراقب يوم الجمعة احتجاجا على الغلاء.") == ["Peaceful protest"]


def test_strikes_launched_previously_are_background():
    assert _types("وكانت إسرائيل قد شنت سابقا غارات جوية على أهداف في سراقب.") == []


def test_a_former_name_in_brackets_dates_nothing():
    text = "وشنت هيئة تحرير الشام (النصرة سابقا) هجوما على مواقع قوات النظام في سراقب يوم السبت."
    assert _types(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "وأعلنت الوزارة مقتل طيارين إثر سقوط مقاتلتهما بعد إقلاعها من مطار سراقب.",
        "وأنقذت السلطات 20 شخصا من القارب المنكوب قرب سراقب، لكن العشرات لقوا حتفهم في الحادث.",
    ],
)
def test_deaths_in_a_crash_or_a_shipwreck_are_an_accident(text):
    assert _types(text) == []


def test_a_plane_brought_down_by_fire_stays():
    text = "وأعلنت الوزارة مقتل طيارين إثر سقوط مقاتلتهما بنيران مضادة للطائرات قرب سراقب."
    assert _types(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "وأكد المتحدث أن معركة تحرير سراقب ستلقن المسلحين درسا قاسيا.",
        "ويرى المحلل أن أكبر معارك الجيش ستكون في سراقب.",
    ],
)
def test_a_battle_told_with_a_future_verb_is_a_prospect(text):
    assert _types(text) == []


def test_a_battle_whose_control_follows_stays():
    text = "ودارت معارك عنيفة في سراقب يوم السبت سيطرت خلالها الفصائل على حاجز للجيش."
    assert "Armed clash" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "واتسمت مسيرته في سراقب بكثير من التنازلات خلال مواجهات سياسية عديدة مع خصمه الأبرز.",
        "وخاض الحزب في سراقب معركة انتخابية صعبة ضد منافسيه.",
    ],
)
def test_a_political_or_electoral_contest_is_no_clash(text):
    assert _types(text) == []


def test_clashes_between_fighters_stay():
    assert _types("واندلعت مواجهات عنيفة بين الفصائل وقوات النظام في سراقب يوم السبت.") == ["Armed clash"]


def test_an_act_a_side_practises_is_a_practice():
    text = "وقالت المنظمة إن القوات الموالية في سراقب تمارس الاعتقال العشوائي والتعذيب."
    assert "Arrests" not in _types(text)


def test_an_arrest_told_as_done_stays():
    text = "وقالت المنظمة إن القوات اعتقلت عشرة ناشطين في سراقب يوم السبت."
    assert "Arrests" in _types(text)
