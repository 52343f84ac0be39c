"""A side the report names is an actor, however it names it: as the doer suspected (غارات يعتقد أنها
إسرائيلية) or said to stand behind the attack, after the verb that takes the attack back (شنتها قوات
التحالف), as the owner of the men (مسلحو داعش) or the source of its own statement (ذكر بيان للجيش أن مقاتلاته
استهدفت); as the side hit by its vehicle, site or government building, or as people counted dead."""

from __future__ import annotations

import pytest

from marsad.events.actors import _after_doer, _stands_behind
from marsad.events.alleged import alleged_after, latest_of
from marsad.pipeline import Pipeline
from marsad.text.tokenize import tokenize


def actors(nlp: Pipeline, text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in nlp(text, published="2018-05-01").events]


#: (sentence, what actor1 of its first event contains, what actor2 contains or None for any)
DOERS = [
    ("قالت مصادر محلية إن غارات يعتقد أنها إسرائيلية استهدفت مواقع لميليشيا حزب الله اللبناني في منطقة القلمون "
     "الغربي.", "Israel", "Hezbollah"),
    ("ولقي عشرون شخصا على الأقل مصرعهم في غارات جوية شنتها قوات التحالف بقيادة السعودية على مدينة الحديدة "
     "اليمنية يوم الخميس.", "Saudi", None),
    ("وقتل 27 عنصرا من ميليشيات الحشد الشعبي في كمين نصبه مسلحو داعش في محافظة كركوك شمالي العراق، الخميس.",
     "Islamic State", "Popular Mobilization"),
    ("ذكر بيان للجيش الإسرائيلي أن مقاتلاته استهدفت عشرات المواقع العسكرية التابعة لفيلق القدس الإيراني داخل "
     "سوريا.", "Israel", "Iran"),
    ("وكان النظام السوري قد أعلن عن سيطرته على أربع قرى تابعة لمدينة دير الزور شرقي نهر الفرات، الأحد.", "Syria", None),
    ("ويعتقد أن إسرائيل تقف وراء الغارة الأخيرة على مطار التيفور العسكري في ريف حمص، التي أدت إلى مقتل 14 عنصرا "
     "من الحرس الثوري الإيراني.", "Israel", "Iran"),
    ("قال نشطاء ومسعفون إن عشرات الأشخاص لقوا حتفهم عندما ألقت طائرات حكومية قنابل تحمل موادا كيميائية سامة في "
     "دوما، يوم السبت الماضي.", "Military Forces of Syria", None),
    ("ولقي عشرون شخصا على الأقل مصرعهم وجرح العشرات في غارات جوية شنتها قوات التحالف بقيادة السعودية على مدينة "
     "الحديدة اليمنية يوم الخميس. ويسيطر الحوثيون على المدينة منذ سنوات.", "Saudi", "Civilians"),
    ("أفادت مصادر عسكرية يمنية بسقوط قتلى وجرحى من ميليشيات الحوثي الإيرانية، في معارك وقصف مدفعي لقوات الجيش "
     "بمواقع متفرقة في مديرية نهم شرقي العاصمة صنعاء.", "Military Forces of Yemen", "Houthi"),
]

#: (sentence, how actor2 of its first event starts): the side hit, named by what of its was hit.
TARGETS = [
    ('وأفاد مدير المرصد عن استهداف إحدى هذه الخلايا "آلية عسكرية تركية الأحد بصاروخ مضاد للدروع قرب عفرين".',
     "Military Forces of Turkey"),
    ("قال ضابط في الشرطة الصومالية لرويترز إن انتحاريا اقتحم مقرا حكوميا في العاصمة مقديشو بسيارة ملغومة، مما "
     "أسفر عن سقوط 4 قتلى على الأقل، الاثنين.", "Government of Somalia"),
    ("قتل 3 أشخاص لدى انفجار قنبلة زرعت في سيارتهم جنوبي مدينة كركوك، الأحد.", "Civilians"),
    # the premier's convoy, not the seven people wounded, was what the bomb hit
    ("جرح سبعة أشخاص في انفجار عبوة ناسفة استهدف موكب رئيس الوزراء الفلسطيني لدى وصوله إلى قطاع غزة، الثلاثاء.",
     "Government of Palestine"),
]


@pytest.mark.parametrize(("text", "doer", "hit"), DOERS)
def test_the_named_doer_is_actor1(nlp, text, doer, hit):
    got = actors(nlp, text)
    assert got and doer in (got[0][0] or ""), got
    assert hit is None or hit in (got[0][1] or ""), got


@pytest.mark.parametrize(("text", "hit"), TARGETS)
def test_the_named_side_hit_is_actor2(nlp, text, hit):
    got = actors(nlp, text)
    assert got and (got[0][1] or "").startswith(hit), got


def test_the_latest_of_suspected_strikes_has_their_state(nlp):
    got = actors(nlp, "يأتي القانون بعد عدد من الضربات التي يعتقد أنها إسرائيلية، لقواعد عسكرية إيرانية في سوريا، "
                      "آخرها ضربة صاروخية لقواعد للميليشيات الموالية لإيران في ريفي حماة وحلب، ليل الأحد.")
    assert got and all("Israel" in (a1 or "") for a1, _ in got), got


def test_alleged_clause_is_stepped_over():
    toks = list(tokenize("غارات يعتقد أنها إسرائيلية على مواقع"))
    assert toks[alleged_after(toks, 1)].text == "إسرائيلية"
    assert alleged_after(toks, 4) == 4  # no alleging clause there: the index itself
    rel = list(tokenize("الضربات التي يرجح أنها روسية"))
    assert rel[alleged_after(rel, 1)].text == "روسية"


def test_latest_of_points_back_to_the_attacks():
    toks = list(tokenize("بعد الضربات التي يعتقد أنها إسرائيلية، آخرها ضربة صاروخية"))
    first = next(i for i, t in enumerate(toks) if t.text == "ضربة")
    k = latest_of(toks, first, ("ضرب",))
    assert k is not None and toks[k].text == "الضربات"
    assert latest_of(toks, 1, ("ضرب",)) is None  # no آخرها before it


def test_a_force_word_between_the_verb_and_its_owner():
    def after(text: str, word: str) -> bool:
        toks = list(tokenize(text))
        return _after_doer(toks, next(i for i, t in enumerate(toks) if t.text == word))

    assert after("غارات شنتها قوات التحالف على الحديدة", "التحالف")
    assert after('قذيفة أطلقتها "التنظيمات الإرهابية" على السوق', "التنظيمات")
    # a verb before its own noun names that noun's doer (the offensive's), not the trigger's (the air cover's)
    assert not after("بعد شن قوات الحكومة هجوما واسعا مدعوما بغطاء جوي", "الحكومة")
    # "laid" names an ambush's doer, not a checkpoint's owner (نقطة نصبتها الميليشيات was what was struck)
    assert after("في كمين نصبه مسلحو داعش", "داعش")
    assert not after("استهدفت الغارات نقطة بحرية نصبتها الميليشيات", "الميليشيات")


def test_the_accused_of_standing_behind_the_attack():
    toks = list(tokenize("واتهم الجيش المسلحين بالوقوف وراء الهجوم على الحاجز"))
    accused = next(i for i, t in enumerate(toks) if t.text == "المسلحين")
    attack = next(i for i, t in enumerate(toks) if t.text == "الهجوم")
    assert _stands_behind(toks, accused, attack)
    assert not _stands_behind(toks, accused - 1, attack)  # the accuser is not the one behind it


def test_a_monitor_announcing_anothers_act_is_no_party(nlp):
    got = actors(nlp, "وكان المرصد قد أعلن عن قصف قوات النظام بلدة كفرنبل، الأحد.")
    assert got and "Syria" in (got[0][0] or ""), got
    assert not any("Observatory" in str(a) for a in got), got


def test_people_among_whom_soldiers_are_not_all_civilians(nlp):
    got = actors(nlp, "قتل 5 أشخاص بينهم 3 جنود في انفجار عبوة ناسفة في كركوك، الأحد.")
    assert got and not (got[0][1] or "").startswith("Civilians"), got
