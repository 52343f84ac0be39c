"""Round 50 (the misses on blind48 and blind49, ANERcorp): provinces abroad, Arab regions and units,
spellings, a nationality word inside a name, a skyscraper."""

from __future__ import annotations

from marsad.gazetteer import Gazetteer
from marsad.gazetteer.construct_demonyms import name_tail
from tests.test_geo_round49 import places_named as _places_named


def first_entry(name: str) -> tuple[str, str]:
    """The best gazetteer entry called `name`: (iso2, name) (rounds 50-51 share it)."""
    e = Gazetteer.load().lookup(name)[0]
    return e.iso2, e.name


def test_provinces_of_china_and_java():
    assert first_entry("قواندونغ") == first_entry("مقاطعة قوانغدونغ") == ("CN", "Guangdong")
    assert first_entry("فوجيان") == ("CN", "Fujian")
    assert first_entry("شينجيانغ") == ("CN", "Xinjiang")
    assert "هوبي" not in _places_named('متجر "هوبي لوبي" في أوكلاهوما')  # the shop, not Hubei
    assert first_entry("وسط جاوا") == ("ID", "Central Java")
    assert first_entry("جاوا الشرقية") == ("ID", "East Java")
    assert _places_named("آثارهم في مدينة قوانغتشو حاضرة مقاطعة قواندونغ")["مقاطعة قواندونغ"][0] == "CN"


def test_regions_of_arabia_and_the_levant():
    assert first_entry("الحجاز") == ("SA", "Hejaz")
    assert first_entry("مزارع شبعا") == ("LB", "Shebaa Farms")
    assert _places_named("شمال الجزيرة العربية وفلسطين ومكة والحجاز")["الحجاز"][0] == "SA"
    # the Ottoman railway and the Saudi group are named for it, no place of it
    assert "الحجاز" not in _places_named("بقايا خط الحجاز للسكك الحديدية الذي كان ممتدا من دمشق")
    assert "الحجاز" not in _places_named('في السعودية ما يسمى "حزب الله الحجاز"')
    assert _places_named("رفض ترسيم الحدود في مزارع شبعا قبل انسحاب إسرائيل منها")["مزارع شبعا"][0] == "LB"


def test_jordans_governorates():
    # GeoNames' JO admin1 units, named in Arabic in admin_ar.tsv: البلقاء is no town's name
    e = Gazetteer.load().lookup("البلقاء")[0]
    assert (e.iso2, e.level, e.admin1) == ("JO", "admin1", "Balqa")
    assert first_entry("محافظة الزرقاء") == ("JO", "Zarqa")
    assert _places_named("عمان - البلقاء - أزاح الملك")["البلقاء"][0] == "JO"


def test_spellings_on_their_towns():
    assert first_entry("قرطاج") == ("TN", "Carthage")
    assert first_entry("البتراء") == ("JO", "Wadi Musa")
    assert first_entry("بيداوا")[1] == first_entry("بيداوة")[1] == first_entry("بيدوة")[1] == "Baidoa"
    assert first_entry("سيلاكاب") == ("ID", "Cilacap")
    # the article form is the usual one; written ه for ة too
    assert _places_named("استخدام ميناء حيفا ، واستخدام ميناء الاسكندرونه")["الاسكندرونه"] == ("TR", "Iskenderun")


def test_a_masculine_nationality_word_ends_the_name():
    assert name_tail("منطقه", "عرب", "العراقي")
    assert not name_tail("منطقه", "عرب", "العراقيه")  # it agrees with منطقة: the adjective
    assert not name_tail("مخيم", "اليرموك", "الفلسطيني")  # a masculine type word
    assert not name_tail("منطقه", "الجولان", "السوري")  # a definite name may be masculine itself
    text = "أن عامل المزلقان بمنطقة عرب العراقي صرخ في سائق قطار بنها ليتحرك"
    assert _places_named(text)["عرب العراقي"][0] == "EG"
    assert _places_named("قتل شخصان في مدينة الصخيرات المغربية")["الصخيرات"][0] == "MA"


def test_a_skyscraper_is_no_town():
    assert "سحاب" not in _places_named("ناطحة سحاب في شيكاغو")
    assert "السحاب" not in _places_named("ناطحات السحاب في دبي")
    assert _places_named("وقعت اشتباكات في بلدة سحاب بالأردن")["سحاب"][0] == "JO"
