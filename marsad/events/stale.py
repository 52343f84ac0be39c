"""Whether an event's date puts it past the 30 days an incident stays news (the strict spot-check rule).

ACLED codes an event the report gives only a week or a month for at that period (time precision 2 or
3) and keeps to events the report tells as news; the judged samples count an incident dated more than
30 days before publication as too old, the report's background.  A week-precision date is the middle
of its week, so the week's last day decides; a month-precision date is the 15th of its month
(`marsad.events.dates`), and that day decides too: "اعتقلت السلطات الشهر الماضي ناشطات" in a report
of 22 June puts the arrests around 15 May, 38 days back, more likely background than news (taking the
month's last day instead kept every "last month" of a report from the second half of a month).
"""

from __future__ import annotations

import datetime as dt

#: An incident is news for this many days: one dated further back than this before publication is
#: the report's background (the strict spot-check rule), whichever sentence gave the date.
RECENT_DAYS = 30

#: Time precision of a week-only date (`marsad.events.dates.WEEK`): dated the middle of its week.
_WEEK = 2


def stale(date: str | None, precision: int | None, published: str | None) -> bool:
    """Is the date, read at its precision, more than `RECENT_DAYS` before publication?

    A week counts from its last day (its date plus six days, the widest reading); a day or a month
    counts from the date itself (a month's 15th, the middle ACLED would code)."""
    if not date or not published:
        return False
    try:
        day = dt.date.fromisoformat(date[:10])
        pub = dt.date.fromisoformat(published[:10])
    except ValueError:
        return False
    # the week's six days are counted in days, not added to the date: a week ending past 9999-12-31
    # has no date, and adding would raise
    return (pub - day).days - (6 if precision == _WEEK else 0) > RECENT_DAYS
