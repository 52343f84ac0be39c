"""A place name found in a text, and what the geocoder learns about it on the way to one reading."""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.gazetteer.context import Around
from marsad.gazetteer.names import is_latin, name_key
from marsad.gazetteer.store import Hit


def shadow_set(words: set[str]) -> frozenset[str]:
    """Word lists written as Arabic is spelt, compared in the shadow form (ئ -> ي, ة -> ه, أ -> ا)."""
    return frozenset(name_key(w) for w in words)


@dataclass
class Mention:
    """One match of a gazetteer key: its spans (original and shadow), proclitics, readings and context."""

    start: int
    end: int
    nstart: int
    nend: int
    key: str
    prefix: str
    hits: list[Hit]
    around: Around | None = None
    parent: int | None = None
    child: bool = False
    ranked: list[tuple[float, int, list[str]]] = field(default_factory=list)
    weak: bool = False
    #: the country of a nationality adjective framing the name ("العاصمة الأردنية عمان")
    framed: str | None = None
    #: the link to the parent names a unit or a direction ("في محافظة درعا", "غربي إدلب")
    contained: bool = False
    glued: bool = False  # contained only by a glued ب ("زبيد بالحديدة")
    area_in: bool = False  # contained only as a village or area after في ("منطقة المرج في الغوطة")
    directed: bool = False  # the link to the parent is a direction (سامراء شمال بغداد): near it, not in it
    #: "في المنصورة في مصر": a bare في links the name to its parent, and في or ب stands before the name
    placed_in: bool = False
    #: an adjective that continues the name follows ("الوادي الأحمر")
    continued: bool = False
    #: coordinated with a city or after وسط ("بين عمان ودمشق"): city readings are preferred
    city_company: bool = False
    #: after a border word ("الحدود مع غزة"): the unit named after the town, not the town
    border: bool = False

    @property
    def latin(self) -> bool:
        return is_latin(self.key)

    def promote(self, r: tuple[float, int, list[str]], why: str) -> None:
        """Put reading `r` first, its score kept, with `why` (the rule that overrode the scores) added to its reasons."""
        self.ranked = [(r[0], r[1], [*r[2], why])] + [x for x in self.ranked if x is not r]


def listed_after(a: Mention, b: Mention, m: str) -> bool:
    """`b` follows `a` in a list: joined by و, with only spaces and a comma between them (درنة وصبراته، بيروت، والجنوب)."""
    return b.prefix[:1] == "و" and not m[a.nend : b.nstart - len(b.prefix)].strip(" ،,")
