"""Round 62, wrong types: constructed sentences for the five retypes of the round.

An encirclement of gunmen is their fight (`cordons`); a crowd counted in hundreds storming a place in a
sentence of protests is a riot (`crowd_storming`); homes stormed and taken or destroyed, no one hurt, are
looting/property destruction (`civil_targets.retype_home_seizure`); a group's leader killed in military
operations is a battle death (`fallen_leaders`); a capture and a killing in one deed are a fight
(`capture_fights`).
"""

from __future__ import annotations

import pytest

from marsad.events.assemble import Extractor
from tests.test_events_precision import make_doc, types_of


@pytest.fixture(scope="module")
def ext() -> Extractor:
    return Extractor(classifier=None)


# -- cordons ---------------------------------------------------------------------------------------


def test_ringed_gunmen_are_a_fight(ext: Extractor) -> None:
    text = "وطوقت القوات الأمنية الفندق يوم الأحد وتعمل على ملاحقة المسلحين الفارين."
    assert types_of(ext, text) == ["Armed clash"]


@pytest.mark.parametrize(
    "text",
    [
        # the GSR reads a police cordon of a crowd as no protest of its own
        "وطوقت قوات الشرطة المتظاهرين أمام مبنى البرلمان يوم الثلاثاء ومنعتهم من التقدم.",
        "طوقت الشرطة المنطقة يوم الأحد بعد العثور على حقيبة مشبوهة.",
    ],
)
def test_other_cordons_are_no_armed_clash(ext: Extractor, text: str) -> None:
    # round 100: a cordon left "Other" is no event at all (`cordons.drop_cordons`)
    assert types_of(ext, text) == []


# -- crowd storming --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "واقتحم مئات المواطنين مبنى المحافظة يوم الجمعة خلال احتجاجات على البطالة.",
        "وكان آلاف الشبان قد اقتحموا مقر البلدية يوم الأحد احتجاجا على انقطاع الكهرباء.",
    ],
)
def test_counted_crowd_storming_in_protests_is_a_riot(ext: Extractor, text: str) -> None:
    assert types_of(ext, text) == ["Violent demonstration"]


def test_counted_soldiers_storming_are_no_riot(ext: Extractor) -> None:
    text = "واقتحم مئات الجنود البلدة يوم الجمعة بعد احتجاجات الأهالي."
    assert "Violent demonstration" not in types_of(ext, text)


def test_gunmen_storming_stays_a_clash(ext: Extractor) -> None:
    assert types_of(ext, "واقتحم مسلحون مبنى المحافظة يوم الجمعة.") == ["Armed clash"]


# -- homes stormed ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "واقتحمت الميليشيات منازل المواطنين في القرية يوم الخميس وحولتها إلى مخازن للسلاح.",
        "واقتحمت قوات الاحتلال المنازل المتنقلة في الموقع فجر الخميس ونقلتها على متن شاحنات.",
        "واقتحمت الجماعة المسلحة، التي خسرت مواقعها في الجبهة الشرقية، بيوت الأهالي يوم الخميس وحولتها إلى مقرات.",
    ],
)
def test_homes_stormed_and_taken_are_property_destruction(ext: Extractor, text: str) -> None:
    assert types_of(ext, text) == ["Looting/property destruction"]


@pytest.mark.parametrize(
    "text",
    [
        "واقتحم مسلحون منزل المسؤول يوم الخميس وقتلوا حارسه.",
        "واقتحم الجيش البلدة يوم الخميس بعد معارك عنيفة.",
    ],
)
def test_storming_with_harm_or_no_homes_stays(ext: Extractor, text: str) -> None:
    assert "Looting/property destruction" not in types_of(ext, text)


# -- fallen leaders --------------------------------------------------------------------------------


def test_leader_killed_in_operations_is_a_clash(ext: Extractor) -> None:
    text = "وأعلنت الجماعة يوم الثلاثاء مقتل أحد قادتها خلال العمليات العسكرية التي يشنها الجيش في المنطقة."
    assert types_of(ext, text) == ["Armed clash"]
    assert ext(make_doc(text)).events[0].actor2 is None


@pytest.mark.parametrize(
    "text",
    [
        "قتل مسلحون مجهولون يوم الثلاثاء أحد قادة الحزب أمام منزله.",
        "وأعلنت الجماعة يوم الثلاثاء مقتل أحد قادتها برصاص مجهولين أمام منزله.",
    ],
)
def test_leader_shot_outside_operations_stays_an_attack(ext: Extractor, text: str) -> None:
    assert types_of(ext, text) == ["Attack"]


# -- a capture and a killing in one deed -----------------------------------------------------------


def test_capture_and_killing_in_one_deed_is_a_clash(ext: Extractor) -> None:
    text = "وأحبطت القوات الحكومية يوم الجمعة هجوما على المعسكر، وألقت القبض على قائد المجموعة وقتلت اثنين من مرافقيه."
    assert types_of(ext, text) == ["Armed clash"]


@pytest.mark.parametrize(
    "text",
    [
        "واعتقلت الشرطة يوم الجمعة ثلاثة أشخاص وقتلت امرأة كانت برفقتهم.",
        "وألقت القوات القبض على مطلوبين اثنين يوم الجمعة.",
    ],
)
def test_arrest_without_a_joined_killing_of_fighters_stays(ext: Extractor, text: str) -> None:
    assert types_of(ext, text) == ["Arrests"]
