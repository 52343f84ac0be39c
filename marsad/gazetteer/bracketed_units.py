"""A name the data lack followed by its province in brackets: "مستشفى بوفاريك (ولاية البليدة)" (issue 3).

News agencies name a small town and, in brackets, the province or district that holds it, so a reader abroad
can place it.  When the gazetteer has no Arabic form of the town (GeoNames may carry only its Latin name), the
bracket still says where it is: the word before the bracket is coded to the unit named inside, precision 2,
as ACLED codes a locality by the unit the text puts it in.  Common words stay out (the same tests as other
bare names placed by their context).
"""

from __future__ import annotations

import re

from marsad.gazetteer.context import Words
from marsad.gazetteer.placed_names import is_bare_name
from marsad.gazetteer.unknown import fallback, overlaps, unknown_place
from marsad.model import Place
from marsad.text.normalize import Shadow

#: One name, an opening bracket and a unit word of a province or district (normalised: ة read as ه).
_BRACKET = re.compile(r"(?:^|(?<=\s))(?P<a>[^\W\d_]{3,}) \((?P<u>ولايه|محافظه|اقليم|مديريه|قضاء) ")
_UNITS = frozenset({"admin1", "admin2"})
#: The bracket and unit word alone: a text without them has no such run (a quick test before `_BRACKET`'s search).
_OPENED_UNIT = re.compile(r"\((?:ولايه|محافظه|اقليم|مديريه|قضاء) ")


def bracketed_units(text: str, sh: Shadow, words: Words, places: list[Place]) -> list[Place]:
    """Each unknown name right before "(unit-word Place": coded to that place."""
    out: list[Place] = []
    if not _OPENED_UNIT.search(words.m):
        return out
    for run in _BRACKET.finditer(words.m):
        name = run.group("a")
        if not is_bare_name(name):
            continue
        # the unit's span may hold its unit word (ولاية البليدة) or start after it
        at = {sh.to_orig(run.start("u"), run.start("u"))[0], sh.to_orig(run.end(), run.end())[0]}
        unit = next((p for p in places if p.start in at and p.level in _UNITS), None)
        if unit is None:
            continue
        o_s, o_e = sh.to_orig(*run.span("a"))
        if overlaps(places, o_s, o_e) or overlaps(out, o_s, o_e):
            continue
        here = unknown_place(text, o_s, o_e)
        out.append(fallback(here, unit, f"{text[o_s:o_e]!r}, named before its unit in brackets "
                                        f"({unit.text!r}), is not in the gazetteer"))
    return out
