"""Claim sources: no function word or dangling preposition as a name; back-references take the earlier
source's name (الوزارة → وزارة الصحة الفلسطينية، المالكي → تركي المالكي), spans as written."""

from __future__ import annotations

import pytest
from test_claims import claims_of

from marsad.events.source_refs import SURNAME, anaphor_head, person_name, resolve
from marsad.model import Claim, Entity, Source


def sources(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.source.text, c.source.canonical, c.source.kind) for c in claims_of(text)]


def only(text: str) -> Claim:
    out = claims_of(text)
    assert len(out) == 1, out
    return out[0]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a verb followed by في is no subject: the fronted one is
        ("وكانت الحكومة العراقية قد أعلنت في سبتمبر الماضي رفع الحظر عن السفر.", "الحكومة العراقية"),
        ("وقال التلفزيون السوري في البداية إن الانفجار ناجم عن عطل.", "التلفزيون السوري"),
        ("وقال حفتر في خطابه إن الجيش سيدخل المدينة.", "حفتر"),
    ],
)
def test_no_preposition_or_adverbial_in_the_name(text, source):
    assert only(text).source.text == source


def test_carried_speaker_instead_of_fi():
    out = claims_of('قالت الناشطة سارة محمود إن الوضع صعب. وأضافت في حديثها مع الصحفيين: "لا نملك شيئا".')
    assert [c.source.text for c in out] == ["الناشطة سارة محمود"] * 2


def test_no_speaker_no_claim_rather_than_fi():
    assert all(c.source.text != "في" for c in claims_of("وأضاف في 12 مارس أن الوضع تحسن."))


def test_passive_stays_honestly_unnamed():
    c = only("ويعتقد أن له علاقات شخصية بمسؤولين كبار.")
    assert (c.source.text, c.source.kind, c.source.start, c.source.canonical) == ("", "unnamed", None, None)


def test_passive_looking_verb_with_a_subject():
    c = only("ويعتقد مسؤولون أتراك أن الرجال ضباط استخبارات.")
    assert (c.source.text, c.source.kind, c.modality) == ("مسؤولون أتراك", "unnamed", "uncertain")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "أعلنت وزارة الصحة الفلسطينية مقتل ثلاثة شبان. وقالت الوزارة إن الجرحى نقلوا إلى المستشفى.",
            ("الوزارة", "وزارة الصحة الفلسطينية", "government"),
        ),
        (
            "قالت مصادر طبية إن خمسة أشخاص أصيبوا. وأضافت المصادر أن بينهم طفلين.",
            ("المصادر", "مصادر طبية", "unnamed"),
        ),
        (
            "وقال المتحدث باسم التحالف العقيد الركن تركي المالكي إن الصاروخ اعترض. وأكد المالكي أن الدفاعات دمرته.",
            ("المالكي", "تركي المالكي", "person"),
        ),
    ],
)
def test_back_reference_takes_the_earlier_name(text, expected):
    out = claims_of(text)  # offsets checked there: the span stays as written
    assert (out[-1].source.text, out[-1].source.canonical, out[-1].source.kind) == expected


@pytest.mark.parametrize(
    "text",
    [
        "قالت الوزارة إن الجرحى نقلوا إلى المستشفى.",  # nothing earlier
        "ذكرت صحيفة نيويورك تايمز أن المفاوضات توقفت. وقالت الوزارة إن الوفد عاد.",  # a newspaper is no ministry
        "قال العقيد المالكي إن الصاروخ اعترض. وأكد المالكي أن الدفاعات دمرته.",  # no fuller name than a title
    ],
)
def test_nothing_fits_stays_unresolved(text):
    assert claims_of(text)[-1].source.canonical is None


def test_resolve_picks_the_nearest_compatible_source():
    srcs = [
        Source("وزارة الداخلية", None, 0, 14, "government"),
        Source("صحيفة الغارديان", None, 20, 35, "media"),
        Source("وزارة الخارجية", None, 40, 54, "government"),
        Source("الوزارة", None, 60, 67, "government"),
        Source("الصحيفة", None, 70, 77, "media"),
        Source("المنظمة", None, 80, 87, "organization"),
    ]
    assert resolve(srcs) == [None, None, None, 2, 1, None]


def test_a_named_mention_is_left_alone():
    srcs = [Source("وزارة الداخلية", "Ministry of Interior", 0, 14, "government"), Source("الوزارة", "X", 20, 27, "government")]
    assert resolve(srcs) == [None, None]


@pytest.mark.parametrize(
    ("text", "kind", "head"),
    [
        ("الوزارة", "government", "وزاره"),
        ("المصدر نفسه", "unnamed", "مصدر"),
        ("المالكي", "person", SURNAME),
        ("وزارة الصحة", "government", None),
        ("مراسلنا", "media", None),
    ],
)
def test_anaphor_head(text, kind, head):
    assert anaphor_head(text, kind) == head


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وزير الدفاع الروسي سيرغي شويغو", "سيرغي شويغو"),
        ("الخبير في شؤون الجماعات والإرهاب ماهر فرغلي", "ماهر فرغلي"),
        ("العقيد المالكي", None),
        ("القيادي محمد علي الحوثي", "محمد علي الحوثي"),
        ("وزير الثقافة والإعلام السعودي عواد بن صالح العواد", "عواد بن صالح العواد"),
    ],
)
def test_person_name_drops_the_titles(text, name):
    assert person_name(text, frozenset({"وزير", "العقيد", "علي"})) == name  # علي: the shadow of على


def test_surname_takes_an_earlier_person_entity_named_in_apposition():
    text = "قال المتحدث باسم التحالف، العقيد تركي المالكي، إن الصاروخ اعترض. وأكد المالكي أن الدفاعات دمرته."
    k = text.index("العقيد تركي المالكي")
    ent = Entity(k, k + len("العقيد تركي المالكي"), "العقيد تركي المالكي", "PER", canonical="Turki al-Maliki")
    last = claims_of(text, (ent,))[-1]
    assert (last.source.text, last.source.canonical, last.source.kind) == ("المالكي", "Turki al-Maliki", "person")
