"""Units named by a bare compass noun, in a list of their country's places: "بيروت والجنوب والبقاع" (issue 3).

Lebanon's South and North governorates are called الجنوب and الشمال, words that elsewhere are only
directions ("من الشمال إلى الجنوب"), so the geocoder drops them.  Listed with a Lebanese place (Beirut, a
sister governorate, Tripoli) they are those units, as two labelled sets code them ("بيروت وطرابلس والجنوب",
"بيروت والجنوب والبقاع وجبل لبنان").  Only an item joined by و to a place of the unit's own country counts,
and a definite word after the noun ("الجنوب السوري"، "الشمال الغربي") makes it a longer name, not the unit.

In a country with no unit so called the noun listed so is that country's part ("في النجف وكربلاء والجنوب": the
south of Iraq), a country-relative region as "جنوب البلاد" is (round 41); only after the place, joined by و, as
"the West" (روسيا والغرب) is a bloc, not a part, and "الشرق"/"الغرب" are never read so.

Round 44: a list may repeat its preposition ("في الجنوب وفي الشمال وفي بيروت"), Lebanon's Mount Lebanon is
"الجبل" in such a list ("وفي بيروت والجبل والبقاع"), and a place of the unit followed by في and the noun is in
that unit ("مخيم البداوي في الشمال": the camp lies in the North governorate, so the noun is the unit).

Round 53: after في or منطقة, in a sentence that names the unit's country by its adjective or a place of it
("نشر الجيش اللبناني في الجنوب", "سيطرة الجيش اللبناني على منطقة الجنوب"), the noun is the unit too.
"""

from __future__ import annotations

from marsad.gazetteer.context import Words, direction_of
from marsad.gazetteer.countries import country
from marsad.gazetteer.demonyms import demonym_country
from marsad.gazetteer.mention import shadow_set
from marsad.gazetteer.names import name_key
from marsad.gazetteer.store import Entry, Gazetteer
from marsad.gazetteer.unknown import PRECISION, SENTENCE_END, entry_place, overlaps, sentence_start
from marsad.model import Place
from marsad.text.normalize import Shadow

#: The compass nouns some unit is named by (the gazetteer says which: Lebanon's South and North).
_COMPASS = shadow_set({"الجنوب", "الشمال"})
#: Words after the noun that make it a direction: "الجنوب من طرابلس" is south of Tripoli.
_DIRECTION_AFTER = shadow_set({"من"})
#: Nouns that name a unit by its first word alone, only in a list of that unit's country: Lebanon's press
#: writes "بيروت والجبل" for Mount Lebanon.  Never a country's part (they are no compass words).
_SHORT_UNITS = {name_key("الجبل"): name_key("جبل لبنان")}
#: The words the pass reads: a compass noun or a short unit name, bare or behind و (a word opening with و is
#: read without it, so a noun itself opening with و is taken only behind another).
_NOUN_WORDS = frozenset({n for n in (*_COMPASS, *_SHORT_UNITS) if n[:1] != "و"}
                        | {"و" + n for n in (*_COMPASS, *_SHORT_UNITS)})
#: Words after which the compass noun is a scene, not a heading: "نشر الجيش اللبناني في الجنوب", "على منطقة الجنوب"
#: (not إلى: "من الشمال إلى الجنوب" is a direction).
_SCENE_BEFORE = shadow_set({"في", "وفي", "منطقه", "بمنطقه", "لمنطقه"})
#: What may join two items of a list besides a bare و: a repeated preposition ("في الجنوب وفي الشمال").
_JOINERS = ("و", "وفي", "و في")


def compass_units(gaz: Gazetteer, text: str, sh: Shadow, words: Words, places: list[Place]) -> list[Place]:
    """Each bare compass noun joined by و to a place of the country whose unit it names, as that unit."""
    out: list[Place] = []
    added = True
    while added:  # "الشمال والجنوب والبقاع": a unit found may place the item before it
        added = False
        for k in words.at(_NOUN_WORDS):
            w = words.word(k)
            prefix = "و" if w[:1] == "و" else ""
            noun = w[len(prefix):]
            if noun not in _COMPASS and noun not in _SHORT_UNITS:
                continue
            unit = _unit(gaz, noun)
            nxt = words.next_word(k)
            if nxt.startswith("ال") or nxt in _DIRECTION_AFTER:
                continue
            s, e = words.spans[k]
            o_s, o_e = sh.to_orig(s + len(prefix), e)
            known = places + out
            if overlaps(known, o_s, o_e):
                continue
            word_start = sh.to_orig(s, e)[0] if prefix else None
            if unit is not None and (mate := _listed_with(text, known, word_start, o_s, o_e, unit.iso2)
                                     or _within(text, known, o_s, unit)) is not None:
                out.append(entry_place(unit, text, o_s, o_e, unit.level, PRECISION.get(unit.level, 3),
                                       f"{unit.name} ({unit.level}, {unit.iso2}): {text[o_s:o_e]!r}, a compass "
                                       f"noun that names the unit, listed with or holding {mate.text!r} "
                                       f"({mate.name}, {mate.iso2})"))
                added = True
                continue
            if unit is not None and noun in _COMPASS and not prefix and words.prev_word(k) in _SCENE_BEFORE \
                    and (mate := _national_sentence(text, sh, words, k, known, unit)) is not None:
                out.append(entry_place(unit, text, o_s, o_e, unit.level, PRECISION.get(unit.level, 3),
                                       f"{unit.name} ({unit.level}, {unit.iso2}): {text[o_s:o_e]!r}, a compass "
                                       f"noun that names the unit, in a sentence about its country ({mate!r})"))
                added = True
                continue
            if noun in _SHORT_UNITS:
                continue
            # any country's place now: one of the unit's own country took the branch above
            mate = _listed_with(text, known, word_start, o_s, o_e, None) if word_start is not None else None
            if mate is None or not mate.iso2:
                continue
            part = _country_part(text, o_s, o_e, noun, mate)
            if part is not None:
                out.append(part)
                added = True
    return out


def is_compass_noun(key: str) -> bool:
    """Whether a mention's key is a bare compass noun some unit is named by (الجنوب، الشمال)."""
    return key in _COMPASS


def _unit(gaz: Gazetteer, noun: str) -> Entry | None:
    """The admin1 unit the compass noun (one of `_COMPASS`) or the short name (`_SHORT_UNITS`) names, or None."""
    key = _SHORT_UNITS.get(noun, noun)
    return next((e for h in gaz.candidates(key) if (e := gaz.entries[h.entry]).level == "admin1"), None)


def _country_part(text: str, o_s: int, o_e: int, noun: str, mate: Place) -> Place | None:
    """The compass noun at o_s:o_e as the part of `mate`'s country it names (the south of Iraq)."""
    c = country(mate.iso2)
    d = direction_of(noun)
    if c is None or d is None:
        return None
    return Place(start=o_s, end=o_e, text=text[o_s:o_e], name=f"{d} {c.name}", name_ar=None, country=c.name,
                 iso2=c.iso2, lat=c.lat, lon=c.lon, level="region", geo_precision=3,
                 reason=f"country-relative region: {text[o_s:o_e]!r}, a compass noun listed after {mate.text!r} "
                        f"({mate.name}, {mate.iso2}), is the {d} of {c.name}")


def _listed_with(text: str, places: list[Place], word_start: int | None, o_s: int, o_e: int,
                 iso2: str | None) -> Place | None:
    """A place of country `iso2` (any country's when None; not the country itself) joined by و to the span:
    right before the word that holds the span (`word_start`, given when و opens it), or right after the span."""
    for p in places:
        if (iso2 is not None and p.iso2 != iso2) or p.level == "country":
            continue
        if word_start is not None and p.end <= word_start and not text[p.end:word_start].strip(" ،,"):
            return p
        # "في الجنوب وفي بيروت"، "في بيروت وفي الجنوب": the list repeats its preposition (a unit only)
        if iso2 is not None and word_start is None and p.end <= o_s and text[p.end:o_s].strip(" ،,") in _JOINERS[1:]:
            return p
        if p.start >= o_e and (gap := text[o_e:p.start].strip(" ،,")) in (_JOINERS if iso2 is not None else _JOINERS[:1]) \
                and (gap == "و" or text[:o_s].rstrip().endswith("في")):  # "في الجنوب وفي": the same preposition
            return p
    return None


def _within(text: str, places: list[Place], o_s: int, unit: Entry) -> Place | None:
    """A place of the unit's own admin1 right before "في" and the noun ("مخيم البداوي في الشمال"): the text puts
    a place of the North governorate in "the North", so the noun is that unit, not a direction."""
    for p in places:
        if p.iso2 == unit.iso2 and p.admin1 == unit.admin1 and p.level != "country" and p.end <= o_s \
                and text[p.end:o_s].strip() == "في":
            return p
    return None


def _national_sentence(text: str, sh: Shadow, words: Words, k: int, places: list[Place], unit: Entry) -> str | None:
    """What in word k's sentence names the unit's country: its nationality adjective ("الجيش اللبناني") or a
    place of it, or None.  Round 53: "سيطرة الجيش اللبناني على منطقة الجنوب" is Lebanon's South governorate."""
    s, e = words.spans[k]
    a = sentence_start(words.m, s)
    stop = SENTENCE_END.search(words.m, e)
    b = stop.start() if stop else len(words.m)
    for j in range(words.index_at(a), len(words.spans)):
        if words.spans[j][0] >= b:
            break
        if j != k and words.spans[j][0] >= a and demonym_country(words.word(j)) == unit.iso2:
            return words.word(j)
    o_a, o_b = sh.to_orig(a, b)
    return next((p.text for p in places if p.iso2 == unit.iso2 and o_a <= p.start and p.end <= o_b), None)
