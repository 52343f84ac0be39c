"""The document's country by its nationality word (`marsad.events.home`), for an event nothing places."""

from __future__ import annotations

from marsad.events.home import demonym_home


def test_the_first_nationality_word_names_the_documents_country():
    text = "استنكر وزير الإدارة المحلية اليمني اختطاف الحوثيين اثنين من موظفي الأمم المتحدة."
    home = demonym_home(text, "YE")
    assert home is not None and home.iso2 == "YE" and home.geo_precision == 3
    assert text[home.start : home.end] == home.text == "اليمني"


def test_another_nationality_first_leaves_the_country_unclear():
    text = "أعلن الجيش الأردني أنه ألقى القبض على شخصين حاولا التسلل للالتحاق بالتنظيم في ريف درعا السوري."
    assert demonym_home(text, "SY") is None


def test_a_dateline_is_skipped():
    text = "دبي، الإمارات (CNN)— قالت مصادر يمنية إن الحوثيين خطفوا موظفين."
    home = demonym_home(text, "YE", after=text.index("—"))
    assert home is not None and home.text == "يمنية"
