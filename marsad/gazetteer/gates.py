"""Gates named after cities: "قرب باب دمشق" in a story of Jerusalem is Damascus Gate (issue 3).

A walled city's gates are named after the towns their roads lead to (باب دمشق and باب الخليل in
Jerusalem, باب اليمن in Sanaa): a town's name right after باب names the gate, which lies in the town
the sentence puts it in (في X، وسط X، بX right after it) or, else, the nearest town of another country
that the same sentence names before it; coded to that town, precision 1, as a square is
(`squares`).  Without such a town the name is left as it was: "باب سبتة" is Ceuta's own border gate.
"""

from __future__ import annotations

from marsad.gazetteer.context import Words
from marsad.gazetteer.mention import shadow_set
from marsad.gazetteer.streets import clitic_forms, site_in, town_after, town_before, word_before
from marsad.model import Place
from marsad.text.normalize import Shadow

_GATE_FORMS = clitic_forms(shadow_set({"باب"}))


def gates(sh: Shadow, words: Words, places: list[Place]) -> list[Place]:
    """`places` (sorted by offset) with a town read from a gate's name recoded to the gate's town."""
    if "باب" not in words.m:
        return places
    out = list(places)
    gated = [_gate_word(sh, words, p) for p in places]
    # "يطرق باب دمشق وباب بيروت": another gate's name is no town a gate lies in
    towns = [p for p, g in zip(places, gated, strict=True) if g is None]
    for i, p in enumerate(places):
        k = gated[i]
        if p.level != "populated_place" or k is None:
            continue
        town = town_after(sh, words, p, [q for q in towns if q.start >= p.end])
        if town is None:
            # the gate word itself read as a place (باب, Al Bab) is no town
            gate = words.spans[k][0]
            town = town_before(sh, words, p, [q for q in towns if sh.to_norm(q.end) <= gate])
        if town is not None and town.iso2 != p.iso2:
            out[i] = site_in(p, town, "gate")
    return out


def _gate_word(sh: Shadow, words: Words, p: Place) -> int | None:
    """The index of the gate word right before the name, a clean space apart, or None."""
    k = word_before(sh, words, p)
    is_gate = k is not None and words.word(k) in _GATE_FORMS and words.m[words.spans[k][1]:sh.to_norm(p.start)] == " "
    return k if is_gate else None
