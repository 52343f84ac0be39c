"""A place that completes an institution's name (مديرية صحة إدلب، تحالف دعم الشرعية في اليمن، مجلس محافظة درعا).

Such a name says whose body speaks or strikes, not where anything happened: the place is the
institution's seat or remit, and a scene named in the same sentence (بلدة زردنا، الساحل الغربي) must win.
"""

from __future__ import annotations

import re

from marsad.model import Place
from marsad.text import normalize

#: Heads of institution names as normalized (ة → ه), right before the place; the optional article on
#: the place and a glued preposition on the head are allowed.
_HEADS = re.compile(
    r"(?:^|\s)[وفبل]?(?:"
    r"مديريه (?:ال)?صحه(?: في)?"
    r"|مديريه (?:ال)?تربيه(?: في)?"
    r"|دائره (?:ال)?صحه(?: في)?"
    r"|مجلس محافظه|مجلس مدينه"
    r")\s*$"
)
#: The coalition's name holds its country only (تحالف دعم الشرعية في اليمن); a finer place after the same words
#: (قوات تحالف دعم الشرعية في الساحل الغربي) is where its forces are.
_COALITION = re.compile(r"(?:^|\s)[وفبل]?(?:ال|لل)?تحالف (?:العربي )?(?:ل)?دعم الشرعيه في\s*$")
#: How far back (characters) the head may start.
HEAD_REACH = 40


def institution_seat(text: str, place: Place) -> bool:
    """True when the words right before the place make it part of an institution's name, or when the
    place's own word ends such a head (صحة of مديرية صحة إدلب misread as a place of its own)."""
    before = normalize(text[max(0, place.start - HEAD_REACH) : place.start])
    own = normalize(text[max(0, place.start - HEAD_REACH) : place.end])
    if place.level == "country" and _COALITION.search(before):
        return True
    return bool(_HEADS.search(before) or _HEADS.search(own))
