"""Round 95: a series of recent battles, a survey's year of incidents, protests paired with criticism, a vow
of what a side did and will do (not incidents), and where fighters hail from (no scene)."""

from __future__ import annotations

import pytest

from marsad.events.background import period_after, recent_series
from marsad.events.nonevents import protest_and_criticism, resolve_rhetoric
from marsad.text.tokenize import tokenize


@pytest.fixture(scope="module")
def nlp():
    import marsad

    return marsad.Pipeline.load()


def _events(nlp, text: str, published: str = "2018-05-24") -> list[tuple[str | None, str | None]]:
    return [(e.sub_event_type, e.location.name if e.location else None) for e in nlp(text, published=published).events]


def _at(text: str, word: str) -> tuple[list, int]:
    """The text's tokens and the index of `word` among them (the token a rule is asked about)."""
    toks = tokenize(text)
    return toks, next(i for i, t in enumerate(toks) if t.text == word)


def test_recent_battles_are_a_series() -> None:
    toks, k = _at("عند النظر إلى مجريات الأحداث والمعارك الأخيرة في كل من الغوطة الشرقية ومدينة عفرين", "والمعارك")
    assert recent_series(toks, k, k, len(toks))
    toks = tokenize("نزح الآلاف خلال المعارك الأخيرة في المحافظة")
    assert recent_series(toks, 0, 0, len(toks))
    toks = tokenize("المعارك العنيفة في عفرين")
    assert recent_series(toks, 0, 0, len(toks)) is None


def test_an_analysis_of_recent_battles_tells_no_incident(nlp) -> None:
    text = ("عند النظر إلى مجريات الأحداث والمعارك الأخيرة في كل من الغوطة الشرقية بريف دمشق ومدينة عفرين شمال "
            "سوريا، يبدو جليا أن الأزمة انتقلت إلى الشمال.")
    assert _events(nlp, text, "2018-03-29") == []


def test_a_counted_span_of_months_is_a_period() -> None:
    toks, k = _at("وتعرضهم لسرقات أو اعتداءات في الشارع خلال الـ 12 شهرا الماضية.", "اعتداءات")
    assert period_after(toks, k, len(toks))
    toks = tokenize("اعتداءات في الشارع خلال 24 ساعة")
    assert period_after(toks, 0, len(toks)) is None  # a day's hours are left to the dates


def test_protests_paired_with_criticism_are_a_reaction() -> None:
    toks, k = _at("وأثار القانون الجديد احتجاجات وانتقادات من طرف منظمات حقوق الإنسان.", "احتجاجات")
    assert protest_and_criticism(toks, k, k, 0, len(toks))
    toks, k = _at("وواجه القرار انتقادات واحتجاجات واسعة", "واحتجاجات")
    assert protest_and_criticism(toks, k, k, 0, len(toks))
    toks = tokenize("خرجت احتجاجات واسعة في العاصمة")
    assert protest_and_criticism(toks, 1, 1, 0, len(toks)) is None


def test_a_law_that_drew_protests_and_criticism_holds_no_protest(nlp) -> None:
    text = "وأثار القانون الجديد في الدنمارك احتجاجات وانتقادات من طرف منظمات حقوق الإنسان."
    assert _events(nlp, text, "2018-08-04") == []


def test_a_vow_of_what_was_done_and_will_be_done() -> None:
    toks, k = _at('قالت المتحدثة إن بلادها "قتلت وستقتل الإرهابيين" في سوريا.', "قتلت")
    assert resolve_rhetoric(toks, k, k, len(toks))
    toks = tokenize("قصفنا وسنقصف مواقعهم")
    assert resolve_rhetoric(toks, 0, 0, len(toks))
    toks = tokenize("قتلت وسيطرت القوات على البلدة")
    assert resolve_rhetoric(toks, 0, 0, len(toks)) is None


def test_a_spokeswomans_vow_tells_no_attack(nlp) -> None:
    text = 'قالت المتحدثة باسم وزارة الخارجية الروسية، الخميس، إن بلادها "قتلت وستقتل الإرهابيين" في سوريا.'
    assert _events(nlp, text, "2018-09-07") == []


def test_where_fighters_hail_from_is_no_scene(nlp) -> None:
    text = ('اندلع اقتتال بين فصائل موالية لتركيا في مدينة عفرين، الأربعاء. وقال المرصد إن "الاقتتال بدأ بين فصيل '
            'كردي وجيش أحرار الشرقية الذي ينحدر معظم مقاتليه من محافظة دير الزور".')
    places = {name for _, name in _events(nlp, text)}
    assert "Deir-ez-Zor" not in places and "Deir ez-Zor" not in places



def test_clashes_that_wounded_a_protester_who_died_are_the_riot_told_before(nlp) -> None:
    text = ("رفعت السلطات العراقية حظر التجوال عن مدينة النجف جنوبي العاصمة بغداد، بينما قام متظاهرون بإحراق مكاتب "
            "حزب الدعوة وتيار الحكمة والمجلس الأعلى في محافظة ميسان خلال احتجاجات على تردي الأوضاع الاقتصادية.\n"
            "كما أفادت تقارير بإطلاق نار كثيف داخل أروقة مجلس محافظة ميسان جنوبي العراق، عقب وفاة متظاهر متأثرا "
            "بجروح أصيب بها إثر مواجهات مع أجهزة الأمن في المحافظة.")
    assert _events(nlp, text, "2018-07-14") == [("Violent demonstration", "Maysan")]


def test_a_trigger_within_the_frame_of_a_campaign() -> None:
    from marsad.events.nonevents import framed_by

    toks, k = _at("وجهت القوات ضربات قاصمة للحوثيين في الأيام الماضية، وذلك في إطار العملية العسكرية الضخمة التي تشنها",
                  "العملية")
    assert framed_by(toks, k, 0)
    toks, k = _at("وقتل ثلاثة في العملية العسكرية التي نفذها الجيش فجر اليوم", "العملية")
    assert framed_by(toks, k, 0) is None


def test_sometimes_the_shelling_stops_is_a_routine(nlp) -> None:
    text = ('وقال مدير المنظمة إن السكان يقيمون في أقبية. "أحيانا تكون هناك ساعات يتوقف فيها القصف فيخرج السكان في '
            'محاولة للعثور على طعام" في الغوطة الشرقية.')
    assert _events(nlp, text, "2018-03-11") == []


def test_a_units_specialty_is_no_incident(nlp) -> None:
    text = ("ويعد القيادي حسن البكلي المسؤول الأول عن الفرق النسائية الحوثية المتخصصة في اقتحام وتفتيش المنازل وقمع "
            "المظاهرات النسائية في صنعاء.")
    assert _events(nlp, text, "2018-04-02") == []


def test_they_spared_nothing_is_hyperbole(nlp) -> None:
    from marsad.events.nonevents import nothing_but

    toks, k = _at("لم تترك ميليشيات الحوثي الإيرانية شيئا في اليمن إلا واستهدفته بنيرانها واعتداءاتها", "واستهدفته")
    assert nothing_but(toks, 0, k)
    toks, k = _at("لم يبق أمام السكان إلا الفرار بعد أن استهدفته الطائرات", "استهدفته")
    assert nothing_but(toks, 0, k) is None
    text = ("لم تترك ميليشيات الحوثي الإيرانية شيئا في اليمن إلا واستهدفته بنيرانها واعتداءاتها، فمن قتل المدنيين إلى "
            "سرقة الأموال العامة.")
    assert _events(nlp, text, "2018-04-26") == []


def test_a_protest_announced_to_last_until_a_coming_day_is_a_campaign(nlp) -> None:
    from marsad.events.nonevents import lasting_until

    toks, k = _at("بدأ عشرات الآلاف من الفلسطينيين يوم الجمعة الماضي، احتجاجا يستمر حتى 15 مايو المقبل", "احتجاجا")
    assert lasting_until(toks, k, len(toks))
    toks, k = _at("اندلعت اشتباكات تستمر حتى الآن في المدينة", "اشتباكات")
    assert lasting_until(toks, k, len(toks)) is None  # going on now: an incident
    text = ("يشار إلى أن عشرات الآلاف من الفلسطينيين بدؤوا يوم الجمعة الماضي، احتجاجا يستمر حتى 15 مايو المقبل "
            "(الذكرى السبعون للنكبة)، وأقاموا خياما على امتداد الحدود.")
    assert _events(nlp, text, "2018-04-06") == []


def test_a_march_prepared_for_is_a_prospect() -> None:
    from marsad.events.preludes import protest_ahead

    toks, k = _at("حيث كانت تعد الحركة لمظاهرة مليونية لإحياء ذكرى النكبة", "لمظاهرة")
    assert protest_ahead(toks, k, 0)
    toks = tokenize("ويعد الاحتجاج الأكبر منذ سنوات")
    assert protest_ahead(toks, 1, 0) is None  # "is counted": a protest told


def test_early_on_with_no_day_after_it_is_history() -> None:
    from marsad.events.background import early_on

    toks, k = _at("ومن أبرز الدول التي استهدفتها ميليشيات إيران في وقت مبكر، السعودية حيث حاولت تجنيد مناصرين", "استهدفتها")
    assert early_on(toks, k, len(toks))
    toks = tokenize("استهدفت طائرات حربية الأراضي السورية بالصواريخ في وقت مبكر الخميس")
    assert early_on(toks, 1, len(toks)) is None  # early on Thursday: the incident's time


def test_a_protest_a_movement_will_organise_is_a_plan(nlp) -> None:
    assert _events(nlp, "وقالت الحركة إنها ستنظم تظاهرة عند الشريط الحدودي في غزة.") == []
    assert _events(nlp, "ونظمت الحركة تظاهرة حاشدة في مدينة غزة اليوم احتجاجا على الحصار.") == [
        ("Peaceful protest", "Gaza")]


def test_a_trigger_named_as_a_topic(nlp) -> None:
    from marsad.events.nonevents import a_topic

    for text, word, protest in [("بدأ كفصيل لحماية المتظاهرين السلميين من السلطات السورية", "المتظاهرين", True),
                                ("يسلط الضوء على اعتقال الأطفال الفلسطينيين في السجون", "اعتقال", False),
                                ("على الحفاظ على المدنيين في إدارة العمليات العسكرية", "العمليات", False)]:
        toks, k = _at(text, word)
        assert a_topic(toks, k, 0, protest), text
    toks = tokenize("فرقت الشرطة المتظاهرين في الساحة")
    assert a_topic(toks, 2, 0, True) is None
    text = ("وقالت مراسلتنا في رام الله إن الإفراج عن الناشطة عهد التميمي بعد قضائها عقوبة بالسجن، يسلط الضوء على "
            "اعتقال الأطفال الفلسطينيين في السجون الإسرائيلية.")
    assert _events(nlp, text, "2018-07-29") == []


def test_one_chemical_attack_told_twice_is_one_event(nlp) -> None:
    text = ("قتل عشرات المدنيين في هجوم كيميائي على مدينة دوما بالغوطة الشرقية السبت، بحسب منظمات إغاثة.\n"
            "وكان الرئيس الأميركي قد كتب على تويتر الأحد \"قتل كثيرون، بينهم نساء وأطفال، في هجوم كيميائي متهور "
            "في سوريا\".")
    got = _events(nlp, text, "2018-04-09")
    assert [t for t, _ in got].count("Chemical weapon") == 1
    assert ("Chemical weapon", "Duma") in got


def test_the_violence_as_a_tolls_cause_and_means_listed() -> None:
    from marsad.events.nonevents import listed_means, violence_toll

    toks, k = _at("ويقول مسؤولون إن العنف أدى إلى مقتل 47 شخصا على الأقل ونزوح 1800 أسرة", "مقتل")
    assert violence_toll(toks, k, 0)
    toks, k = _at("وقال إن القصف أدى إلى مقتل 47 شخصا", "مقتل")
    assert violence_toll(toks, k, 0) is None  # a strike's toll
    toks = tokenize("تعرضوا للضغط للانسحاب من السباق الانتخابي من خلال طرق منها الاعتقالات")
    assert listed_means(toks, len(toks) - 1, 0)
    toks = tokenize("واستهدفت الغارات مواقع منها مخازن")
    assert listed_means(toks, len(toks) - 1, 0) is None
