"""The words around a place name that decide its level and precision.

Type words (مدينة، محافظة، ريف، ناحية …) pick the level; direction words (شمال، غربي، الجنوبي)
make it "part of" the place (precision 2); connectors (في، قرب، التابعة) let the next name be the
containing unit ("حارم غربي إدلب").  All tests run on shadow-form words.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

from marsad.gazetteer.demonyms import demonym_country
from marsad.text.tokenize import ARTICLE_RUNS, CLITIC_RUNS, SINGLE, proclitic_ok

TYPE_LEVEL = {
    "مدينه": "populated_place", "بلده": "populated_place", "قريه": "populated_place", "مخيم": "populated_place",
    "حي": "populated_place", "مدن": "populated_place", "بلدات": "populated_place", "قري": "populated_place",
    "مخيمات": "populated_place", "بلدتي": "populated_place", "قريتي": "populated_place", "مدينتي": "populated_place",
    "ville": "populated_place", "city": "populated_place", "town": "populated_place", "village": "populated_place",
    "محافظه": "admin1", "محافظتي": "admin1", "ولايه": "admin1", "اقليم": "admin1", "province": "admin1",
    "governorate": "admin1", "gouvernorat": "admin1",
    "منطقه": "admin2", "قضاء": "admin2", "مديريه": "admin2", "district": "admin2",
    # a front is named after its district, town or area (جبهة نهم، جبهة صرواح، جبهة الساحل الغربي)
    "جبهه": "admin2",
    "ناحيه": "admin3",
    "ريف": "rif", "ارياف": "rif",
}
#: Type words that introduce a village: the fallback for names the gazetteer lacks.
VILLAGE_WORDS = frozenset({"قريه", "بلده", "مخيم", "حي", "مزرعه"})
DIRECTIONS = {"شمال": "north", "جنوب": "south", "شرق": "east", "غرب": "west",
              "nord": "north", "sud": "south", "est": "east", "ouest": "west",
              "north": "north", "south": "south", "east": "east", "west": "west"}
CONNECTORS = frozenset({"في", "من", "قرب", "بالقرب", "التابعه", "التابع", "ضمن", "داخل", "اطراف", "محيط", "اقصي", "وسط",
                        "near", "in", "of", "pres", "de", "du", "dans", "la"})
#: Adjectives of a site right after its name (مطار الضبعة العسكري في ريف حمص): they do not break the
#: link from the name to the unit the text puts it in.
SITE_ADJ = frozenset({"العسكري", "العسكريه", "النفطي", "النفطيه", "الجوي", "الجويه", "الدولي", "البحري",
                      "البحريه", "الغازي"})
_WORD_RE = re.compile(r"\w+")
_STOP_RE = re.compile(r"[.!?؟\n:;؛\"«»“”]")
_CLITICS = ("و", "ف", "ب", "ل", "ك")


def _forms(w: str) -> list[str]:
    out = [w]
    for run in ARTICLE_RUNS:
        if w.startswith(run) and len(w) - len(run) >= 2:
            out.append(w[len(run):])
            break
    if w[:1] in _CLITICS and len(w) >= 3:
        out.append(w[1:])
    if w[:2] in ("وب", "ول", "فب", "فل") and len(w) >= 4:
        out.append(w[2:])
    return out


@lru_cache(maxsize=1 << 14)
def type_of(w: str) -> str | None:
    """The level a type word asks for ("بمدينة" -> populated_place, "ريف" -> rif), or None."""
    for f in _forms(w):
        if f in TYPE_LEVEL:
            return TYPE_LEVEL[f]
    return None


@lru_cache(maxsize=1 << 14)
def capital_of(w: str) -> str | None:
    """"العاصمة عمان" (the capital, Amman) names a city; "عاصمة سوريا" (capital of) does not (cached, as `type_of`)."""
    for run in ("", *SINGLE, *CLITIC_RUNS):
        if w.startswith(run) and w[len(run):] in ("العاصمه", "لعاصمه"):  # لعاصمه: ل + العاصمة
            return "populated_place"
    return None


@lru_cache(maxsize=1 << 14)
def direction_of(w: str) -> str | None:
    """The compass direction of شمال/شمالي/الشمالية/بجنوب/غربا …, or None."""
    for f in _forms(w):
        for end in ("", "ي", "يه", "ا"):
            base = f[: len(f) - len(end)] if end and f.endswith(end) else (f if not end else None)
            if base in DIRECTIONS:
                return DIRECTIONS[base]
    return None


#: Type words that name what follows but put nothing inside it: "الوازعية بجبهة الساحل الغربي" is a
#: district on that front, not a place in the West Coast region.
_NOT_CONTAINERS = frozenset({"جبهه"})


def clitic_form(w: str, tail: str) -> bool:
    """Whether word `w` is `tail` behind proclitics only (والبادية for البادية)."""
    return w.endswith(tail) and proclitic_ok(w[: len(w) - len(tail)])


@lru_cache(maxsize=1 << 14)
def is_connector(w: str) -> bool:
    """A word that may link a name to the unit named after it (في، قرب، غربي، بريف); cached, as `type_of`."""
    fs = _forms(w)
    return any(f in CONNECTORS for f in fs) or (type_of(w) is not None and not any(f in _NOT_CONTAINERS for f in fs)) \
        or direction_of(w) is not None


@dataclass(frozen=True, slots=True)
class Around:
    """What surrounds one mention."""

    type_level: str | None
    type_word: str | None
    dir_before: str | None
    dir_after: str | None


class Words:
    """The words of a match string, for looking left and right of a span."""

    def __init__(self, m: str) -> None:
        self.m = m
        found = list(_WORD_RE.finditer(m))  # one pass for both the spans and the words
        self.spans = [x.span() for x in found]
        self.starts = [s for s, _ in self.spans]
        self.ends = [e for _, e in self.spans]  # rising, as words do not overlap
        # taken once: the geocoder's passes ask for every word of the text, many times over
        self._words: list[str] = [x.group() for x in found]
        self._present: set[str] | None = None

    def word(self, i: int) -> str:
        return self._words[i]

    @property
    def words(self) -> list[str]:
        """Every word of the text in order (the list itself: callers only read it)."""
        return self._words

    def at(self, vocab: Collection[str]) -> list[int]:
        """The indexes, rising, of the words that are in `vocab` (a set, or a dict by word).

        A pass that reads only the words of its own short list asks this first: most texts hold none of them,
        which a set intersection says at once, and only a text that holds some has its words read one by one.
        """
        if self._present is None:
            self._present = set(self._words)
        found = self._present.intersection(vocab)
        return [k for k, w in enumerate(self._words) if w in found] if found else []

    def after_mark(self, marks: re.Pattern[str]) -> list[int]:
        """The indexes, rising, of the words with a match of `marks` (characters no word holds, as a comma) in the
        gap right before them: found where the marks are, not by slicing every gap of the text."""
        out: list[int] = []
        for hit in marks.finditer(self.m):
            k = bisect.bisect_right(self.starts, hit.start())  # the first word past the mark: it lies in their gap
            if k < len(self.starts) and (not out or out[-1] != k):
                out.append(k)
        return out

    def index_at(self, pos: int) -> int:
        """Index of the word that contains or starts after shadow position `pos`."""
        return bisect.bisect_right(self.starts, pos) - 1

    def clean_gap(self, a: int, b: int) -> bool:
        """No sentence punctuation between shadow positions a and b."""
        return not _STOP_RE.search(self.m, a, b) if a < b else True

    def stop_at(self, a: int) -> int:
        """The first sentence punctuation at or after shadow position a (the text's end when none): `clean_gap`
        and `links` from a hold for no position past it, so a caller tests only what lies up to it."""
        stop = _STOP_RE.search(self.m, a)
        return stop.start() if stop else len(self.m)

    def next_word(self, k: int) -> str:
        """Word k + 1 when a clean gap (`clean_gap`) parts it from word k, else ""."""
        if k + 1 < len(self.spans) and self.clean_gap(self.spans[k][1], self.spans[k + 1][0]):
            return self.word(k + 1)
        return ""

    def prev_word(self, k: int) -> str:
        """Word k - 1 when a clean gap (`clean_gap`) parts it from word k, else ""."""
        if k and self.clean_gap(self.spans[k - 1][1], self.spans[k][0]):
            return self.word(k - 1)
        return ""

    def around(self, nstart: int, nend: int) -> Around:
        first = self.index_at(nstart)
        last = self.index_at(max(nstart, nend - 1))
        type_level = type_word = dir_before = dir_after = None
        i = first - 1
        # a quoted name still follows its type word: مدينة "راي"
        if i >= 0 and (self.clean_gap(self.spans[i][1], nstart) or self.quote_gap(self.spans[i][1], nstart)):
            # "فوق المدينة، الأحد": after a comma only an apposition to "the capital" names the place
            comma = "،" in self.m[self.spans[i][1]:nstart]
            t = (None if comma else type_of(self.word(i))) or capital_of(self.word(i))
            if t:
                type_level, type_word = t, self.word(i)
                i -= 1
                if capital_of(type_word) and (rif := self._rif_of_capital(i)) is not None:
                    type_level, type_word = "rif", rif
            elif (i and not comma and self.word(i).startswith("ال") and demonym_country(self.word(i))
                  and capital_of(self.prev_word(i))
                  and (rif := self._rif_of_capital(i - 2)) is not None):
                # "في ريف العاصمة السورية دمشق": the capital's adjective between, Rural Damascus all the same
                type_level, type_word = "rif", rif
        dirs = []
        while i >= 0 and len(dirs) < 2 and self.clean_gap(self.spans[i][1], self.spans[i + 1][0]):
            d = direction_of(self.word(i))
            # "للقدس الغربية، وحول …": a definite adjective ends the name before it; it does not point
            if not d or self.word(i).startswith("ال") or "،" in self.m[self.spans[i][1]:self.spans[i + 1][0]]:
                break
            dirs.append(d)
            i -= 1
        if dirs:
            dir_before = "-".join(reversed(dirs))
        j = last + 1
        dirs = []
        while j < len(self.spans) and len(dirs) < 2 and self.clean_gap(self.spans[j - 1][1], self.spans[j][0]):
            w = self.word(j)
            d = direction_of(w)
            if not d or not w.startswith("ال"):
                break
            dirs.append(d)
            j += 1
        if dirs:
            dir_after = "-".join(dirs)
        return Around(type_level, type_word, dir_before, dir_after)

    def _rif_of_capital(self, i: int) -> str | None:
        """"الريف الغربي للعاصمة، دمشق": the capital's countryside, named before the capital word at i+1
        (the word at i is its direction adjective or the countryside word itself)."""
        for k in (i, i - 1):
            if k < 0 or not self.clean_gap(self.spans[k][1], self.spans[i + 1][0]):
                return None
            if type_of(self.word(k)) == "rif":
                return self.word(k)
            if not direction_of(self.word(k)):
                return None
        return None

    def quote_gap(self, a: int, b: int) -> bool:
        """Only spaces and quotation marks between a and b: "حي «الشجاعية»"; brackets quote a name too
        ("مزرعة (السكرية)", as the 2007-2008 newswire writes it)."""
        return not self.m[a:b].strip(" «»\"“”'()")

    def between(self, a: int, b: int) -> list[str]:
        """The words that lie wholly between shadow positions a and b."""
        lo = bisect.bisect_left(self.starts, a)
        hi = bisect.bisect_right(self.ends, b)  # not every word to the text's end: the ends rise
        return [self.word(k) for k in range(lo, hi)]

    def links(self, a_end: int, b_start: int, max_words: int = 4, glued: bool = False) -> bool:
        """True when connectors (في، غربي، بريف …) or a glued ب/ل link two names: "حارم غربي إدلب".

        Names side by side with nothing between them, or with a comma, are a list, not a containment.
        """
        if a_end > b_start or not self.clean_gap(a_end, b_start) or re.search(r"[,،]", self.m[a_end:b_start]):
            return False
        lo = bisect.bisect_left(self.starts, a_end)
        # a proclitic glued to the second name (بريف، وإدلب) belongs to that name's token
        words = []
        for k in range(lo, len(self.spans)):
            if self.spans[k][1] > b_start or len(words) > max_words:
                break
            words.append(k)
        if len(words) > max_words:
            return False
        if not words:
            return glued
        return all(is_connector(self.word(k)) or (i == 0 and self.word(k) in SITE_ADJ) for i, k in enumerate(words))
