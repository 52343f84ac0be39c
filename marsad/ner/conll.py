"""Reading labelled NER data: ANERcorp-style CoNLL (`token TAG`) and Wojood (nested, several columns).

A sentence is a list of `(token, tag)` pairs with IOB2 tags over the four ANERcorp types
(PERS, LOC, ORG, MISC).  Wojood's types are mapped onto them where the mapping is clean; the
rest become O, and an entity nested inside a kept one is dropped.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from marsad.errors import InputError

Sentence = list[tuple[str, str]]
ANER_TYPES = ("PERS", "LOC", "ORG", "MISC")

#: Wojood type -> ANERcorp type (GPE and LOC are both LOC in ANERcorp; FAC, NORP, OCC ... are left out).
WOJOOD_MAP = {"PERS": "PERS", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}


def read_conll(path: str | Path) -> list[Sentence]:
    """Sentences of a `token TAG` file (blank line between sentences); tags are checked."""
    sents: list[Sentence] = []
    cur: Sentence = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            parts = line.split()
            if not parts:
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            if len(parts) == 1 and line[:1].isspace():
                continue  # an empty token (ANERcorp has a few): nothing to tag
            if len(parts) < 2:
                raise InputError(f"{path}:{n}: expected 'token TAG', got {line.strip()!r}")
            tag = parts[-1]
            if tag != "O" and (tag[:2] not in ("B-", "I-") or len(tag) < 3):
                raise InputError(f"{path}:{n}: {tag!r} is not an IOB2 tag")
            cur.append((parts[0], tag))
    if cur:
        sents.append(cur)
    return sents


def spans_of(tags: Iterable[str]) -> list[tuple[str, int, int]]:
    """Entities `(type, first, end)` of an IOB2 tag sequence (conlleval's reading of stray I-)."""
    out: list[tuple[str, int, int]] = []
    typ: str | None = None
    begin = 0
    i = -1
    for i, tag in enumerate(tags):
        if typ is not None and (tag == "O" or tag.startswith("B-") or tag[2:] != typ):
            out.append((typ, begin, i))
            typ = None
        if tag != "O" and typ is None:
            typ, begin = tag[2:], i
    if typ is not None:
        out.append((typ, begin, i + 1))
    return out


def tags_of(n: int, spans: Iterable[tuple[str, int, int]]) -> list[str]:
    """IOB2 tags of length `n` for non-overlapping spans."""
    tags = ["O"] * n
    for typ, a, b in spans:
        tags[a] = "B-" + typ
        for k in range(a + 1, b):
            tags[k] = "I-" + typ
    return tags


def read_wojood(path: str | Path) -> list[Sentence]:
    """Wojood sentences with outermost PERS/ORG/GPE/LOC entities mapped to ANERcorp types."""
    rows: list[list[str]] = []
    out: list[Sentence] = []

    def flush() -> None:
        if not rows:
            return
        width = max(len(r) for r in rows)
        spans: list[tuple[str, int, int]] = []
        for col in range(1, width):
            col_tags = [r[col] if col < len(r) else "O" for r in rows]
            col_tags = [t if t[:2] in ("B-", "I-") else "O" for t in col_tags]
            spans += [(WOJOOD_MAP[t], a, b) for t, a, b in spans_of(col_tags) if t in WOJOOD_MAP]
        spans.sort(key=lambda s: (s[1], -(s[2] - s[1])))
        kept: list[tuple[str, int, int]] = []
        for s in spans:
            if not any(s[1] < k[2] and k[1] < s[2] for k in kept):
                kept.append(s)
        out.append(list(zip([r[0] for r in rows], tags_of(len(rows), kept), strict=True)))
        rows.clear()

    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if not parts:
                flush()
            else:
                rows.append(parts)
    flush()
    return out

