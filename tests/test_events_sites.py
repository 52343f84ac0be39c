"""A base called by its noun in the lead and named in the next sentence (`marsad.events.sites.base_named_after`)."""

from __future__ import annotations

from marsad.events.sites import base_named_after
from marsad.model import Place

_TEXT = ("أسقطت الدفاعات الجوية 45 طائرة كانت تستهدف قاعدته الرئيسية في اللاذقية. "
         "وقال الناطق إن 5 طائرات أسقطت قرب قاعدة حميميم الجوية بمحافظة اللاذقية.")


def _place(name: str, text: str, level: str, at: int = 0) -> Place:
    start = _TEXT.index(text, at)
    return Place(start=start, end=start + len(text), text=text, name=name, iso2="SY", admin1="Lattakia", level=level)


def test_the_base_named_after_is_the_scene():
    city = _place("Latakia", "اللاذقية", "populated_place")
    base = _place("Hmeimim air base", "قاعدة حميميم", "populated_place")
    unit = _place("Lattakia", "محافظة اللاذقية", "admin1")
    assert _TEXT[base.start : base.end] == base.text
    clause = (0, _TEXT.index("."))
    assert base_named_after(_TEXT, {0: [city], 1: [base, unit]}, 0, clause, city) == base


def test_no_base_noun_in_the_clause_no_move():
    city = _place("Latakia", "اللاذقية", "populated_place")
    base = _place("Hmeimim air base", "قاعدة حميميم", "populated_place")
    clause = (0, _TEXT.index("كانت"))
    assert base_named_after(_TEXT, {0: [city], 1: [base]}, 0, clause, city) is None
