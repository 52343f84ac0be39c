"""Places named in a statement's speaker phrase, between the speech verb and its إن.

"قالت مصادر طبية في مشفى حمص المركزي، إن 21 عسكريا قتلوا خلال القصف على مطار الضبعة": حمص there says
where the speaker is (a hospital, an office, an embassy), not where the strike fell, which is told
after إن.  Such a place ranks after the places of what was said.
"""

from __future__ import annotations

import re

from marsad.model import Place
from marsad.text import normalize

#: Verbs of saying that take their content after إن (shadow forms; أعلن and ذكر often take an object
#: instead, so they are left out).
_SAY = frozenset({"قال", "قالت", "قالوا", "افاد", "افادت", "اكد", "اكدت", "اوضح", "اوضحت", "صرح", "صرحت",
                  "اضاف", "اضافت"})
_THAT = frozenset({"ان"})
#: How far back (characters) the speech verb may stand, and how many words after the place its إن.
SPEAKER_BACK = 200
THAT_REACH = 12
_END_RE = re.compile(r"[.!?؟؛:\n\"«»]")


def in_speaker_phrase(text: str, place: Place) -> bool:
    """Is the place between a verb of saying and the إن that opens what was said (no إن/أن, no sentence or
    quote boundary between the verb and the place, the إن within `THAT_REACH` words after it)?"""
    head = _END_RE.split(text[max(0, place.start - SPEAKER_BACK) : place.start])[-1]
    words = [normalize(w).strip("،,()") for w in head.split()]
    verb = next((k for k in range(len(words) - 1, -1, -1) if words[k].removeprefix("و") in _SAY), None)
    if verb is None or any(w in _THAT for w in words[verb + 1 :]):
        return False
    tail = _END_RE.split(text[place.end : place.end + 160])[0]
    after = [normalize(w).strip("،,()") for w in tail.split()][:THAT_REACH]
    return any(w in _THAT for w in after)
