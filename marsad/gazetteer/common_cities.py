"""A city of a million whose name is also a word, read as the city by its company (issue 3, round 47).

مشهد is Mashhad and "a scene"; a name that is also a word needs positive context (`Geocoder._has_context`:
a type word, a direction).  Two more say a city is meant, as they say of no scene:
- a list with another town of the same country, joined by و ("بينها مشهد وشيراز", "شيراز ومشهد");
- a verb of travel, then إلى, then the name ending its phrase ("طار إليه إلى مشهد حيث التقيا"); a noun
  after it makes the name the head of a construct ("تحول إلى مشهد رعب"), and the verbs are of going somewhere
  (تحول is not one).
Round 55 adds two more:
- a route from another town of the same country ("الطريق البري الذي يمتد من طهران إلى مشهد", and the reverse
  "من مشهد إلى طهران");
- a capital word with its pronoun right before it ("ومحافظة خراسان التي عاصمتها مشهد"): a scene is no capital.
Only cities of a million or national capitals, with names of four letters or more and no article, are read
so: "المدينة" (the city) names Medina only with more than that.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from marsad.gazetteer.context import Words
from marsad.gazetteer.mention import Mention, listed_after
from marsad.gazetteer.so_cities import big_city, big_city_name
from marsad.gazetteer.store import Gazetteer

_ROOTS_PERFECT = ("طار", "سافر", "توجه", "اتجه", "وصل", "انتقل", "عاد", "ذهب", "رحل", "هرب", "فر", "لجا", "نقل")
_ROOTS_IMPERFECT = ("طير", "سافر", "توجه", "تجه", "صل", "نتقل", "عود", "ذهب", "رحل", "هرب", "فر", "لجا")
#: verbs of going somewhere (shadow forms), perfect and imperfect, singular, dual and plural
_MOTION = frozenset(
    [r + s for r in _ROOTS_PERFECT for s in ("", "ت", "وا", "ا", "تا")]
    + [p + r + s for r in _ROOTS_IMPERFECT for p in ("ي", "ت", "ن", "ا") for s in ("", "ون", "ان")]
)
#: nouns of arrival and travel, bare or with a possessive ("تصادف وصولنا إلى مشهد في جمهورية إيران", round 56)
_MOTION_NOUNS = frozenset(r + s for r in ("وصول", "سفر", "توجه", "ذهاب", "رحيل")
                          for s in ("", "ه", "ها", "هم", "هما", "نا", "ي"))
#: the verbs and the nouns of travel together, built once (a word's test asks both)
_TRAVEL = _MOTION | _MOTION_NOUNS
#: "coming from": "وصل أنان إلى دمشق قادما من عمان" is a route from Amman to Damascus (round 56)
_COMING = frozenset({"قادما", "قادمه", "قادمين", "قادمون", "قادمتين", "قادمان", "اتيا", "قادم"})
#: one word a verb of travel may have before إلى: its companion or its source (طار إليه إلى مشهد)
_BETWEEN = frozenset({"اليه", "اليها", "اليهم", "معه", "معها", "معهم", "منها", "منه", "منهم", "امس", "جوا", "بعدها"})
#: words that may follow the name and end its phrase: no noun of a construct
_AFTER = frozenset({"حيث", "في", "ثم", "قبل", "بعد", "حين", "عندما", "لحضور", "للقاء", "لزياره", "علي", "من", "مع"})
_PLACE_LEVELS = frozenset({"populated_place", "admin1", "admin2"})
#: "its capital" words (shadow forms) that a city's name follows: "التي عاصمتها مشهد"
_CAPITAL_OF = frozenset({"عاصمتها", "عاصمته", "وعاصمتها", "وعاصمته"})


def _big_countries(gaz: Gazetteer, mn: Mention) -> set[str]:
    """The countries of the name's readings that are capitals or cities of a million."""
    if not big_city_name(mn.key):
        return set()
    return {e.iso2 for h in mn.hits if big_city(e := gaz.entries[h.entry])}


def _motion_before(words: Words, k: int) -> bool:
    """Word k - 1 is إلى after a verb of travel (with one companion word between at most)."""
    if words.prev_word(k) not in ("الي", "الى"):
        return False
    for back in (2, 3):
        w = words.prev_word(k - back + 1)
        if not w:
            return False
        bare = w[1:] if w[:1] in ("و", "ف") and w[1:] in _TRAVEL else w
        if bare in _TRAVEL:
            return True
        if w not in _BETWEEN:
            return False
    return False


def _ends_phrase(words: Words, k: int) -> bool:
    """Word k ends its phrase: punctuation, the end, a conjunction or a word in `_AFTER` follows it."""
    nxt = words.next_word(k)
    return not nxt or nxt in _AFTER or (nxt[:1] == "و" and len(nxt) > 2)


def route_mate(mentions: Sequence[Mention], i: int, words: Words) -> Mention | None:
    """The other end of a route "من A إلى B" (or "إلى B قادما من A") that mention i is one end of, or None."""
    mn = mentions[i]
    k = words.index_at(mn.nstart)
    if i and not mn.prefix and words.prev_word(k) == "من" and words.prev_word(k - 1) in _COMING:
        b = mentions[i - 1]
        kb = words.index_at(b.nstart)
        if not b.prefix and words.index_at(b.nend - 1) == k - 3 and words.prev_word(kb) in ("الي", "الى"):
            return b
    if i and not mn.prefix and words.prev_word(k) in ("الي", "الى"):
        a = mentions[i - 1]
        ka = words.index_at(a.nstart)
        if not a.prefix and words.index_at(a.nend - 1) == k - 2 and words.prev_word(ka) == "من":
            return a
    if i + 1 < len(mentions) and not mn.prefix and words.prev_word(k) == "من":
        b = mentions[i + 1]
        kb = words.index_at(b.nstart)
        if not b.prefix and kb == k + 2 and words.next_word(k) in ("الي", "الى"):
            return b
    return None


def company_cities(gaz: Gazetteer, mentions: Sequence[Mention], words: Words,
                   common: Callable[[Mention], bool]) -> set[int]:
    """The ids of the common-word mentions that are a big city by their company (see the module)."""
    out: set[int] = set()
    for i, mn in enumerate(mentions):
        if not common(mn) or not (countries := _big_countries(gaz, mn)):
            continue
        k = words.index_at(mn.nstart)
        if not mn.prefix and ((_motion_before(words, k) and _ends_phrase(words, k))
                              or words.prev_word(k) in _CAPITAL_OF):
            out.add(id(mn))
            continue
        mate = route_mate(mentions, i, words)
        if mate is not None and not common(mate) and any(
                (e := gaz.entries[h.entry]).iso2 in countries and e.level in _PLACE_LEVELS for h in mate.hits):
            out.add(id(mn))
            continue
        pairs = ([(mentions[i - 1], mn)] if i else []) + ([(mn, mentions[i + 1])] if i + 1 < len(mentions) else [])
        for a, b in pairs:
            if not listed_after(a, b, words.m):
                continue
            other = b if a is mn else a
            if not common(other) and any((e := gaz.entries[h.entry]).iso2 in countries and e.level in _PLACE_LEVELS
                                         for h in other.hits):
                out.add(id(mn))
                break
    return out
