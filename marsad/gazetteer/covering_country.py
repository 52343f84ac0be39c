"""One country that holds a reading of every ambiguous name in a sentence reads them all there.

"في مدينة الصويرة … مثلث الموت ( اللطيفية - المحمودية - الإسكندرية )": each name alone is a toss-up
(Essaouira or Iraq's as-Suwayrah, Egypt's or Iraq's Mahmudiyah, Alexandria or Iraq's Iskandariyah), and
ranked one by one they land in three countries.  A sentence names places of one scene: where a single
country has a town of every such name, and its readings lie close together (a region's worth), that is
the scene.  Three names at least, and no second country holding all of them, so a pair stays to the scores.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from marsad.gazetteer.distance import km
from marsad.gazetteer.mention import Mention
from marsad.gazetteer.store import Entry, Gazetteer

_LEVELS = frozenset({"populated_place", "admin1", "admin2"})
_SENTENCE_END = re.compile(r"[.!?؟\n]")
#: the fewest ambiguous names that make a scene, and how far apart its readings may lie
_MIN_NAMES = 3
_SPREAD_KM = 250.0


def _readings(gaz: Gazetteer, mn: Mention) -> dict[str, tuple[float, int, list[str]]]:
    """The best-ranked reading of `mn` in each country, among towns and units."""
    best: dict[str, tuple[float, int, list[str]]] = {}
    for r in mn.ranked:
        e = gaz.entries[r[1]]
        if e.level in _LEVELS and e.iso2 not in best:
            best[e.iso2] = r
    return best


def _close(entries: list[Entry]) -> bool:
    pts = [(e.lat, e.lon) for e in entries]
    if any(a is None or b is None for a, b in pts):
        return False
    return all(km(a[0], a[1], b[0], b[1]) <= _SPREAD_KM for i, a in enumerate(pts) for b in pts[i + 1:])  # type: ignore[arg-type]


def covering_country(gaz: Gazetteer, mentions: Sequence[Mention], m: str) -> None:
    """Re-rank in place the ambiguous names of each sentence that one country covers (see the module)."""
    ends = [x.start() for x in _SENTENCE_END.finditer(m)]
    groups: dict[int, list[Mention]] = {}
    for mn in mentions:
        if mn.ranked and gaz.entries[mn.ranked[0][1]].level in _LEVELS:
            groups.setdefault(bisect.bisect_left(ends, mn.nstart), []).append(mn)  # its sentence's number
    for group in groups.values():
        amb = [(mn, rd) for mn in group if len(rd := _readings(gaz, mn)) >= 2]
        if len(amb) < _MIN_NAMES:
            continue
        covering = [c for c in amb[0][1] if all(c in rd for _, rd in amb)]
        if len(covering) != 1:
            continue
        c = covering[0]
        chosen = [rd[c] for _, rd in amb]
        if not _close([gaz.entries[r[1]] for r in chosen]):
            continue
        for (mn, _), r in zip(amb, chosen, strict=True):
            if mn.ranked[0] is not r:
                mn.promote(r, f"the one country holding a reading of each of the sentence's {len(amb)} "
                              f"ambiguous names, close together ({c})")
