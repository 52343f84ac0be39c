"""A place named only to say where the place before it lies (منطقة دوما في الغوطة الشرقية لدمشق).

Such a place is a locator, not a second scene: the finer name before it is where the event happened.
A chain of locators (دوما ← الغوطة الشرقية ← دمشق) all defer to its first, finest link.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from marsad.model import Place
from marsad.text import normalize

#: Words that may stand between a place and its locator: a preposition of lying in (في، داخل، ضمن) or a
#: glued ب/ل left outside the name's span (بمحافظة إدلب، لدمشق).
_IN = frozenset({"في", "ب", "ل", "داخل", "بداخل", "ضمن"})
#: Finest first, as `marsad.events.location.LEVEL_RANK` (repeated: that module imports this one).
_LEVEL = {"populated_place": 0, "admin3": 1, "admin2": 2, "admin1": 3, "region": 3.5, "country": 4}


#: Words of belonging before the preposition (مدينة نوى السورية التابعة لمحافظة درعا).
_BELONGING = frozenset({"التابعه", "التابع", "التابعتين", "التابعين", "تتبع", "يتبع"})
#: How many characters may stand between a place and its locator (an adjective and التابعة with the ل).
LINK_GAP = 30
#: A governorate's noun the geocoder left outside the locator's span (المظيلة بولاية قفصة، زبيد في محافظة الحديدة):
#: with its preposition it still only says where the place before lies.  Not a district's (بمديرية كسمة): the
#: gazetteer often reads a district as its seat town, the finest place it knows for a village in it.
_UNIT_NOUNS = frozenset({"ولايه", "محافظه"})


def _unit_folded(words: list[str]) -> list[str]:
    """`words` with a trailing governorate's noun dropped and its glued ب/ل kept as the preposition (بولاية → ب,
    في محافظة → في), so that a locator whose span starts after that noun links as one that holds it."""
    if not words:
        return words
    last = words[-1]
    if last in _UNIT_NOUNS and len(words) > 1 and words[-2] in _IN:
        return words[:-1]
    if last[:1] in ("ب", "ل") and last[1:] in _UNIT_NOUNS:
        return [*words[:-1], last[0]]
    return words


def _linked(text: str, inner: Place, outer: Place) -> bool:
    """Does `outer` follow `inner` with only a preposition of lying in between (no comma, no و), or a word
    of belonging and its ل, a nationality adjective allowed before (نوى السورية التابعة لمحافظة درعا)?"""
    if inner.end > outer.start or outer.start - inner.end > LINK_GAP:
        return False
    words = _unit_folded(normalize(text[inner.end : outer.start]).split())
    if len(words) == 1:
        return words[0] in _IN
    if not words or words[-1] not in _IN or words[-2] not in _BELONGING:
        return False
    return all(w.startswith("ال") and w.endswith(("يه", "ي")) for w in words[:-2])


def _chain(text: str, place: Place, others: Sequence[Place]) -> Iterator[Place]:
    """The places before `place` that it locates, each linked to the next (`_linked`), nearest first:
    the Ghouta, then Douma, for Damascus in دوما في الغوطة الشرقية لدمشق."""
    outer = place
    for inner in reversed(sorted((q for q in others if q.end <= place.start), key=lambda q: q.start)):
        if not _linked(text, inner, outer):
            return
        yield inner
        outer = inner


def located_one(text: str, place: Place, others: Sequence[Place]) -> Place | None:
    """The place `place` says the whereabouts of (نوى for محافظة درعا in نوى التابعة لمحافظة درعا), the first
    link of its chain; None when it locates none."""
    chain = list(_chain(text, place, others))
    return chain[-1] if chain else None


def whereabouts(text: str, place: Place, others: Sequence[Place]) -> bool:
    """Is `place` the locator of a place named just before it that is at least as fine, or that is
    itself such a locator (دوما في الغوطة الشرقية لدمشق: both the Ghouta and Damascus)?"""
    level = _LEVEL.get(place.level, 6)
    return any(_LEVEL.get(inner.level, 6) <= level for inner in _chain(text, place, others))


def located_town(text: str, place: Place, places: Sequence[Place]) -> Place | None:
    """The place, at least as fine and in the same country, that `place` only locates (المظيلة for قفصة in
    المظيلة بولاية قفصة), the first link of its chain among `places`; None when it locates none.  `places` may
    hold names the scene's ranking set aside (one inside a group's name, عمال شركة الفوسفات في المظيلة): the
    locator after it still names that place's whereabouts, and ACLED codes the finest place the text gives."""
    first = located_one(text, place, places)
    if first is None or first.iso2 != place.iso2 or _LEVEL.get(first.level, 6) > _LEVEL.get(place.level, 6):
        return None
    return first
