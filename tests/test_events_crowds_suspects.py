"""Crowds that are not demonstrations (`marsad.events.crowds`) and arrests of a suspect in a killing
(`marsad.events.suspects`), round 60: constructed sentences, with the neighbours that stay events."""

from __future__ import annotations

import pytest

from tests.test_events_precision import ext, types_of

__all__ = ["ext"]  # the shared extractor fixture, used by name


@pytest.mark.parametrize(
    "text",
    [
        "وقال المسؤول إن آلاف الناخبين احتشدوا منذ الصباح أمام مراكز الاقتراع في العاصمة.",
        "وعمت الاحتفالات شوارع المدينة بعد إعلان النتائج، حيث خرج الآلاف وهم يرقصون ويلوحون بالأعلام.",
        "واعتقلت الشرطة رجلا مشتبها به في مقتل جاره بعد خلاف على قطعة أرض.",
        "وأوقفت الشرطة شابين للاشتباه بهما في الاعتداء على سائق أجرة.",
    ],
)
def test_voters_celebrants_and_crime_suspects_are_no_events(ext, text):
    assert types_of(ext, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "واحتشد المئات أمام مقر لجنة الانتخابات احتجاجا على تزوير النتائج.",
        "وخرج الآلاف في شوارع المدينة للمطالبة بإسقاط الحكومة.",
        "واعتقلت قوات الأمن عددا من المشتبه بصلتهم في الهجوم المسلح على الحاجز.",
    ],
)
def test_demonstrations_and_attack_arrests_stay(ext, text):
    assert types_of(ext, text) != []


def test_reinforcements_sent_to_the_front_line_are_no_clash(ext):
    """خط المواجهة is the front line (a set phrase, `background.set_phrase`): no clash is told."""
    text = "ووصلت تعزيزات عسكرية كبيرة إلى خط المواجهة شرق المدينة لدعم القوات الحكومية."
    assert types_of(ext, text) == []


def test_a_clash_on_the_front_line_stays(ext):
    assert types_of(ext, "واندلعت مواجهات عنيفة على خط التماس بين الطرفين فجر اليوم.") != []


def test_an_imminent_attack_is_a_prospect(ext):
    """وشيك (imminent) after the trigger is an adjective of a prospect (`background.expected`)."""
    assert types_of(ext, "وغادرت العائلات الحي تحسبا لبدء هجوم وشيك على المدينة.") == []
