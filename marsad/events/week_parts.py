"""The start or the end of a week ("مطلع الأسبوع"، "خلال نهاية الأسبوع"), dated by the publication's weekday.

A report that says its incident happened "early this week" or "over the weekend" gives no day, and with no
date expression the incident took the publication day, often days late.  The part of the week names a few
days, which ACLED codes at week precision: early in the week is its first day (Saturday, on or before
publication), the weekend its Friday (the last one before publication), a week before with الماضي.
"""

from __future__ import annotations

import datetime as dt
import re

#: Shadow-form phrases: a part of the week, then الأسبوع, then an optional "last" or "this" word.
WEEK_PART_RE = re.compile(
    r"(?<![^\W\d_])(?:و|ف|ب|في\s+|خلال\s+)?(مطلع|بدايه|اوايل|نهايه|عطله\s+نهايه)\s+الاسبوع"
    r"(?:\s+(الماضي|الفايت|المنصرم|الجاري|الحالي))?(?![^\W\d_])"
)
_FIRST_DAY, _FRIDAY = 5, 4  # date.weekday(): Saturday, Friday


def week_part_day(part: str, marker: str | None, pub: dt.date) -> dt.date:
    """The day a part of the week names: early → the last Saturday on or before `pub`, a week earlier with
    "last" (الماضي); weekend (نهاية) → the last Friday before `pub`, with "last" a week earlier only when that
    Friday is one or two days back (published on the weekend: the one before it is meant)."""
    last = marker in ("الماضي", "الفايت", "المنصرم")
    if part.endswith("نهايه"):
        back = (pub.weekday() - _FRIDAY) % 7 or 7
        return pub - dt.timedelta(days=back + (7 if last and back < 3 else 0))
    back = (pub.weekday() - _FIRST_DAY) % 7
    return pub - dt.timedelta(days=back + (7 if last else 0))
