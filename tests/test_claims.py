"""Claims: modality per cue, source resolution and carry-over, preposition objects, embedded posts."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.events.claims import find_claims, make_claims
from marsad.events.social import find_posts
from marsad.model import Claim, Document, Entity
from marsad.pipeline import DEFAULT_STEPS, Pipeline, make_document
from marsad.text import split_sentences, tokenize

PUB = "2025-10-22"


def doc_of(text: str, entities: tuple[Entity, ...] = ()) -> Document:
    doc = make_document(text, published=PUB, lang="ar")
    return doc.replace(tokens=tuple(tokenize(doc.text)), sentences=tuple(split_sentences(doc.text)), entities=entities)


def claims_of(text: str, entities: tuple[Entity, ...] = ()) -> list[Claim]:
    doc = doc_of(text, entities)
    out = find_claims(doc)
    check_offsets(doc.text, out)
    return out


def check_offsets(text: str, claims: list[Claim]) -> None:
    for c in claims:
        assert 0 <= c.start < c.end <= len(text)
        if c.cue is not None:
            assert text[c.cue.start : c.cue.end] == c.cue.text
        if c.source.start is not None:
            assert text[c.source.start : c.source.end] == c.source.text


@pytest.mark.parametrize(
    ("text", "modality", "cue", "source"),
    [
        ("أكد الجيش السوري أنه سيطر على القرية.", "asserted", "أكد", "الجيش السوري"),
        ("أعلنت وزارة الدفاع مقتل خمسة مسلحين.", "asserted", "أعلنت", "وزارة الدفاع"),
        ("قال مصدر عسكري إن الطائرات قصفت البلدة.", "reported", "قال", "مصدر عسكري"),
        ("أفاد المرصد السوري لحقوق الإنسان بأن الاشتباكات مستمرة.", "reported", "أفاد", "المرصد السوري لحقوق الإنسان"),
        ("وذكرت وكالة سانا أن انفجاراً وقع في الحي.", "reported", "ذكرت", "وكالة سانا"),
        ("وأشارت الأمم المتحدة إلى نزوح الآلاف.", "reported", "أشارت", "الأمم المتحدة"),
        ("ادعت الجماعة أن الحكومة تخطط لهجوم.", "alleged", "ادعت", "الجماعة"),
        ("وزعم التنظيم أنه أسقط طائرة.", "alleged", "زعم", "التنظيم"),
        ("واتهمت الحكومة المعارضة بقصف الأحياء السكنية.", "alleged", "اتهمت", "الحكومة المعارضة"),
        ("ونفى الجيش استهداف المدنيين.", "denied", "نفى", "الجيش"),
        ("ونفت الحركة أي علاقة لها بالتفجير.", "denied", "نفت", "الحركة"),
    ],
)
def test_verb_modality_and_subject(text, modality, cue, source):
    (c,) = claims_of(text)
    assert (c.modality, c.cue.text, c.source.text) == (modality, cue, source)
    assert c.start == c.cue.start and c.end == len(text)


@pytest.mark.parametrize(
    ("text", "cue", "source_text", "kind"),
    [
        ("وردت معلومات عن سقوط قتلى في القصف.", "وردت معلومات", "", "unnamed"),
        ("وردت معلومات إلى المرصد السوري بأن القصف مستمر.", "وردت معلومات", "المرصد السوري", "organization"),
        ("ويُعتقد أن المسلحين انسحبوا من البلدة.", "يُعتقد", "", "unnamed"),
        ("وترددت أنباء عن مقتل قائد الفصيل.", "ترددت أنباء", "", "unnamed"),
    ],
)
def test_uncertain(text, cue, source_text, kind):
    (c,) = claims_of(text)
    assert (c.modality, c.cue.text, c.source.text, c.source.kind) == ("uncertain", cue, source_text, kind)


def test_uncertain_takes_source_from_bihasab_in_same_sentence():
    text = "وخلال المواجهات، وردت معلومات عن سقوط قتلى من الطرفين، بحسب المرصد."
    (c,) = claims_of(text)
    assert (c.modality, c.source.text, c.cue.text) == ("uncertain", "المرصد", "وردت معلومات")
    assert (c.start, c.end) == (0, len(text))


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("قُتل ثلاثة مدنيين في غارة جوية، بحسب المرصد السوري لحقوق الإنسان.", "المرصد السوري لحقوق الإنسان", "بحسب"),
        ("وبحسب مصادر محلية، فإن الاشتباكات توقفت.", "مصادر محلية", "بحسب"),
        ("ووفقاً لـ وكالة الأناضول، قتل جنديان.", "وكالة الأناضول", "وفقاً"),
        ("وفقاً لرويترز، قتل جنديان.", "رويترز", "وفقاً"),
        ("قتل جنديان وفقا للجيش التركي.", "جيش التركي", "وفقا"),
        ("قتل جنديان نقلاً عن مسؤول أمني.", "مسؤول أمني", "نقلاً عن"),
        ("قتل جنديان بحسب ما أفاد به المرصد.", "المرصد", "بحسب"),
    ],
)
def test_prepositional_sources(text, source, cue):
    (c,) = claims_of(text)
    assert (c.modality, c.source.text, c.cue.text) == ("reported", source, cue)
    assert c.start <= c.cue.start and c.end == len(text)


def test_known_source_canonical_and_kinds():
    c = claims_of("أفاد المرصد السوري لحقوق الإنسان بمقتل خمسة.")[0]
    assert (c.source.canonical, c.source.kind) == ("Syrian Observatory for Human Rights", "organization")
    c = claims_of("وبحسب رويترز فإن القصف استمر.")[0]
    assert (c.source.canonical, c.source.kind) == ("Reuters", "media")
    c = claims_of("وقالت مصادر أمنية إن الهجوم فشل.")[0]
    assert c.source.kind == "unnamed"
    c = claims_of("وقال العميد أحمد السالم إن الهجوم فشل.")[0]
    assert c.source.kind == "person"
    c = claims_of("وقالت وزارة الداخلية إن الهجوم فشل.")[0]
    assert c.source.kind == "government"


def test_not_a_source_after_preposition():
    assert claims_of("تم توقيف المتهم وفقاً للقانون.") == []
    assert claims_of("يذكر أن المخيم يضم مقاتلين أجانب.") == []


def test_carry_over_previous_source():
    text = (
        "أفاد المرصد السوري لحقوق الإنسان بأن الاشتباكات اندلعت مساء أمس.\n"
        'وأضاف "قتل ثلاثة عناصر".\n'
        "ولفت إلى أن المفاوضات فشلت.\n"
        "وأضاف المرصد: الحملة مستمرة."
    )
    cs = claims_of(text)
    assert [c.cue.text for c in cs] == ["أفاد", "أضاف", "لفت", "أضاف"]
    assert [c.source.text for c in cs] == ["المرصد السوري لحقوق الإنسان"] * 3 + ["المرصد"]
    assert {c.source.canonical for c in cs} == {"Syrian Observatory for Human Rights"}
    assert cs[1].source.start == cs[0].source.start  # the same span, carried over


def test_cue_without_any_speaker_is_no_claim():
    assert claims_of("وأضاف أن الوضع هادئ.") == []


def test_statement_makes_it_asserted():
    (c,) = claims_of("وأشار قائد الشرطة العميد سامر حسن، في بيان، إلى أن الحي طُوّق.")
    assert (c.modality, c.source.text, c.source.kind) == ("asserted", "قائد الشرطة العميد سامر حسن", "person")


def test_issued_statement_claim_folds_into_following_cue():
    text = 'من جهتها، أصدرت حركة "الأحرار" بيانًا ادعت فيه أن الجيش قصف مواقعها.'
    (c,) = claims_of(text)
    assert (c.modality, c.cue.text, c.source.text) == ("alleged", "ادعت", 'حركة "الأحرار"')
    (c,) = claims_of("أصدرت وزارة الصحة بياناً حول الضحايا.")
    assert (c.modality, c.source.text) == ("asserted", "وزارة الصحة")


def test_accusation_with_object_suffix_carries_subject():
    text = "أكدت قوات الأمن الأربعاء تطويق المخيم بعد تحصن قائده الذي اتهمته بخطف فتاة."
    a, b = claims_of(text)
    assert (a.modality, a.source.text, a.date) == ("asserted", "قوات الأمن", PUB)
    assert (b.modality, b.cue.text, b.source.text) == ("alleged", "اتهمته", "قوات الأمن")


def test_two_speakers_in_one_sentence_split():
    text = "كما أكد الأمن العام أن الهدف هو اعتقاله، فيما قالت مصادر في الكتيبة أن الهدف حلها."
    a, b = claims_of(text)
    assert a.source.text == "الأمن العام" and b.source.text == "مصادر في الكتيبة"
    assert text[a.start : a.end] == "أكد الأمن العام أن الهدف هو اعتقاله"
    assert b.end == len(text)


def test_entities_give_canonical_and_extend_the_source():
    text = "وقال بوتين إن بلاده ستساعد."
    ent = Entity(4, 9, "بوتين", "PER", canonical="Vladimir Putin", kb_id="actor:putin")
    (c,) = claims_of(text, (ent,))
    assert (c.source.text, c.source.canonical, c.source.kind) == ("بوتين", "Vladimir Putin", "person")


def test_social_post():
    text = (
        "قالت مصادر إن القصف استمر.\n"
        "الطائرات تقصف المخيم الآن #سوريا pic.twitter.com/abc\n"
        "— شبكة أخبار (@News_1) October 21, 2025"
    )
    (post,) = find_posts(text)
    assert (post.author.text, post.handle, post.date) == ("شبكة أخبار", "News_1", "2025-10-21")
    assert post.body.text == "الطائرات تقصف المخيم الآن #سوريا pic.twitter.com/abc"
    cs = claims_of(text)
    social = [c for c in cs if c.source.kind == "social"]
    assert len(social) == 1
    c = social[0]
    assert (c.source.text, c.source.canonical, c.date, c.cue.text) == (
        "شبكة أخبار",
        "شبكة أخبار (@News_1)",
        "2025-10-21",
        "@News_1",
    )
    assert c.start == post.body.start and c.end == len(text)


def test_post_on_one_line_and_arabic_date():
    text = "الجيش يقصف القرية — عين الخبر (@ain) 5 يونيو 2024"
    (post,) = find_posts(text)
    assert (post.body.text, post.date, post.author.text) == ("الجيش يقصف القرية", "2024-06-05", "عين الخبر")


def test_cues_inside_a_post_are_the_posts():
    text = "يذكر أن الجيش قال إن القصف مستمر\n— حساب (@acc) October 1, 2025"
    cs = claims_of(text)
    assert [c.source.kind for c in cs] == ["social"]


def test_empty_and_odd_input():
    assert find_claims(make_document("", lang="ar")) == []
    assert claims_of("قال") == []
    assert claims_of("بحسب") == []
    assert claims_of("— (@x)") == []


def test_component_in_default_pipeline():
    assert "marsad.claims.v1" in DEFAULT_STEPS
    nlp = Pipeline(["marsad.tokenizer.v1", "marsad.sentencizer.v1", "marsad.claims.v1"])
    doc = nlp("أفاد المرصد بأن القصف مستمر.", published=PUB)
    assert [c.id for c in doc.claims] == ["c1"]
    assert make_claims()(doc_of("")).claims == ()


def test_seed_claims(seed_text):
    """The claim lines of ../shared/seed/check.py, on the packaged copy of the seed report."""
    doc = Pipeline(["marsad.tokenizer.v1", "marsad.sentencizer.v1", "marsad.claims.v1"])(seed_text, published=PUB)
    cs = doc.claims
    check_offsets(doc.text, list(cs))

    def by(names: tuple[str, ...], modalities: tuple[str, ...]) -> bool:
        return any(
            any(n in f"{c.source.text} {c.source.canonical or ''}" for n in names) and c.modality in modalities for c in cs
        )

    assert by(("المرصد السوري لحقوق الإنسان", "المرصد"), ("reported", "asserted", "uncertain"))
    assert by(("غسان باكير", "قائد الأمن الداخلي"), ("asserted", "reported", "alleged"))
    assert by(("فرقة الغرباء", "جماعة المهاجرين الفرنسيين"), ("alleged",))
    assert by(("عين اليمن الأخبارية", "YenNews1"), ("asserted", "reported"))
    post = next(c for c in cs if c.source.kind == "social")
    assert post.date == PUB
    assert [c.id for c in cs] == [f"c{i}" for i in range(1, len(cs) + 1)]


WORDS = st.sampled_from(
    ["قال", "وأضاف", "بحسب", "وفقاً", "لـ", "للمعلومات", "المرصد", "نفى", "اتهمته", "وردت", "معلومات", "إلى",
     "أصدرت", "بيانًا", "ادعت", "فيه", "مصادر", "أن", "—", "(@abc)", "October", "22,", "2025", "\n", "،", ".", '"',
     "الأربعاء", "أمس", "22", "أكتوبر", "ـ", "\u064e", "\u200f"]
)  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, max_size=30).map(" ".join))
def test_offsets_on_random_cue_soup(text):
    doc = doc_of(text)
    check_offsets(doc.text, find_claims(doc))


def test_fronted_subject_after_connective_and_time_words():
    (c,) = claims_of("ساد الهدوء، لكن الجيش الروسي قال إن المسلحين منعوا السكان من المغادرة.")
    assert c.source.text == "الجيش الروسي"
    (c,) = claims_of("وكان العراق أعلن مطلع الشهر الجاري عن عملية عسكرية.")
    assert (c.source.text, c.source.kind) == ("العراق", "government")


def test_future_or_negated_announcement_is_no_claim():
    assert claims_of("تغلق الصناديق مساء، على أن تعلن النتائج الأولية غداً.") == []
    assert claims_of("ولم يعلن أحد مسؤوليته عن الهجوم.") == []


def test_object_after_source_is_cut():
    (c,) = claims_of("أفادت مصادر عسكرية ميدانية بمقتل 20 مسلحاً.")
    assert (c.source.text, c.source.kind) == ("مصادر عسكرية ميدانية", "unnamed")
    (c,) = claims_of("وقالت المتحدثة باسم الوزارة هيذر نويرت إن الزيارة ناجحة.")
    assert (c.source.text, c.source.kind) == ("المتحدثة باسم الوزارة هيذر نويرت", "person")
    # an event's verbal noun right after an indefinite subject (اندلاع، وقوع، شن) is the object, not the name
    (c,) = claims_of("أكدت مصادر محلية اندلاع معارك بين الجيش والمسلحين.")
    assert c.source.text == "مصادر محلية"
    (c,) = claims_of("ونفت دمشق وقوع هجوم في البلدة.")
    assert c.source.text == "دمشق"


def test_relative_clause_and_fronted_subject_after_anna():
    (c,) = claims_of("قتل فلسطينيان برصاص الجيش الإسرائيلي، الذي أفاد أنه تعرض لهجوم.")
    assert c.source.text == "الجيش الإسرائيلي"
    (c,) = claims_of("غير أن الفصائل الفلسطينية في غزة تؤكد أن المسيرات شعبية.")
    assert c.source.text == "الفصائل الفلسطينية في غزة"


def test_documents_are_not_sources():
    assert claims_of("غادر المقاتلون إلى إدلب وفق اتفاقات سابقة.") == []


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("وقال بيان صادر عن وزارة الدفاع إن الهجوم فشل.", "وزارة الدفاع", "قال"),
        ("وجاء في بيان للجيش أن الهجوم فشل.", "جيش", "جاء في"),
        ("وذكر بيان الجيش أن الهجوم فشل.", "الجيش", "ذكر"),
    ],
)
def test_statement_speaks_for_its_owner(text, source, cue):
    (c,) = claims_of(text)
    assert (c.modality, c.source.text, c.cue.text) == ("asserted", source, cue)


def test_statement_cue_needs_a_statement():
    assert claims_of("جاء في المرتبة الأولى.") == []
    cs = claims_of("أعلنت الحركة مسؤوليتها عن الهجوم. وجاء في البيان أن العملية نجحت.")
    assert [c.source.text for c in cs] == ["الحركة", "الحركة"]


def test_fronted_subject_with_qad():
    (c,) = claims_of("وكانت وسائل الإعلام الأمريكية قد ذكرت في وقت سابق أنها على علاقة بالجمعية.")
    assert (c.source.text, c.source.kind) == ("وسائل الإعلام الأمريكية", "media")


def test_a_cue_split_by_a_line_break_keeps_the_text_as_written():
    """Found by the random-soup property test: a two-word cue across a line break was rebuilt with spaces."""
    text = "وردت \n معلومات عن قصف البلدة."
    claims = find_claims(doc_of(text))
    assert claims and all(text[c.cue.start : c.cue.end] == c.cue.text for c in claims)
