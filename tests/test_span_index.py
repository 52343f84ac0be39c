"""The span index: `near` finds, in the order given, every span a full scan would find to meet a span."""

from __future__ import annotations

import random

from marsad.text.span_index import SpanIndex


def _meets(s: int, e: int, start: int, end: int) -> bool:
    """Overlap, containment either way, or a shared end: what callers test on the spans `near` gives."""
    return (s < end and start < e) or (s <= start and end <= e) or (start <= s and e <= end) or e == end or s == start


def test_near_finds_what_a_scan_finds_in_order() -> None:
    rng = random.Random(7)
    for _ in range(200):
        spans = [(s, s + rng.randint(0, 12)) for s in (rng.randint(0, 80) for _ in range(rng.randint(0, 30)))]
        index = SpanIndex(spans[:10])
        for s, e in spans[10:]:
            index.add(s, e)
        assert list(index) == spans and len(index) == len(spans)
        for _ in range(20):
            start = rng.randint(-5, 90)
            end = start + rng.randint(0, 15)
            want = [x for x in spans if _meets(*x, start, end)]
            assert [x for x in index.near(start, end) if _meets(*x, start, end)] == want
            assert [spans[i] for i in index.near_ids(start, end)] == index.near(start, end)
            assert index.overlaps(start, end) == any(s < end and start < e for s, e in spans)


def test_empty_index() -> None:
    assert not SpanIndex() and SpanIndex().near(0, 10) == [] and not SpanIndex().overlaps(0, 10)
