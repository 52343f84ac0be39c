"""Lebanon's regions told by a bare noun in a list or after a place of their own (places round 44)."""

from __future__ import annotations

from marsad.gazetteer import geocode


def _units(text: str) -> dict[str, tuple[str | None, str | None]]:
    out = {}
    for p in geocode(text):
        assert text[p.start:p.end] == p.text
        out[p.text] = (p.iso2, p.admin1)
    return out


def test_a_list_that_repeats_its_preposition_names_the_governorates():
    got = _units("وتوزع المراقبون في الجنوب وفي الشمال وفي صيدا والجبل والبقاع خلال الانتخابات")
    assert got.get("الجنوب") == ("LB", "South"), got
    assert got.get("الشمال") == ("LB", "North"), got
    assert got.get("الجبل") == ("LB", "Mount Lebanon"), got


def test_the_mountain_is_mount_lebanon_only_beside_a_lebanese_place():
    assert _units("وجال الوفد على بيروت والجبل لتفقد الأضرار").get("الجبل") == ("LB", "Mount Lebanon")
    for other in ("وصعد الرعاة إلى الجبل وفي بيروت قتل رجل", "وقصفت الطائرات حلب والجبل",
                  "ولجأ السكان إلى الجبل الأخضر وبنغازي"):
        assert "الجبل" not in _units(other), other


def test_a_place_of_the_governorate_puts_the_bare_noun_there():
    got = _units("وأصيب جنديان في اشتباك عند مخيم البداوي في الشمال ليلا")
    assert got.get("الشمال") == ("LB", "North"), got
    # a place of another governorate or country leaves the noun a direction
    assert "الشمال" not in _units("وأصيب جنديان في صيدا في الشمال الشرقي من المدينة")
    assert "الشمال" not in _units("ووقع الانفجار في حلب في الشمال")
