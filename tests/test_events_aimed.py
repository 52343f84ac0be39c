"""Round 49 type rule: a drone or missile told as aimed at a target beside its interception was stopped.

Constructed sentences; a strike with no interception told keeps its type.
"""

from __future__ import annotations

from tests.test_events_precision import ext
from tests.test_events_precision import types_of as _types

__all__ = ["ext"]  # the shared extractor fixture, used by name


def test_a_drone_aimed_at_an_airport_and_shot_down_is_disrupted(ext):
    text = ("أعلن التحالف الخميس أنه أسقط طائرة مسيرة فوق مدينة نجران. وقال المتحدث إن الطائرة كانت تستهدف مطار "
            "نجران المدني صباح الخميس.")
    assert _types(ext, text) == ["Disrupted weapons use"]  # one event: the aim joins the interception


def test_an_aim_with_no_interception_keeps_the_strike(ext):
    text = "قال المتحدث إن طائرة مسيرة كانت تستهدف مطار نجران المدني صباح الخميس وأصابت مبنى الركاب."
    assert "Disrupted weapons use" not in _types(ext, text)
