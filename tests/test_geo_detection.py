"""Names the end-to-end geocoder used to drop or never read (round 38, issue 3)."""

from __future__ import annotations

from marsad.gazetteer import geocode
from marsad.gazetteer.transliterated import vowel_spelt


def _places(text: str) -> dict[str, tuple[str | None, str]]:
    return {p.text: (p.iso2, p.name) for p in geocode(text)}


def test_vowel_spelt_names():
    for key in ("غوانتانامو", "جوانتانامو", "غوانتنامو"):
        assert vowel_spelt(key), key
    # Arabic words, short names, names with the article or a pronoun suffix
    for key in ("الجديد", "جامعه", "فلاديمير", "المواطنين", "مواطنيها", "سان فرانسيسكو"):
        assert not vowel_spelt(key), key


def test_town_abroad_spelt_as_a_transliteration_needs_no_other_place_of_its_country():
    # constructed: the story names Pakistan and the United States, never Cuba
    got = _places("قال محام أمريكي إن موكله الذي اعتقلته القوات الباكستانية في بيشاور تعرض للضرب في غوانتانامو طوال سنوات.")
    assert got["غوانتانامو"] == ("CU", "Guantanamo")
    got = _places("طالبت منظمات في مصر والعراق بإغلاق جوانتانامو ونقل المعتقلين إلى بلدانهم.")
    assert got["جوانتانامو"] == ("CU", "Guantanamo")
