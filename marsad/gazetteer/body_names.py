"""Names of body sentences the data lack that the text ties to a unit or a city after a direction.

Body sentences have no dateline; they name villages and quarters and then say where they lie:
"في الباغوز وهجين والمراشدة، شرقي محافظة دير الزور" (a list closed by a direction and a unit) and
"حي المحافظة شرقي مدينة تعز" (a quarter named by an ordinary word, then a direction and its city).  Each
unknown name is coded as ACLED does, to the unit or city the text names, precision 2, with the reason.
"""

from __future__ import annotations

import re

from marsad.gazetteer.context import Words, direction_of, type_of
from marsad.gazetteer.demonyms import demonym_country
from marsad.gazetteer.lists import list_items, opens_list
from marsad.gazetteer.store import Gazetteer
from marsad.gazetteer.unknown import NOT_NAMES, QUARTER_FORMS, UNIT_LEVELS, admin1_place, fallback, overlaps, unknown_place
from marsad.model import Place
from marsad.text.normalize import Shadow

#: How many words back from the direction a list closed by it may open (في + items).
_LIST_REACH = 14
#: The commas that close such a list (a word holds neither).
_COMMA = re.compile("[،,]")


def _place_at(places: list[Place], sh: Shadow, words: Words, i: int) -> Place | None:
    """The place whose span starts at word `i` (after its proclitics) or at the word after a type word there."""
    for j in (i, i + 1):
        if j >= len(words.spans):
            return None
        s, e = sh.to_orig(*words.spans[j])
        p = next((q for q in places if s <= q.start < e), None)
        if p is not None:
            return p
        if not type_of(words.word(j)):
            return None
    return None


def _directed_unit(places: list[Place], sh: Shadow, words: Words, d: int) -> Place | None:
    """The place a direction word at `d` places things in ("شرقي محافظة دير الزور"), or None."""
    w = words.word(d)
    if d + 1 >= len(words.spans) or w.startswith("ال") or direction_of(w) is None:
        return None
    if not words.clean_gap(words.spans[d][1], words.spans[d + 1][0]):
        return None
    return _place_at(places, sh, words, d + 1)


def _runs_to(words: Words, end: int, d: int) -> bool:
    """The list ends at the comma before `d`, or a last item joined by و runs there ("ومحيط السوسة": around
    a place, which the list cutter leaves out), three words at most."""
    rest = range(words.index_at(end - 1) + 1, d)
    return len(rest) <= 3 and (not rest or words.word(rest[0]).startswith("و"))


def _plain_name(words: list[str]) -> bool:
    """An item that may be a name: no ordinary word, list or type word, or nationality among its words."""
    return bool(words) and words[0].startswith("ال") and not any(
        w in NOT_NAMES or opens_list(w) or type_of(w) or direction_of(w) or demonym_country(w) for w in words)


def closed_lists(gaz: Gazetteer, text: str, sh: Shadow, words: Words, places: list[Place]) -> list[Place]:
    """"في الباغوز وهجين والمراشدة ومحيط السوسة، شرقي محافظة دير الزور": a list after في closed by a
    comma, a direction and a unit, with a place of that unit among its items, has its unknown definite
    items in that unit (precision 2)."""
    out: list[Place] = []
    for d in words.after_mark(_COMMA):
        if not 2 <= d < len(words.spans) - 1:
            continue
        unit = _directed_unit(places, sh, words, d)
        if unit is None or unit.level not in UNIT_LEVELS or not unit.admin1:
            continue
        k = next((i for i in range(d - 2, max(-1, d - _LIST_REACH), -1) if words.word(i) == "في"), None)
        if k is None:
            continue
        items = list_items(words, k)
        if len(items) < 2 or not _runs_to(words, items[-1][1], d):
            continue
        spans = [sh.to_orig(ns, ne) for ns, ne, _ in items]
        found = [next((p for p in places if p.start < oe and os_ < p.end), None) for os_, oe in spans]
        known = [p for p in found if p is not None]
        if not any(p.iso2 == unit.iso2 and p.admin1 == unit.admin1 for p in known) or any(
                (p.iso2, p.admin1) != (unit.iso2, unit.admin1) for p in known):
            continue
        a1 = gaz.admin1_entry(unit.iso2 or "", unit.admin1)
        container = unit if unit.level != "admin1" or a1 is None else admin1_place(a1, text, unit.start, unit.end)
        for (ns, ne, joined), (os_, oe), p in zip(items, spans, found, strict=True):
            if p is not None or not joined or not _plain_name(words.m[ns:ne].split()) or overlaps(out, os_, oe):
                continue
            here = unknown_place(text, os_, oe)
            out.append(fallback(here, container, f"{text[os_:oe]!r} is not in the gazetteer but is listed with "
                                                 f"places of {unit.admin1} before {words.word(d)!r} and that unit"))
    return out


def ordinary_quarters(text: str, sh: Shadow, words: Words, places: list[Place]) -> list[Place]:
    """"حي المحافظة شرقي مدينة تعز": an ordinary definite word after حي, followed at once by a direction and a
    town, is the name of a quarter of that town (precision 2)."""
    out: list[Place] = []
    for k in words.at(QUARTER_FORMS):
        if k >= len(words.spans) - 3:
            break
        j = k + 1
        w = words.word(j)
        os_, oe = sh.to_orig(*words.spans[j])
        if not (w.startswith("ال") and w.isalpha() and len(w) > 3) or overlaps(places, os_, oe):
            continue
        if not (words.clean_gap(words.spans[k][1], words.spans[j][0])
                and words.clean_gap(words.spans[j][1], words.spans[j + 1][0])):
            continue
        town = _directed_unit(places, sh, words, j + 1)
        if town is None or town.level != "populated_place":
            continue
        here = unknown_place(text, os_, oe)
        out.append(fallback(here, town, f"{text[os_:oe]!r} after حي and before {words.word(j + 1)!r} {town.text!r} "
                                        "names a quarter of that town"))
    return out
