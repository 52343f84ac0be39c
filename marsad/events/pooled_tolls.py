"""A toll told for air strikes and ground fighting together is no strike's.

"قتل 70 حوثيا في غارات لمقاتلات التحالف وفي المواجهات مع المقاومة بالساحل الغربي": the figure pools a front's
raids and battles (often over "the past 24 hours"), and nothing in the report splits it.  Given to a strike
it counts the battles' dead as the strike's; ACLED codes a strike with the deaths told for it, so a strike
takes no such pooled figure.  The fighting told beside it keeps what it held (a front's battles are the
front's event; the figure is not handed on to them either, so it is never counted twice).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from marsad.events.fatalities import Toll
from marsad.model import Token
from marsad.text import article_stripped

#: Words of air strikes and of ground fighting (shadow form, article and و/ب/ل stripped).
_AIR = ("غارات", "غاره", "غارتين", "طيران", "قصف جوي")
_GROUND = ("مواجهات", "مواجهه", "اشتباكات", "اشتباك", "معارك", "معركه")
#: How many words after the figure the cause of the deaths may name both.
POOL_REACH = 14
_STOPS = frozenset({".", "؛", ";", ":", "!", "؟"})


def _bare(tok: Token) -> str:
    w = tok.norm
    for p in ("و", "ب", "ل"):
        if w.startswith(p) and len(w) > 4:
            w = w[1:]
            break
    return article_stripped(w)


def pooled(tokens: Sequence[Token], toll: Toll, end: int) -> bool:
    """The words right after the killed figure `toll` (up to `POOL_REACH`, the sentence's end offset `end`
    or a full stop) name both air strikes and ground fighting as its cause."""
    if toll.kind != "killed":
        return False
    k = bisect.bisect_left(tokens, toll.end, key=lambda t: t.start)
    air = ground = False
    for t in tokens[k : k + POOL_REACH]:
        if t.start >= end or t.text in _STOPS:
            break
        w = _bare(t)
        air = air or w.startswith(_AIR)
        ground = ground or w.startswith(_GROUND)
    return air and ground


def strike_tolls(tokens: Sequence[Token], tolls: Sequence[Toll], end: int) -> list[Toll]:
    """The tolls a strike may take: all but those pooling it with ground fighting (`pooled`) before `end`."""
    return [t for t in tolls if not pooled(tokens, t, end)]
