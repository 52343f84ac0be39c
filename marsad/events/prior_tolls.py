"""A toll told after "بعد" past the trigger is the dead of what came before, not the trigger's.

"وتأتي الغارات بعد مقتل 7 خبراء متفجرات … في غارات التحالف على محافظة صعدة"، "أعلن الجيش الإسرائيلي شن غارات
جوية واسعة في غزة، بعد مقتل جندي برصاص قناص فلسطيني": the deaths after بعد (عقب، إثر، غداة) are the earlier
incident's, which the raids answer or follow; given to the raids they count another incident's dead as theirs
(SK-167: the Sa'dah strike's seven given to Friday's raids on Sanaa).  A trigger told after the figure ("إثر
مقتل 16 فلسطينيا برصاص الجيش خلال تظاهرات") is that earlier incident and keeps it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from marsad.events.fatalities import Toll
from marsad.model import Token

#: Words of "after" (shadow form, with or without و) that put the deaths right behind them before the trigger.
_AFTER = frozenset({"بعد", "عقب", "اثر", "غداه"})


def prior_toll(tokens: Sequence[Token], toll: Toll, trigger_end: int) -> bool:
    """`toll` stands after the trigger (ending at `trigger_end`) with a word of "after" right before it."""
    if toll.start < trigger_end:
        return False
    k = bisect.bisect_left(tokens, toll.start, key=lambda t: t.start)
    return k > 0 and tokens[k - 1].norm.removeprefix("و") in _AFTER


def own_tolls(tokens: Sequence[Token], tolls: Sequence[Toll], trigger_end: int) -> list[Toll]:
    """The tolls the trigger ending at `trigger_end` may take: all but those of what came before it."""
    return [t for t in tolls if not prior_toll(tokens, t, trigger_end)]
