"""A definite word that takes up a noun named before in construct: "حتى عقبة القنذع … في العقبة".

A town whose name carries the article (العقبة، السفيرة، الرأس) is never written without it; where the text
has the bare word heading a construct a little before (عقبة القنذع: the pass of al-Qandha; سفيرة الولايات
المتحدة: the ambassador of the United States; رأس الأسير: the prisoner's head), the bare word is a common
noun there, and the same word with the article after it takes that noun up again (the pass, the
ambassador, the head), not a village of that name elsewhere.  Such a reading is dropped.  Cities are
named in epithets (قاهرة المعز، رياض الأطفال) and are left alone.
"""

from __future__ import annotations

import re

from marsad.gazetteer.context import Words
from marsad.gazetteer.mention import Mention
from marsad.gazetteer.store import Gazetteer
from marsad.model import Place

#: The largest town read here: bigger ones are named in epithets and set phrases (قاهرة المعز).
_MAX_POP = 100_000
#: How far before the name (shadow characters) the construct may stand: the same paragraph or so.
_REACH = 400


def _heads_before(words: Words, bare: str, start: int) -> bool:
    """Whether the bare word, alone or behind و/ب/ل/ف, heads a construct with a definite word before `start`."""
    pat = re.compile(r"(?<!\w)[وبلف]?" + re.escape(bare) + r" ال\w{2,}")
    return pat.search(words.m, max(0, start - _REACH), start) is not None


def construct_heads(gaz: Gazetteer, words: Words, mentions: list[Mention], places: list[Place]) -> list[Place]:
    """`places` without the small towns whose name takes up a noun the text put in construct just before."""
    drop: set[int] = set()
    for mn in mentions:
        # the article on the key (العقبه) or in the proclitics (بالعقبة read as ب + ال + عقبه)
        bare = mn.key[2:] if mn.key.startswith("ال") else mn.key if mn.prefix.endswith(("ال", "لل")) else ""
        if not mn.ranked or len(bare) < 3 or " " in bare:
            continue
        e = gaz.entries[mn.ranked[0][1]]
        if e.level != "populated_place" or e.pop >= _MAX_POP or e.user or e.site:
            continue
        if _heads_before(words, bare, mn.nstart - len(mn.prefix)):
            drop.add(mn.start)
    if not drop:
        return places
    return [p for p in places if not (p.start in drop and p.geo_precision == 1 and p.level == "populated_place")]
