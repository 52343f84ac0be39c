"""An incident told as admitted ("اعترف ضابط … أن السلاح الحربي لبلاده قصف القاعدة") with no day of its own.

An admission, a confession or an acknowledgement of responsibility comes after the act, often days or weeks
after it (the T4 strike of 9 April, admitted on the 16th).  With no date near the trigger, the incident took
the report's day, a guess that places it a week late and joins it to the wrong incident.  Its honest date is
the month of the report at month precision (ACLED's time_precision 3): the day is not told.
"""

from __future__ import annotations

import datetime as dt
import re

from marsad.events.dates import MONTH
from marsad.events.drafts import Draft
from marsad.model import Document

#: Verbs of admitting (past or present, any person, a clitic و/ف), shadow-free: the text as written.
_ADMIT_RE = re.compile(r"(?<![^\W\d_])[وف]?(?:اعترف|يعترف|تعترف|أقر|اقر|يقر|تقر)(?:ت|وا|تا|ا)?(?![^\W\d_])")
#: Clause breaks an admission does not reach over.
_BREAK_RE = re.compile(r"[.!?؟؛;\n]")


def admitted(text: str, sent_start: int, trig_start: int) -> bool:
    """Whether a verb of admitting stands before the trigger in its sentence, no sentence break between."""
    head = _BREAK_RE.split(text[sent_start:trig_start])[-1]
    return _ADMIT_RE.search(head) is not None


def admitted_month(d: Draft, doc: Document, trig_start: int) -> None:
    """Date `d` (dated from publication, no date near its trigger) to the report's month when its sentence
    tells it as admitted: month precision, the 15th or the publication day if that comes first."""
    if not doc.published or d.precision != 1 or d.date != doc.published:
        return
    sent = doc.sentences[d.sent_idx]
    if not admitted(doc.text, sent.start, trig_start):
        return
    pub = dt.date.fromisoformat(doc.published[:10])
    d.date, d.precision = min(pub, pub.replace(day=15)).isoformat(), MONTH
    d.notes.append("date: an admitted incident with no day of its own, the report's month")
