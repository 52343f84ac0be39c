"""Fatalities across reports: best/low/high with who claimed each, and ACLED's conservative figure.

UCDP keeps a best estimate with a low and a high bound; ACLED codes the lowest reported figure
and writes the disagreement into `notes`.  Both are kept, each figure with the sources behind it.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Figure:
    """One source's reported deaths for one incident."""

    source: str
    doc: str
    best: int | None
    low: int | None = None
    high: int | None = None
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "doc": self.doc, "best": self.best, "low": self.low, "high": self.high,
                "text": self.text}  # fmt: skip


@dataclass(frozen=True)
class Combined:
    best: int | None = None
    low: int | None = None
    high: int | None = None
    #: ACLED's conservative figure: 0 when no report tells of deaths, None when reports tell of deaths
    #: without a number ("عدد من القتلى"); the ACLED CSV writes 0 for both, as its format needs a number.
    acled: int | None = 0
    best_by: tuple[str, ...] = ()
    low_by: tuple[str, ...] = ()
    high_by: tuple[str, ...] = ()
    figures: tuple[Figure, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        return {
            "best": self.best, "low": self.low, "high": self.high, "acled": self.acled,
            "claimed_by": {"best": list(self.best_by), "low": list(self.low_by), "high": list(self.high_by)},
            "figures": [f.to_dict() for f in self.figures],
        }  # fmt: skip


def combine(figures: list[Figure]) -> Combined:
    """Combine per-source figures: best is the median (lower middle) of the sources' best figures,
    low and high the extremes, `acled` the most conservative (lowest) reported figure."""
    seen: dict[tuple[str, int | None, int | None, int | None], Figure] = {}
    for f in figures:
        if f.best is None and f.low is None and f.high is None:
            continue
        seen.setdefault((f.source, f.best, f.low, f.high), f)
    kept = tuple(seen.values())
    if not kept:
        return Combined(figures=tuple(figures))
    # A vague report ("عدد من القتلى": low 2, no best) bounds the toll but gives no figure to code.
    bests = [f.best for f in kept]
    lows = [f.low if f.low is not None else f.best for f in kept]
    highs = [f.high if f.high is not None else f.best for f in kept]
    vals = [b for b in bests if b is not None]
    best = int(statistics.median_low(vals)) if vals else None
    low = min((x for x in lows if x is not None), default=None)
    high = max((x for x in highs if x is not None), default=None)

    def who(values: list[int | None], target: int) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.source for f, v in zip(kept, values, strict=True) if v == target))

    return Combined(
        best=best,
        low=low,
        high=high,
        acled=min(vals) if vals else None,
        best_by=who(bests, best) if best is not None else (),
        low_by=who(lows, low) if low is not None else (),
        high_by=who(highs, high) if high is not None else (),
        figures=kept,
    )


def disagreement(c: Combined) -> str:
    """A notes line naming the figures when sources disagree, empty when they agree."""
    distinct = sorted({f.best for f in c.figures if f.best is not None})
    if len(distinct) < 2:
        return ""
    parts = []
    for v in distinct:
        srcs = ", ".join(dict.fromkeys(f.source for f in c.figures if f.best == v))
        parts.append(f"{v} ({srcs})")
    return f"Sources disagree on fatalities: {'; '.join(parts)}; coded the most conservative figure, {c.acled}."
