"""Protest role spans the sentence marks itself (`marsad/events/protest_objects.py`, `actors.protest_doer`)."""

import pytest

from marsad.events.actors import protest_doer, protest_target
from marsad.events.assemble import Extractor
from marsad.events.protest_objects import marked_roles, protest_spans
from marsad.model import Span
from marsad.pipeline import make_document
from marsad.text import split_sentences, tokenize


def _span(toks, rng) -> str:
    return " ".join(t.text for t in toks[rng[0] : rng[1] + 1]) if rng else ""


def _at(toks, word: str) -> int:
    return next(i for i, t in enumerate(toks) if t.text == word)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("الى ذلك، تظاهر مئات الأشخاص في أثينا احتجاجا على الاتفاقية الأوروبية، واحتشد المتظاهرون أمام مبنى الأكاديمية",
         "مئات الأشخاص"),
        ("وكان آلاف الايرانيين قد تظاهروا امس في طهران ضد الغارات الإسرائيلية على قطاع غزة", "الايرانيين"),
        ("خرج امس سكان احياء وسط الخرطوم في مظاهرة احتجاجا على الغاء الميدان", "سكان"),
        ("وفرقت الشرطة مظاهرة نظمها حزب البعث في الخرطوم للتنديد بالحكم", "حزب البعث"),
    ],
)
def test_the_crowd_the_protest_verb_names_is_the_source(text, doer):
    toks = tokenize(text)
    assert doer in _span(toks, protest_doer(toks, 0, len(toks)))


def test_a_going_out_with_no_march_names_no_protester():
    """"خرج الوزير من الاجتماع": going out with no march or street after it is no demonstration."""
    toks = tokenize("وخرج الوزير من الاجتماع غاضبا بعد ساعتين من النقاش")
    assert protest_doer(toks, 0, len(toks)) is None


def test_a_purpose_marker_outranks_a_building_before_it():
    """"تظاهروا أمام مقر النقابة احتجاجا على زيارة بوش": against the visit, not the building."""
    toks = tokenize("وبينما تظاهر أمس نحو مائتي شخص أمام مقر نقابة الصحافيين في وسط القاهرة احتجاجا على زيارة بوش")
    assert "زيارة بوش" in _span(toks, protest_target(toks, 0, len(toks), _at(toks, "تظاهر")))


def test_a_demand_behind_a_quote_is_read_past_the_bare_ala():
    toks = tokenize("احتشد آلاف المتظاهرين أمس على هتافات تطالب بـ«استقالة ثاباتيرو» رئيس الوزراء الإسباني")
    got = _span(toks, protest_target(toks, 0, len(toks), _at(toks, "احتشد")))
    assert "ثاباتيرو" in got and "هتافات" not in got


def test_in_front_of_the_demonstrators_is_no_object():
    toks = tokenize("وقال أحد قادة التظاهرة في كلمة امام المتظاهرين إن المطالب واضحة")
    assert protest_target(toks, 0, len(toks), _at(toks, "التظاهرة")) is None


def test_marked_roles_are_exact_spans():
    text = "وتظاهر مئات الطلاب أمس في عمّان ضد قرار رفع الرسوم الجامعية."
    toks = tokenize(text)
    src, tgt = marked_roles(text, toks, 0, len(toks), _at(toks, "وتظاهر"))
    assert src is not None and tgt is not None
    for s in (src, tgt):
        assert text[s.start : s.end] == s.text
    assert "الطلاب" in src.text and "قرار" in tgt.text


def test_only_protests_take_the_marked_span():
    marked = Span(0, 3, "abc")
    picked = [Span(5, 8, "def")]
    assert protest_spans("Protests", marked, picked) == [marked]
    assert protest_spans("Riots", marked, picked) == [marked]
    assert protest_spans("Battles", marked, picked) == picked
    assert protest_spans("Protests", None, picked) == picked


def test_the_extractor_scores_the_marked_protest_roles():
    """End to end: the crowd the verb names, not the later back-reference, and what it protested."""
    text = ("وتظاهر مئات الأشخاص في أثينا أمس احتجاجا على قانون الهجرة الجديد، "
            "واحتشد المتظاهرون أمام مبنى البرلمان.")
    doc = make_document(text, published="2025-10-22", lang="ar")
    doc = doc.replace(tokens=tuple(tokenize(doc.text)), sentences=tuple(split_sentences(doc.text)))
    out, rs = Extractor(classifier=None, min_confidence=0.0).run(doc)
    got = [(r.actor1, r.actor2) for e, r in zip(out.events, rs, strict=False) if e.plover_type == "PROTEST"]
    assert got
    a1, a2 = got[0]
    assert a1 and "الأشخاص" in a1[0].text
    assert a2 and "قانون" in a2[0].text
    ev = next(e for e in out.events if e.plover_type == "PROTEST")
    assert any("الأشخاص" in s.text for s in ev.evidence)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("وفي الضفة الغربية، امس، خرج آلاف المتظاهرين، ضد ما سموه جرائم حماس في غزة، وهتفوا ضد حماس وابرز قادتها",
         "المتظاهرين", "حماس"),
        ("ويعتصم الاف المتظاهرين المناصرين للملكية داخل مجمع يضم مقر الحكومة في بانكوك، ويطالبون باستقالة ساماك",
         "ويعتصم", "ساماك"),
        ("وتجمع آلاف المتظاهرين في خور كبرى بلدات منطقة باجور قرب الحدود، وهم يرددون هتافات من بينها «الموت لاميركا»",
         "وتجمع", "لاميركا"),
    ],
)
def test_a_far_against_or_demand_names_the_object(text, trigger, target):
    """ضد، يطالبون and a «الموت لـX» slogan name what the crowd is against however far after the trigger."""
    toks = tokenize(text)
    assert target in _span(toks, protest_target(toks, 0, len(toks), _at(toks, trigger)))


def test_death_with_no_slogan_is_no_object():
    toks = tokenize("وتظاهر المئات أمس بعد الموت المفاجئ للناشط في السجن")
    assert "المفاجئ" not in _span(toks, protest_target(toks, 0, len(toks), _at(toks, "وتظاهر")))


def test_a_definite_figure_alone_is_the_crowd():
    """"خرج الآلاف في مسيرة": no noun follows the figure, which is then the whole source."""
    toks = tokenize("بانكوك ـ رويترز: خرج الآلاف في مسيرة بوسط العاصمة التايلاندية امس للاحتجاج على وحشية الشرطة")
    assert _span(toks, protest_doer(toks, 0, len(toks))) == "الآلاف"


def test_a_day_after_the_crowd_is_no_part_of_it():
    toks = tokenize("وتجمهر المئات الجمعة في ساحة التحرير بوسط بغداد، وسلكوا طريق جسر الجمهورية")
    assert _span(toks, protest_doer(toks, 0, len(toks))) == "المئات"
    toks = tokenize("وتظاهر الآلاف يوم السبت أمام البرلمان احتجاجا على توصيات اللجنة")
    assert _span(toks, protest_doer(toks, 0, len(toks))) == "الآلاف"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("تواصلت الاحتجاجات على طول هذه الحدود بين قطاع غزة وإسرائيل، إذ أحرق المحتجون الإطارات", "الاحتجاجات"),
        ("أفادت الأنباء بأن عدة مدن تشهد احتجاجات لليوم الثالث على التوالي بسبب ارتفاع الأسعار", "احتجاجات"),
        ("وفي النجف، سارت تظاهرة صباحا لكن قوات الأمن قامت على الفور بتفريقها في حين لوحظ انتشار كثيف", "تظاهرة"),
    ],
)
def test_an_ala_of_place_span_or_another_verb_is_no_object(text, trigger):
    toks = tokenize(text)
    assert protest_target(toks, 0, len(toks), _at(toks, trigger)) is None


def test_a_protest_ala_right_after_the_trigger_still_names_the_object():
    toks = tokenize("وكانت الاحتجاجات على قانون ضريبة الدخل بدأت الاربعاء بدعوة من النقابات المهنية")
    assert "قانون" in _span(toks, protest_target(toks, 0, len(toks), _at(toks, "الاحتجاجات")))


def test_a_march_noun_before_the_plural_verb_is_no_part_of_the_crowd():
    toks = tokenize("وقام أقرباء الرهائن بتظاهرات واعتصموا أمام مبنى المحافظة في مدينة السويداء")
    got = _span(toks, protest_doer(toks, 0, len(toks)))
    assert "الرهائن" in got and "بتظاهرات" not in got


def test_a_plural_verb_after_wa_ends_the_crowd():
    toks = tokenize("وفي بغداد، تظاهر المئات من العراقيين وأغلقوا الطريق السريع على المدخل الشمالي")
    assert _span(toks, protest_doer(toks, 0, len(toks))) == "المئات من العراقيين"
