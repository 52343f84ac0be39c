"""A day the story sets back in the pluperfect is not its lead's ("وكان قصف … قد أسفر الجمعة عن …").

A lead with no date of its own is the report's news, of its publication day; when a later mention of the
same kind gives a day, the lead takes it (`merge.combine`: a retelling dates the incident).  But a report
that goes on with "وكان … قد … الجمعة" marks that day as background, earlier than its news: the Saturday
shelling of an observation post is not the Friday's strikes the story recalls after it, nor are the
mentions that go on telling that Friday.  Such a lead keeps its own (publication) day.
"""

from __future__ import annotations

import re

from marsad.model import Event

#: A sentence opening in the pluperfect: (و)كان/كانت …, with قد within a few words (shadow-free: the
#: original text, alef and ta marbuta as written by the outlets).
_RECAP_RE = re.compile(r"(?:^|[.\n!؟?]\s*)و?(?:كان|كانت|كانوا)\s+(?:\S+\s+){0,8}?قد\s")
_SENTENCE_END = re.compile(r"[.\n!؟?]")


def recalled_day(text: str, a: Event, b: Event) -> bool:
    """Whether `b`'s day words (`b.date_text`) stand in a pluperfect recap sentence that follows the undated
    `a`'s trigger and opens before `b`'s (or holds it): that day is the story's background, not `a`'s."""
    if not text or a.trigger is None or b.trigger is None or not b.date_text or a.date_text is not None:
        return False
    if b.trigger.start <= a.trigger.end:
        return False
    for m in _RECAP_RE.finditer(text, a.trigger.end):
        if m.start() > b.trigger.start:
            break
        end = _SENTENCE_END.search(text, m.end())
        stop = end.start() if end else len(text)
        if b.date_text in text[m.end():stop]:
            return True
    return False
