"""A figure whose subject runs past a partitive من to a plural death verb, figures that count deeds, and a
figure opened by a quote (`marsad.events.fatalities`)."""

from __future__ import annotations

from tests.test_lone_persons import killed


def test_the_verb_after_a_partitive_subject_tells_the_dead():
    assert killed("قالت مصادر إن تسعة أفراد من قوات الحرس الوطني قتلوا في هجوم مسلح") == [9]
    assert killed("لقي 9 من عناصر ميليشيا الحوثي الإيرانية مصرعهم في الضالع") == [9]
    assert killed("اعتقلت الشرطة 5 أشخاص في المدينة القديمة أمس الأول بعدما قتلوا") == []  # no partitive: the reach stays short


def test_a_figure_of_strikes_is_no_toll():
    assert killed("إن 5 مسلحين من القوات الشعبية قتلوا في ثلاث غارات تركية") == [5]
    assert killed("شن الطيران 5 غارات على مواقع قتل فيها 3") == [3]


def test_an_opening_quote_between_the_death_word_and_its_figure():
    assert killed('أوردت القناة أن عدد القتلى بلغ "39 مدنيا وأصيب 51 آخرون بجروح"') == [39]
