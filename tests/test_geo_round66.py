"""Round 66 (wrong-country places on judged real news): a list item's bracketed direction does not end the
list ("منطقتي المرج (جنوب شرق) ودوما (شمالا)"), and a village or area word's place lies in what في names
right after it ("منطقة المرج في الغوطة الشرقية"), so a homonym abroad (Al Marj, Libya) gives way."""

from __future__ import annotations

from marsad.gazetteer.context import Words
from marsad.gazetteer.lists import list_items
from marsad.gazetteer.names import match_string
from tests.test_geo_round49 import places_named as _places_named


def test_bracketed_direction_keeps_the_list():
    """AFP writes a place's direction in brackets after it; the list goes on past them."""
    got = _places_named('وقال عبد الرحمن "تحاول قوات النظام عزل كل من منطقتي المرج (جنوب شرق) ودوما (شمالا) '
                        'التي تضم العدد الأكبر من المدنيين، عن بقية البلدات في غرب الغوطة الشرقية".')
    assert got["المرج"][0] == "SY" and got["دوما"] == ("SY", "Duma")


def test_aside_needs_a_direction():
    """Only a short aside with a compass word is skipped: "(رويترز)" or a long bracket still ends the list."""
    def items(text: str) -> list[str]:
        m = match_string(text)
        words = Words(m)
        k = words.words.index(match_string("بلدات"))
        return [m[s:e] for s, e, _ in list_items(words, k)]

    assert len(items("قصفت الطائرات بلدات كفرنبل (جنوب) ومعرة النعمان (شرق) في إدلب .")) == 2
    assert len(items("قصفت الطائرات بلدات كفرنبل (رويترز) ومعرة النعمان في إدلب .")) == 1
    assert len(items("قصفت الطائرات بلدات كفرنبل (التي تقع في الجنوب) ومعرة النعمان في إدلب .")) == 1


def test_area_in_a_region():
    """"منطقة X في <region>" and "قرية X في <country>": a homonym abroad is no reading of X."""
    got = _places_named("سيطرت قوات الحكومة على قريتي حوش زريقة وحوش الضواهرة في منطقة المرج في الغوطة الشرقية .")
    assert got["المرج"] == ("SY", "Eastern Ghouta")
    assert got["حوش زريقة"][0] == "SY"
    assert _places_named("تحاول قوات النظام عزل منطقة المرج في الغوطة الشرقية .")["المرج"][0] == "SY"


def test_area_in_a_city_keeps_its_reading():
    """A quarter the data hold stays itself; a city word is not an area word."""
    assert _places_named("سقطت قذائف على منطقة الكرادة في بغداد .")["الكرادة"] == ("IQ", "Karrada")
    assert _places_named("وصل الوفد إلى مدينة المرج في ليبيا .")["المرج"] == ("LY", "Al Marj")


def test_list_in_a_unit_holds_its_typed_first_item():
    """"لمنطقة الطائف والنخيلة والشجيرة في مديرية الدريهمي": not Ta'if, Saudi Arabia; a Saudi story keeps it."""
    got = _places_named("دفع الحوثيون المقاتلين إلى المناطق المتاخمة لمنطقة الطائف والنخيلة والشجيرة في مديرية "
                        "الدريهمي .")
    assert got["الطائف"][0] == "YE"
    assert _places_named("زار الوزير منطقة الطائف والمدينة في السعودية .")["الطائف"] == ("SA", "Ta’if")
    assert _places_named("نفذت قوة عملية انزال في منطقة بوداي في البقاع .")["بوداي"] == ("LB", "Boudai")


def test_bare_bank_needs_a_palestinian_story():
    """Bare الضفة is the West Bank beside Gaza or a Palestinian; on the Euphrates it is a river's bank."""
    got = _places_named("قال عبد الرحمن إن هدف النظام حماية مدينة دير الزور عبر صد مقاتلي قوات سوريا الديموقراطية "
                        "الموجودين على الضفة قبالة المدينة على نهر الفرات .")
    assert "الضفة" not in got
    # the Palestinians of the Yarmouk camp, in another sentence, do not make it the West Bank
    got = _places_named("وتعرض مخيم اليرموك للاجئين الفلسطينيين في دمشق للقصف . وتنتشر القوات على الضفة قبالة "
                        "المدينة على نهر الفرات .")
    assert "الضفة" not in got
    assert _places_named("وانتشر الجنود الإسرائيليون على الضفة قبالة نهر الأردن .")["الضفة"][0] == "PS"
    # alone, with no river named, the bare word is the West Bank (blind44: "إخواننا في الضفة")
    assert _places_named("لا يعني ذلك قبول المذبحة السياسية التي يتعرض لها إخواننا في الضفة .")["الضفة"][0] == "PS"
    assert _places_named("سيفاقم القرار الأوضاع على المواطنين في غزة والضفة .")["الضفة"] == ("PS", "West Bank")
    assert _places_named("اعتقل الجيش عشرة شبان فلسطينيين في الضفة .")["الضفة"] == ("PS", "West Bank")
    assert _places_named("اعتقل الجيش عشرة شبان في الضفة الغربية .")["الضفة الغربية"] == ("PS", "West Bank")


def test_dens_is_no_town():
    """أوكارا (dens, accusative) is not Okara, Pakistan, unless a type word says town."""
    assert "أوكارا" not in _places_named('أعلنت بغداد أنها استهدفت "أوكارا" لداعش في سوريا .')
    assert _places_named("زار الوزير مدينة أوكارا في إقليم البنجاب الباكستاني .")["أوكارا"] == ("PK", "Okara")
