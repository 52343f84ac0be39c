"""A capture told with a killing by the same hands (ألقت القبض على قيادي وقتلت مرافقيه) is a fight.

Forces that take one man and kill those with him in one deed met armed men: ACLED codes the encounter as
the battle ("Armed clash"), the capture part of it, not as an arrest ("Strategic developments", a
non-violent detention).  Read only when the killing verb is joined to the arrest by و in the arrest's own
clause, a few words on, and the sentence names no civilians: an arrest after a fight told apart (اعتقال
300 شخص إثر الأحداث، مما نتج عنه مقتله) stays an arrest.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.background import clause_bounds
from marsad.events.context import CLASH_FIELDS
from marsad.events.drafts import Draft
from marsad.events.roles import unprefixed
from marsad.model import Token

#: A killing verb joined by و (shadow forms): وقتلت، وقتلوا، وقتل، وأردت.
_JOINED_KILL = ("وقتلت", "وقتلوا", "وقتل", "واردت", "واردوا")
#: Words of civilians, women or children (shadow-form prefixes, article stripped).
_CIVILIANS = ("مدني", "اطفال", "طفل", "نساء", "امراه", "زوجت")
#: How many words after the arrest's last word the joined killing verb may stand.
_SPAN = 8


def retype_capture_fight(d: Draft, tokens: Sequence[Token], lo: int, hi: int) -> None:
    """An arrest whose clause goes on, within `_SPAN` words, with a killing verb joined by و, in a sentence
    that names no civilians, is an armed clash; the civilians an arrest's actor2 defaults to are dropped."""
    f, h = d.fields, d.hits[-1]
    if f["sub_event_type"] != "Arrests" or d.hits[0].entry.cls != "arrest":
        return
    _, ce = clause_bounds(tokens, lo, hi, d.hits[0].first, h.last)
    after = [t.norm for t in tokens[h.last + 1 : min(ce, h.last + 1 + _SPAN)] if t.kind == "word"]
    if not any(w.startswith(_JOINED_KILL) for w in after):
        return
    if any(unprefixed(t.norm).startswith(_CIVILIANS) for t in tokens[lo:hi] if t.kind == "word"):
        return
    f.update(CLASH_FIELDS)
    if d.actor2 is not None and d.actor2.start < 0:
        d.actor2 = None
    d.notes.append("type: a capture and a killing in one deed (armed clash)")
