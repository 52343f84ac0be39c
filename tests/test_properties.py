"""The offset invariant, for every registered component, on random Arabic/Latin/digit/emoji/bidi text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad import Pipeline, registry
from marsad.pipeline import make_document
from marsad.text import shadow

ALPHABET = st.sampled_from(
    list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةى")
    + list("\u064b\u064e\u064f\u0650\u0651\u0652\u0640")  # harakat, shadda, tatweel
    + list("٠١٢٣٤٥٦٧٨٩۰۱۲0123456789")
    + list("abcXYZéà")
    + list(" \n\t.,،؛؟!\"«»()-#@:")
    + ["\u200f", "\u200e", "\u202b", "\u202c", "\u2066", "\u2069", "\u200d", "\ufeff", "😀", "ﷲ", "ﻻ"]
)
WORDS = st.sampled_from(
    ["قصف", "حلب", "بحلب", "وإدلب", "المرصد", "السوري", "قتل", "خمسة", "وعشرين", "عشرات", "الجيش",
     "اشتباكات", "أمس", "الأربعاء", "قال", "نفى", "مسلحون", "مجهولون", "حارم", "دمشق", "غارة", "بيان",
     # words the fifteenth session's steps read: villages of 1948, camps, قضاء, the Rif, bare المدينة, أرض أرض
     "قرية", "المدمرة", "1948", "مخيم", "الجلزون", "قضاء", "جنين", "الريف", "المغرب", "المدينة", "الصحابة",
     "أرض", "زرعين", "بمحافظات", "عشرات", "القتلى", "تعرضت", "للقصف",
     # the sixteenth session's: outlets, pretexts, missions, denials, rocket attacks, back-references, dated
     # claims, the Jazira, inquiries, revealed archives, directorates, papers, riots
     "وكالة", "أنباء", "الإمارات", "بحجة", "أن", "القنصلية", "إسطنبول", "نفت", "شن", "هجوما", "صاروخيا",
     "الوزارة", "تركي", "المالكي", "مسؤوليته", "مايو", "الماضي", "داعش", "رياض", "الجزيرة", "للتحقيق", "وثائق",
     "كشفت", "1976", "عندما", "مديرية", "صحة", "واشنطن", "بوست", "مظاهرة", "شغب", "اعتقلت", "مدنيين",
     # the seventeenth session's: protest crowds and objects, fire bombs, hostages released, replies, fronts,
     # the Yemeni resistance, planted bombs, armed confrontations, where fighters hail from
     "تظاهر", "مئات", "ضد", "احتجاجا", "على", "برحيل", "مولوتوف", "قنابل", "الرهائن", "أفرج", "ردا", "كيماوي",
     "جبهة", "الحديدة", "المقاومة", "عبوة", "ناسفة", "مواجهات", "مسلحة", "ينحدر", "من"]
)  # fmt: skip
TEXT = st.lists(st.one_of(WORDS, st.text(ALPHABET, max_size=8)), max_size=40).map(" ".join)


def assert_invariant(doc):
    for kind, start, end, text in doc.spans():
        assert 0 <= start <= end <= len(doc.text), (kind, start, end)
        assert doc.text[start:end] == text, (kind, start, end, text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.sampled_from(["2025-10-22", None]))
def test_default_pipeline_spans(text, published):
    """With and without a publication date (undated documents keep their date words: `undated.py`)."""
    nlp = Pipeline.load()
    assert_invariant(nlp(text, published=published, lang="ar"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_each_component_spans(text):
    """Each component alone, after the components it requires, keeps every span exact."""
    nlp = Pipeline.load()
    base = make_document(text, published="2025-10-22", lang="ar")
    for i in range(len(nlp.steps)):
        doc = Pipeline(nlp.steps[: i + 1]).process(base)
        assert_invariant(doc)


@settings(max_examples=200, deadline=None)
@given(st.text(ALPHABET, max_size=60))
def test_shadow_map(text):
    sh = shadow(text)
    prev = -1
    for i in range(len(sh.norm)):
        o = sh.orig(i)
        assert prev < o < len(text)
        prev = o
    for i in range(len(sh.norm)):
        for j in range(i, min(len(sh.norm), i + 5) + 1):
            s, e = sh.to_orig(i, j)
            assert 0 <= s <= e <= len(text)


def test_registry_lists_default_components():
    names = registry.names()
    for step in Pipeline.load().names:
        assert step in names
