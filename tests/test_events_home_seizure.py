"""Round 62: homes stormed and taken or destroyed, no one hurt, are looting/property destruction
(`civil_targets.retype_home_seizure`)."""

from __future__ import annotations

import pytest

from marsad.events.assemble import Extractor
from tests.test_events_precision import types_of


@pytest.fixture(scope="module")
def ext() -> Extractor:
    return Extractor(classifier=None)


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
