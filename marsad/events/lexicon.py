"""The trigger lexicon (marsad/lexicons/triggers.json) and a token matcher over it.

Forms are matched on the tokens' shadow form.  A token matches a form when, after a valid
proclitic run (و ف ب ل ك ال …) and optionally one short suffix (pronoun or verb ending), it
equals the form's first word; later words of a multi-word form may carry the article.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from marsad.errors import ModelError
from marsad.model import Token
from marsad.text import article_stripped, normalize, proclitic_ok
from marsad.text.normalize import drop_marks
from marsad.text.tokenize import norm_tokens

#: Endings a matched word may carry beyond its lexicon form (shadow form, longest first); plurals
#: in ات are listed in the lexicon instead, since ضرب + ات is ضربات (strikes), not a beating.
SUFFIXES = ("تهم", "وهم", "هما", "ها", "هم", "وا", "ته", "ين", "ون", "ه", "ت", "ا", "ي")
_MAX_PREFIX = 4


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One lexicon row: its type labels, prior weight and class (for the context refiners)."""

    form: str
    cls: str
    event_type: str
    sub_event_type: str
    plover_type: str
    plover_mode: str
    weight: float
    weak: bool
    #: Stems one of which must stand within `needs_window` words before the trigger (an infiltration
    #: attempt is a clash only when it was repelled: صدت القوات محاولة تسلل); empty: no condition.
    needs_before: frozenset[str] = frozenset()
    needs_window: int = 0


@dataclass(frozen=True, slots=True)
class TriggerHit:
    """A trigger found in the text: token indices [first, last] and the entry it matched."""

    first: int
    last: int
    start: int
    end: int
    entry: TriggerEntry


@dataclass(frozen=True, slots=True)
class Refiner:
    """A context cue that retypes a trigger of certain classes (قصف + طائرات → Air/drone strike)."""

    name: str
    classes: frozenset[str]
    cues: tuple[tuple[str, ...], ...]
    changes: dict[str, str]


@lru_cache(maxsize=1 << 16)
def candidates(norm: str, taa_marbuta: bool = False) -> tuple[str, ...]:
    """Stems a token may stand for: itself, minus proclitic runs, minus one suffix (cached: words repeat).

    The shadow writes ة as ه, so a word that ends in ta marbuta must not lose it as if it were the
    pronoun ه (وقفة "a stand" is not وقف "stop" + ه): `taa_marbuta` says the original had ة.
    """
    out = [norm]
    for k in range(1, min(_MAX_PREFIX, len(norm) - 2) + 1):
        if proclitic_ok(norm[:k]):
            out.append(norm[k:])
    more = []
    for c in out:
        for s in SUFFIXES:
            if taa_marbuta and s.endswith("ه"):
                continue
            if c.endswith(s) and len(c) - len(s) >= 3:
                more.append(c[: -len(s)])
    return tuple(out + more)


#: Distinct words a `PhraseMatcher` remembers before it starts afresh.
_SEEN_MAX = 1 << 16


def token_candidates(tok: Token) -> tuple[str, ...]:
    """`candidates` for a token, telling a final ta marbuta from the pronoun ه by the original text."""
    return candidates(*_candidates_key(tok))


def _candidates_key(tok: Token) -> tuple[str, bool]:
    """(shadow form, ends in ta marbuta): what a token's `candidates` depend on."""
    norm = tok.norm
    return norm, norm.endswith("ه") and drop_marks(tok.text).endswith("ة")


def word_matches(norm: str, want: str) -> bool:
    return norm == want or article_stripped(norm) == want or (len(norm) > len(want) and norm[1:] == want and norm[0] in "وبل")


class PhraseMatcher:
    """Multi-word phrases keyed by their first word; `match(tokens, i)` gives the longest at i."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        #: The phrases each word's stems open, in stem order (`_starting`): most words open none, and
        #: `match` runs at every token of every sentence, often more than once.  A word that ends in no ه
        #: is keyed by its shadow form alone (`_plain`); one in ه also by whether it ends in ta marbuta.
        #: For a word in ه, `_plain` holds what its stems open read as a pronoun ه (no ta marbuta): those
        #: stems include the ta marbuta reading's, so an empty entry says the word opens none either way.
        self._plain: dict[str, tuple[tuple[tuple[str, ...], Any], ...]] = {}
        self._seen: dict[tuple[str, bool], tuple[tuple[tuple[str, ...], Any], ...]] = {}

    def add(self, phrase: str, value: Any) -> None:
        words = [article_stripped(w) for w in norm_tokens(phrase)]
        if not words:
            return
        self.forget()
        phrases = self._by_first.setdefault(words[0], [])
        phrases.append((tuple(words[1:]), value))
        phrases.sort(key=lambda x: -len(x[0]))  # the other lists are sorted already: only this one changed

    def match(self, tokens: Sequence[Token], i: int) -> tuple[int, Any] | None:
        """(index of the last token, value) for the longest phrase starting at token i."""
        tok = tokens[i]
        if tok.kind not in _WORD_KINDS:
            return None
        for rest, value in self._starting(tok):
            j, ok = i, True
            for w in rest:
                j += 1
                while j < len(tokens) and tokens[j].kind == "punct" and tokens[j].text in "\"'«»“”":
                    j += 1
                if j >= len(tokens) or not word_matches(tokens[j].norm, w):
                    ok = False
                    break
            if ok:
                return j, value
        return None

    def _starting(self, tok: Token) -> tuple[tuple[tuple[str, ...], Any], ...]:
        """(rest of the phrase, value) of every phrase whose first word is one of the token's stems,
        longest first per stem, stems in `token_candidates` order (cached per word, bounded)."""
        norm = tok.norm
        plain = norm[-1:] != "ه"  # then the stems need no look at the original text
        got = self._plain.get(norm) if plain else self._seen.get(key := _candidates_key(tok))
        if got is None:
            if len(self._plain) + len(self._seen) >= _SEEN_MAX:
                self.forget()
            by_first = self._by_first
            if plain:
                got = self._plain[norm] = tuple(p for c in candidates(norm, False) for p in by_first.get(c, ()))
            else:
                got = self._seen[key] = tuple(p for c in candidates(*key) for p in by_first.get(c, ()))
                if norm not in self._plain:  # lets `next_opening` pass the word by, whatever its last letter
                    self._plain[norm] = tuple(p for c in candidates(norm, False) for p in by_first.get(c, ()))
        return got

    def next_opening(self, tokens: Sequence[Token], i: int, stop: int | None = None) -> int:
        """The first index from i (before `stop`, len(tokens) when None) whose token may open a phrase (a word
        not met before, or one whose stems open some), else `stop`: the quick test of `TriggerLexicon.find`,
        one call over the run of ordinary words between triggers, which then cost no call to `match`."""
        plain, n = self._plain, len(tokens) if stop is None else stop
        while i < n:
            tok = tokens[i]
            if tok.kind in _WORD_KINDS and plain.get(tok.norm) != ():
                return i
            i += 1
        return n

    def forget(self) -> None:
        """Empty the per-word cache (the bound, or a new phrase)."""
        self._plain.clear()
        self._seen.clear()


#: The word after بدون/دون in "طائرة بدون طيار" (a drone): that دون is no negation.
_PILOT = frozenset({"طيار", "طيارين"})


@dataclass(frozen=True)
class TriggerLexicon:
    """Triggers, refiners and blockers, compiled for matching."""

    triggers: PhraseMatcher
    refiners: tuple[Refiner, ...]
    blockers: PhraseMatcher
    window: int
    future_prefix: bool
    windows: dict[str, int] = field(default_factory=dict)
    #: Phrases that hold a blocker form but block nothing (بعدما "after" is not ب + عدم; حظر التجول
    #: is a curfew, no ban on what follows): the lexicon's "not_blockers".
    not_blockers: PhraseMatcher = field(default_factory=PhraseMatcher)

    def blocker(self, tokens: Sequence[Token], i: int) -> tuple[int, str] | None:
        """(last token, kind) of the blocker starting at token i, or None.  "بدون طيار" / "دون طيار"
        (unmanned, of a drone) negates nothing, nor does a phrase of `not_blockers`."""
        if self.blockers.next_opening(tokens, i, i + 1) != i:
            return None  # a word known to open no blocker: most of the window
        m = self.blockers.match(tokens, i)
        if m is None or self.not_blockers.match(tokens, i) is not None:
            return None  # the phrase lookup only where a blocker matched: this runs at every window token
        if m[1] == "negation" and m[0] + 1 < len(tokens) and tokens[m[0] + 1].norm in _PILOT:
            return None
        return m

    def find(self, tokens: Sequence[Token]) -> list[TriggerHit]:
        """Every trigger in `tokens`, longest match first, left to right, not overlapping."""
        hits: list[TriggerHit] = []
        i, n = 0, len(tokens)
        match, next_opening = self.triggers.match, self.triggers.next_opening
        while i < n:
            i = next_opening(tokens, i)  # words known to open no trigger (most words) cost no call to `match`
            if i >= n:
                break
            m = match(tokens, i)
            if m is None:
                i += 1
                continue
            last, entry = m
            if entry.needs_before and not _preceded(tokens, i, entry):
                i += 1
                continue
            hits.append(TriggerHit(i, last, tokens[i].start, tokens[last].end, entry))
            i = last + 1
        return hits


#: The token kinds a phrase may start with.
_WORD_KINDS = frozenset({"word", "latin"})

#: Punctuation that ends a sentence (the tokenizer gives each mark its own token).
_STOPS = frozenset(".!?؟")


def _preceded(tokens: Sequence[Token], i: int, entry: TriggerEntry) -> bool:
    """Whether a word of `entry.needs_before` stands within its window before token i, in its sentence."""
    for j in range(i - 1, max(-1, i - 1 - entry.needs_window), -1):
        tok = tokens[j]
        if tok.kind == "punct" and tok.text in _STOPS:
            return False
        if tok.kind == "word" and not entry.needs_before.isdisjoint(token_candidates(tok)):
            return True
    return False


def _load_json() -> dict[str, Any]:
    try:
        path = resources.files("marsad.lexicons") / "triggers.json"
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise ModelError(f"marsad/lexicons/triggers.json is missing or unreadable: {err}") from err


@lru_cache(maxsize=1)
def load_lexicon() -> TriggerLexicon:
    """The shipped trigger lexicon, compiled once per process."""
    data = _load_json()
    trig = PhraseMatcher()
    for row in data["triggers"]:
        for form in row["forms"]:
            entry = TriggerEntry(
                normalize(form),
                row["class"],
                row["event_type"],
                row["sub_event_type"],
                row["plover_type"],
                row["plover_mode"],
                float(row.get("weight", 0.6)),
                bool(row.get("weak", False)),
                frozenset(normalize(w) for w in row.get("needs_before", ())),
                int(row.get("needs_window", 0)),
            )
            trig.add(form, entry)
    refiners = tuple(
        Refiner(
            r["name"],
            frozenset(r["classes"]),
            tuple(tuple(article_stripped(w) for w in norm_tokens(c)) for c in r["cues"]),
            dict(r["set"]),
        )
        for r in data.get("refiners", ())
    )
    blockers = PhraseMatcher()
    for kind, words in data.get("blockers", {}).items():
        for w in words:
            blockers.add(w, kind)
    not_blockers = PhraseMatcher()
    for w in data.get("not_blockers", ()):
        not_blockers.add(w, "none")
    return TriggerLexicon(
        trig,
        refiners,
        blockers,
        int(data.get("blocker_window", 4)),
        bool(data.get("future_prefix", True)),
        {k: int(v) for k, v in data.get("blocker_windows", {}).items()},
        not_blockers,
    )
