"""Places written with a one-letter slip (محافظة كركرك، بنيوزلندا، موريتانا والسنغال).

A word with no reading of its own is read as the country or big city one edit away (see
`spelling`) only where the text says a place stands there: after في، إلى، من or a glued ب, after a
type word (محافظة، مدينة), or next to a place in a list (، or و).  A name of several words
(للملكة العربية السعودية) says so itself: all but one letter of it are right.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

from marsad.gazetteer.context import Words, type_of
from marsad.gazetteer.demonyms import demonym_country
from marsad.gazetteer.mention import shadow_set
from marsad.gazetteer.skeletons import transliterations
from marsad.gazetteer.spelling import MIN_LEN, forms, vowel_slip, vowel_swap
from marsad.gazetteer.store import Gazetteer
from marsad.gazetteer.unknown import PRECISION, entry_place
from marsad.model import Place
from marsad.text.normalize import Shadow
from marsad.text.tokenize import proclitic_ok

_IN = shadow_set({"في", "وفي", "الي", "من"})
_LIST_GAPS = frozenset({"،", ",", "و"})
_GLUED = "after a glued ب"
_TYPED = "after a type word"
_FRAMED = "after its nationality adjective"
#: Nouns a nationality adjective qualifies before a city's name (العاصمة الإندونيسية جاكرتا).
_FRAME_NOUNS = shadow_set({"العاصمه", "بالعاصمه", "والعاصمه", "للعاصمه", "مدينه", "المدينه", "بمدينه"})


@lru_cache(maxsize=1 << 14)
def _forms(tok: str) -> tuple[tuple[int, str], ...]:
    """The token's readings behind proclitics (cached: every word of every text is tried)."""
    return tuple((cut, f) for cut, f in forms(tok) if not cut or proclitic_ok(tok[:cut]))


def _readings(gaz: Gazetteer, tok: str, rest: str) -> tuple[tuple[int, str, dict[str, set[int]]], ...]:
    """(cut, form, the names one edit away) of the token's forms (+ `rest`, the name's other words) that
    read as a slip; none where a form is a name as it stands (وجنوب السودان is و + a name, not a slip)."""
    tok_forms = _forms(tok)
    slipped = [(cut, form, near) for cut, form in tok_forms if len(form) >= MIN_LEN
               and (near := gaz.misspelt(form + rest))]  # most words are one edit from no name
    if not slipped or any(gaz.candidates(form + rest) for _, form in tok_forms):
        return ()
    return tuple(slipped)


@lru_cache(maxsize=1 << 14)
def _lone_readings(gaz: Gazetteer, tok: str) -> tuple[tuple[int, str, dict[str, set[int]]], ...]:
    """`_readings` of a word alone, cached: every long word of every text is tried, and news repeats its
    words (one lookup for a word seen before, in place of its forms' lookups)."""
    return _readings(gaz, tok, "")


def _in_list(text: str, start: int, end: int, places: list[Place]) -> bool:
    """A resolved place right before or after the token start:end, with only a comma or و between."""
    for p in places:
        if p.end <= start and start - p.end <= 3:
            gap = text[p.end:start].strip()
            if gap in ("،", ",") or (not gap and text[start:start + 1] == "و"):
                return True
        if end <= p.start and p.start - end <= 3 and text[end:p.start].strip() in _LIST_GAPS:
            return True
    return False


def _own_country(gaz: Gazetteer, i: int, why: str, named: set[str]) -> bool:
    """A capital after a glued ب where the text names its country (سفير مصر بنيوزلندا … بالسفارة
    بولينجتون): the country says the word is that place, as "in" does for a bare slip."""
    return why == _GLUED and gaz.entries[i].iso2 in named and gaz.far(i)


def slips(gaz: Gazetteer, text: str, sh: Shadow, words: Words, places: list[Place],
          covered: list[tuple[int, int]]) -> list[Place]:
    """The misspelt countries and big cities of the text, each with the name it was read as."""
    out: list[Place] = []
    tails = gaz.misspelt_tails()
    n_words = len(words.spans)
    spans = sorted(covered)
    starts = [cs for cs, _ in spans]
    reach = list(accumulate((ce for _, ce in spans), max))  # the furthest end of the spans so far
    ws = words.words  # the list itself: this loop reads every word of the text
    k = 0
    while k < n_words:
        tok = ws[k]
        if len(tok) < MIN_LEN:
            k += 1
            continue  # no form of it is long enough to be read as a slip, alone or heading a name (most words)
        found = None
        for n in (3, 2, 1):
            if n == 1:
                slipped = _lone_readings(gaz, tok)  # first, as most words have none: one cached lookup
                if not slipped:
                    continue
            elif k + n > n_words or (n, ws[k + n - 1]) not in tails:
                continue
            s, e = words.spans[k][0], words.spans[k + n - 1][1]
            if n > 1 and any(words.m[words.spans[j][1]:words.spans[j + 1][0]] != " " for j in range(k, k + n - 1)):
                continue
            # a reading from the token's first letters stands; one inside it (ملكة in للملكة) does not, nor do
            # readings of the right words of a longer name (العربية السعودية)
            i = bisect_right(starts, min(e - 1, s + len(tok) - MIN_LEN))
            if i and reach[i - 1] > s:
                continue
            if tok in gaz.near_words:
                continue
            rest = words.m[words.spans[k][1]:e]
            if n > 1 and not (slipped := _readings(gaz, tok, rest)):
                continue
            for cut, form, near in slipped:
                if form in gaz.near_words or form in gaz.common or demonym_country(form):
                    continue
                name = form + rest
                o_s, o_e = sh.to_orig(s + cut, e)
                why = "a name of several words" if n > 1 else _context(words, k, cut, tok, text, sh.to_orig(s, e)[0], o_e, places)
                if not why:
                    continue
                if n == 1 and why != _TYPED:
                    # a letter left out (نيوزلندا، السلمانية); a changed one (البؤرة، العراء، المطرب) is
                    # mostly another word and needs a type word (محافظة كركرك)
                    # (or two long vowels in the other order: روالبندي)
                    near = {k: v for k, v in near.items() if len(k) == len(name) + 1 or vowel_swap(k, name)}
                # a capital or big city abroad only for a long vowel letter more or less, where "in" or a
                # list or its own nationality adjective says a place stands there (العاصمة الإندونيسية جاكرتا)
                named = {p.iso2 for p in (*places, *out) if p.level == "country"}
                hits = {i for key, ids in near.items() for i in ids
                        if not gaz.far(i) or ((vowel_slip(key, name) or vowel_swap(key, name))
                                              and (why not in (_GLUED, _TYPED) or _own_country(gaz, i, why, named)))}
                if len(hits) != 1:
                    continue
                (hit,) = hits
                entry = gaz.entries[hit]
                if why.startswith(_FRAMED) and demonym_country(words.word(k - 1)) != entry.iso2:
                    continue
                if why == _TYPED and entry.level == "country":
                    continue  # "ولاية البنغال": a unit word names a part of a country, never one (not Senegal)
                if gaz.far(hit):
                    why += "; a transliteration's long vowel"
                if why == _GLUED and entry.level != "country" and not _own_country(gaz, hit, why, named):
                    continue  # بنيامين is Benjamin, not ب + Niamey: a glued ب only for a country
                found = entry_place(entry, text, o_s, o_e, entry.level, PRECISION.get(entry.level, 2),
                                    f"{text[o_s:o_e]!r} is one letter from {entry.name_ar or entry.name} "
                                    f"({entry.label()}) and has no reading of its own; {why}")
                break
            if found:
                out.append(found)
                k += n - 1
                break
        k += 1
    out += _datelines(gaz, text, sh, words, places, spans)
    return out + transliterations(gaz, text, sh, words, places + out, spans)  # ناتانز: نطنز, Natanz


#: The letters a slip may have dropped or changed (the shadow alphabet: no hamza forms, ى or ة).
_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويء"
#: A line that opens with one word and a comma, a dateline's place ("دب، الإمارات"): where lines start.
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?=\w+ *[،,])")
#: A dateline names a city of this size or more.
_DATELINE_POP = 100_000


def _datelines(gaz: Gazetteer, text: str, sh: Shadow, words: Words, places: list[Place],
               covered: list[tuple[int, int]]) -> list[Place]:
    """"دب، الإمارات العربية المتحدة (CNN)": a dateline's first word, before a comma and a country, is a
    city of that country; with no reading of its own it is the one big city of that country a letter
    away (دبي).  The dateline frame stands in for the length the general rule needs (`MIN_LEN`)."""
    out: list[Place] = []
    for hit in _LINE_START.finditer(text):  # the match string has no newlines: find the lines in the text
        k = words.index_at(sh.to_norm(hit.end()))
        if k < 0 or k + 1 >= len(words.spans) or words.spans[k][0] != sh.to_norm(hit.end()):
            continue
        s, e = words.spans[k]
        if words.m[e:words.spans[k + 1][0]].strip() not in ("،", ",") or any(cs < e and s < ce for cs, ce in covered):
            continue
        after = sh.orig(words.spans[k + 1][0])
        c = next((p for p in places if p.start == after and p.level == "country"), None)
        if c is None:
            continue
        w = words.word(k)
        keys = {w[:i] + ch + w[i + j:] for i in range(len(w) + 1) for ch in _LETTERS for j in (0, 1)} - {w}
        hits = {h.entry for key in keys for h in gaz.candidates(key)
                if gaz.entries[h.entry].iso2 == c.iso2 and gaz.entries[h.entry].level == "populated_place"
                and gaz.entries[h.entry].pop >= _DATELINE_POP}
        if len(hits) != 1:
            continue
        entry = gaz.entries[hits.pop()]
        o_s, o_e = sh.to_orig(s, e)
        out.append(entry_place(entry, text, o_s, o_e, entry.level, PRECISION.get(entry.level, 2),
                               f"{text[o_s:o_e]!r} is one letter from {entry.name_ar or entry.name} "
                               f"({entry.label()}), the one big city of {c.name} so near; a dateline names "
                               f"{c.name} after it"))
    return out


def _context(words: Words, k: int, cut: int, tok: str, text: str, t_s: int, o_e: int,
             places: list[Place]) -> str | None:
    """Why a single word stands where a place does, or None."""
    if "ب" in tok[:cut]:
        return _GLUED
    if k > 1 and not cut and words.word(k - 2) in _FRAME_NOUNS and words.word(k - 1).startswith("ال") \
            and demonym_country(words.word(k - 1)) and words.clean_gap(words.spans[k - 2][1], words.spans[k][0]):
        return _FRAMED
    if k > 0 and words.clean_gap(words.spans[k - 1][1], words.spans[k][0]):
        prev = words.word(k - 1)
        if prev in _IN:
            return f"after {prev!r}"
        # "في مدينة روالبندي": "in" with a town word between says a place stands there as "in" alone does
        if k > 1 and not cut and type_of(prev) == "populated_place" and not prev.startswith("ال") \
                and words.word(k - 2) in _IN and words.clean_gap(words.spans[k - 2][1], words.spans[k - 1][0]):
            return f"after {words.word(k - 2)!r} {prev!r}"
        # a unit word (محافظة كركرك); after قرية or مدينة an unknown village is likelier (قرية المزينة is no
        # Medina), and a definite type word refers back (القضاء والقدر)
        if type_of(prev) == "admin1" and not prev.startswith("ال"):
            return _TYPED
    if _in_list(text, t_s, o_e, places):
        return "listed with a place"
    return None
