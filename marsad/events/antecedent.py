"""The place a relative clause's trigger acts on (السفارة الإيرانية في لندن، التي اقتحمها متظاهرون).

A verb whose object is a pronoun (اقتحمها) right after a relative pronoun acts on the noun before it,
and that noun's place, named just before the relative pronoun, is the scene.  The clause's own later
places (يحتجون ضد اعتقال ... في مدينة قم) tell the protesters' grievance, not where they stormed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.model import Place
from marsad.text import normalize

_RELATIVE = frozenset({"التي", "الذي", "اللذين", "اللتين", "الذين", "اللواتي"})
#: Object pronouns a verb may end with (اقتحمها، استهدفه، قصفهم).
_OBJECT_SUFFIX = ("ها", "هم", "هما", "ه")
#: The first word from a position on (what `split()[0]` gives, without splitting the rest of the text).
_FIRST_WORD_RE = re.compile(r"\s*(\S*)")
#: A place's end followed by an optional comma and حيث ("where"), the clause that tells what happened there.
_WHERE_AFTER_RE = re.compile(r"\s*[،,]?\s*و?حيث\s")
#: What ends a clause of حيث: the trigger must lie before it.
_CLAUSE_END_RE = re.compile(r"[.؛:!?\n]|،\s*(?:بينما|فيما|في حين|ثم)\s")


def antecedent_place(text: str, places: Sequence[Place], trigger_start: int) -> Place | None:
    """The place named just before a relative pronoun that opens the trigger's clause, when the trigger is a
    verb with an object pronoun (في لندن، التي اقتحمها): what it acts on lies there; None otherwise."""
    first = _FIRST_WORD_RE.match(text, trigger_start)
    verb = normalize(first[1]) if first else ""
    if len(verb) < 5 or not verb.endswith(_OBJECT_SUFFIX):
        return None  # a noun or a bare verb (قتل، الهجوم): no object pronoun to resolve
    for p in places:
        between = normalize(text[p.end : trigger_start]).replace("،", " ").replace(",", " ").split()
        if len(between) == 1 and between[0] in _RELATIVE:
            return p
    return None


def where_follows(text: str, place: Place) -> bool:
    """A comma and حيث ("where") right after the place: the clause that follows tells what happened there."""
    return _WHERE_AFTER_RE.match(text, place.end) is not None


def where_place(text: str, places: Sequence[Place], trigger_start: int) -> Place | None:
    """The place named right before a حيث whose clause holds the trigger and no place of its own ("قاد تعزيزات
    من حجة إلى الدريهمي، حيث لقي مصرعه"): حيث ("where") points back to it, so the trigger happened there, even
    when a word of movement led to it; None otherwise."""
    for p in places:
        if p.end > trigger_start:
            break
        m = _WHERE_AFTER_RE.match(text, p.end)
        if m is None or m.end() > trigger_start:
            continue
        stop = _CLAUSE_END_RE.search(text, m.end())
        hi = stop.start() if stop else len(text)
        if trigger_start >= hi:
            continue  # the trigger is past that clause
        if any(m.end() <= q.start < hi for q in places):
            return None  # the clause names its own place (حيث قتل في قرية …)
        return p
    return None
