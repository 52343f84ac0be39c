"""Round 52 (the misses on blind52 and blind53, ANERcorp): towns GeoNames has in Latin only, Morocco's regions of
1997-2015, the Rif and Fatima Gate, the press's name for Israel."""

from __future__ import annotations

from tests.test_geo_round49 import places_named as _places_named
from tests.test_geo_round50 import first_entry as _first_entry


def test_spellings_on_their_rows():
    # بوداي is Boudai in the Bekaa, no longer ب + وداي (Chad's Ouaddai)
    assert _places_named("نفذت عملية انزال في منطقة بوداي في البقاع")["بوداي"] == ("LB", "Boudai")
    assert _first_entry("السعيدية") == ("MA", "Saidia")
    assert _first_entry("تفرسيت") == ("MA", "Tafersit")
    assert _first_entry("الناضور") == ("MA", "Nador")  # ض for ظ, as the Moroccan press writes it
    assert _places_named("اللتان لا تعترفان بالدولة العبرية")["الدولة العبرية"][0] == "IL"


def test_moroccos_old_regions_and_the_rif():
    assert _places_named("شهدت خلق 539 مقاولة بجهة الشاوية ورديغة")["جهة الشاوية ورديغة"] == ("MA", "Chaouia-Ouardigha")
    assert _first_entry("دكالة عبدة") == ("MA", "Doukkala-Abda")
    assert _first_entry("سوس ماسة درعة") == ("MA", "Souss-Massa-Draa")
    assert _places_named("مؤسس جمهورية الريف")["جمهورية الريف"] == ("MA", "Rif")
    assert "الريف" not in _places_named("في الريف والمدن")  # bare الريف: the countryside


def test_fatima_gate():
    got = _places_named("وصل اللواء العاشر أمس إلي بوابة فاطمة في بلدة كفر كلا علي الحدود مع إسرائيل")
    assert got["بوابة فاطمة"][0] == "LB"


def test_state_titles():
    # a state's title by its nationality adjective is its country; titles the data have whole are read there
    got = _places_named("من جهة اخرى ، اكد رئيس الجمهورية البرتغالية انيبال كافاكو سيلفا")
    assert got["الجمهورية البرتغالية"][0] == "PT"
    assert _places_named("عبر السلطنة العمانية")["السلطنة العمانية"][0] == "OM"
    assert _places_named("في المملكة العربية السعودية")["المملكة العربية السعودية"][0] == "SA"
    assert not _places_named("قال رئيس الجمهورية الجديد")  # no nationality adjective


def test_quarters_named_after_places_far_off():
    got = _places_named("استهدف دوريتهم في حي القادسية غرب العاصمة العراقية .")
    assert got["القادسية"] == ("IQ", "Baghdad")  # the quarter, coded to Baghdad; not the province
    got = _places_named("قصفت منزلا بحي المفرق في قرية بني زيد غرب بعقوبة ، وأكدت")
    assert got["المفرق"][0] == "IQ"  # not Jordan's Mafraq
    # حي not a quarter word (alive), and a quarter in its own unit, stay
    assert _places_named("وحي يرزق القادسية غرب بغداد")["القادسية"][1] == "Al-Qadissiya"
    assert _places_named("في حي الشيخ مقصود في حلب")["حي الشيخ مقصود"][0] == "SY"


def test_guards_from_the_ant_corpus():
    # a town by the city after حي may be the quarter itself; an agency's name is no country
    assert _places_named("لإجلاء النساء من حي الحجر الأسود بدمشق.")["الحجر الأسود"][1] == "Al Hajar al Aswad"
    assert "الجمهورية الإيرانية" not in _places_named("ونقلت وكالة أنباء الجمهورية الإيرانية عن مسؤول")
