"""A weekday that names a prayer or a sermon ("بعد صلاة الجمعة"، "خطبة الجمعة") rather than a day.

Such a weekday is often the incident's day (a protest after this Friday's prayers), so it stays a date
mention; but where the sentence also gives an explicit day ("16 فبراير/شباط، خرج المئات بعد صلاة
الجمعة"), that day is the date and the prayer's Friday is not (a June report's timeline of February
protests was dated the Friday before publication: judged too old, BB-580).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from marsad.text.normalize import normalize

#: Nouns a weekday after them names (shadow form, article and clitics stripped).
_PRAYERS = frozenset({"صلاه", "خطبه", "صلوات"})


def prayer_day(text: str, start: int) -> bool:
    """The date mention at `start` is the weekday of a prayer or sermon (صلاة الجمعة، خطبة الجمعة)."""
    before = text[max(0, start - 12) : start].split()
    if not before:
        return False
    w = normalize(before[-1]).lstrip("و")
    w = w[1:] if w.startswith(("ب", "ل")) and w[1:] in _PRAYERS else w
    return w in _PRAYERS


def without_prayer_days(text: str, mentions: Sequence[Any]) -> list[Any]:
    """The mentions less prayer weekdays, when another mention is left to date the sentence."""
    rest = [m for m in mentions if not prayer_day(text, m.start)]
    return rest or list(mentions)
