"""The loaded gazetteer: rows, a name index and the Aho-Corasick automaton the matcher runs.

`Gazetteer.load()` reads the shipped `data/gazetteer.tsv.gz` once per process (a cached
singleton); `Gazetteer.load(extra=[...])` adds a user's own places file (see `read_extra`).
"""

from __future__ import annotations

import csv
import gzip
import logging
import threading
from collections import defaultdict
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import ahocorasick

from marsad.errors import InputError, ModelError
from marsad.gazetteer.article_keys import article_variant
from marsad.gazetteer.names import entry_keys, is_arabic, is_latin, name_key
from marsad.gazetteer.spacing import spacing_variants
from marsad.gazetteer.spelling import FAR_MIN_POP, MIN_LEN, MIN_POP, NearIndex
from marsad.text.tokenize import ARTICLE_RUNS

log = logging.getLogger(__name__)

LEVELS = ("populated_place", "admin3", "admin2", "admin1", "country", "region")
_lock = threading.Lock()
_cache: dict[tuple[str, ...], Gazetteer] = {}


#: How many words `Gazetteer.misspelt` remembers before it starts over (a few MB).
_SEEN_MAX = 100_000

class Entry(NamedTuple):
    """One place of the gazetteer (a row of the shipped TSV or of a user's file)."""

    id: str
    level: str
    iso2: str
    name: str
    name_ar: str
    admin1: str
    admin2: str
    admin3: str
    pcode: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    pop: int
    names: tuple[str, ...]
    keys: tuple[str, ...] = ()

    @property
    def user(self) -> bool:
        return self.id.startswith("x:")

    @property
    def site(self) -> bool:
        """A curated quarter or site (sites.tsv), placed at its town."""
        return self.id.startswith("st:")

    def label(self) -> str:
        where = ", ".join(x for x in (self.admin1 if self.level != "admin1" else "", self.iso2) if x)
        return f"{self.name} ({self.level}, {where})"


class Hit(NamedTuple):
    """An entry reachable from a key; `stripped` when the key is the name without its article."""

    entry: int
    stripped: bool


def _num(s: str) -> float | None:
    return float(s) if s else None


def _read_rows(lines: Iterable[list[str]]) -> list[Entry]:
    out = []
    for r in lines:
        out.append(Entry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], int(r[9]) if r[9] else None,
                         _num(r[10]), _num(r[11]), int(r[12] or 0), tuple(r[13].split("|")) if r[13] else (),
                         tuple(r[14].split("|")) if len(r) > 14 and r[14] else ()))
    return out


def read_extra(path: str | Path, start: int = 0) -> list[Entry]:
    """A user's places file: TSV with a header naming at least `name`, `iso2`, `lat`, `lon`.

    Optional columns: `aliases` (| between spellings, Arabic or Latin), `name_ar`, `admin1`,
    `admin2`, `admin3`, `pcode`, `level` (default populated_place), `population`.
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except OSError as err:
        raise InputError(f"{p}: cannot read the places file ({err.strerror or err})") from None
    except UnicodeDecodeError:
        raise InputError(f"{p}: the places file is not UTF-8 text") from None
    reader = csv.DictReader(text.splitlines(), delimiter="\t")
    need = {"name", "iso2", "lat", "lon"}
    if not reader.fieldnames or not need <= set(reader.fieldnames):
        raise InputError(f"{p}: a places file needs a tab-separated header with {', '.join(sorted(need))}")
    out = []
    for i, r in enumerate(reader, start=2):
        try:
            lat, lon = float(r["lat"]), float(r["lon"])
        except (TypeError, ValueError):
            raise InputError(f"{p}:{i}: lat/lon must be numbers") from None
        level = (r.get("level") or "populated_place").strip()
        if level not in LEVELS:
            raise InputError(f"{p}:{i}: level must be one of {', '.join(LEVELS)}")
        names = [r["name"], r.get("name_ar") or "", *(r.get("aliases") or "").split("|")]
        names = [n.strip() for n in names if n and n.strip()]
        pop = r.get("population") or "0"
        out.append(Entry(f"x:{start + len(out)}", level, (r["iso2"] or "").strip().upper(), r["name"].strip(),
                         (r.get("name_ar") or next((n for n in names if is_arabic(n)), "")).strip(),
                         (r.get("admin1") or "").strip(), (r.get("admin2") or "").strip(),
                         (r.get("admin3") or "").strip(), (r.get("pcode") or "").strip(), None, lat, lon,
                         int(float(pop)) if pop.replace(".", "", 1).isdigit() else 0, tuple(names),
                         tuple(entry_keys(names))))
    return out


def _data_path(name: str) -> Path:
    return Path(str(resources.files("marsad.gazetteer") / "data" / name))


def _word_list(name: str) -> set[str]:
    path = _data_path(name)
    if not path.exists():
        return set()
    lines = path.read_text(encoding="utf-8").splitlines()
    return {name_key(x) for x in lines if x.strip() and not x.startswith("#")}


class _Rows(Sequence[Entry]):
    """Rows kept as split strings and turned into Entry objects on first use (fast cold load)."""

    def __init__(self, rows: list[list[str]], extra: Sequence[Entry] = ()) -> None:
        self._rows = rows
        self._done: dict[int, Entry] = {}
        self._extra = list(extra)

    def __len__(self) -> int:
        return len(self._rows) + len(self._extra)

    def __getitem__(self, i: int) -> Entry:  # type: ignore[override]
        if i >= len(self._rows):
            return self._extra[i - len(self._rows)]
        e = self._done.get(i)
        if e is None:
            e = self._done[i] = _read_rows([self._rows[i]])[0]
        return e

    def ids(self) -> list[str]:
        return [r[0] for r in self._rows] + [e.id for e in self._extra]

    def level_pop(self, i: int) -> tuple[str, str, int]:
        """Level, country and population of row i without making its Entry."""
        if i >= len(self._rows):
            e = self._extra[i - len(self._rows)]
            return e.level, e.iso2, e.pop
        r = self._rows[i]
        return r[1], r[2], int(r[12] or 0)

    def keys(self) -> Iterable[tuple[int, list[str]]]:
        for i, r in enumerate(self._rows):
            yield i, r[14].split("|") if len(r) > 14 and r[14] else []
        for j, e in enumerate(self._extra):
            yield len(self._rows) + j, list(e.keys)


class Gazetteer:
    """Places, their names by key, and the automaton over every key."""

    def __init__(self, entries: Sequence[Entry] | _Rows) -> None:
        self.entries: Sequence[Entry] = entries if isinstance(entries, _Rows) else _Rows([], entries)
        rows = self.entries if isinstance(self.entries, _Rows) else _Rows([], entries)
        self.common: set[str] = _word_list("common_words.txt") | _word_list("common_names.txt")
        self.attested: set[str] = _word_list("attested_abroad.txt")
        self.near_words: set[str] = _word_list("near_words.txt")
        self._near: tuple[NearIndex, dict[str, set[int]], set[tuple[int, str]]] | None = None
        self._far: frozenset[int] = frozenset()
        self._short: dict[str, list[int]] | None = None
        self._misspelt_seen: dict[str, dict[str, set[int]]] = {}
        # key -> entry * 2 + (1 when the key is the name without its article)
        index: dict[str, list[int]] = defaultdict(list)
        for i, keys in rows.keys():
            for key in keys:
                if key[:1] == "~":
                    index[key[1:]].append(2 * i + 1)
                elif key:
                    index[key].append(2 * i)
        self._add_spacings(rows, index)
        self.article_keys = self._add_articles(rows, index)
        self.index = index
        self.automaton = ahocorasick.Automaton()
        for key in index:
            self.automaton.add_word(key, key)
        self.automaton.make_automaton()
        self.by_id = {x: i for i, x in enumerate(rows.ids())}

    @staticmethod
    def _add_spacings(rows: _Rows, index: dict[str, list[int]]) -> None:
        """Big cities' keys split or joined at a space (كوالا لمبور), where no place has that key."""
        extra: dict[str, list[int]] = defaultdict(list)
        for i, keys in rows.keys():
            arabic = [k for k in keys if k and k[0] != "~" and is_arabic(k)]
            if not arabic:
                continue
            level, _, pop = rows.level_pop(i)
            if level != "populated_place" or pop < FAR_MIN_POP:
                continue
            for key in arabic:
                for other in spacing_variants(key):
                    if other not in index and 2 * i not in extra[other]:
                        extra[other].append(2 * i)
        index.update(extra)

    @staticmethod
    def _add_articles(rows: _Rows, index: dict[str, list[int]]) -> frozenset[str]:
        """Towns' two-word keys with the article on the second word (دورا القرع), where no place has that key;
        the keys added."""
        extra: dict[str, list[int]] = defaultdict(list)
        for i, keys in rows.keys():
            others = [o for k in keys if " " in k and k[0] != "~" and is_arabic(k) and (o := article_variant(k))]
            if not others or rows.level_pop(i)[0] != "populated_place":
                continue
            for other in others:
                if other not in index and 2 * i not in extra[other]:
                    extra[other].append(2 * i)
        index.update(extra)
        return frozenset(extra)

    @classmethod
    def load(cls, path: str | Path | None = None, extra: Sequence[str | Path] = ()) -> Gazetteer:
        """The shipped gazetteer (cached per process), plus users' places files if given."""
        cache_key = (str(path or ""), *map(str, extra))
        with _lock:
            if cache_key not in _cache:
                base = Path(path) if path else _data_path("gazetteer.tsv.gz")
                try:
                    with gzip.open(base, "rb") as fh:
                        lines = fh.read().decode("utf-8").split("\n")
                    rows = [line.split("\t") for line in lines[1:] if line]
                    if rows and len(rows[0]) < 15:
                        raise ValueError("missing columns")
                except (OSError, EOFError, StopIteration, IndexError, ValueError) as err:
                    raise ModelError(f"{base}: gazetteer missing or corrupt ({err}); run `marsad gazetteer build`") from None
                extra_entries: list[Entry] = []
                for x in extra:
                    extra_entries += read_extra(x, start=len(rows) + len(extra_entries))
                _cache[cache_key] = cls(_Rows(rows, extra_entries))
            return _cache[cache_key]

    def short_cities(self, key: str) -> list[Entry]:
        """Cities of 100,000+ whose Arabic name is a two-letter key the index leaves out (إب is also
        أب, a father): the caller reads them only behind a city type word (مدينة إب)."""
        if self._short is None:
            short: dict[str, list[int]] = defaultdict(list)
            for i, e in enumerate(self.entries):
                if e.level == "populated_place" and e.pop >= 100_000:
                    for n in e.names:
                        k = name_key(n)
                        if is_arabic(k) and len(k.replace(" ", "")) < 3 and i not in short[k]:
                            short[k].append(i)
            self._short = dict(short)
        return [self.entries[i] for i in self._short.get(key, ())]

    def misspelt(self, w: str) -> dict[str, set[int]]:
        """The keys of countries and the region's big cities one edit from `w`, with their entries."""
        got = self._misspelt_seen.get(w)
        if got is None:  # news repeats its words: each is looked up once per process
            index, by_key, _ = self._near_index()
            got = {k: by_key[k] for k in index.near(w)}
            if len(self._misspelt_seen) >= _SEEN_MAX:
                self._misspelt_seen.clear()
            self._misspelt_seen[w] = got
        return got

    def misspelt_tails(self) -> set[tuple[int, str]]:
        """(word count, last word) of the multi-word names `misspelt` reads (المملكة العربية السعودية)."""
        return self._near_index()[2]

    def far(self, i: int) -> bool:
        """Is entry i a capital or big city outside the region that `misspelt` reads (a stricter slip rule)?"""
        self._near_index()
        return i in self._far

    def _near_index(self) -> tuple[NearIndex, dict[str, set[int]], set[tuple[int, str]]]:
        """The index of the names a misspelling may be read as, built on first use.

        Its rule differs from the build's for `near_words.txt` (`build.build`) on purpose.  Here: the
        stored keys of countries and of the region's towns of `MIN_POP` or more, the names a slip is read
        as.  There: each name as written (`name_key`) of countries and of every region row of `MIN_POP`
        or more, units included, the names a corpus word must not be corrected towards.  The second list
        only makes corrections rarer, so it errs wide; one rule for both would change the shipped
        near_words.txt (from the same corpus: 362 words against 317; الاخبار، الحركه، جديده would lose
        their protection), which needs a judged corpus diff of its own.
        """
        if self._near is None:
            from marsad.gazetteer.build import REGION  # the build's region: cities abroad are not tried
            from marsad.gazetteer.nationals import capital_ids  # lazy: nationals imports this module

            rows = self.entries if isinstance(self.entries, _Rows) else _Rows([], list(self.entries))
            capitals = {self.by_id[c] for c in capital_ids() if c in self.by_id}
            by_key: dict[str, set[int]] = defaultdict(set)
            far = set()
            for i, keys in rows.keys():
                level, iso2, pop = rows.level_pop(i)
                near = level == "country" or (level == "populated_place" and pop >= MIN_POP and iso2 in REGION)
                if not near and level == "populated_place" and (i in capitals or pop >= FAR_MIN_POP):
                    near = True
                    far.add(i)  # a world capital or a city of a million abroad (جاكرتا for جاكارتا)
                if near:
                    for k in keys:
                        if k and k[0] != "~" and not is_latin(k) and len(k) >= MIN_LEN:
                            by_key[k].add(i)
            tails = {(len(k.split()), k.split()[-1]) for k in by_key if " " in k}
            self._near = (NearIndex(by_key), by_key, tails)
            self._far = frozenset(far)
        return self._near

    def candidates(self, key: str) -> list[Hit]:
        return [Hit(c >> 1, bool(c & 1)) for c in self.index.get(key, ())]

    def lookup(self, name: str, iso2: str | None = None, level: str | None = None) -> list[Entry]:
        """Entries called `name` (any spelling, with or without the article), best first.

        Best: countries, then admin units, then towns by population; `iso2`/`level` filter.
        """
        key = name_key(name)
        hits = list(self.candidates(key))
        if not hits and is_arabic(key):
            for run in ARTICLE_RUNS:
                if key.startswith(run):
                    hits = [h for h in self.candidates(key[len(run):])] + self.candidates("ال" + key[len(run):])
                    break
        rank = {lv: i for i, lv in enumerate(reversed(LEVELS))}
        found = {h.entry: self.entries[h.entry] for h in hits}
        out = [e for e in found.values() if (iso2 is None or e.iso2 == iso2.upper()) and (level is None or e.level == level)]
        return sorted(out, key=lambda e: (not e.user, rank.get(e.level, 9), -e.pop, e.id))

    def get(self, entry_id: str) -> Entry | None:
        i = self.by_id.get(entry_id)
        return None if i is None else self.entries[i]

    def admin1_entry(self, iso2: str, admin1: str) -> Entry | None:
        """The admin1 unit called `admin1` (OCHA spelling) in `iso2`."""
        for e in self.lookup(admin1, iso2=iso2, level="admin1"):
            if e.admin1 == admin1:
                return e
        return None
