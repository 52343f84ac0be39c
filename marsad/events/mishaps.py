"""Deaths in a crash or a shipwreck: accidents, out of ACLED's scope (issue 5, round 50).

`background.accident` reads تحطم، غرق and the like in the killing's clause.  Two shapes slipped past it:
a plane that "fell" (مقتل طيارين إثر سقوط مقاتلتهما بعد إقلاعها), and a boat named as stricken in the
sentence while the deaths are told in another clause ("أنقذت السلطات 68 شخصا من القارب المنكوب، لكن … لقوا
حتفهم في الحادث").  Fire in the sentence (بنيران، إسقاط، صاروخ) keeps the deaths: a downed aircraft is
an incident.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.roles import bare
from marsad.model import Token

#: Aircraft (shadow-form prefixes, article and و off; possessives allowed): مقاتلتهما، طائرة، مروحية.
_AIRCRAFT = ("طائر", "طاير", "مقاتل", "مروحي")
#: Vessels (shadow-form prefixes, article and و off).
_VESSELS = ("قارب", "مركب", "عبار", "زورق")
#: Words of a vessel's loss (shadow forms, article off).
_LOST = frozenset({"منكوب", "غارق", "غرق", "انقلاب", "انقلب"})
#: Words of fire (shadow-form prefixes, article and و off) that make a crash a shooting-down.
_FIRE = ("نيران", "بنيران", "اسقاط", "اسقط", "صاروخ", "صواريخ", "استهداف", "استهدف", "قذيف", "رصاص", "مضاد")


def craft_lost(tokens: Sequence[Token], lo: int, hi: int) -> str | None:
    """The sentence (tokens lo..hi) tells an aircraft falling (سقوط + a plane) or a vessel lost (a boat +
    منكوب/غرق) and names no fire: the deaths are an accident's."""
    words = [k for k in range(lo, hi) if tokens[k].kind == "word"]
    if any(bare(tokens[k]).startswith(_FIRE) for k in words):
        return None
    for n, k in enumerate(words[:-1]):
        w, nxt = bare(tokens[k]), bare(tokens[words[n + 1]])
        if w == "سقوط" and nxt.startswith(_AIRCRAFT):
            return f"accident: {tokens[k].text} {tokens[words[n + 1]].text}"
        if w.startswith(_VESSELS) and nxt in _LOST:
            return f"accident: {tokens[k].text} {tokens[words[n + 1]].text}"
    return None
