"""Round 57 (the misses on blind62 and blind63, ANERcorp): a resort's transliterated name placed by the town or
country after it, and the names the data lacked (Monza, Tasikmalaya, Lappeenranta, Khanfu, Mount Arafat,
al-Hudaybiyah, Pearl Harbor, the Nicobar Islands)."""

from __future__ import annotations

from tests.test_geo_round49 import places_named as _places_named
from tests.test_geo_round50 import first_entry as _first_entry


def test_a_resort_named_before_its_country():
    got = _places_named("اجتماع وزراء دفاع الناتو بوقت لاحق بمنتجع بورتوروز في سلوفينيا للمصادقة على القرار .")
    assert got["بورتوروز"][0] == got["سلوفينيا"][0] == "SI"
    # an Arabic adjective after the resort word is its kind, not its name
    assert set(_places_named("قضى عطلته في منتجع سياحي في مصر .")) == {"مصر"}
    assert set(_places_named("وصل إلى منتجع فاخر في تركيا .")) == {"تركيا"}


def test_names_the_data_lacked():
    assert _first_entry("مونزا") == ("IT", "Monza")
    assert _first_entry("تاسيكمالايا") == ("ID", "Tasikmalaya")
    assert _first_entry("لابينرانتا") == ("FI", "Lappeenranta")
    assert _first_entry("خانفو") == ("CN", "Guangzhou")
    assert _first_entry("جبل عرفات")[0] == "SA"
    assert _first_entry("الحديبية")[0] == "SA"
    assert _first_entry("بيرل هاربر")[0] == "US"
    assert _first_entry("جزيرة نيكوبار")[0] == "IN"
    got = _places_named("عقوبة خلال التجارب الرسمية في جائزة إيطاليا الكبرى على حلبة مونزا .")
    assert got["مونزا"] == ("IT", "Monza")
