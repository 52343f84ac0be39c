"""The one-line summary that opens an event's notes, written again from the event's final fields.

The extractor writes the summary ("Armed clash in Harim on 2025-10-21: X vs Y; killed: …. «sentence»")
when it builds the event, but later passes name the sides (`sides.fill_sides`), date actor names to
their period, fold copies that change the day, and apply ACLED's pairings.  A third of the ANT events
then read "unidentified actor" in the notes beside a named actor1, and the notes are ACLED's `notes`
column, so the line is rebuilt last from what the event says.  The toll's words and the quote stay.
"""

from __future__ import annotations

from dataclasses import replace

from marsad.model import Event

_QUOTE = ". «"
_TOLL = "; killed: "


def refresh_summary(ev: Event) -> Event:
    """`ev` with its notes' summary line naming its final type, place, date and sides."""
    notes = ev.notes or ""
    head, sep, rest = notes.partition(" | ")
    at = head.find(_QUOTE)
    if at < 0:
        return ev
    prefix, tail = head[:at], head[at:]
    toll = prefix[prefix.find(_TOLL):] if _TOLL in prefix else ""
    where = f" in {ev.location.name}" if ev.location is not None and ev.location.name else ""
    when = f" on {ev.event_date}" if ev.event_date else ""
    who = (ev.actor1 or "unidentified actor") + (f" vs {ev.actor2}" if ev.actor2 else "")
    new = f"{ev.sub_event_type}{where}{when}: {who}{toll}{tail}"
    return ev if new == head else replace(ev, notes=new + sep + rest)
