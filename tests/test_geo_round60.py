"""Round 60 (the misses on blind65/66, Wojood): the UNRWA refugee camps the data lacked, and villages
depopulated in 1948 that no data file holds, coded to Israel by what their sentence says of them."""

from __future__ import annotations

from tests.test_geo_round49 import places_named as _places_named
from tests.test_geo_round50 import first_entry as _first_entry


def test_refugee_camps_by_name():
    assert _first_entry("الجلزون") == ("PS", "Jalazone camp")
    assert _first_entry("مخيم الفارعة") == ("PS", "Far'a camp")
    assert _first_entry("شاتيلا")[0] == "LB"
    got = _places_named("مقابلة مع عطا الله عبد الرحيم حماد من مخيم الأمعري الجزء الثالث .")
    assert got["مخيم الأمعري"] == ("PS", "Al-Am'ari camp")
    # a name that is also an ordinary word only with its camp word
    assert "الفارعة" not in _places_named("وقفت الفتاة الفارعة في رام الله .")
