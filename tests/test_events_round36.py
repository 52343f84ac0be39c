"""Round 36 precision rules: campaign spans and starts, funerals, sieges, aims and counts.

Each test is a short constructed sentence for one structural rule; a paired sentence shows the
incident the rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests.test_events_precision import ext, make_doc, place

__all__ = ["ext"]  # the shared extractor fixture, used by name


@pytest.mark.parametrize(
    "text",
    [
        "وقال المرصد إن عشرات المدنيين قتلوا في قصف تركي خلال تلك العملية العسكرية.",
        "واستقال الناشط من الائتلاف بعد أن بدأت العملية العسكرية التركية ضد البلدة.",
        "وقال المرصد إن ما لا يقل عن 289 مدنيا قد قتلوا في المعارك في البلدة بينهم 43 طفلا.",
        "وأوضحت المصادر أن الميليشيات شيعت نحو 35 شخصا من مسلحيها بعد أن لقوا مصرعهم في جبهات الساحل.",
        "وتقول الوحدات إنها قتلت المئات من القوات التركية ومسلحي المعارضة.",
        "وقالت المنظمة إن الوضع صعب. ونزح آلاف السكان من الغوطة بعد الحصار الذي فرض عليها والقصف العنيف عبر الغارات.",
        "ونصبت الميليشيات نقاط تفتيش في المحافظة، للقبض على عناصرها الفارين من الجبهات.",
        "ووصل عدد الهجمات الإسرائيلية على القطاع الأسبوع الماضي إلى 60 غارة.",
        "وأضاف أن العاصمة السورية تلقت 1200 قذيفة ولهذا يجب تطهير هذه المناطق.",
        "وأعلن الجيش استعادة السيطرة على أكثر من 70 بالمئة من مناطق الغوطة الشرقية.",
        "وسيطرت القوات الإماراتية على طائرة بدون طيار إيرانية الصنع في اليمن كانت محملة بالمتفجرات.",
    ],
)
def test_a_campaign_a_funeral_an_aim_or_a_count_is_no_incident(ext, text):
    assert ext(make_doc(text)).events == ()


@pytest.mark.parametrize(
    "text",
    [
        "وقتل خمسة مدنيين في قصف تركي على البلدة أمس خلال العملية العسكرية.",
        "وقتل ثلاثة مقاتلين في المعارك في البلدة صباح اليوم.",
        "وقتل ثلاثة أشخاص بإطلاق نار خلال تشييع جنازة في البلدة.",
        "وشنت الطائرات الحربية 20 غارة على البلدة أمس.",
        "وتلقت البلدة 50 قذيفة أمس.",
        "وسيطرت القوات على البلدة بعد غارة جوية أمس.",
        "وعلق متظاهرون صورا لجنود قتلوا على سور السفارة في البلدة قبل انطلاق المظاهرة.",
        "وبلغ عدد المخطوفين في البلدة 23، اعدم المسلحون اثنين منهم أمس.",
        "وقتل العشرات من المسلحين خلال عمليات عسكرية نوعية للقوات في البلدة.",
        "بعد حصار طويل وقصف عنيف، تنضم دوما إلى مسلسل التهجير القسري.",
        "وألقت الشرطة القبض على خمسة مطلوبين في البلدة، ما أدى لاعتقال شبكة كاملة.",
    ],
)
def test_the_day_s_incidents_stay(ext, text):
    assert ext(make_doc(text)).events


ACCUSED = ("استهدفت غارة جوية قاعدة التيفور فجر الاثنين. وتترقب الأوساط ردا غربيا على ما جرى في دوما. "
           "واتهمت دمشق وموسكو، إسرائيل هي التي شنت الهجوم، الذي وقع قبل الفجر يوم الاثنين وأسفر عن مقتل 14 شخصا.")


def test_an_attack_a_side_is_blamed_for_is_the_attack_told_before(ext):
    """The accusation's "الهجوم" folds into the strike on the base, which keeps its type and place and
    takes the retelling's toll."""
    places = (place("التيفور", ACCUSED, "Tiyas", admin1="Homs"), place("دوما", ACCUSED, "Duma", admin1="Rural Damascus"))
    events = ext(make_doc(ACCUSED, places)).events
    assert [(e.sub_event_type, e.location.name if e.location else None, e.fatalities.best) for e in events] == [
        ("Air/drone strike", "Tiyas", 14)]


LEAD = ("شنت طائرات التحالف غارات على مواقع للمسلحين في محافظة صعدة، الأربعاء. وأفادت مصادر بأن الطائرات شنت "
        "سلسلة غارات على مواقع للمسلحين في مديرية شدا. وقال شهود إن سيارات نقلت جثث عدد من القتلى.")


def test_a_first_sentence_lead_folds_into_the_second_sentence_detail(ext):
    """The lead at the governorate (its capital's name, as the geocoder gives it) and the district strike the
    next sentence tells are one incident at the district."""
    places = (place("صعدة", LEAD, "Sa'dah", level="populated_place", admin1="Sa'dah"),
              place("مديرية شدا", LEAD, "Shada'a", level="admin2", admin1="Sa'dah"))
    events = ext(make_doc(LEAD, places)).events
    assert [(e.sub_event_type, e.location.name if e.location else None) for e in events] == [
        ("Air/drone strike", "Shada'a")]
