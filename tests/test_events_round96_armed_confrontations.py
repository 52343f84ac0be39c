"""Round 96 type rules: armed confrontations between two groups are an armed clash, whoever else is named.

A camp of refugees (مخيم للاجئين) where they fought is the scene, not civilians attacked.
"""

from __future__ import annotations

from tests.test_events_precision import ext
from tests.test_events_precision import types_of as _types

__all__ = ["ext"]  # the shared extractor fixture, used by name


def test_armed_confrontations_in_a_refugee_camp_are_a_clash(ext):
    text = ("قتل شخصان في مواجهات مسلحة بين حركة فتح الفلسطينية وجماعة متشددة في مخيم للاجئين الفلسطينيين "
            "جنوبي لبنان، حسب ما قالت الوكالة الوطنية للإعلام، الثلاثاء.")
    types = _types(ext, text)
    assert "Attack" not in types
    assert "Armed clash" in types
