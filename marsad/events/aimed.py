"""A weapon told as aimed at a target (كانت تستهدف، كانت تحاول استهداف) beside its interception was stopped.

"إحدى الطائرتين كانت تستهدف مطار أبها" after "أسقط التحالف طائرتين بلا طيار" tells where a drone was
heading, not a hit: ACLED's "Disrupted weapons use" (an attack "averted" by interception), not an air
strike.  The strike readings (`folds.intercepted_nearby`) look for a launch word (أطلق، باتجاه); this
reads the aim instead.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from marsad.events.background import clause_bounds
from marsad.events.folds import _INTERCEPT_NOTE, _NEARBY_NOTE, DISRUPTED, STRIKE_TYPES
from marsad.model import Document, Event, Token
from marsad.model.vocab import disorder_type
from marsad.text import article_stripped

#: Verbs of a weapon in flight (shadow form, glued و dropped): it was, it tried.
_IN_FLIGHT = frozenset({"كانت", "كان", "حاولت", "حاول", "تحاول", "يحاول"})
#: Words of aiming at a target (shadow-form prefixes, article and glued ل dropped).
_AIM = ("تستهدف", "يستهدف", "استهداف")
#: Words of stopping a weapon in the air (shadow-form prefixes, article stripped): intercepted, shot down,
#: destroyed, confronted.
_STOPPED = ("اعترض", "اعتراض", "اسقط", "اسقاط", "دمر", "تدمير", "تصدت", "تصدي")
#: Words of a missile or a drone (shadow-form prefixes, article stripped).
_WEAPONS = ("طاير", "صاروخ", "صواريخ", "مسير", "درون")
#: Its provenance, with the note by which `folds.fold_intercepted` joins it to the interception told before.
_NOTE = "; type: a weapon aimed at a target (كانت تستهدف)" + _NEARBY_NOTE


def _aim_told(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A verb of flight followed within two words by an aim (كانت تستهدف، كانت تحاول استهداف)."""
    words = [article_stripped(t.norm.lstrip("و").removeprefix("ل")) for t in tokens[start:end] if t.kind == "word"]
    return any(w in _IN_FLIGHT and any(v.startswith(_AIM) for v in words[k + 1 : k + 3]) for k, w in enumerate(words))


def _stop_told(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The span tells a missile or a drone stopped (أسقط طائرتين بلا طيار، جرى تدميرها، اعترض صاروخا)."""
    words = [article_stripped(t.norm.lstrip("و")) for t in tokens[start:end] if t.kind == "word"]
    return any(w.startswith(_STOPPED) for w in words) and any(w.startswith(_WEAPONS) for w in words)


def aimed_and_stopped(doc: Document, events: list[Event]) -> list[Event]:
    """A missile or drone strike whose trigger's clause tells it aimed at a target (`_aim_told`) and whose
    sentence, the one before or the one after tells a missile or drone stopped (`_stop_told`) is a
    disrupted weapons use."""
    if not any(e.sub_event_type in STRIKE_TYPES for e in events):
        return events
    tokens = doc.tokens
    tok_starts = [t.start for t in tokens]
    sent_starts = [s.start for s in doc.sentences]
    # each sentence's token range
    spans = [(bisect.bisect_left(tok_starts, s.start), bisect.bisect_left(tok_starts, s.end)) for s in doc.sentences]

    def stopped(e: Event) -> bool:
        if e.sub_event_type not in STRIKE_TYPES or e.trigger is None:
            return False
        si = bisect.bisect_right(sent_starts, e.trigger.start) - 1
        first = bisect.bisect_right(tok_starts, e.trigger.start) - 1
        if si < 0 or first < 0:
            return False
        last = max(first, bisect.bisect_left(tok_starts, e.trigger.end) - 1)
        if not _aim_told(tokens, *clause_bounds(tokens, *spans[si], first, last)):
            return False
        return any(_stop_told(tokens, *spans[k]) for k in (si, si - 1, si + 1) if 0 <= k < len(spans))

    kind = disorder_type(DISRUPTED["event_type"], DISRUPTED["sub_event_type"])
    return [replace(e, **DISRUPTED, disorder_type=kind, civilian_targeting=False,
                    notes=e.notes + _NOTE + " " + _INTERCEPT_NOTE) if stopped(e) else e for e in events]
