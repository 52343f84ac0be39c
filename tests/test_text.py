"""The text layer: cleaning, the shadow and its offset map, tokens, sentences, quantities."""

from __future__ import annotations

import pytest

from marsad.text import clean, find_quantities, normalize, parse_number, shadow, split_sentences, tokenize


def test_clean_nfkc_newlines_controls():
    assert clean("a\r\nb\rc\x00d") == "a\nb\ncd"
    assert clean("\ufdf2") == "الله"  # NFKC expands the ligature before offsets exist
    assert clean("\ufefb") == "لا"


def test_shadow_unifies_and_maps_back():
    text = "وأكّدت قوّات الأمـــن في إدلب"
    sh = shadow(text)
    assert sh.norm == "واكدت قوات الامن في ادلب"
    i = sh.norm.index("ادلب")
    s, e = sh.to_orig(i, i + 4)
    assert text[s:e] == "إدلب"
    j = sh.norm.index("الامن")
    s, e = sh.to_orig(j, j + 5)
    assert text[s:e] == "الأمـــن"


def test_shadow_index_is_monotone_and_in_range():
    text = "حَلَب، بِحَلَبَ ــ ١٢٣ Idleb"
    sh = shadow(text)
    assert sh.norm == "حلب، بحلب  123 idleb"
    idx = [sh.orig(i) for i in range(len(sh.norm))]
    assert idx == sorted(idx) and len(set(idx)) == len(idx)
    assert all(0 <= i < len(text) for i in idx)
    assert sh.to_norm(sh.orig(5)) == 5


def test_normalize_forms():
    assert normalize("مدرسة إسلامية أولى يُسمّى") == "مدرسه اسلاميه اولي يسمي"
    assert normalize("مسؤول رئيس") == "مسوول رييس"


def test_tokens_split_proclitics():
    toks = {t.text: t for t in tokenize("وبالأمس قال المرصد لـ«الحرة» وأكد وزير بإدلب")}
    assert [p.text for p in toks["وبالأمس"].parts()] == ["وبال", "أمس"]
    assert [p.text for p in toks["المرصد"].parts()] == ["ال", "مرصد"]
    assert [p.text for p in toks["وأكد"].parts()] == ["و", "أكد"]
    assert [p.text for p in toks["وزير"].parts()] == ["وزير"]  # a word, not و + زير


def test_token_kinds():
    kinds = {t.text: t.kind for t in tokenize("قتل 25 شخصا و٣ Harem #سوريا")}
    assert kinds["25"] == "number" and kinds["٣"] == "number" and kinds["Harem"] == "latin"
    assert kinds["#"] == "punct" and kinds["و"] == "word"


def test_sentences():
    text = "قال د. أحمد إن 3.5 مليون نزحوا. وأضاف: \"انتهى؟\" ثم غادر\nسطر جديد، مع فاصلة؛ ونقطة"
    sents = [s.text for s in split_sentences(text)]
    assert sents == ["قال د. أحمد إن 3.5 مليون نزحوا.", 'وأضاف: "انتهى؟"', "ثم غادر", "سطر جديد، مع فاصلة؛ ونقطة"]
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("ثلاثة", 3),
        ("خمسة وعشرين", 25),
        ("مئة وعشرون", 120),
        ("ثلاثة آلاف", 3000),
        ("ثلاثة عشر", 13),
        ("ثلاثمئة", 300),
        ("مئتين وخمسين", 250),
        ("ألفين", 2000),
    ],
)
def test_number_words(words, value):
    assert parse_number([normalize(w) for w in words.split()]) == value
    (q,) = find_quantities(words)
    assert q.best == value and q.text == words


@pytest.mark.parametrize(
    ("text", "best", "low", "vague"),
    [
        ("عشرات القتلى", 10, 10, True),
        ("العشرات", 10, 10, True),
        ("مئات المدنيين", 100, 100, True),
        ("عدد من القتلى", None, 2, True),
        ("نحو 300 مدني", 300, 300, False),
        ("٤٥ قتيلا", 45, 45, False),
        ("۱۲ جريحا", 12, 12, False),
        ("أكثر من 20 شخصا", 20, 20, False),
    ],
)
def test_vague_and_digit_quantities(text, best, low, vague):
    q = find_quantities(text)[0]
    assert (q.best, q.low, q.vague) == (best, low, vague)
    assert text[q.start : q.end] == q.text
