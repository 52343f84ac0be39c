"""A named site told again by its noun alone (مطار الحديدة ... اشتباكات عند الأطراف الشمالية للمطار).

A story names an airport or a port once with its town and then calls it المطار, الميناء: a trigger whose
clause names no place but that noun happened at the site told before, in its town.  The other way round,
a lead may call a base by its noun and its town only (تستهدف قاعدته الرئيسية في اللاذقية) and the next
sentence name it (قرب قاعدة حميميم الجوية بمحافظة اللاذقية): the named base is the scene.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from marsad.model import Place
from marsad.text import normalize

#: Site nouns, bare (before a town: مطار الحديدة) and definite (told again alone: للمطار، داخل الميناء).
_SITES = {"مطار": re.compile(r"(?<!\S)[وفبل]?(?:ال|لل)مطار(?!\S)"), "ميناء": re.compile(r"(?<!\S)[وفبل]?(?:ال|لل)ميناء(?!\S)")}
_BARE = frozenset({"", "و", "ب", "ل", "وب", "ول"})
#: Missions, named with their state between the noun and the town (قنصلية بلاده في إسطنبول، القنصلية السعودية
#: بإسطنبول) and told again alone (قتل في القنصلية): at the town the mission was named in.
_MISSIONS = {"قنصليه": re.compile(r"(?<!\S)[وفبل]?(?:ال|لل)قنصليه(?!\S)"),
             "سفاره": re.compile(r"(?<!\S)[وفبل]?(?:ال|لل)سفاره(?!\S)")}
#: How many words (the state: السعودية، بلاده، المملكة العربية السعودية) may stand between the mission's noun
#: and the في or ب that reaches its town.
MISSION_REACH = 3
#: How many sentences back the site may have been named.
SITE_BACK = 6


def _noun_before(text: str, place: Place) -> str | None:
    """The site noun right before the place's name (مطار الحديدة، بميناء الحديدة), or None."""
    head = text[max(0, place.start - 12) : place.start].split()
    if not head:
        return None
    word = normalize(head[-1])
    return next((n for n in _SITES if word.endswith(n) and word[: -len(n)] in _BARE), None)


def site_told_before(
    text: str, by_sentence: Mapping[int, Sequence[Place]], sent_idx: int, clause: tuple[int, int]
) -> Place | None:
    """The place after the bare site noun (مطار الحديدة) in the nearest of the `SITE_BACK` sentences before, when
    the trigger's clause calls that site by its definite noun alone (للمطار); else None."""
    said = normalize(text[clause[0] : clause[1]])
    nouns = [n for n, rx in _SITES.items() if rx.search(said)]
    missions = [n for n, rx in _MISSIONS.items() if rx.search(said)]
    if len(nouns) + len(missions) != 1:
        return None
    for back in range(1, SITE_BACK + 1):
        named = [p for p in by_sentence.get(sent_idx - back, ())
                 if (nouns and _noun_before(text, p) == nouns[0]) or (missions and _mission_before(text, p) == missions[0])]
        if named:
            return named[-1]
    return None


def _mission_before(text: str, place: Place) -> str | None:
    """The mission noun a town is reached from by في or ب, at most `MISSION_REACH` words back, none of them
    punctuation (قنصلية بلاده في إسطنبول، القنصلية السعودية بإسطنبول), or None."""
    head = text[max(0, place.start - 60) : place.start]
    if re.search(r"[،,.؛:\n\"«»]", head.split("قنصلي")[-1].split("سفار")[-1]):
        return None
    words = [normalize(w) for w in head.split()]
    glued = bool(words) and not text[place.start - 1 : place.start].isspace()  # بإسطنبول: the ب is glued
    if not glued and (not words or words[-1] not in ("في", "وفي")):
        return None
    if glued and normalize(text[place.start - 1 : place.start]) != "ب":
        return None
    pool = words if glued else words[:-1]
    for w in reversed(pool[-(MISSION_REACH + 1) :]):
        for noun in _MISSIONS:
            if w.lstrip("وفبل").removeprefix("ال").startswith(noun[:-1]):
                return noun
    return None


#: A base called by its noun alone, with a pronoun or the article (قاعدته، قاعدتها، القاعدة).
_BASE_RE = re.compile(r"(?<!\S)[وفبل]?(?:ال|لل)?قاعد(?:ه|ته|تها|تهم|تنا)(?!\S)")
#: The base's noun, opening the name of a place of the next sentence (قاعدة حميميم) or right before it.
_BASE_NOUNS = frozenset({"قاعده", "القاعده", "بقاعده", "لقاعده", "وقاعده"})


def _named_base(text: str, place: Place) -> bool:
    """Is the place a base by name: its own first word or the word before it is قاعدة?"""
    own = normalize(place.text).split()
    head = text[max(0, place.start - 12) : place.start].split()
    return (len(own) > 1 and own[0] in _BASE_NOUNS) or (bool(head) and normalize(head[-1]) in _BASE_NOUNS)


def base_named_after(
    text: str, by_sentence: Mapping[int, Sequence[Place]], sent_idx: int, clause: tuple[int, int], area: Place
) -> Place | None:
    """The base the next sentence names (قاعدة حميميم) in the trigger's place `area`'s governorate, when
    the trigger's clause calls a base by its noun alone (قاعدته في اللاذقية); else None."""
    if area.admin1 is None or not _BASE_RE.search(normalize(text[clause[0] : clause[1]])):
        return None
    return next((p for p in by_sentence.get(sent_idx + 1, ())
                 if p.iso2 == area.iso2 and p.admin1 == area.admin1 and p.name != area.name and _named_base(text, p)),
                None)
