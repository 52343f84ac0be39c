"""Round 70, wrong types: ground fire told as the fire of a fight is the fight (`fighting_fire`).

"اشتباكات عنيفة تدور في المنطقة، وسط قصف مدفعي"، "وتخلل تلك الاشتباكات قصف لمدفعية المقاومة"، "تبادلا عنيفا للقصف
رافقت الهجوم": the bombardment is the battle's weapons, one armed clash; an air strike amid a fight, or a
shelling told on its own, keeps its type.
"""

from __future__ import annotations

import pytest

from marsad.events.assemble import Extractor
from tests.test_events_precision import make_doc, types_of  # noqa: F401


@pytest.fixture(scope="module")
def ext() -> Extractor:
    return Extractor(classifier=None)


@pytest.mark.parametrize(
    "text",
    [
        "ودارت اشتباكات عنيفة يوم الجمعة بين القوات والمسلحين في مدينة الحديدة، وسط قصف مدفعي.",
        "ودارت يوم الجمعة اشتباكات متقطعة بين القوات والمسلحين في مدينة الحديدة، وتخلل تلك الاشتباكات قصف لمدفعية القوات.",
    ],
)
def test_fire_of_a_fight_is_the_fight(ext: Extractor, text: str) -> None:
    assert "Shelling/artillery/missile attack" not in types_of(ext, text)
    assert "Armed clash" in types_of(ext, text)


def test_shelling_told_alone_stays(ext: Extractor) -> None:
    text = "وقصفت القوات يوم الجمعة مواقع المسلحين في مدينة الحديدة بالمدفعية."
    assert "Shelling/artillery/missile attack" in types_of(ext, text)


def test_air_strikes_amid_a_fight_stay(ext: Extractor) -> None:
    text = "ودارت اشتباكات عنيفة يوم الجمعة بين القوات والمسلحين في مدينة الحديدة، وسط قصف جوي لمقاتلات التحالف."
    assert "Air/drone strike" in types_of(ext, text)
