"""Medina named as المدينة beside Mecca: "تضم مكة والمدينة".

The data keep Medina as المدينة المنورة, since bare المدينة is "the city", which refers back to any town.
Joined by و right after Mecca ("مكة والمدينة"، "مكة المكرمة والمدينة") it is the other holy city, as the
pair is always said; coded like Medina itself.
"""

from __future__ import annotations

import re

from marsad.gazetteer.store import Gazetteer
from marsad.gazetteer.unknown import entry_place, overlaps
from marsad.model import Place
from marsad.text.normalize import Shadow

#: Mecca, with its epithet or not, then و and bare المدينة (shadow text).
_PAIR = re.compile(r"(?<!\w)(?:[وفبل]|لل|وب)?مكه(?: المكرمه)? و(المدينه)(?! المنوره)(?!\w)")


def medina_by_mecca(gaz: Gazetteer, text: str, sh: Shadow, m: str, places: list[Place]) -> list[Place]:
    """المدينة joined to Mecca by و, coded as Medina (المدينة المنورة)."""
    if "مكه" not in m or not (hits := list(_PAIR.finditer(m))):
        return []
    medina = next(iter(gaz.lookup("المدينه المنوره", iso2="SA", level="populated_place")), None)
    if medina is None:
        return []
    out = []
    for hit in hits:
        o_s, o_e = sh.to_orig(*hit.span(1))
        if overlaps(places, o_s, o_e):
            continue
        out.append(entry_place(medina, text, o_s, o_e, "populated_place", 1,
                               f"{text[o_s:o_e]!r}: Medina, named bare beside Mecca (مكة والمدينة): {medina.label()}"))
    return out
