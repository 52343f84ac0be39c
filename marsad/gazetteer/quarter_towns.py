"""Quarters named after places far off: "حي القادسية غرب العاصمة العراقية", "بحي المفرق في قرية بني زيد".

Towns name their quarters after provinces, towns and battles elsewhere (Baghdad's al-Qadisiyah is not the
province, a quarter of a Diyala village not Jordan's Mafraq).  A name right after a quarter word (بحي، في حي)
that its sentence at once places in another town or unit (a direction word, في or a type word between, three
words at most) is a quarter of that place where its own reading lies in another first-level unit: coded to that
place, precision 2, as ACLED codes a neighbourhood.  A reading in the same unit, or a town near the place
(الحجر الأسود بدمشق: a town of Rural Damascus by the city), may be the quarter itself (a village the town grew
over) and stays; countries after حي are left to `streets` and `squares`.
"""

from __future__ import annotations

import re

from marsad.gazetteer.context import Words, direction_of, type_of
from marsad.gazetteer.distance import km
from marsad.gazetteer.mention import shadow_set
from marsad.gazetteer.streets import word_before
from marsad.gazetteer.unknown import SENTENCE_END, fallback, in_quarter
from marsad.model import Place
from marsad.text.normalize import Shadow

#: Words between the quarter's name and its place that are neither a direction nor a type word.
_LINKS = shadow_set({"في", "وسط", "بوسط", "قرب", "داخل"})
#: حي as a word of its own, after its proclitics (بحي، وفي حي).
_QUARTER_WORD = re.compile(r"(?<!\w)[وبل]{0,2}حي(?!\w)")
#: Words at most between the name and its place.
_MAX_GAP = 3
#: A town's reading this near the place may be the quarter itself (km).
_NEAR_KM = 30.0


def _linking(w: str) -> bool:
    """A word that may stand between a quarter's name and the place it lies in (غرب، في، قرية)."""
    return w in _LINKS or direction_of(w) is not None or type_of(w) is not None


def _place_after(sh: Shadow, words: Words, p: Place, later: list[Place]) -> Place | None:
    """The next place of `p`'s sentence when only linking words stand between (a glued ب counts as في)."""
    ne = sh.to_norm(p.end)
    q = next((q for q in later if q.start >= p.end), None)
    if q is None:
        return None
    qs = sh.to_norm(q.start)
    if SENTENCE_END.search(words.m, ne, qs):
        return None
    gap = words.between(ne, qs)
    if not gap and words.m[qs - 1:qs] != "ب":
        return None
    return q if len(gap) <= _MAX_GAP and all(_linking(w) for w in gap) else None


def _near(p: Place, town: Place) -> bool:
    """Is `p` a town within `_NEAR_KM` of `town`, so perhaps the quarter itself?"""
    if p.level != "populated_place" or p.lat is None or p.lon is None or town.lat is None or town.lon is None:
        return False
    return km(p.lat, p.lon, town.lat, town.lon) <= _NEAR_KM


def quarter_towns(sh: Shadow, words: Words, places: list[Place]) -> list[Place]:
    """`places` with a quarter named after a place of another unit recoded to the place it is said to lie in."""
    if not _QUARTER_WORD.search(words.m):
        return places  # most texts: حي only inside other words (حيث، صحيح)
    ordered = sorted(places, key=lambda p: (p.start, p.end))
    out: list[Place] = []
    for i, p in enumerate(ordered):
        k = word_before(sh, words, p) if p.level != "country" else None
        town = _place_after(sh, words, p, ordered[i + 1:]) if k is not None and in_quarter(words, k) else None
        if town is None or town.level == "country" or (town.iso2, town.admin1) == (p.iso2, p.admin1) or _near(p, town):
            out.append(p)
            continue
        out.append(fallback(p, town, f"{p.text!r} after حي and before {town.text!r} names a quarter of that "
                                     f"place, not {p.name} ({p.iso2}, {p.admin1})"))
    return out
