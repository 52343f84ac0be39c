"""The curated actor knowledge base: loading, merging a user's file, and matching aliases in text.

The data lives in `actors.json` (named actors) and `generic_actors.json` (generic phrases such as
مسلحون مجهولون that get an ACLED-style name once the country is known).  Matching runs over
tokens in the shadow form, so hamza, ta-marbuta and diacritic variants need not be listed; a
name may sit behind proclitics (وأكد المرصد، بحسب المرصد، للمرصد) and the longest alias wins.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from marsad.errors import InputError
from marsad.gazetteer.countries import country as country_info
from marsad.model import Token
from marsad.text.normalize import shadow
from marsad.text.span_index import SpanIndex
from marsad.text.tokenize import PROCLITIC_RUNS, norm_tokens, proclitic_ok, tokenize

log = logging.getLogger(__name__)

ACTOR_TYPES = frozenset(
    {"state_force", "armed_group", "militia", "party", "official", "media", "ngo", "government", "person", "international"}
)
SOURCE_KINDS = frozenset({"organization", "person", "media", "social", "government"})
LANGS = ("ar", "en", "fr")
PERSON_TYPES = frozenset({"official", "person"})

# Quotes and brackets that may stand between the words of a name (كتيبة "الغرباء").
_TRANSPARENT = frozenset("\"«»“”„'‘’()-‐–")
_HANDLE_RE = re.compile(r"@[A-Za-z0-9_]{2,30}")
# Proclitic runs a name may follow: run -> (shadow cut, what replaces the run's tail).  Runs holding the
# article are left out: a name without the article does not take one (بالحماس is not Hamas); للمرصد is
# ل + المرصد with the article's alef elided, so "المرصد" is matched from the second lam.
_LAM_ARTICLE = ("لل", "ولل", "فلل")
_HEAD_CUTS: dict[str, tuple[int, str]] = {
    r: (len(r), "") for r in PROCLITIC_RUNS if proclitic_ok(r) and "ال" not in r and r not in _LAM_ARTICLE and r[-1] not in "اس"
}
_HEAD_CUTS.update({r: (len(r) - 1, "ا") for r in _LAM_ARTICLE if proclitic_ok(r)})
_MAX_RUN = max(map(len, _HEAD_CUTS))


@dataclass(frozen=True, slots=True)
class Actor:
    """One curated actor; `name` is the canonical English name (ACLED's spelling where it has one)."""

    id: str
    name: str
    type: str
    country: str | None = None
    acled_name: str | None = None
    inter: int | None = None
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict, hash=False, compare=False)
    source_kind: str | None = None
    handles: tuple[str, ...] = ()
    member_of: str | None = None
    #: ACLED's names for the group's branches, by the event's country ("*": any country, "{country}" its
    #: name): Islamic State (Iraq), Islamic State (Libya); al-Qaeda in Yemen is AQAP. `acled_name` is kept
    #: where none applies (no country, or none listed).
    branches: tuple[tuple[str, str], ...] = ()

    @property
    def kb_id(self) -> str:
        return "actor:" + self.id

    @property
    def label(self) -> str:
        """The entity label a mention of this actor gets."""
        return "PER" if self.type in PERSON_TYPES else "ORG"

    def all_aliases(self) -> Iterator[str]:
        yield self.name
        for lang in LANGS:
            yield from self.aliases.get(lang, ())


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """A mention of a KB actor: `text[start:end]` of the searched text."""

    start: int
    end: int
    text: str
    actor: Actor


@dataclass(frozen=True, slots=True)
class GenericMatch:
    """A generic actor phrase (مدنيون، مسلحون مجهولون); `acled_name_for` gives it a country."""

    start: int
    end: int
    text: str
    label: str
    inter: int | None
    needs_country: bool
    kind: str
    id: str = ""


@dataclass(frozen=True, slots=True)
class _Pattern:
    """A compiled alias: its shadow tokens and what it points to (an Actor or a generic entry)."""

    words: tuple[str, ...]
    target: Any


class _Matcher:
    """Token-sequence matcher: first word -> patterns, tried longest first."""

    def __init__(self) -> None:
        self.by_first: dict[str, list[_Pattern]] = {}
        self.latin_first: dict[str, list[_Pattern]] = {}
        self.size = 0
        #: The last text searched and its matches, with tokens given and without: the actor linker and the
        #: events' mentions both search each document with its tokens, and the searches of entity texts that
        #: run between them (the geocoder's outlet names) come without, so they no longer push it out.  One
        #: entry each, so nothing outlives the next document.
        self._last: dict[bool, tuple[tuple[str, tuple[Token, ...] | None], list[tuple[int, int, Any]]]] = {}
        #: Per Arabic word (shadow form): its (shadow cut, patterns) for each head that opens any; most open
        #: none, and every document's every word is looked up (bounded by `_HEADS_MAX`).
        self._heads: dict[str, tuple[tuple[int, _Tries], ...]] = {}
        #: Per head word: its patterns split by their second word (see `_Tries`), built when first asked for.
        self._tries: dict[str, _Tries] = {}

    def add(self, alias: str, target: Any) -> bool:
        words = tuple(norm_tokens(alias))
        if not words:
            return False
        self._last = {}
        self._heads.clear()
        self._tries.clear()
        pats = self.by_first.setdefault(words[0], [])
        for i, p in enumerate(pats):
            if p.words == words:
                pats[i] = _Pattern(words, target)  # later entries (a user's file) win
                return True
        pats.append(_Pattern(words, target))
        pats.sort(key=lambda p: -len(p.words))
        self.size += 1
        return True

    def find(self, text: str, tokens: Sequence[Token] | None = None) -> list[tuple[int, int, Any]]:
        """All (start, end, target) matches, then the longest non-overlapping ones in text order."""
        if not text or not self.by_first:
            return []
        key = (text, tuple(tokens) if tokens is not None else None)
        last = self._last.get(tokens is None)  # read once: the KB is shared, and another thread may replace it
        if last is not None and last[0] == key:
            return list(last[1])
        found = self._find(text, tokens)
        self._last[tokens is None] = (key, found)
        return list(found)

    def _find(self, text: str, tokens: Sequence[Token] | None) -> list[tuple[int, int, Any]]:
        toks = [t for t in (tokens if tokens is not None else tokenize(text)) if t.text not in _TRANSPARENT]
        sh = shadow(text)
        found: list[tuple[int, int, Any]] = []
        last = len(toks) - 1
        for i, tok in enumerate(toks):
            if tok.kind == "punct":
                continue
            if tok.kind == "word":
                opened = self._heads.get(tok.norm)
                if opened is None:
                    opened = self._opened(tok.norm)
            else:
                tries = self._tries_of(tok.norm)
                opened = ((0, tries),) if tries is not None else ()
            for cut, (longer, single) in opened:
                pats = single if i == last else (*longer.get(toks[i + 1].norm, ()), *single)
                for pat in pats:
                    end = _extend(toks, i, pat.words)
                    if end is not None and not _glued(text, tok.start, end):
                        start = tok.start if cut == 0 else sh.orig(sh.to_norm(tok.start) + cut)
                        found.append((start, end, pat.target))
        return _longest(found)

    def _opened(self, norm: str) -> tuple[tuple[int, _Tries], ...]:
        """(shadow cut, patterns) for the Arabic word itself and after each proclitic run it starts with,
        where the head word opens any pattern (remembered in `_heads`)."""
        if len(self._heads) >= _HEADS_MAX:
            self._heads.clear()
        heads = ((cut, self._tries_of(first)) for cut, first in _word_heads(norm))
        got = self._heads[norm] = tuple((cut, tries) for cut, tries in heads if tries is not None)
        return got

    def _tries_of(self, first: str) -> _Tries | None:
        """The patterns `first` opens, split by second word (None when it opens none)."""
        got = self._tries.get(first)
        if got is None and (pats := self.by_first.get(first)):
            got = self._tries[first] = _split_tries(pats)
        return got


#: A head word's patterns: those of several words by their second word, then those of the head alone.  Only
#: the ones whose second word is the next token's can match, so the others are never tried.  The patterns
#: are sorted longest first, so the one-word ones come last and each part keeps the patterns' order: the
#: matches come out in the order that trying every pattern in turn gave.
_Tries = tuple[dict[str, tuple[_Pattern, ...]], tuple[_Pattern, ...]]


def _split_tries(pats: Sequence[_Pattern]) -> _Tries:
    longer: dict[str, list[_Pattern]] = {}
    for pat in pats:
        if len(pat.words) > 1:
            longer.setdefault(pat.words[1], []).append(pat)
    single = tuple(pat for pat in pats if len(pat.words) == 1)
    return {w: tuple(ps) for w, ps in longer.items()}, single


#: Distinct words a `_Matcher` remembers the opened patterns of before it starts afresh.
_HEADS_MAX = 1 << 16


@lru_cache(maxsize=1 << 16)
def _word_heads(norm: str) -> tuple[tuple[int, str], ...]:
    heads = [(0, norm)]
    for k in range(1, min(_MAX_RUN, len(norm) - 2) + 1):
        hc = _HEAD_CUTS.get(norm[:k])
        if hc is not None:
            heads.append((hc[0], hc[1] + norm[hc[0] :]))
    return tuple(heads)


def _glued(text: str, start: int, end: int) -> bool:
    """True when the words sit inside a URL, handle, e-mail or file name (pic.twitter.com, a_b)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    nxt = text[end + 1] if end + 1 < len(text) else " "
    return before in "./@_#" or after in "/@_" or (after == "." and nxt.isalnum())


def _extend(toks: Sequence[Token], i: int, words: tuple[str, ...]) -> int | None:
    """End offset when `words[1:]` follow token `i` exactly (separated only by whitespace or quotes)."""
    j = i
    for w in words[1:]:
        j += 1
        if j >= len(toks) or toks[j].norm != w:
            return None
    return toks[j].end


def _longest(found: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    taken: list[tuple[int, int, Any]] = []
    index = SpanIndex()  # the taken spans by position: a million-character document has thousands
    for m in sorted(found, key=lambda m: (m[0] - m[1], m[0])):
        if not index.overlaps(m[0], m[1]):
            taken.append(m)
            index.add(m[0], m[1])
    taken.sort(key=lambda m: m[0])
    return taken


def _data_path(name: str) -> Any:
    return resources.files("marsad.lexicons") / name


def _read_records(path: Path | Any, what: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """(header, records) of a JSON object {"version", "actors": [...]}, a JSON list, or JSONL."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"{what} {path}: cannot read ({err})") from None
    stripped = raw.lstrip()
    if not stripped:
        return {}, []
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        data = None
        records: list[dict[str, Any]] = []
        for n, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as err:
                raise InputError(f"{what} {path}: line {n} is not JSON ({err.msg})") from None
        header = records.pop(0) if records and "actors" not in records[0] and "id" not in records[0] else {}
        return header, records
    if isinstance(data, list):
        return {}, data
    if isinstance(data, dict) and isinstance(data.get("actors"), list):
        return {k: v for k, v in data.items() if k != "actors"}, data["actors"]
    if isinstance(data, dict) and "id" in data:
        return {}, [data]
    raise InputError(f"{what} {path}: expected an object with an 'actors' list, a list of actors, or JSONL")


def _actor(rec: Any, where: str, base: Actor | None = None) -> Actor:
    """Validate one record; with `base` (same id already known) given fields override, aliases merge."""
    if not isinstance(rec, dict):
        raise InputError(f"{where}: an actor must be an object, got {type(rec).__name__}")
    aid = rec.get("id")
    if not isinstance(aid, str) or not aid.strip():
        raise InputError(f"{where}: actor without an 'id' string")
    name = rec.get("name", base.name if base else None)
    if not isinstance(name, str) or not name.strip():
        raise InputError(f"{where}: actor {aid!r} has no 'name'")
    typ = rec.get("type", base.type if base else None)
    if typ not in ACTOR_TYPES:
        raise InputError(f"{where}: actor {aid!r} has type {typ!r}; expected one of {', '.join(sorted(ACTOR_TYPES))}")
    raw_aliases = rec.get("aliases") or {}
    if isinstance(raw_aliases, list):
        raw_aliases = {"ar": raw_aliases}
    if not isinstance(raw_aliases, dict):
        raise InputError(f"{where}: actor {aid!r}: 'aliases' must map a language to a list of names")
    aliases: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in (base.aliases if base else {}).items()}
    for lang, names in raw_aliases.items():
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise InputError(f"{where}: actor {aid!r}: aliases[{lang!r}] must be a list of strings")
        old = aliases.get(lang, ())
        aliases[lang] = old + tuple(n for n in names if n not in old)
    inter = rec.get("inter", base.inter if base else None)
    if inter is not None and (not isinstance(inter, int) or not 1 <= inter <= 8):
        raise InputError(f"{where}: actor {aid!r}: 'inter' must be an ACLED code 1-8 or null")
    kind = rec.get("source_kind", base.source_kind if base else None)
    if kind is not None and kind not in SOURCE_KINDS:
        raise InputError(f"{where}: actor {aid!r}: source_kind {kind!r} not in {', '.join(sorted(SOURCE_KINDS))}")
    iso2 = rec.get("country", base.country if base else None)
    if iso2 is not None and country_info(iso2) is None:
        raise InputError(f"{where}: actor {aid!r}: country {iso2!r} is not an ISO 3166 alpha-2 code")
    handles = rec.get("handles", list(base.handles) if base else [])
    raw_branches = rec.get("branches", dict(base.branches) if base else {})
    if not isinstance(raw_branches, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in raw_branches.items()):
        raise InputError(f"{where}: actor {aid!r}: 'branches' must map a country code or '*' to an ACLED name")
    branches = tuple(sorted(raw_branches.items()))
    return Actor(
        id=aid,
        name=name,
        type=typ,
        country=iso2,
        acled_name=rec.get("acled_name", base.acled_name if base else None),
        inter=inter,
        aliases=aliases,
        source_kind=kind,
        handles=tuple(handles or ()),
        member_of=rec.get("member_of", base.member_of if base else None),
        branches=branches,
    )


@dataclass(frozen=True, slots=True)
class GenericEntry:
    """One generic phrase family from generic_actors.json."""

    id: str
    label: str
    kind: str
    inter: int | None
    needs_country: bool


class ActorKB:
    """Actors by id plus the alias matchers.  Build with `ActorKB.load()` (cached)."""

    def __init__(
        self,
        actors: Iterable[Actor],
        generics: Iterable[tuple[GenericEntry, Sequence[str]]] = (),
        *,
        version: str = "",
        state_forces: Mapping[str, Mapping[str, str]] | None = None,
    ) -> None:
        self.version = version
        self.actors: dict[str, Actor] = {}
        self._matcher = _Matcher()
        self._handles: dict[str, Actor] = {}
        for a in actors:
            self.actors[a.id] = a
        for a in self.actors.values():
            for alias in a.all_aliases():
                self._matcher.add(alias, a)
            for h in a.handles:
                self._handles[h.lstrip("@").lower()] = a
        self._generic = _Matcher()
        for entry, phrases in generics:
            for p in phrases:
                self._generic.add(p, entry)
        self.state_forces = {k: dict(v) for k, v in (state_forces or {}).items()}

    # -- loading -------------------------------------------------------------------------------

    @classmethod
    def load(cls, extra_path: str | Path | None = None) -> ActorKB:
        """The shipped KB, merged with a user's JSON/JSONL file of actors when `extra_path` is given."""
        return _load(str(extra_path) if extra_path else None)

    # -- lookups ---------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.actors)

    def get(self, actor_id: str) -> Actor | None:
        """The actor with this id (with or without the "actor:" prefix of a kb_id)."""
        return self.actors.get(actor_id.removeprefix("actor:"))

    @property
    def n_aliases(self) -> int:
        return self._matcher.size

    def find(self, text: str, tokens: Sequence[Token] | None = None) -> list[ActorMatch]:
        """Non-overlapping actor mentions in `text`, longest first, offsets into `text`.

        `tokens` may pass the document's tokens (from `tokenize(text)`) to save re-tokenising.
        """
        if not isinstance(text, str):
            raise InputError(f"text must be a string, not {type(text).__name__}")
        hits = self._matcher.find(text, tokens)
        out = [ActorMatch(s, e, text[s:e], a) for s, e, a in hits]
        if "@" in text and self._handles:
            taken = [(m.start, m.end) for m in out]
            for m in _HANDLE_RE.finditer(text):
                a = self._handles.get(m.group()[1:].lower())
                if a and all(m.end() <= s or m.start() >= e for s, e in taken):
                    out.append(ActorMatch(m.start(), m.end(), m.group(), a))
            out.sort(key=lambda m: m.start)
        return out

    def generic(self, text: str, tokens: Sequence[Token] | None = None) -> list[GenericMatch]:
        """Generic actor phrases (قوات الأمن، مسلحون مجهولون، مدنيون، متظاهرون، الجيش …) in `text`."""
        if not isinstance(text, str):
            raise InputError(f"text must be a string, not {type(text).__name__}")
        return [
            GenericMatch(s, e, text[s:e], g.label, g.inter, g.needs_country, g.kind, g.id)
            for s, e, g in self._generic.find(text, tokens)
        ]

    def acled_name_for(self, match: GenericMatch, iso2: str | None) -> str:
        return acled_name_for(match, iso2, kb=self)


def acled_name_for(match: GenericMatch, iso2: str | None, kb: ActorKB | None = None) -> str:
    """The ACLED-style actor name of a generic match in a country ("Civilians (Syria)").

    State forces use the country's current ACLED name when the KB knows it ("Police Forces of
    Syria (2024-)"), else "Police Forces of <Country>"; other kinds append the country in
    brackets.  Without a known country the bare label is returned.
    """
    kb = kb or ActorKB.load()
    info = country_info(iso2)
    if not match.needs_country or info is None:
        return match.label.replace(" of {country}", "").replace("{country}", "").strip()
    forces = kb.state_forces.get(info.iso2, {})
    if match.kind in forces:
        return forces[match.kind]
    if "{country}" in match.label:
        return match.label.replace("{country}", info.name)
    return f"{match.label} ({info.name})"


@lru_cache(maxsize=8)
def _load(extra_path: str | None) -> ActorKB:
    header, records = _read_records(_data_path("actors.json"), "actors file")
    actors: dict[str, Actor] = {}
    for n, rec in enumerate(records, 1):
        a = _actor(rec, f"actors.json record {n}")
        if a.id in actors:
            raise InputError(f"actors.json record {n}: duplicate id {a.id!r}")
        actors[a.id] = a
    version = str(header.get("version", ""))
    if extra_path:
        path = Path(extra_path)
        xheader, xrecords = _read_records(path, "actors file")
        for n, rec in enumerate(xrecords, 1):
            base = actors.get(rec.get("id")) if isinstance(rec, dict) else None
            a = _actor(rec, f"{path} record {n}", base)
            actors.pop(a.id, None)
            actors[a.id] = a  # re-inserted last, so its aliases win a tie with a shipped actor
        version += f"+{xheader.get('version', path.name)}"
    generics, state_forces = _generic_entries()
    state_forces = _with_kb_forces(state_forces, actors.values())
    log.debug("actor KB %s: %d actors", version, len(actors))
    return ActorKB(actors.values(), generics, version=version, state_forces=state_forces)


#: ACLED name prefixes of a state's forces, by generic kind.
_FORCE_PREFIXES = {"military": "Military Forces of ", "security": "Police Forces of "}


def _with_kb_forces(state_forces: Mapping[str, Mapping[str, str]], actors: Iterable[Actor]) -> dict[str, dict[str, str]]:
    """The generic names of states the generic table does not list, taken from the KB's own state forces
    (saudi_military: "Military Forces of Saudi Arabia (2015-)"), so a generic "Saudi forces" and the named
    Saudi army get one ACLED name and merge; a unit's longer name (… - STC) is not a state's forces."""
    out = {k: dict(v) for k, v in state_forces.items()}
    for a in sorted(actors, key=lambda a: len(a.acled_name or "")):
        if a.type != "state_force" or not a.country or not a.acled_name or " - " in a.acled_name:
            continue
        for kind, prefix in _FORCE_PREFIXES.items():
            if a.acled_name.startswith(prefix):
                out.setdefault(a.country, {}).setdefault(kind, a.acled_name)
    return out


def _generic_entries() -> tuple[list[tuple[GenericEntry, list[str]]], dict[str, dict[str, str]]]:
    data = json.loads(_data_path("generic_actors.json").read_text(encoding="utf-8"))
    out = []
    for rec in data["patterns"]:
        entry = GenericEntry(rec["id"], rec["label"], rec["kind"], rec.get("inter"), bool(rec.get("needs_country", True)))
        phrases = [p for lang in LANGS for p in rec.get("aliases", {}).get(lang, [])]
        out.append((entry, phrases))
    return out, data.get("state_forces", {})
