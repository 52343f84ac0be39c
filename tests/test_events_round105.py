"""Round 105: a falling intensity ("تراجعت حدة الاحتجاجات"، "خفت حدة المعارك") tells a lull, a trend
like a falling pace, not an incident; a rising one, or a falling one with a day or a date, still tells one."""

from __future__ import annotations

from marsad.events.background import INTENSIFIED_CUES, intensified
from marsad.text import tokenize


def _why(text: str, word: str) -> str | None:
    """`intensified` on the sentence `text` for the trigger `word` (its first occurrence)."""
    tokens = tokenize(text)
    at = next(i for i, t in enumerate(tokens) if t.text == word)
    return intensified(tokens, 0, at, len(tokens))


def test_falling_intensity_is_a_lull() -> None:
    assert _why("بعد أن تراجعت حدة الاحتجاجات عند حدود القطاع مع إسرائيل.", "الاحتجاجات")
    assert _why("وقد هدأت حدة المعارك في محيط المدينة.", "المعارك")


def test_rising_intensity_leads_the_day() -> None:
    assert _why("تصاعدت حدة المواجهات بين الفلسطينيين والإسرائيليين على حدود قطاع غزة.", "المواجهات") is None


def test_a_day_or_a_date_keeps_the_incident() -> None:
    assert _why("وبعد أن خفت حدة المعارك الاثنين، بدأت القوات بإرسال تعزيزات.", "المعارك") is None
    assert _why("وتراجعت حدة التظاهرات عند الحدود بعد أن بلغت ذروتها في 14 أيار/مايو.", "التظاهرات") is None


def test_intensity_is_a_cue() -> None:
    assert "حده" in INTENSIFIED_CUES
