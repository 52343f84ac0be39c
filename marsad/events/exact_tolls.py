"""A vague amount of dead (عشرات القتلى) yields to an exact figure of the same incident (29 طفلا قتلوا).

ACLED codes "dozens" as 10 only when a report gives no number; an exact figure from a named source is the
conservative count, and it agrees with the vague words around it (29 are "dozens").  Taking the lowest of
all figures let the stand-in 10 beat every real count it was told beside.  The same holds when the exact
figure comes in a retelling ("موقعة عشرات القتلى" / "إن أكثر من 25 حوثيا قتلوا في هجمات الجيش"): a retelling's
toll otherwise yields to the first account's (`Assembler._merge`).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.fatalities import Toll
from marsad.model import Fatalities
from marsad.text import find_quantities, normalize, tokenize


def prefer_exact(killed: Sequence[Toll]) -> list[Toll]:
    """The killed figures to weigh: the exact ones when there are any, else all."""
    exact = [t for t in killed if not t.quantity.vague and t.quantity.best is not None]
    return exact or list(killed)


def vague_only(fat: Fatalities) -> bool:
    """Every figure of a coded toll is a vague amount (its words read back: "مصرع عشرات; مقتل العشرات")."""
    if fat.best is None or not fat.text:
        return False
    for part in fat.text.split("; "):
        qs = find_quantities(part, tokenize(part))
        if not qs or any(not q.vague for q in qs):
            return False
    return True


#: Words of a retold figure that count a part of the dead (shadow form): "4 من القتلى نساء"، "12 من الضحايا"، "3 قادة
#: ميدانيين"، "بينهم 5 ضباط": the vague whole still stands for the toll.
_PART = frozenset({"القتلي", "الضحايا", "الشهداء", "قاده", "قيادات", "قياديين", "قياديا", "ضباط", "ضابطا", "نساء"})


def retold_exact(first: Fatalities, retold: Fatalities) -> bool:
    """A retelling's toll is exact where the first account gave only a vague amount: it is the count,
    as an exact figure beside a vague one is (`combine` then drops the vague side).  A figure of a part of
    the dead (`_PART`) is no count of them all."""
    if retold.best is None or not vague_only(first) or vague_only(retold):
        return False
    return not any(normalize(w) in _PART for w in (retold.text or "").split())
