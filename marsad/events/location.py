"""Where an event happened: a place of the document chosen by attachment to the trigger.

Candidates are the places of the trigger's sentence (most specific level first, then a place
after a locative word, then the nearest); failing those, the places of the two sentences
before it.  Places named only in a statement, promise, threat or visit are never used.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from marsad.model import Place

LEVEL_RANK = {"populated_place": 0, "admin3": 1, "admin2": 2, "admin1": 3, "country": 4, "region": 5}
#: Words before a name that make it the scene: a settlement noun (strongest) or a preposition.
_SETTLEMENT = frozenset(
    {
        "مدينه",
        "بمدينه",
        "بلده",
        "ببلده",
        "قريه",
        "بقريه",
        "حي",
        "بحي",
        "مخيم",
        "بمخيم",
        "مخيمات",
        "ناحيه",
        "بلدات",
        "قري",
        "منطقه",
        "بمنطقه",
        "محافظه",
        "بمحافظه",
        "ريف",
        "بريف",
        "وسط",
        "اطراف",
        "داخل",
        "محيط",
    }
)
_PREP = frozenset({"في", "قرب", "بالقرب", "عند"})
#: Direction words: "X غربي Y" puts the event at X, Y is only a reference point.
_DIRECTION = frozenset({"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "شمال غرب", "جنوب شرق"})


def _attachment(text: str, place: Place) -> int:
    """0 after a settlement noun, 1 after a preposition or a glued ب/في, 3 after a direction word, else 2."""
    from marsad.text import normalize

    before = text[max(0, place.start - 16) : place.start].split()
    if not before:
        return 1 if place.start > 0 and text[place.start - 1] not in " \n" else 2
    w = normalize(before[-1]).strip('"«»()')
    if w in _SETTLEMENT:
        return 0
    if w in _DIRECTION:
        return 3
    if w in _PREP:
        return 1
    return 2


_DATELINE_RE = re.compile(
    r"^[^\n]{0,60}?\((?:CNN|AFP|رويترز|أ ف ب|ا ف ب|د ب أ|واس|سانا)\)\s*[-–—]|^[^\n،,]{0,30}[،,][^\n]{0,40}[-–—]{1,2}\s"
)


def is_dateline(text: str, place: Place) -> bool:
    """A place in the dateline that opens a paragraph ("دبي، الإمارات (CNN)--") is where the
    report was filed, not where the event happened."""
    line_start = text.rfind("\n", 0, place.start) + 1
    head = text[line_start : line_start + 80]
    m = _DATELINE_RE.match(head)
    return bool(m) and place.start < line_start + m.end()


def usable_places(text: str, places: Sequence[Place], tainted: frozenset[tuple[int, int]], home: str | None) -> list[Place]:
    """The places that may locate an event, decided once per document.

    `tainted` holds the (start, end) of places named only in a statement, promise, threat or
    visit (لفرنسا after بهدف تسليم, موسكو after زيارته): they never locate an event.  `home` is
    the document's main country: a bare place name in another country is not used.
    """
    kept = [p for p in places if (p.start, p.end) not in tainted and not is_dateline(text, p)]
    if home:
        # a bare name (no في / مدينة before it) abroad is more often a homograph (ليل "night" ≠ Lille)
        kept = [p for p in kept if p.iso2 in (None, home) or _attachment(text, p) != 2]
    return kept


def choose_place(
    text: str,
    by_sentence: Mapping[int, Sequence[Place]],
    sent_idx: int,
    trigger_start: int,
) -> tuple[Place | None, str]:
    """(place, reason) for a trigger in sentence `sent_idx`; (None, reason) when nothing fits.

    `by_sentence` maps a sentence index to its usable places (see `usable_places`), so that
    a long document costs one pass over its places, not one per trigger.
    """
    same = by_sentence.get(sent_idx)
    if same:
        best = min(same, key=lambda p: (LEVEL_RANK.get(p.level, 6), _attachment(text, p), abs(p.start - trigger_start)))
        return best, f"place: {best.text} in the trigger's sentence (most specific, nearest)"
    for back in (1, 2):
        prev = by_sentence.get(sent_idx - back)
        if prev:
            best = min(prev, key=lambda p: (LEVEL_RANK.get(p.level, 6), _attachment(text, p), -p.start))
            return best, f"place: {best.text} from {back} sentence(s) before the trigger"
    return None, "no place attached to the trigger"
