"""Places named as the scope of a truce or an agreement (وقف إطلاق النار الذي يشمل ولايات دارفور والنيل الأزرق).

"وتندلع المعارك الجديدة في جبل مرة رغم وقف إطلاق النار ... والذي يشمل ولايات دارفور والنيل الأزرق وجنوب
كردفان": the fighting is in Jebel Marra; the states after يشمل say where the ceasefire holds, and a state
(admin1) would otherwise outrank the mountain (a region) as the finer name.  Such a place ranks with the
origins and goals, behind the places of the incident.  A raid or campaign that شملت towns did happen in them,
so the scope verb counts only after a word of a truce or an agreement.
"""

from __future__ import annotations

import re

from marsad.model import Place
from marsad.text import normalize

#: Verbs of covering (shadow form, a conjunction stripped): يشمل، تشمل، شمل، شملت، يغطي.
_COVERS = frozenset({"يشمل", "تشمل", "شمل", "شملت", "يغطي", "تغطي", "غطي", "غطت"})
#: Stems (shadow form) of a truce or an agreement before the verb: هدنة، وقف إطلاق النار، اتفاق، تهدئة.
_TRUCE_RE = re.compile(r"هدن|وقف\s+(?:ا?ل?)?اطلاق\s+النار|اتفاق|تهدي|خفض\s+التصعيد")
#: How many words may stand between the verb and the name (ولايات دارفور والنيل الأزرق وجنوب كردفان).
SCOPE_REACH = 8
_BREAK_RE = re.compile(r"[.!?؟؛:\n]")


def truce_scope(text: str, place: Place) -> bool:
    """Is the place in the list a truce's or an agreement's verb of covering opens (الذي يشمل ولايات دارفور
    والنيل الأزرق): a verb of covering at most `SCOPE_REACH` words before it in its sentence, and a word of a
    truce or an agreement before that verb in the same sentence?"""
    head = _BREAK_RE.split(text[max(0, place.start - 240) : place.start])[-1]
    words = [normalize(w).strip('"«»(),،') for w in head.split()]
    verb = next((k for k in range(len(words) - 1, max(-1, len(words) - SCOPE_REACH - 1), -1)
                 if words[k].removeprefix("و") in _COVERS), None)
    if verb is None:
        return False
    return bool(_TRUCE_RE.search(" ".join(words[:verb])))
