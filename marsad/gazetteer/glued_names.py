"""A word glued to ب after an indefinite settlement word is the settlement's own name.

"مدرسة قرية بوادي، على بعد 15 كيلومترا غرب بعلبك": قرية in construct takes its name next, so بوادي is
the village (Boudai), not ب + El Oued read without its article (الوادي).  A place after ب keeps the
article it has ("قرية بالبقاع"), and a name without one (حمص، حلب) is no weak reading, so only a reading
that drops the name's article is refused here.
"""

from __future__ import annotations

import re

from marsad.gazetteer.context import VILLAGE_WORDS
from marsad.gazetteer.mention import Mention

#: The indefinite settlement words, bare or with a conjunction or preposition glued (وقرية، بقرية، لبلدة).
_SETTLEMENTS = frozenset(c + w for c in ("", "و", "ب", "ل", "وب", "ول", "ف") for w in VILLAGE_WORDS | {"مدينه"})
_PREV = re.compile(r"(\w+) {1,2}$")


def glued_to_settlement(mn: Mention, m: str) -> bool:
    """Whether `mn` is a name without its article read off a word glued to ب right after an indefinite
    settlement word (shadow text `m`): the whole word is then the settlement's name."""
    if mn.prefix != "ب" or not mn.hits or not all(h.stripped for h in mn.hits):
        return False
    start = mn.nstart - len(mn.prefix)
    prev = _PREV.search(m, max(0, start - 24), start)
    return prev is not None and prev[1] in _SETTLEMENTS
