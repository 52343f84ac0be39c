"""Mina (منى), the Hajj site east of Mecca, in a story of the Hajj.

The data have no row for Mina, and منى alone is far more often a woman's name (منى الشاذلي), so it is a
place only where the story speaks of the pilgrimage (الحج، الحجاج، عرفات، الجمرات).  It is coded to Mecca,
the city it belongs to, precision 2, as ACLED codes a site the gazetteer lacks by the place that holds it.
"""

from __future__ import annotations

import re

from marsad.gazetteer.store import Gazetteer
from marsad.gazetteer.unknown import spans_at_city
from marsad.model import Place
from marsad.text.normalize import Shadow

#: Words of a Hajj story (shadow forms).
_HAJJ = re.compile(r"(?<!\w)(?:[وفبل]|لل)?(?:ال)?(?:حج|حجاج|حجيج|عرفات|جمرات)(?!\w)")
#: منى with a clitic or not, or after مشعر.
_MINA = re.compile(r"(?<!\w)(?:[وفبل]|وب)?((?:مشعر )?مني)(?!\w)")


def hajj_sites(gaz: Gazetteer, text: str, sh: Shadow, m: str, places: list[Place]) -> list[Place]:
    """Mina in a story of the Hajj, coded to Mecca (precision 2)."""
    if "مني" not in m or not _HAJJ.search(m):
        return []
    return spans_at_city(gaz, "مكه المكرمه", "SA", text, sh, (h.span(1) for h in _MINA.finditer(m)), places, 2,
                         lambda said, mecca: f"{said!r}: Mina, the Hajj site the data lack, in a story of the Hajj: "
                                             f"coded to the city that holds it, {mecca.label()}, precision 2")
