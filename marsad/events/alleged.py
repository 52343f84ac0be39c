"""The side a report attributes an attack to without asserting it (غارات يعتقد أنها إسرائيلية).

ACLED codes a suspected, likely or believed doer as the doer (suspected Israeli strikes in Syria are
Military Forces of Israel) rather than leaving actor1 empty; the claim's modality is the claims layer's
to record, not a reason to drop the side.  These helpers only step over the alleging words, so that the
readers of a named doer (a nationality after an attack noun) see through them.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.model import Token
from marsad.text import normalize

#: Verbs of suspecting, in the passive or impersonal form reports use (يعتقد، يرجح، يشتبه، يظن).
_ALLEGING = frozenset(normalize(w) for w in ("يعتقد", "يرجح", "يشتبه", "يظن", "يُعتقد", "يُرجّح"))
#: The relative pronoun an alleging clause may open with (الضربات التي يعتقد أنها إسرائيلية).
_RELATIVES = frozenset(normalize(w) for w in ("التي", "الذي", "اللتين", "اللذين"))
#: أنّ with the pronoun of the attack (أنها، أنه، بأنها، بأنه، أنهما).
_THAT_IT = frozenset(normalize(w) for w in ("أنها", "أنه", "بأنها", "بأنه", "أنهما", "بأنهما"))
#: Words that make a strike "the latest of" the attacks named before it (آخرها ضربة صاروخية).
_LATEST = frozenset(normalize(w) for w in ("آخرها", "وآخرها", "أحدثها", "أخرها"))
#: Where a sentence ends: the antecedent of آخرها lies before the trigger in its sentence.
_ENDS = frozenset(".!?؟")
#: How far back (tokens) the attacks آخرها points to may stand.
_LATEST_REACH = 20


def alleged_after(tokens: Sequence[Token], k: int) -> int:
    """The token after an alleging clause that starts at `k` (التي يعتقد أنها، يرجح أنها), or `k` itself
    when none starts there."""
    j = k
    if j < len(tokens) and tokens[j].norm in _RELATIVES:
        j += 1
    if j + 1 < len(tokens) and tokens[j].norm.lstrip("و") in _ALLEGING and tokens[j + 1].norm in _THAT_IT:
        return j + 2
    return k


def latest_of(tokens: Sequence[Token], first: int, attack: tuple[str, ...]) -> int | None:
    """The last token of the attack noun (one starting with a stem of `attack`) that a trigger told as "the
    latest of them" (الضربات التي يعتقد أنها إسرائيلية … آخرها ضربة صاروخية) points back to in its sentence,
    or None."""
    if first < 1 or tokens[first - 1].norm not in _LATEST:
        return None
    for k in range(first - 2, max(-1, first - 2 - _LATEST_REACH), -1):
        t = tokens[k]
        if t.kind == "punct" and t.text in _ENDS:
            return None
        w = t.norm.lstrip("و")
        w = w[2:] if w.startswith("ال") else w
        if t.kind == "word" and w.startswith(attack):
            return k
    return None
