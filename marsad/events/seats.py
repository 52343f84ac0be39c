"""A governorate named in its governor's title or its office's name (منزل محافظ ذي قار، مجلس محافظة ميسان).

"وحاصر المتظاهرون منزل محافظ ذي قار" happened at the governor's house, in the governorate's seat, not all over
the governorate: coding it to the governorate is coarser than the text.  The seat is found in the story
itself: the governorate's town of the same name (محافظة البصرة: البصرة) or else the one town of that governorate
the story names (الناصرية for ذي قار, العمارة for ميسان).  With none, or two, the governorate stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from marsad.model import Place
from marsad.text import normalize

#: A building or body of the governorate or its governor right before its name (normalized, ة → ه):
#: منزل محافظ، مبنى مجلس محافظة، مقر المحافظ ...; the word محافظة may open the place's own span instead.
_OFFICE_RE = re.compile(
    r"(?:^|\s)[وفبل]?(?:ال)?(?:منزل|مبنى|مبني|مجلس|مقر|ديوان|بيت)(?:\s+مجلس)?(?:\s+(?:ال)?محافظه?)?\s*$"
)
_GOVERNORATE_RE = re.compile(r"^محافظه\s+")
#: How far back (characters) the office's words may start.
OFFICE_REACH = 30


def _office_named(text: str, area: Place) -> bool:
    """Does the governorate's name complete an office's (منزل محافظ ذي قار، مبنى محافظة أربيل)?"""
    before = normalize(text[max(0, area.start - OFFICE_REACH) : area.start])
    own = normalize(area.text)
    if not _GOVERNORATE_RE.match(own) and not re.search(r"محافظه?\s*$", before):
        return False  # مجلس ذي قار without the governorate's word: not its office
    return bool(_OFFICE_RE.search(before))


def office_seat(text: str, area: Place, places: Iterable[Place]) -> Place | None:
    """The town the governorate `area` is told by for its office (see the module), among the story's
    `places`; None when `area` is no governorate so named or the story names no single town of it."""
    if area.level != "admin1" or not area.admin1 or not _office_named(text, area):
        return None
    towns = [p for p in places if p.level == "populated_place" and p.iso2 == area.iso2 and p.admin1 == area.admin1]
    name = _GOVERNORATE_RE.sub("", normalize(area.text))
    same = [p for p in towns if normalize(p.text).removeprefix("مدينه ") == name]
    if same:
        return same[0]
    return towns[0] if len({p.name for p in towns}) == 1 else None
