"""Round 96 type rules: Iraq's state forces strike Syria from the air.

A bare bombardment (قصف) in Syria by the Iraqi army or announced by Iraq is an air strike; the Popular
Mobilization's fire across the border keeps its shelling type.
"""

from __future__ import annotations

from tests.test_events_precision import ext, make_doc, place

__all__ = ["ext"]  # the shared extractor fixture, used by name

_IRAQI = "وكان الجيش العراقي أعلن في أواخر مايو الماضي قصف موقع لتنظيم داعش في هجين يضم مستودعا للصواريخ."
_PMF = "وكان الحشد الشعبي أعلن في أواخر مايو الماضي قصف موقع لتنظيم داعش في هجين يضم مستودعا للصواريخ."


def _hajin_types(ext, text: str) -> list[str]:
    doc = make_doc(text, places=(place("هجين", text, "Hajin", iso2="SY", admin1="Deir ez-Zor"),))
    return [e.sub_event_type for e in ext(doc).events]


def test_a_bare_bombardment_in_syria_by_the_iraqi_army_is_an_air_strike(ext):
    assert _hajin_types(ext, _IRAQI) == ["Air/drone strike"]


def test_the_popular_mobilizations_bombardment_stays_shelling(ext):
    assert _hajin_types(ext, _PMF) == ["Shelling/artillery/missile attack"]
