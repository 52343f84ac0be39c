"""Audit the gazetteer's Arabic aliases for GeoNames names that belong to something else.

usage: PYTHONPATH=. .venv/bin/python benchmarks/alias_audit.py [GAZETTEER.tsv.gz] [--corpus DIR]
           [--min-pop 100000] [--far 0.5] [--df 0.002]

GeoNames gives some places Arabic alternate names that are another place's (Algiers carries
الجزيره, the Jazira region and Sudan's Gezira) or an ordinary word; a big place's alias wins over
the real owner, so such a name costs many mentions.  Three kinds are listed, one TSV line each
(kind, row id, level, iso2, name, pop, main Arabic name, alias, detail), big places first:

- `other`: an alias of a big place (`--min-pop` people, a country or an admin1) that is the main
  Arabic name of another row more than 50 km away, or a name of a region in regions.tsv or a unit
  in admin_ar.tsv; detail lists those owners;
- `far`: an alias of a big place whose shadow form (`name_key`) is farther than `--far` (edit
  distance over the longer length, the article and spaces set aside) from every other Arabic name
  of the row: a different word, not a spelling;
- `word`: a one-word alias of a big place in more than `--df` of the news corpus's documents (the
  document frequencies `build._common_names` counts; `word-main` when it is the row's main Arabic
  name, GeoNames' first); a town under a million is held for a common word only above 0.5%, so
  a rarer word is read as the place.

The list is for reading: what is wrong goes to `marsad/gazetteer/data/wrong_aliases.tsv`.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import sys
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from marsad.gazetteer.build import _common_names
from marsad.gazetteer.distance import km
from marsad.gazetteer.names import is_latin, name_key

#: An owner this close is the same place under another level (Aleppo, its governorate, its district).
SAME_KM = 50.0


@dataclass
class Entry:
    """A gazetteer row as `_common_names` reads it."""

    id: str
    level: str
    iso2: str
    name: str
    name_ar: str
    pop: int
    lat: float | None
    lon: float | None
    names: list[str]


def load(path: Path) -> list[Entry]:
    """The rows of a built gazetteer file."""
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            out.append(Entry(r["id"], r["level"], r["iso2"], r["name"], r["name_ar"], int(r["pop"] or 0),
                             float(r["lat"]) if r["lat"] else None, float(r["lon"]) if r["lon"] else None,
                             [n for n in r["names"].split("|") if n]))
    return out


def lev(a: str, b: str) -> int:
    """Plain Levenshtein distance."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def bare(k: str) -> str:
    """A key without the article and spaces: الجزيره -> جزيره."""
    return "".join(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in k.split())


def curated_names() -> dict[str, list[str]]:
    """Arabic name key -> curated owners (rg:ID from regions.tsv, the code from admin_ar.tsv)."""
    out: dict[str, list[str]] = defaultdict(list)
    data = resources.files("marsad.gazetteer") / "data"
    for line in (data / "regions.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            rid, _iso2, _name, arabic, *_ = line.split("\t")
            for n in arabic.split("|"):
                out[name_key(n)].append(rid)
    for line in (data / "admin_ar.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, names = line.split("\t", 1)
            for n in names.split("|"):
                if not n.startswith("-"):
                    out[name_key(n)].append(code)
    return out


def big(e: Entry, min_pop: int) -> bool:
    return e.pop >= min_pop or e.level in ("country", "admin1")


def audit(rows: list[Entry], corpus: Path, min_pop: int, far: float, df_share: float) -> list[list[str]]:
    """The flagged aliases, one list of cells each."""
    main: dict[str, list[Entry]] = defaultdict(list)
    for e in rows:
        if e.name_ar:
            main[name_key(e.name_ar)].append(e)
    curated = curated_names()
    _, _, df, n_docs = _common_names(rows, corpus)  # type: ignore[arg-type]
    out: list[list[str]] = []
    for e in sorted(rows, key=lambda e: (-e.pop, e.id)):
        if not big(e, min_pop):
            continue
        own = name_key(e.name_ar) if e.name_ar else ""
        arabic = [n for n in e.names if not is_latin(n)]
        keys = list(dict.fromkeys(name_key(n) for n in arabic))
        head = [e.id, e.level, e.iso2, e.name, str(e.pop), e.name_ar]
        for n in arabic:
            k = name_key(n)
            if k == own:  # the main name is GeoNames' first Arabic one: only a frequent word is suspect
                if " " not in k and n_docs and df[k] > df_share * n_docs:
                    out.append(["word-main", *head, n, f"df={df[k]}/{n_docs}"])
                continue
            owners = [o.id for o in main.get(k, []) if o.id != e.id and not (
                o.iso2 == e.iso2 and None not in (o.lat, o.lon, e.lat, e.lon)
                and km(o.lat, o.lon, e.lat, e.lon) <= SAME_KM)]  # type: ignore[arg-type]
            owners += [c for c in curated.get(k, []) if c != e.id and not (
                e.id.startswith("gn:") and c == e.id) and c not in (e.id[3:], f"c:{e.iso2}")]
            if owners:
                out.append(["other", *head, n, ",".join(owners[:6]) + (f" (+{len(owners) - 6})" if len(owners) > 6 else "")])
            others = [bare(x) for x in keys if x != k]
            if others:
                d = min(lev(bare(k), o) / max(len(bare(k)), len(o), 1) for o in others)
                if d > far:
                    out.append(["far", *head, n, f"{d:.2f}"])
            if " " not in k and n_docs and df[k] > df_share * n_docs:
                out.append(["word", *head, n, f"df={df[k]}/{n_docs}"])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gazetteer", nargs="?",
                    default=str(resources.files("marsad.gazetteer") / "data" / "gazetteer.tsv.gz"))
    ap.add_argument("--corpus", default="/work/shared/data/corpus")
    ap.add_argument("--min-pop", type=int, default=100_000)
    ap.add_argument("--far", type=float, default=0.5)
    ap.add_argument("--df", type=float, default=0.002)
    a = ap.parse_args(argv)
    flagged = audit(load(Path(a.gazetteer)), Path(a.corpus), a.min_pop, a.far, a.df)
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(["kind", "id", "level", "iso2", "name", "pop", "name_ar", "alias", "detail"])
    w.writerows(flagged)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
