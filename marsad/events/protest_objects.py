"""The role spans a protest sentence marks itself: who demonstrated and what against.

The CRF role tagger (`role_tagger.py`) learned protests from about a hundred GSR records and often
takes a later back-reference for the source ("تظاهر مئات الأشخاص في أثينا … واحتشد المتظاهرون":
the GSR's annotators mark مئات الأشخاص) and, for the target, whichever noun phrase sits near a
marker it saw in training (the building in "أمام مقر نقابة الصحافيين", the police that dispersed the
march).  Where the sentence names the crowd as the subject of its protest verb (`protest_doer`) or
the object by a marker of purpose (ضد X، احتجاجا على X، للتنديد بـX، مطالبين برحيل X:
`protest_target`), that phrase is the protest's role span and comes before the tagger's.

Measured on the GSR dev half's PROTEST span records, 5-fold CV by document with the tagger trained
inside the folds (`marsad train roles`): see the README's actor-span row and MODEL_CARD.md.  The
spans are role evidence (what `marsad eval events` scores); the ACLED actor names of a protest stay
the rules' (`_actors_from_tags` leaves protests alone).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.actors import protest_doer, protest_target
from marsad.model import Span, Token

PROTEST_TYPES = frozenset({"Protests", "Riots"})


def marked_roles(text: str, tokens: Sequence[Token], lo: int, hi: int, last: int) -> tuple[Span | None, Span | None]:
    """(source, target) spans the protest sentence tokens[lo:hi] marks, its trigger ending at token `last`."""
    out: list[Span | None] = []
    for rng in (protest_doer(tokens, lo, hi), protest_target(tokens, lo, hi, last)):
        if rng is None:
            out.append(None)
            continue
        s, e = tokens[rng[0]].start, tokens[rng[1]].end
        out.append(Span(s, e, text[s:e]))
    return out[0], out[1]


def protest_spans(event_type: str, marked: Span | None, picked: list[Span]) -> list[Span]:
    """One role's spans for an event: the marked span of a protest or riot first, else those picked."""
    if marked is not None and event_type in PROTEST_TYPES:
        return [marked]
    return picked
