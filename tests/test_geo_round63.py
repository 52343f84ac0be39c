"""Round 63 (the misses left on blind46-67): towns the histories name by their classical Arabic names, which
GeoNames does not give (admin_ar.tsv rows on the towns the data already place)."""

from __future__ import annotations

from tests.test_geo_round49 import places_named as _places_named


def test_classical_names_of_towns_abroad():
    got = _places_named("سقطت طليطلة عام 1085 ، ومات ابن سينا في همذان .")
    assert got["طليطلة"] == ("ES", "Toledo")
    assert got["همذان"] == ("IR", "Hamadan")
    got = _places_named("خرج من جرجان إلى الرها ثم إلى حران .")
    assert got["جرجان"] == ("IR", "Gorgan")
    assert got["الرها"] == ("TR", "Sanliurfa")
    assert got["حران"] == ("TR", "Harran")
    got = _places_named("قامت الدولة الرستمية في تاهرت ، ونزل الاسبان أزمور .")
    assert got["تاهرت"] == ("DZ", "Tiaret")
    assert got["أزمور"] == ("MA", "Azemmour")

