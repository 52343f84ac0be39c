"""A bare name that a distance from a known place places: "هاجمت القوات كولكول التي تبعد 35 كيلومترا
شمالي بلدة الفاشر".

A relative clause measuring kilometres from a town ("التي تبعد N كلم شمال X"، "الواقعة على بعد N كلم من X")
says the word before it is a place, and where: a village the data lack is coded to that town, precision 2,
as `placed_names` codes one a compass word places.  The word must be a possible name (`is_bare_name`), and
the known place must follow the distance at once or after its type word (بلدة الفاشر), and lie under
100 km away (250 km from a capital places nothing).
"""

from __future__ import annotations

import re

from marsad.gazetteer.context import Words, direction_of, type_of
from marsad.gazetteer.placed_names import is_bare_name
from marsad.gazetteer.unknown import fallback, overlaps, unknown_place
from marsad.model import Place
from marsad.text.normalize import Shadow

_NAME = r"[^\W\d_]{3,}"
#: The name, the clause of distance, its number and unit (shadow text); what follows is read word by word.
_MEASURED = re.compile(
    rf"(?:^|(?<=\s))(?P<a>{_NAME}) ?[,،]? (?:التي تبعد|الذي يبعد|الواقعه علي بعد|الواقع علي بعد) "
    r"(?:نحو |حوالي |قرابه )?(?P<km>\d+) ?(?:كيلومترا|كيلومترات|كيلومتر|كلم|كم|ميلا|اميال)(?!\w)")
#: A place this far or farther is measured from a landmark, not placed by it (as `unknown._FAR_KM`).
_FAR_KM = 100
#: Words between the distance and the place: "إلى" and "من"/"عن" (نحو 50 كم إلى الشمال من).
_BETWEEN = frozenset({"الي", "من", "عن"})


def _place_after(words: Words, k: int, places: list[Place], sh: Shadow) -> Place | None:
    """The known place (no country) that starts after word `k` past compass words, الى/من/عن and one
    type word (بلدة الفاشر), or None."""
    n = len(words.spans)
    j, typed = k + 1, False
    while j < n and j <= k + 5:
        w = words.word(j)
        s = sh.to_orig(words.spans[j][0], words.spans[j][0])[0]
        unit = next((p for p in places if p.start == s and p.level != "country"), None)
        if unit is not None:
            return unit
        if w in _BETWEEN or (direction_of(w) is not None and not w.startswith("ال")):
            j += 1
        elif not typed and type_of(w) is not None:
            j, typed = j + 1, True
        else:
            return None
    return None


def measured_names(text: str, sh: Shadow, words: Words, places: list[Place]) -> list[Place]:
    """Each bare name that such a clause measures from a known place, coded to that place."""
    if "بعد" not in words.m:
        return []
    out: list[Place] = []
    for run in _MEASURED.finditer(words.m):
        if int(run.group("km")) >= _FAR_KM or not is_bare_name(run.group("a")):
            continue
        unit = _place_after(words, words.index_at(run.end() - 1), places, sh)
        o_s, o_e = sh.to_orig(*run.span("a"))
        if unit is None or overlaps(places, o_s, o_e) or overlaps(out, o_s, o_e):
            continue
        out.append(fallback(unknown_place(text, o_s, o_e), unit,
                            f"{text[o_s:o_e]!r}, measured in kilometres from {unit.text!r}, is not in the gazetteer"))
    return out
