"""A storming done by a crowd counted in hundreds or thousands, in a sentence of protests, is a riot.

"اقتحم مئات العراقيين مطار النجف … موسعين نطاق احتجاجات" tells demonstrators forcing their way into a
building: ACLED's "Violent demonstration" (demonstrators engaging in violent or destructive acts), not an
armed clash, and not force against the protesters (`folds.protest_scene` reads an unsided clash at a
demonstration's scene as the forces').  `assemble._retype_rioters` reads a demonstrator word as the
storming's doer (اقتحمه متظاهرون); the crowd here is named by its number (مئات، آلاف، عشرات) and the
protest by the sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.context import RIOT_FIELDS
from marsad.events.drafts import Draft
from marsad.events.folds import STORMING
from marsad.events.mentions import default_actor
from marsad.events.merge import PROTEST_STEMS
from marsad.events.roles import unprefixed
from marsad.model import Token
from marsad.text import normalize

#: Numbers of a crowd (shadow forms, article stripped): hundreds, thousands (آلاف reads الاف, stripped اف),
#: tens.
_CROWD_COUNTS = frozenset({normalize("مئات"), "اف", "الاف", "عشرات"})
#: How far before the storming verb its counted subject may stand (كان مئات العراقيين قد اقتحموا).
_BEFORE = 4


def crowd_storming(d: Draft, tokens: Sequence[Token], lo: int, hi: int) -> None:
    """An armed clash on a storming verb (اقتحم، اقتحموا) with no armed doer read, whose subject is a crowd
    counted in hundreds or thousands (right after the verb, or up to `_BEFORE` words before it) and whose
    sentence names protests, is the crowd's riot: a violent demonstration by rioters."""
    f, h = d.fields, d.hits[0]
    if f["sub_event_type"] != "Armed clash" or d.retyped:
        return
    if d.actor1 is not None and d.actor1.kind not in ("civilians", "protesters"):
        return
    if not unprefixed(tokens[h.first].norm).startswith(STORMING):
        return
    near = [t for t in (*tokens[max(lo, h.first - _BEFORE) : h.first], *tokens[h.last + 1 : min(hi, h.last + 2)])
            if t.kind == "word"]
    if not any(unprefixed(t.norm) in _CROWD_COUNTS for t in near):
        return
    if not any(unprefixed(t.norm).startswith(PROTEST_STEMS) for t in tokens[lo:hi] if t.kind == "word"):
        return
    f.update(RIOT_FIELDS)
    d.actor1 = default_actor("rioters")
    d.notes.append("type: a crowd counted in hundreds stormed a place in a sentence of protests (a riot)")
