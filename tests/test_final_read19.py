"""The nineteenth session's final read: cases its new rules got wrong, found by reading, not by the corpus."""

from __future__ import annotations

import pytest

from marsad.events.attributed import attributions
from marsad.events.dates import measured_span
from marsad.events.statements import _names_state


@pytest.mark.parametrize("text", [
    "قتل ثلاثة في تفجير منذ يومين",  # a تفعيل verbal noun, not an imperfect verb
    "هجوم شنه تنظيم داعش منذ أسبوع",
    "أصيب في تركيا منذ أسبوعين",  # a place shaped as an imperfect
    "اعتقل في يونيو منذ أسبوعين",  # a month
    "واختفى خاشقجي منذ أسبوعين",  # a perfect verb
])
def test_a_span_ago_stays_a_date(text: str) -> None:
    assert not measured_span(text, text.index("منذ"))


@pytest.mark.parametrize("text", ["وتتواصل التظاهرات منذ أسبوع", "ويفرض الجيش إجراءات أمنية مشددة منذ 3 أيام"])
def test_a_running_span_is_no_date(text: str) -> None:
    assert measured_span(text, text.index("منذ"))


def test_state_names_keep_their_first_letters() -> None:
    states = frozenset({"لبنان", "ليبيا", "باكستان", "سوريا"})
    assert all(_names_state(w, states) for w in ("لبنان", "ليبيا", "باكستان", "ولبنان", "بسوريا", "وبسوريا"))
    assert not _names_state("نان", states)


def test_an_air_force_after_a_strike_word_gives_its_nationality() -> None:
    assert attributions("قتل 5 في قصف الطيران الإسرائيلي على دمشق")["air"] == {"IL"}
    assert attributions("غارات الطيران الروسي على ريف إدلب")["air"] == {"RU"}
