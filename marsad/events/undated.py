"""Date words kept for an event of a document without a publication date.

Without a publication date "أمس" or "الخميس الماضي" resolves to no day, and the event's date is
left empty rather than guessed.  The words themselves still say when: the event keeps them as
`date_text` (with `event_date` and `time_precision` empty, and a note), so that a user who knows the
day the report came out can resolve them.  This runs after the extractor's folds and merges, which
read `date_text` as a resolved date's words, so what they do is unchanged.
"""

from __future__ import annotations

from dataclasses import replace

from marsad.events.dates import unresolved_days
from marsad.model import Document, Event


def keep_date_words(doc: Document, ev: Event) -> Event:
    """`ev` with the unresolved date words of its trigger's sentence nearest the trigger, if any."""
    if doc.published or ev.event_date is not None or ev.date_text or ev.trigger is None or not ev.evidence:
        return ev
    sent = ev.evidence[0]
    words = unresolved_days(doc.text, sent.start, sent.end)
    if not words:
        return ev
    at = ev.trigger.start
    m = min(words, key=lambda m: abs(m.start - at))
    note = f"date: {m.text} in the trigger's sentence, unresolved without a publication date"
    return replace(ev, date_text=m.text, notes=f"{ev.notes}; {note}" if ev.notes else note)
