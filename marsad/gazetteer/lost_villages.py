"""Villages depopulated in 1948, which no data file holds: coded to Israel, precision 3.

A Palestinian archive names hundreds of villages emptied in 1948 ("قرية دير ياسين قبل حرب 1948", "قرية
كوفخة المدمرة، محافظة غزة", "من قرية صبارين / مخيم نور شمس"); GeoNames keeps few of them, and the unit the
caption names is the Mandate's (قضاء غزة reached Faluja), so the village fallback coded them to Gaza or to
a namesake far off.  All of them lie inside the 1949 armistice lines, so a village name the data lack (or
coded only by that fallback) is coded to Israel when its sentence says it was destroyed (المدمرة، المهجرة),
dates it by the war (1948، النكبة), or pairs it with the refugee camp its people live in ("/ مخيم").
A village called destroyed with neither of the other cues needs a Palestinian story, though: a sentence that names a
place in another country, or a text whose other places lie mostly elsewhere ("قرية الخربوطة المدمرة في ريف حمص"),
tells of another war's ruins.
"""

from __future__ import annotations

import re

from marsad.gazetteer.context import direction_of, type_of
from marsad.gazetteer.countries import country
from marsad.gazetteer.names import JOINABLE_HEADS
from marsad.gazetteer.unknown import FULL_STOP_CHARS, NOT_IN_GAZETTEER, NOT_NAMES, sentence_bounds
from marsad.model import Place
from marsad.text.normalize import Shadow

_NAME = r"[^\W\d_]{2,}"
#: The indefinite village word (القرية is the same village again) and its name: one word, or two after a
#: compound head (دير ياسين، ام الزينات).
_VILLAGE = re.compile(rf"(?<!\w)[وفبل]?قريه (?P<name>(?:(?:{'|'.join(sorted(JOINABLE_HEADS))}) )?{_NAME})"
                      rf"(?P<after> (?:المدمره|المهجره|المهدمه)| / مخيم)?")
#: The war that emptied them, in the same sentence (حرب 48 in the archive's oral histories).
_WAR = re.compile(r"(?<!\d)1948(?!\d)|(?<!\w)النكبه(?!\w)|(?:حرب|عام) \(? ?48(?!\d)")
#: The words that put a village in a town or unit, right before its name ("في ريف حمص"، "بريف دمشق").
_IN = re.compile(r"(?<!\w)(?:[وفب]?(?:في|ريف|محافظ[ةه]|مدين[ةه]|منطق[ةه])) $")
#: The words of this step's reason, which `romanized_towns` may replace as it does a fallback.
IN_1949_LINES = "inside Israel's 1949 lines"
#: The lands of the 1948 war's villages: Israel and the Palestinian territories the Mandate also held.
_LANDS = frozenset({"IL", "PS"})


def _elsewhere(places: list[Place], hit: list[Place], lo: int, hi: int) -> bool:
    """Whether the story lies in another land: a place of the sentence (original offsets lo..hi) outside
    `_LANDS`, or most of the text's other places outside them."""
    others = [p for p in places if p not in hit]
    if any(lo <= p.start < hi and p.iso2 not in _LANDS for p in others):
        return True
    return 2 * sum(p.iso2 in _LANDS for p in others) < len(others)


def _placed_elsewhere(text: str, places: list[Place], hit: list[Place], lo: int, hi: int) -> bool:
    """Whether the fallback coded the village to a town or unit outside `_LANDS` that its own sentence
    (original offsets lo..hi) puts it in ("ولد في قرية الزعفرانة عام 1948 في ريف حمص"): the year is
    another story's.  A land the villagers fled to ("إلى لبنان") or a camp they live in tells no such thing."""
    named = {(p.name, p.iso2) for p in places if p not in hit and lo <= p.start < hi and p.iso2 not in _LANDS
             and p.level != "country" and _IN.search(text, max(0, p.start - 12), p.start)}
    return any((p.name, p.iso2) in named for p in hit)


def lost_villages(text: str, sh: Shadow, places: list[Place]) -> list[Place]:
    """`places` with each such village name coded to Israel (replacing a fallback to a unit or namesake)."""
    m = sh.norm  # with its punctuation: the archive's "/" between village and camp
    il = None
    for x in _VILLAGE.finditer(m):
        last = x["name"].split(" ")[-1]
        if last in NOT_NAMES or type_of(last) or direction_of(last):
            continue
        s_lo, s_hi = sentence_bounds(m, x.start(), x.end(), FULL_STOP_CHARS)
        war = _WAR.search(m, s_lo, s_hi) is not None
        if not x["after"] and not war:
            continue
        o_s, o_e = sh.to_orig(*x.span("name"))
        hit = [p for p in places if p.start < o_e and o_s < p.end]
        if any(NOT_IN_GAZETTEER not in p.reason or p.iso2 == "IL" for p in hit):
            continue  # a name the data hold keeps its reading, and a fallback to a unit in Israel its unit
        if not war and "مخيم" not in x["after"] and _elsewhere(places, hit, *sh.to_orig(s_lo, s_hi)):
            continue  # only called destroyed: maybe another war's ruins
        if war and _placed_elsewhere(text, places, hit, *sh.to_orig(s_lo, s_hi)):
            continue  # "قرية الزعفرانة عام 1948 في ريف حمص": the sentence puts it in another land
        if il is None and (il := country("IL")) is None:
            return places
        why = (f"'{text[o_s:o_e]}', a village the data lack, " + ("is called destroyed or paired with a refugee camp"
               if x["after"] else "is dated by the 1948 war") + f": depopulated in 1948, {IN_1949_LINES}")
        places = [p for p in places if p not in hit] + [
            Place(start=o_s, end=o_e, text=text[o_s:o_e], name=il.name, name_ar=il.name_ar or None, country=il.name,
                  iso2=il.iso2, lat=il.lat, lon=il.lon, level="country", geo_precision=3, reason=why)]
    return places
