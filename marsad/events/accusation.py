"""The words of an accusation: who is accused of an attack, for the actor and claim readers alike.

ACLED codes the side a report accuses of an attack as its doer.  "اتهمت دمشق إسرائيل بتنفيذها" names an
accuser and the accused; "الهجوم الكيميائي الذي اتهم النظام السوري بشنه" is the passive (اُتّهم): the one
named is accused, and no speaker is named.  Both end in a verbal noun of doing behind ب that takes the
attack (بشن الهجوم) or its pronoun (بشنه، بتنفيذها).  Only token tests, so that `marsad.events.claims`
may use them without the actor tables.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.model import Token
from marsad.text import normalize

#: Verbs of accusing, all persons and tenses (اتهم، اتهمت، اتهموا، يتهم، تتهم).
_ACCUSE = ("اتهم", "يتهم", "تتهم", "نتهم")
#: Verbal nouns of doing an attack behind ب (بشن، بتنفيذ، بارتكاب; the article allowed: بالتنفيذ).
_DOING = tuple(normalize(w) for w in ("شن", "تنفيذ", "ارتكاب"))
#: Possessive endings that make a verbal noun of doing refer back to the attack (بشنه، بتنفيذها).
BACK = ("ه", "ها", "هما")


def accusing(tok: Token) -> bool:
    """A verb of accusing (واتهمت، يتهم), not its noun (اتهام)."""
    return tok.kind == "word" and tok.norm.lstrip("و").startswith(_ACCUSE)


def doing_ending(tok: Token) -> str | None:
    """The ending after a verbal noun of doing behind ب (بشنه -> "ه", بشن -> ""), or None."""
    w = tok.norm
    if not w.startswith("ب"):
        return None
    w = w[1:].removeprefix("ال")
    for stem in _DOING:
        if w.startswith(stem):
            return w[len(stem):]
    return None


def passive_accusation(tokens: Sequence[Token], verb: int, after: int) -> bool:
    """The accusing verb at `verb` is the passive: its one noun phrase, ending before `after`, is straight
    followed by the verbal noun of doing with the attack's pronoun (هجوم اتهم النظام السوري بتنفيذه), so the
    phrase is the accused, not a speaker."""
    if not accusing(tokens[verb]) or after >= len(tokens) or after <= verb + 1:
        return False
    return doing_ending(tokens[after]) in BACK
