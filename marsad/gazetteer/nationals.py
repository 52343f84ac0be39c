"""Phrases that name a country or its capital by its nationality adjective alone.

"العاصمة السعودية" is Riyadh and "الأراضي اليمنية" (or المدن، المناطق + adjective) is Yemen, though neither
names the place: reports use them as often as the name.  A state's title is its country too ("رئيس الجمهورية
البرتغالية", Portugal; المملكة المغربية، السلطنة العمانية); a title the gazetteer has whole (المملكة العربية
السعودية) is read there first.  "قرب الحدود التركية" is left out: read over 1,500 news articles, nearly every
border phrase placed an event on the other side (a Syrian town near Turkey).
The capital comes from GeoNames' country table (capitals.tsv, written by the gazetteer build);
"العاصمة اللبنانية بيروت" names its city, which the geocoder reads itself (see `Geocoder._framed`).
"""

from __future__ import annotations

import logging
from functools import lru_cache
from importlib import resources

from marsad.gazetteer.context import Words
from marsad.gazetteer.countries import country
from marsad.gazetteer.demonyms import demonym_country
from marsad.gazetteer.mention import shadow_set
from marsad.gazetteer.store import Entry, Gazetteer
from marsad.gazetteer.unknown import entry_place, overlaps
from marsad.model import Place
from marsad.text.normalize import Shadow
from marsad.text.tokenize import ARTICLE_RUNS

log = logging.getLogger(__name__)

#: The nouns (shadow form, without the article) and what the phrase names: the capital or the country.
_NOUNS = {"عاصمه": "capital", "اراضي": "country", "مدن": "country", "مناطق": "country",
          "جمهوريه": "country", "مملكه": "country", "سلطنه": "country"}
#: Each noun with its article and the proclitics before it (بالعاصمة، للأراضي، والمدن) -> the noun: the
#: tokenizer's article runs, the one list of them.
_FORMS = {run + n: n for n in _NOUNS for run in ARTICLE_RUNS}
#: The nouns that are a state's title, and the words before one that make it a name of its own ("وكالة أنباء
#: الجمهورية الإيرانية": the agency, as وكالة الأناضول is no Anatolia).
_TITLES = frozenset({"جمهوريه", "مملكه", "سلطنه"})
_AGENCY = shadow_set({"انباء", "وكاله"})


@lru_cache(maxsize=1)
def _capital_ids() -> dict[str, str]:
    """ISO2 -> the gazetteer row id of its capital (capitals.tsv, written by `marsad gazetteer build`)."""
    try:
        text = (resources.files("marsad.gazetteer") / "data" / "capitals.tsv").read_text(encoding="utf-8")
    except OSError as exc:
        log.warning("no capitals.tsv (%s): capitals are not read", exc)
        return {}
    return dict(line.split("\t", 1) for line in text.splitlines() if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def capital_ids() -> frozenset[str]:
    """The gazetteer row ids of the national capitals."""
    return frozenset(_capital_ids().values())


def capital(gaz: Gazetteer, iso2: str) -> Entry | None:
    """The gazetteer's town that GeoNames names as `iso2`'s capital."""
    rid = _capital_ids().get(iso2)
    return gaz.get(rid) if rid else None


def national_places(gaz: Gazetteer, text: str, sh: Shadow, words: Words, places: list[Place]) -> list[Place]:
    """"العاصمة السعودية" (Riyadh), "الأراضي اليمنية" (Yemen, precision 3): the noun and its adjective's place.

    Skipped where the span overlaps a place already found, and for the capital where a place name
    follows the adjective ("العاصمة اللبنانية بيروت": the name says which city).
    """
    out: list[Place] = []
    if not any(noun in words.m for noun in _NOUNS):
        return out  # most texts: no word to look at
    n = len(words.spans)
    for k in words.at(_FORMS):
        if k >= n - 1:
            break
        noun = _FORMS[words.word(k)]
        adj = words.word(k + 1)
        if not (adj.startswith("ال") and adj.endswith("ه")) or words.m[words.spans[k][1]:words.spans[k + 1][0]].strip(" "):
            continue
        iso2 = demonym_country(adj)
        c = country(iso2) if iso2 else None
        if c is None or (noun in _TITLES and k > 0 and words.word(k - 1) in _AGENCY):
            continue
        # the span keeps the article (الأراضي) but not a preposition (بالعاصمة); in للأراضي they are one لل
        word = words.word(k)
        ns = words.spans[k][0] + len(word) - len(noun) - (0 if word.endswith("لل" + noun) else 2)
        o_s, o_e = sh.to_orig(ns, words.spans[k + 1][1])
        if overlaps(places, o_s, o_e):
            continue
        phrase = text[o_s:o_e]
        if _NOUNS[noun] == "capital":
            if any(0 <= p.start - o_e <= 3 and not text[o_e:p.start].strip(" ،,") for p in places):
                continue
            town = capital(gaz, c.iso2)
            if town is None:
                continue
            out.append(entry_place(town, text, o_s, o_e, "populated_place", 1,
                                   f"{town.label()}: {phrase!r} names the capital of {c.name} by its nationality "
                                   f"adjective (GeoNames' capital: {town.name})"))
            continue
        out.append(Place(start=o_s, end=o_e, text=phrase, name=c.name, name_ar=c.name_ar or None, country=c.name,
                         iso2=c.iso2, lat=c.lat, lon=c.lon, level="country", geo_precision=3,
                         reason=f"{c.name} (country): {phrase!r} names the country by its nationality adjective"))
    return out
