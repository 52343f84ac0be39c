"""Streets named after places: "شارع صنعاء وسط الحديدة", "شارع الجلاء في وسط القاهرة", "درب الجنينة".

A name right after a street word is the street's, not the town's: ACLED codes a street to the town it
lies in (precision 1).  The town is the place the sentence names right after it (وسط X، في X، بX);
without one, a town of another country than the story's is dropped for the story's country
(precision 3) rather than kept as a wrong town; one of the story's country goes to the town the story
names most (precision 2) or stays as it was.

A country's name after a street word names the street too (شارع فلسطين runs through Baghdad): it goes to the
town named right after it (وسط X، بX), else to the story's other country (precision 3); named
alone, or in a story of that very country, it stays.  The street word itself heading a name is no town
(درب السلطان is a quarter of Casablanca, not Ad Darb of Saudi Arabia): the geocoder drops it (`STREET_HEADS`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from marsad.gazetteer.context import Words
from marsad.gazetteer.countries import Country, country
from marsad.gazetteer.mention import shadow_set
from marsad.gazetteer.unknown import SENTENCE_END
from marsad.model import Place
from marsad.text.normalize import Shadow
from marsad.text.tokenize import CLITIC_RUNS, SINGLE


def clitic_forms(heads: Iterable[str]) -> frozenset[str]:
    """The head words (shadow forms) bare and behind every proclitic run the tokenizer leaves on a word (وبشارع)."""
    return frozenset(run + w for w in heads for run in ("", *CLITIC_RUNS, *SINGLE))


_STREETS = shadow_set({"شارع", "درب", "زقاق"})
#: The street words as a mention's key: heading a longer name they are its word, not a town (درب السلطان).
STREET_HEADS = _STREETS
_STREET_FORMS = clitic_forms(_STREETS)
#: Words that may stand between a street's name and its town: "وسط الحديدة", "في وسط القاهرة".
_TO_TOWN = shadow_set({"في", "وسط", "بوسط", "مدينه", "بمدينه", "العاصمه", "بالعاصمه"})


def streets(text: str, sh: Shadow, words: Words, places: list[Place]) -> list[Place]:
    """`places` with every town read from a street's name recoded to the street's town."""
    if not any(w in words.m for w in _STREETS):
        return sorted(places, key=lambda p: (p.start, p.end))
    ordered = sorted(places, key=lambda p: (p.start, p.end))
    main = Counter(p.iso2 for p in ordered if p.iso2).most_common(1)
    story = main[0][0] if main else None
    out = []
    for i, p in enumerate(ordered):
        if p.level == "country" and _after_street(sh, words, p):
            out.append(_street_site(sh, words, p, ordered, i) or p)
            continue
        if p.level == "country" or "not in the gazetteer" in (p.reason or "") or not _after_street(sh, words, p):
            out.append(p)
            continue
        town = town_after(sh, words, p, ordered[i + 1:])
        home = None if town is not None else _story_town(ordered, p)
        if home is not None:
            out.append(replace(home, start=p.start, end=p.end, text=p.text, runner_up=None, geo_precision=2,
                               reason=f"a street named after {p.name}, in a story of {home.name}: coded to "
                                      f"that town, the one the story names most"))
        elif town is not None:
            out.append(site_in(p, town, "street"))
        elif story and p.iso2 != story and (c := country(story)) is not None:
            out.append(_in_country(p, c, f"a street named after {p.name}, in a story of {c.name}: coded to "
                                         f"that country"))
        else:
            out.append(p)
    return out


def _street_site(sh: Shadow, words: Words, p: Place, ordered: list[Place], i: int) -> Place | None:
    """The place a street named `p` lies in: the town the sentence names right after it, else
    the country the rest of the story names most, when that is not `p`'s own; None without one."""
    town = town_after(sh, words, p, ordered[i + 1:])
    if town is not None and town.iso2 != p.iso2:
        return site_in(p, town, "street")
    rest = Counter(q.iso2 for j, q in enumerate(ordered) if j != i and q.iso2
                   and not (q.level == "country" and _after_street(sh, words, q))).most_common(2)
    if not rest or rest[0][0] == p.iso2 or (len(rest) > 1 and rest[1][1] == rest[0][1]):
        return None
    c = country(rest[0][0])
    if c is None:
        return None
    return _in_country(p, c, f"a street named {p.text!r}, in a story of {c.name}: coded to that country")


def _in_country(p: Place, c: Country, reason: str) -> Place:
    """`p`, a street whose town the text does not give, coded to the country `c` alone (precision 3)."""
    return replace(p, name=c.name, country=c.name, iso2=c.iso2, admin1=None, admin2=None, admin3=None, pcode=None,
                   geonameid=None, lat=c.lat, lon=c.lon, level="country", geo_precision=3, runner_up=None,
                   reason=reason)


def _story_town(places: list[Place], p: Place) -> Place | None:
    """The town the story names most (twice at least) in `p`'s country, when it is not `p`'s own
    town: شارع "يافا" in a story of Jerusalem lies in Jerusalem, not in Jaffa."""
    towns = Counter(q.geonameid for q in places if q.level == "populated_place" and q.iso2 == p.iso2
                    and q.geonameid and "street" not in (q.reason or ""))
    if not towns:
        return None
    gid, n = towns.most_common(1)[0]
    if n < 2 or gid == p.geonameid or sum(c == n for c in towns.values()) > 1:
        return None
    return next(q for q in places if q.geonameid == gid)


def _after_street(sh: Shadow, words: Words, p: Place) -> bool:
    """The word before the name (past an opening quote) is a street word."""
    return after_word(sh, words, p, _STREET_FORMS)


def after_word(sh: Shadow, words: Words, p: Place, forms: frozenset[str]) -> bool:
    """The word right before the name (past an opening quote) is one of `forms`."""
    k = word_before(sh, words, p)
    return k is not None and words.word(k) in forms and words.quote_gap(words.spans[k][1], sh.to_norm(p.start))


def word_before(sh: Shadow, words: Words, p: Place) -> int | None:
    """The index of the word right before the name, when the name opens its own token (a street's,
    a square's or a gate's word stands there)."""
    ns = sh.to_norm(p.start)
    k = words.index_at(ns)
    if k < 1 or words.spans[k][0] < ns:  # the name glued to a proclitic inside its own token
        return None
    return k - 1


def town_after(sh: Shadow, words: Words, p: Place, later: list[Place]) -> Place | None:
    """The first later place of the sentence, with only في/وسط/مدينة (or a glued ب) between."""
    ne = sh.to_norm(p.end)
    for q in later:
        if q.level == "country":
            continue
        qs = sh.to_norm(q.start)
        if qs < ne or SENTENCE_END.search(words.m, ne, qs):
            return None
        gap = words.between(ne, qs)
        glued = words.m[qs - 1:qs] == "ب"
        return q if len(gap) <= 2 and all(w in _TO_TOWN for w in gap) and (gap or glued
                                                                             or not words.m[ne:qs].strip()) \
            else None
    return None


def site_in(p: Place, town: Place, what: str) -> Place:
    """`p`, a `what` (square, gate) named after another place, coded to the `town` it lies in."""
    return replace(town, start=p.start, end=p.end, text=p.text, runner_up=None,
                   geo_precision=1 if town.level == "populated_place" else 2,
                   reason=f"a {what} named after {p.name}: coded to the place it lies in, {town.name} ({town.level})")


def town_before(sh: Shadow, words: Words, p: Place, earlier: list[Place]) -> Place | None:
    """The nearest town of the same sentence before `p` (a populated place)."""
    ns = sh.to_norm(p.start)
    for q in reversed(earlier):
        if SENTENCE_END.search(words.m, sh.to_norm(q.end), ns):
            return None
        if q.level == "populated_place":
            return q
    return None
