"""Spans found by position: which of a document's (start, end) spans may overlap a span, without testing them all.

A news article names a few dozen persons or places and a loop over all of them per mention costs nothing; a
document of a million characters names thousands, and such a loop per mention is quadratic (seconds).  The index
keeps the spans sorted by start and the longest one's length, so only the spans starting within that length before
a span can overlap it: callers keep their own test, run on those few, in the order the spans were given.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Sequence
from typing import Any


class SpanIndex:
    """(start, end) spans in the order given, with `near` to find those that may meet a span."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.spans: list[tuple[int, int]] = list(spans)
        self._order = sorted(range(len(self.spans)), key=lambda i: self.spans[i][0])  # stable: ties in given order
        self._starts = [self.spans[i][0] for i in self._order]
        # the longest span's length (or more): a span starting further back ends before any span here starts
        self._reach = max((e - s for s, e in self.spans), default=0)

    def add(self, start: int, end: int) -> None:
        """Append the span start:end (as `list.append`: it comes last in the given order)."""
        k = bisect.bisect_right(self._starts, start)
        self._starts.insert(k, start)
        self._order.insert(k, len(self.spans))
        self.spans.append((start, end))
        self._reach = max(self._reach, end - start)

    def near(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans, in the order given, that start between `start` less the longest span's length and `end`
        (start <= end): all that overlap start:end, lie inside or around it, or end or start where it does."""
        return [self.spans[i] for i in self.near_ids(start, end)]

    def near_ids(self, start: int, end: int) -> list[int]:
        """The positions in the order given (0 the first span) of the spans `near` gives, ascending."""
        lo = bisect.bisect_left(self._starts, start - self._reach)
        hi = bisect.bisect_right(self._starts, end)
        return self._order[lo:hi] if hi - lo <= 1 else sorted(self._order[lo:hi])

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span overlaps start:end."""
        return any(s < end and start < e for s, e in self.near(start, end))

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self.spans)

    def __len__(self) -> int:
        return len(self.spans)


class ItemIndex:
    """Items with a `start` and an `end` (entities, actor mentions) in the order given, found by position."""

    def __init__(self, items: Sequence[Any]) -> None:
        self.items = items
        self._index = SpanIndex((x.start, x.end) for x in items)

    def near(self, start: int, end: int) -> list[Any]:
        """The items, in the order given, whose spans `SpanIndex.near` gives: all that overlap start:end, and some."""
        return [self.items[i] for i in self._index.near_ids(start, end)]
