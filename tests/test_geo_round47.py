"""A capital or city of a million behind the conjunction ف, and a city whose name is also a word read by its
company: a list with a town of its country, or a verb of travel and إلى (round 47)."""

from __future__ import annotations

from marsad.gazetteer import geocode


def _places(text: str) -> dict[str, str | None]:
    out = {}
    for p in geocode(text):
        assert text[p.start:p.end] == p.text
        out[p.text] = p.iso2
    return out


def test_a_capital_behind_fa_is_read():
    assert _places("رفضت الحكومة العرض، فطهران لن تقبل بهذا الاتفاق.").get("طهران") == "IR"
    assert _places("قال المسؤول إن الأمر حسم، فواشنطن تريد الحل.").get("واشنطن") == "US"


def test_fa_does_not_open_small_towns_in_words():
    # فرانس (Reims' رانس), فعالية (Aley's عالية), فبركة: a word, no town behind ف
    assert _places("قالت إذاعة فرانس إنفو إن الحفل أقيم") == {}
    assert _places("ذكرت فعالية الحفل أن الخبر مجرد فبركة") == {}


def test_names_starting_with_fa_stay_themselves():
    assert _places("أعلنت فرنسا دعمها للخطة.").get("فرنسا") == "FR"
    assert _places("وصل الوفد إلى فلسطين أمس.").get("فلسطين") == "PS"
    assert _places("زار الوزير فاس المغربية.").get("فاس") == "MA"


def test_a_common_word_city_listed_with_a_town_of_its_country():
    got = _places("امتدت الاحتجاجات إلى مدن إيرانية بينها مشهد وشيراز.")
    assert got.get("مشهد") == "IR" and got.get("شيراز") == "IR", got
    assert _places("شهدت شيراز ومشهد احتجاجات").get("مشهد") == "IR"


def test_a_common_word_city_after_a_verb_of_travel():
    assert _places("لم يكن الرئيس في العاصمة، فسافر إليه إلى مشهد حيث التقيا.").get("مشهد") == "IR"


def test_the_common_word_stays_a_word():
    assert _places("تحولت الحفلة إلى مشهد رعب.") == {}
    assert _places("في مشهد نادر ظهر الرئيس أمام الجمهور.") == {}
    assert _places("نحن أمام مشهد جديد من التصعيد.") == {}
