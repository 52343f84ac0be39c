"""Towns of Israel and Palestine that GeoNames names only in Latin letters (زرعين: Zir‘in, Yizre‘el).

GeoNames gives no Arabic name to most small places of Israel (473 of 724 in cities500) and some of
Palestine, but its Latin alternates often keep the Arabic village's name in transliteration (Zar‘in,
Yazur, Asdod).  An Arabic word with no reading of its own (or read only by a fallback to a unit or to
Israel) is read as the town one of whose one-word Latin names has its consonants, where:

* the text names a place in Israel or Palestine (the skeletons are matched in those two countries only),
* the word stands right after a type word (قرية، بلدة، مدينة); after في or من alone, too many words of the
  news have a small town's consonants (معهد: Yad Hanna, عناصر: Nazareth),
* it is a bare name (no article, no stop word) of at least `MIN_LEN` letters, whose skeleton keeps at least
  `MIN_CONSONANTS` consonants, and
* one town has that skeleton, or the largest has `DOMINANT` times the people of the next (Ashdod over the
  moshav whose alternate is Isdud).

Ayin and hamza are dropped on both sides; a long vowel Arabic writes must come in the Latin name too (which
adds short vowels); the letters Latin merges are merged in Arabic too (ش/س/ص: s, ق/ك: k, ح/خ/ه: h, ت/ط/ث: t, د/ذ/ض: d).
"""

from __future__ import annotations

import re
import weakref
from collections import defaultdict
from collections.abc import Iterable

from marsad.gazetteer.context import Words
from marsad.gazetteer.lost_villages import IN_1949_LINES
from marsad.gazetteer.mention import shadow_set
from marsad.gazetteer.placed_names import is_bare_name
from marsad.gazetteer.store import Gazetteer, _Rows
from marsad.gazetteer.unknown import NOT_IN_GAZETTEER, PRECISION, entry_place
from marsad.model import Place
from marsad.text.normalize import Shadow

MIN_LEN = 4
MIN_CONSONANTS = 3
#: How many times the people of the next town of a shared skeleton the chosen one must have.
DOMINANT = 10
_COUNTRIES = frozenset({"IL", "PS"})
#: The indefinite village and town words (not الحي "live", nor a type word with the article).
_TOWN_WORDS = shadow_set({p + w for p in ("", "و", "ب", "وب", "ل", "ف", "في") for w in ("قرية", "بلدة", "مدينة")})
#: Arabic letters as the Latin consonant class they are written with; long vowels, ع and hamza are dropped.
_ARABIC = dict(zip("ابتطثجحخدذضرزظسصشغفقكلمنهوي", "abttgghhdddrzzsssgfkklmnhui", strict=True))
_LATIN_KEY = re.compile(r"[a-z]{4,}")
#: A doubled Latin letter, written once (akko -> ako): Arabic writes no doubling.
_DOUBLED = re.compile(r"(.)\1")
_DIGRAPHS = (("sh", "s"), ("kh", "h"), ("gh", "g"), ("th", "t"), ("dh", "d"), ("ch", "h"))
_LATIN_FOLD = str.maketrans("qcjpoeyw", "kkgbuiiu")
#: Reasons of the readings this module may replace: a fallback to a unit, or `lost_villages`' Israel.
_WEAK = (NOT_IN_GAZETTEER, IN_1949_LINES)


def _arabic_letters(form: str) -> str:
    """The letters of a shadow-form word as Latin classes, long vowels as a/u/i and a first و/ي as w/y (ع, hamza,
    a first alif and a final ة dropped): يازور -> yazur, زرعين -> zrin."""
    form = form[:-1] if form.endswith("ه") else form
    return "".join(("w" if ch == "و" else "y") if i == 0 and ch in "وي"
                   else "" if i == 0 and ch == "ا" else _ARABIC.get(ch, "")
                   for i, ch in enumerate(form))


def _latin_letters(key: str) -> str:
    """A one-word Latin key in the same classes (yo'ezer -> yuizir, ashdod -> asdud)."""
    key = _DOUBLED.sub(r"\1", key)
    for a, b in _DIGRAPHS:
        key = key.replace(a, b)
    return key[:1] + key[1:].translate(_LATIN_FOLD)


def consonants(letters: str) -> str:
    """The consonant skeleton of either side's letters (yazur -> yzr)."""
    return "".join(ch for ch in letters if ch not in "aiu")


def _has_vowels_of(latin: str, arabic: str) -> bool:
    """Whether the Arabic word's letters, long vowels included, come in order in the Latin name's: a long vowel
    Arabic writes is written in Latin too (يازور is Yazur, not Yo'ezer)."""
    it = iter(latin)
    return all(ch in it for ch in arabic)


class _Index:
    """Skeleton -> (population, row, Latin letters) of the towns of Israel and Palestine with a Latin name of it."""

    def __init__(self, gaz: Gazetteer) -> None:
        rows = gaz.entries if isinstance(gaz.entries, _Rows) else _Rows([], list(gaz.entries))
        by: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for i, keys in rows.keys():
            level, iso2, pop = rows.level_pop(i)
            if level != "populated_place" or iso2 not in _COUNTRIES:
                continue
            for k in keys:
                if _LATIN_KEY.fullmatch(k) and len(sk := consonants(letters := _latin_letters(k))) >= MIN_CONSONANTS:
                    by[sk].append((pop, i, letters))
        self.towns = dict(by)

    def town(self, form: str) -> int | None:
        """The row of the one (or the dominant) town a Latin name of which spells `form`."""
        letters = _arabic_letters(form)
        if len(sk := consonants(letters)) < MIN_CONSONANTS:
            return None
        towns = sorted({(p, i) for p, i, latin in self.towns.get(sk, ()) if _has_vowels_of(latin, letters)},
                       reverse=True)
        if len(towns) == 1 or (len(towns) > 1 and towns[0][0] >= DOMINANT * max(towns[1][0], 1)):
            return towns[0][1]
        return None


#: Each gazetteer's index, held as long as the gazetteer lives: keyed by the object, not its id(), which a
#: later gazetteer (a user's places files) may reuse once this one is collected, with other row numbers.
_INDEX: weakref.WeakKeyDictionary[Gazetteer, _Index] = weakref.WeakKeyDictionary()


def _replaceable(places: Iterable[Place], start: int, end: int) -> list[Place] | None:
    """The weak readings over start:end, or None when a reading of the data's own holds it."""
    hit = [p for p in places if p.start < end and start < p.end]
    return hit if all(any(w in (p.reason or "") for w in _WEAK) for p in hit) else None


def romanized_towns(gaz: Gazetteer, text: str, sh: Shadow, words: Words, places: list[Place]) -> list[Place]:
    """`places` with each such word read as its town (replacing a weak reading of it)."""
    if not any(p.iso2 in _COUNTRIES for p in places):
        return places
    index = _INDEX.get(gaz)
    # the words right after a type word, the only ones the test below lets through
    for k in [j + 1 for j in words.at(_TOWN_WORDS) if j + 1 < len(words.spans)]:
        tok = words.word(k)
        if len(tok) < MIN_LEN or tok.startswith("ال"):
            continue
        prev = words.word(k - 1)
        # after a type word (a name in ين is then a village's: زرعين، صبارين, not a plural); after في/من alone
        # too many words of the news have some small town's consonants (معهد: Yad Hanna, عناصر: Nazareth)
        if prev not in _TOWN_WORDS or not (is_bare_name(tok) or tok.endswith("ين")):
            continue
        if index is None:
            index = _INDEX[gaz] = _Index(gaz)
        row = index.town(tok)
        if row is None or tok in gaz.common or tok in gaz.near_words or gaz.candidates(tok):
            continue
        o_s, o_e = sh.to_orig(*words.spans[k])
        weak = _replaceable(places, o_s, o_e)
        if weak is None:
            continue
        entry = gaz.entries[row]
        places = [p for p in places if p not in weak] + [entry_place(
            entry, text, o_s, o_e, entry.level, PRECISION["populated_place"],
            f"{text[o_s:o_e]!r}, with no reading of its own, has the consonants of {entry.name} "
            f"({entry.label()}), whose Latin names keep the Arabic one; the text names Israel or Palestine")]
    return places
