"""Round 49 type rule: confrontations of the Israeli army with a Palestinian crowd are no armed clash.

Constructed sentences; a paired one with gunmen keeps its armed clash.
"""

from __future__ import annotations

from marsad.events.confrontations import confronted_crowd
from tests.test_events_precision import ext
from tests.test_events_precision import types_of as _types

__all__ = ["ext"]  # the shared extractor fixture, used by name


def test_deadly_confrontations_in_gaza_are_force_on_protesters(ext):
    text = "قتل ثلاثة فلسطينيين يوم الجمعة خلال مواجهات مع الجيش الإسرائيلي شرق مدينة غزة."
    assert _types(ext, text) == ["Excessive force against protesters"]


def test_youths_facing_a_raid_on_a_west_bank_camp_are_a_riot(ext):
    text = ("اقتحمت قوات الاحتلال الإسرائيلي فجر الثلاثاء مخيم الجلزون شمال رام الله، ما أدى إلى اندلاع مواجهات مع "
            "الشبان الفلسطينيين أصيب خلالها ثلاثة بالرصاص.")
    assert _types(ext, text) == ["Violent demonstration"]


def test_wounds_alone_in_gaza_are_an_intervention(ext):
    text = "اندلعت مواجهات يوم الجمعة بين الشبان الفلسطينيين والجيش الإسرائيلي شرق خان يونس في قطاع غزة أصيب خلالها عشرة."
    assert _types(ext, text) == ["Protest with intervention"]


def test_gunmen_keep_the_armed_clash(ext):
    text = "اندلعت مواجهات بين مسلحين فلسطينيين والجيش الإسرائيلي في مخيم جنين بالضفة الغربية يوم الثلاثاء."
    assert "Violent demonstration" not in _types(ext, text)


def test_a_confrontation_needs_the_israeli_army_and_a_crowd():
    assert confronted_crowd(["مواجهات", "مع", "جيش", "اسراييلي", "شبان"])
    assert not confronted_crowd(["مواجهات", "مع", "قوات", "امن", "شبان"])
    assert not confronted_crowd(["مواجهات", "مع", "جيش", "اسراييلي", "مسلحين", "فلسطينيين"])


def test_confrontations_told_again_are_the_same_crowd(ext):
    text = ("قتل ثلاثة فلسطينيين برصاص الجيش الإسرائيلي الجمعة خلال مواجهات شرق مدينة رفح في قطاع غزة. وقالت "
            "وزارة الصحة السبت إن عدد قتلى مواجهات رفح بلغ أربعة.")
    types = _types(ext, text)
    assert "Armed clash" not in types and "Excessive force against protesters" in types
