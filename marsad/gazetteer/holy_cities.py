"""Medina named as bare المدينة: beside Mecca ("تضم مكة والمدينة"), or in a story of the Prophet's era.

The data keep Medina as المدينة المنورة, since bare المدينة is "the city", which refers back to any town.
Joined by و right after Mecca ("مكة والمدينة"، "مكة المكرمة والمدينة") it is the other holy city, as the
pair is always said; coded like Medina itself.  In a sentence told in the words of early Islamic history
(الصحابة، استخلف على، صلى الله عليه وسلم، رضي الله عنه) "the city" is the Prophet's
city ("استخلفه محمد على المدينة"، "وهو بالمدينة"): those words name no town of today's news.
"""

from __future__ import annotations

import re

from marsad.gazetteer.store import Gazetteer
from marsad.gazetteer.unknown import FULL_STOP_CHARS, sentence_bounds, spans_at_city
from marsad.model import Place
from marsad.text.normalize import Shadow

#: Medina's key in the data (shadow form).
_MEDINA = "المدينه المنوره"
#: Mecca, with its epithet or not, then و and bare المدينة (shadow text).
_PAIR = re.compile(r"(?<!\w)(?:[وفبل]|لل|وب)?مكه(?: المكرمه)? و(المدينه)(?! المنوره)(?!\w)")


#: Words of the Prophet's era and the early caliphate (shadow text): the Companions, a deputy left over the
#: city (استخلف), the blessings said after the Prophet and a Companion.  Left out after the ANT check: أنصار
#: ("جماعة أنصار الشريعة" held Derna, "the city" of those stories) and المهاجرين (today's migrants).
_ERA = re.compile(r"(?<!\w)(?:[وفبل]|ول)?(?:ال)?(?:صحابه|صحابي)(?!\w)"
                  r"|(?<!\w)[وف]?استخلف|صلي الله عليه وسلم|رضي الله عن")
#: Bare المدينة with its proclitics, no adjective or name with ال after it (المدينة القديمة، المدينة المنورة;
#: إلى, folded الي, may follow).
_BARE = re.compile(r"(?<!\w)(?:[وفبل]|لل|وب|ول)?(المدينه)(?! ال\w\w)(?!\w)")


def medina_of_the_era(gaz: Gazetteer, text: str, sh: Shadow, m: str, places: list[Place]) -> list[Place]:
    """Bare المدينة in a sentence told in the words of early Islamic history, coded as Medina."""
    if "المدينه" not in m or not _ERA.search(m):
        return []
    spans = [h.span(1) for h in _BARE.finditer(m) if _ERA.search(m, *sentence_bounds(m, *h.span(1), FULL_STOP_CHARS))]
    return spans_at_city(gaz, _MEDINA, "SA", text, sh, spans, places, 1,
                         lambda said, medina: f"{said!r}: Medina, named bare in a story of the Prophet's era: "
                                              f"{medina.label()}")


def medina_by_mecca(gaz: Gazetteer, text: str, sh: Shadow, m: str, places: list[Place]) -> list[Place]:
    """المدينة joined to Mecca by و, coded as Medina (المدينة المنورة)."""
    if "مكه" not in m:
        return []
    return spans_at_city(gaz, _MEDINA, "SA", text, sh, (h.span(1) for h in _PAIR.finditer(m)), places, 1,
                         lambda said, medina: f"{said!r}: Medina, named bare beside Mecca (مكة والمدينة): "
                                              f"{medina.label()}")
