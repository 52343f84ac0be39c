"""The one-line summary that opens an event's notes, written again from the event's final fields.

The extractor writes the summary ("Armed clash in Harim on 2025-10-21: X vs Y; killed: …. «sentence»")
when it builds the event, but later passes name the sides (`sides.fill_sides`), date actor names to
their period, fold copies that change the day, and apply ACLED's pairings.  A third of the ANT events
then read "unidentified actor" in the notes beside a named actor1, and the notes are ACLED's `notes`
column, so the line is rebuilt last from what the event says.  The toll's words and the quote stay.
"""

from __future__ import annotations

from dataclasses import replace

from marsad.model import Event, Place

#: Where the toll's words and the quoted sentence begin in the line (the extractor writes them).
TOLL_MARK = "; killed: "
QUOTE_MARK = ". «"


def summary_prefix(what: str, place: Place | None, date: str | None, actor1: str | None, actor2: str | None) -> str:
    """What, where, when and who: the summary line up to the toll's words and the quote."""
    where = f" in {place.name}" if place is not None and place.name else ""
    when = f" on {date}" if date else ""
    return f"{what}{where}{when}: {actor1 or 'unidentified actor'}" + (f" vs {actor2}" if actor2 else "")


def refresh_summary(ev: Event) -> Event:
    """`ev` with its notes' summary line naming its final type, place, date and sides."""
    notes = ev.notes or ""
    head, sep, rest = notes.partition(" | ")
    at = head.find(QUOTE_MARK)
    if at < 0:
        return ev
    prefix, tail = head[:at], head[at:]
    toll = prefix[prefix.find(TOLL_MARK):] if TOLL_MARK in prefix else ""
    new = summary_prefix(ev.sub_event_type, ev.location, ev.event_date, ev.actor1, ev.actor2) + toll + tail
    return ev if new == head else replace(ev, notes=new + sep + rest)
