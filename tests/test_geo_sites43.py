"""Sites placed at their member town's data row (places round 43): Kibera, the Beddawi camp."""

from __future__ import annotations

from marsad.gazetteer import geocode


def _places(text: str) -> dict[str, tuple[str | None, str]]:
    out = {}
    for p in geocode(text):
        assert text[p.start:p.end] == p.text
        out[p.text] = (p.iso2, p.name)
    return out


def test_kibera_is_nairobis_quarter():
    got = _places("وأطلقت الشرطة الغاز المسيل للدموع على مئات الشبان في كيبيرا بعد إعلان النتائج")
    assert got.get("كيبيرا") == ("KE", "Kibera"), got


def test_the_beddawi_camp_is_lebanons_with_its_type_word_only():
    got = _places("وشهد مخيم البداوي توترا بعد اشتباك بين شبان وعناصر من الجيش")
    assert got.get("مخيم البداوي") == ("LB", "Beddawi camp"), got
    # البداوي alone is the Bedouin's adjective or a family name, not the camp
    assert "البداوي" not in _places("وقال الشاعر محمد البداوي إن القصيدة كتبت قبل عامين")
