"""Foreign towns in another transliteration (ناتانز for نطنز، متروفيتسا for ميتروفيتسا).

Arabic copy spells a foreign name as it hears it: long vowel letters come and go and an emphatic
letter stands for its plain twin (ط/ت، ص/س، ض/د، ظ/ز، ق/ك).  What stays is the consonant skeleton.
A word with no reading of its own is read as the one town abroad whose name has its skeleton only
where everything else says so too:

* the town lies outside the Arab League and Israel (Arabic and Hebrew names are spelt one way, and
  their skeletons are Arabic words'),
* the skeleton keeps at least `MIN_CONSONANTS` consonants and the word `MIN_LEN` letters (shorter
  skeletons are shared by too many words),
* the text names the town's country, or a unit or region of it (a town may be a homonym), and
* the word stands where a place does: after في، من، إلى، مثل or a glued ب, after a type word
  (مدينة، بلدة), or next to a place in a list.

A town the news names for what happened there (معتقلي غونتانامو، مذبحة سربرينتسا) is named without its
country: right after a word of a prison, a base or a massacre (`_FRAMES`), the one town in the world with
the word's skeleton is read all the same, where the skeleton keeps `FRAMED_CONSONANTS` consonants (round 41).

A final و or ي stays a consonant: رفسنجاني (the man) is not رفسنجان (the town).
"""

from __future__ import annotations

import weakref
from collections import defaultdict
from collections.abc import Container, Iterable, Mapping
from functools import lru_cache

from marsad.gazetteer.build import ARAB_LEAGUE
from marsad.gazetteer.context import Words, type_of
from marsad.gazetteer.mention import shadow_set
from marsad.gazetteer.names import is_latin
from marsad.gazetteer.spelling import WORD_MIN_DOCS
from marsad.gazetteer.store import Gazetteer, _Rows, _word_list
from marsad.gazetteer.transliterated import PRONOUN_SUFFIXES
from marsad.gazetteer.unknown import PRECISION, entry_place
from marsad.model import Place
from marsad.text.normalize import Shadow

#: Fewer consonants than this and a skeleton is any word's.
MIN_CONSONANTS = 4
#: A skeleton read without the town's country (after `_FRAMES`) keeps one consonant more: a four-consonant one
#: is shared by chance (صندنايا, a slip for Saydnaya, has the consonants of Swindon).
FRAMED_CONSONANTS = MIN_CONSONANTS + 1
#: The word's own length (shadow letters), as for a one-letter slip.
MIN_LEN = 5
#: Long vowel letters a transliteration writes out.
MIN_VOWELS = 2
#: The article, alone or behind a proclitic (والمناطق، بالمدينة، للشعب).
_ARTICLES = ("ال", "وال", "بال", "فال", "كال", "لل", "ولل", "فلل")
#: Emphatic letters written for their plain twins in a transliteration.
_FOLD = str.maketrans("طصضظق", "تسدزك")
_VOWELS = frozenset("اويء")
#: Countries whose town names are written one way in Arabic: no transliteration to undo.
_NATIVE = ARAB_LEAGUE | {"IL"}
#: "in", "from", "to", "such as" before a place.
_BEFORE = shadow_set({"في", "وفي", "من", "ومن", "الي", "والي", "مثل", "ومثل"})
_HAMZA_SEATS = frozenset("ؤئء")
#: Prisons, bases and massacres known by their town's name alone (معتقلي غونتانامو، مذبحة سربرينتسا): after one,
#: with no proclitic on the name, the one town of that skeleton in the world is read without its country.
_FRAMES = shadow_set({p + w for p in ("", "و", "ب", "ل") for w in (
    "سجن", "معتقل", "معتقلي", "قاعدة", "مذبحة", "مجزرة", "مجازر")})
#: The levels of a place that name its country (شمال كوسوفو is a region of Kosovo); a town does not, as it
#: may itself be a homonym.
_UNITS = frozenset({"country", "region", "admin1"})


@lru_cache(maxsize=1 << 14)
def skeleton(key: str) -> str:
    """The consonants of a shadow-form word: ا and hamza dropped, و and ي dropped inside the word
    (kept first and last), emphatics folded (ناتانز -> نتنز, نطنز -> نتنز)."""
    s = key.translate(_FOLD)
    last = len(s) - 1
    return "".join(ch for i, ch in enumerate(s)
                   if not (ch in _VOWELS and (ch in "اء" or 0 < i < last)))


def foreign_looking(form: str) -> bool:
    """Whether a word is shaped as a transliteration rather than an Arabic word: no article (الشهر,
    والمناطق), no
    pronoun suffix (ديارهم، حربها، بلادنا) and at least `MIN_VOWELS` long vowel letters, which Arabic
    spelling leaves out and a transliteration writes (كانبيرا، ليفانت; بلدان and دورهم are words)."""
    if form.startswith(_ARTICLES) or form.endswith(PRONOUN_SUFFIXES):
        return False
    return sum(ch in "اوي" for ch in form) >= MIN_VOWELS


def _candidate_forms(tok: str) -> list[tuple[int, str]]:
    """The token and its forms behind و، ب or وب (وبناتانز)."""
    return [(0, tok)] + [(len(p), tok[len(p):]) for p in ("و", "ب", "وب") if tok.startswith(p)]


def skeleton_words(town_keys: Iterable[str], doc_freq: Mapping[str, int], keys: Container[str]) -> set[str]:
    """The corpus words of `WORD_MIN_DOCS` documents or more, no name of a place themselves, that a form of
    has the shape and the skeleton of a town abroad (استيراد: Ostróda; بساتين: Boston; مديري: Madurai);
    built into skeleton_words.txt, and never read as transliterations."""
    skeletons = {sk for k in town_keys if len(sk := skeleton(k)) >= MIN_CONSONANTS}
    return {w for w, n in doc_freq.items() if n >= WORD_MIN_DOCS and len(w) >= MIN_LEN and w not in keys
            and any(len(f) >= MIN_LEN and foreign_looking(f) and skeleton(f) in skeletons
                    for _, f in _candidate_forms(w))}


def town_key(level: str, iso2: str, key: str) -> bool:
    """Whether a gazetteer key is one a transliteration is read as: a one-word Arabic name of a town
    outside the Arab League and Israel."""
    return level == "populated_place" and iso2 not in _NATIVE and bool(key) and key[0] != "~" \
        and " " not in key and not is_latin(key)


class _Index:
    """Skeleton -> towns abroad with a one-word Arabic name of that skeleton, and each word's candidate
    forms, looked up once per process (news repeats its words)."""

    def __init__(self, gaz: Gazetteer) -> None:
        rows = gaz.entries if isinstance(gaz.entries, _Rows) else _Rows([], list(gaz.entries))
        by: dict[str, set[tuple[int, str]]] = defaultdict(set)
        for i, keys in rows.keys():
            level, iso2, _ = rows.level_pop(i)
            if level != "populated_place" or iso2 in _NATIVE:
                continue
            for k in keys:
                if town_key(level, iso2, k) and len(sk := skeleton(k)) >= MIN_CONSONANTS:
                    by[sk].add((i, iso2))
        self.towns = dict(by)
        self.words = _word_list("skeleton_words.txt")
        self._seen: dict[str, tuple[tuple[int, str, str], ...]] = {}

    def forms(self, tok: str) -> tuple[tuple[int, str, str], ...]:
        """(proclitic length, form, skeleton) of the token's foreign-looking forms whose skeleton a town has."""
        got = self._seen.get(tok)
        if got is None:
            # a corpus word is no transliteration, nor is a proclitic on one (ب + اتصالات)
            got = () if tok in self.words else tuple(
                (cut, f, sk) for cut, f in _candidate_forms(tok)
                if len(f) >= MIN_LEN and f not in self.words and foreign_looking(f) and (sk := skeleton(f)) in self.towns)
            if len(self._seen) >= 1 << 16:
                self._seen.clear()
            self._seen[tok] = got
        return got


#: Each gazetteer's index, held as long as the gazetteer lives: keyed by the object, not its id(), which a
#: later gazetteer (a user's places files) may reuse once this one is collected, with other row numbers.
_INDEX: weakref.WeakKeyDictionary[Gazetteer, _Index] = weakref.WeakKeyDictionary()


def _outside_unit(iso2: str, admin1: str, text: str, o_e: int, places: list[Place]) -> bool:
    """"مارتينسبيرغ بولاية بنسلفانيا": the unit of the town's country named right after the word holds
    it; a namesake in another unit (Martinsburg, West Virginia) is not the place meant."""
    for p in places:
        if o_e <= p.start <= o_e + 3 and text[o_e:p.start].strip() in ("", "ب", "،", ",") \
                and p.level in ("admin1", "admin2", "region") and p.iso2 == iso2:
            return (p.admin1 or "") != (admin1 or "")
    return False


def _stands_as_place(words: Words, k: int, cut: int, tok: str, text: str, o_s: int, o_e: int,
                     places: list[Place]) -> str | None:
    """Why word k stands where a place does, or None."""
    if tok[:cut] in ("ب", "وب"):
        return "after a glued ب"
    prev = words.prev_word(k)
    if prev in _BEFORE:
        return f"after {prev!r}"
    if prev and type_of(prev) in ("populated_place", "admin1", "admin2"):
        return "after a type word"
    from marsad.gazetteer.slips import _in_list  # lazy: slips calls this module

    if _in_list(text, o_s, o_e, places):
        return "listed with a place"
    return None


def transliterations(gaz: Gazetteer, text: str, sh: Shadow, words: Words, places: list[Place],
                     covered: list[tuple[int, int]]) -> list[Place]:
    """The towns abroad the text names in another transliteration than the gazetteer's."""
    named = {p.iso2 for p in places if p.level in _UNITS and p.iso2 and p.iso2 not in _NATIVE}
    framed = {k + 1 for k in words.at(_FRAMES) if k < len(words.spans) - 1
              and words.m[words.spans[k][1]:words.spans[k + 1][0]] == " "}
    if not named and not framed:
        return []
    index = _INDEX.get(gaz)
    if index is None:
        index = _INDEX[gaz] = _Index(gaz)
    out: list[Place] = []
    for k in range(len(words.spans)) if named else sorted(framed):
        tok = words.word(k)
        if len(tok) < MIN_LEN:
            continue
        forms = index.forms(tok)  # most words have none: every check after this is rare
        if not forms:
            continue
        s, e = words.spans[k]
        if any(cs < e and s < ce for cs, ce in covered):
            continue
        o_s, o_e = sh.to_orig(s, e)
        if any(p.start < o_e and o_s < p.end for p in places) or _HAMZA_SEATS & set(text[o_s + 1:o_e]):
            continue  # a hamza on a seat inside the word is Arabic spelling (مسؤولين), no transliteration's
        if tok in gaz.near_words or tok in gaz.common or any(gaz.candidates(f) for _, f in _candidate_forms(tok)):
            continue
        for cut, _, sk in forms:
            hits = {i for i, iso2 in index.towns[sk] if iso2 in named}
            why = None
            if not hits and not cut and k in framed and len(sk) >= FRAMED_CONSONANTS and len(index.towns[sk]) == 1:
                hits = {i for i, _ in index.towns[sk]}
                why = f"right after {words.word(k - 1)!r}, the one town of its consonants in the world"
            if len(hits) != 1:
                continue
            why = why or _stands_as_place(words, k, cut, tok, text, o_s, o_e, places)
            if not why:
                continue
            entry = gaz.entries[hits.pop()]
            if _outside_unit(entry.iso2, entry.admin1, text, o_e, places):
                continue
            n_s = sh.to_orig(s + cut, e)[0]
            out.append(entry_place(entry, text, n_s, o_e, entry.level, PRECISION.get(entry.level, 2),
                                   f"{text[n_s:o_e]!r} has the consonants of {entry.name_ar or entry.name} "
                                   f"({entry.label()}), another transliteration, and no reading of its own; "
                                   + (f"the text names {entry.iso2}; " if entry.iso2 in named else "") + why))
            break
    return out
