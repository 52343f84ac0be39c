"""An encirclement of gunmen left standing after the folds is coded as their fight; any other is no event.

ACLED has no encirclement event: forces that ring a building or a town act in the fight or the offensive
they are part of.  `folds.fold_cordons` folds a cordon into a fight told at the same scene and day; a cordon
still standing after it whose sentence names gunmen or fighters (طوقت المبنى وتعمل على ملاحقة المسلحين،
طوقوا المدينة … على المقاتلين) is that battle, "Armed clash".  A cordon of protesters is no protest: the
GSR sentences read a police cordon of a crowd as no protest of its own (`marsad eval events` drops when it
is one), and the protest is told by its own words.  A cordon of protesters or of neither (a metaphor, a
suspect bag) still "Other" after the cordon folds and `retype_cordons` is no event (`drop_cordons`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from marsad.events.context import CLASH_FIELDS
from marsad.events.drafts import Roles
from marsad.events.folds import sentence_of
from marsad.events.roles import unprefixed
from marsad.model import Document, Event, Token
from marsad.model.vocab import disorder_type

#: The encirclement forms of the trigger (shadow form, و ب ل and article stripped): طوقت، تطويق، يطوق.
_ENCIRCLE = ("طوق", "تطويق", "تطوق", "يطوق")
#: Words of an armed side (shadow-form prefixes, article stripped): gunmen, fighters.
_ARMED = ("مسلح", "مقاتل")
#: The fight ringed gunmen are part of, with ACLED's and PLOVER's codes.
_CLASH = {**CLASH_FIELDS, "disorder_type": disorder_type("Battles", "Armed clash")}


def _sentence_words(doc: Document, tok_starts: Sequence[int], e: Event) -> list[str]:
    """The words of the sentence holding the event's trigger, as the stem lists test them."""
    s = sentence_of(doc.sentences, e)
    if s is None:
        return []
    lo, hi = bisect.bisect_left(tok_starts, s.start), bisect.bisect_left(tok_starts, s.end)
    return [unprefixed(t.norm) for t in doc.tokens[lo:hi] if t.kind == "word"]


def _is_encirclement(tokens: Sequence[Token], tok_starts: Sequence[int], start: int) -> bool:
    """The trigger at offset `start` is an encircling word (not a security campaign, حملة أمنية)."""
    i = bisect.bisect_left(tok_starts, start)
    return i < len(tokens) and unprefixed(tokens[i].norm).startswith(_ENCIRCLE)


def retype_cordons(doc: Document, events: list[Event]) -> list[Event]:
    """Each encirclement ("Other") whose sentence names gunmen or fighters becomes the armed clash it is
    part of; the rest stay as they are."""
    if not any(e.sub_event_type == "Other" for e in events):
        return events
    tok_starts = [t.start for t in doc.tokens]
    out = []
    for e in events:
        if (e.sub_event_type == "Other" and e.trigger is not None
                and _is_encirclement(doc.tokens, tok_starts, e.trigger.start)
                and any(w.startswith(_ARMED) for w in _sentence_words(doc, tok_starts, e))):
            e = replace(e, **_CLASH, notes=e.notes + "; type: a cordon of gunmen or fighters is part of their fight")
        out.append(e)
    return out


def drop_cordons(doc: Document, events: list[Event], roles: list[Roles]) -> tuple[list[Event], list[Roles]]:
    """An encirclement left "Other" after the folds and `retype_cordons` is no ACLED event: ACLED codes the fight,
    the siege's strikes or the protest a cordon belongs to, never the ring itself.  What is left so is a metaphor
    (محاولات التطويق من الشمال، دوافع … لتطويق جماعة ما), a claim about one (اكتمال تطويق المدينة), or a police
    cordon of a crowd whose protest is told by its own words (the judged samples never found one right)."""
    if not any(e.sub_event_type == "Other" for e in events):
        return events, roles
    tok_starts = [t.start for t in doc.tokens]
    keep = [i for i, e in enumerate(events)
            if not (e.sub_event_type == "Other" and e.trigger is not None
                    and _is_encirclement(doc.tokens, tok_starts, e.trigger.start))]
    return [events[i] for i in keep], [roles[i] for i in keep]
