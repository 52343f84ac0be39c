"""Score actor matching against gold person/organisation spans of an NER corpus (`marsad eval actors`).

The KB is curated by hand, not trained, so any labelled corpus is held out for it; by convention the
score is reported on the second half of the segments and errors are studied on the first half only.
A KB mention counts as correct when it overlaps a gold entity of the matching kind (PER for
persons and officials, ORG for the rest); `exact` also asks for the same span, proclitics aside.
`coverage` is the share of gold PER/ORG mentions that some KB mention overlaps: the KB names
the main actors only, so it is a reach figure, not a recall to maximise.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.errors import InputError
from marsad.lexicons.actors import ActorKB
from marsad.text.tokenize import proclitic_ok

GOLD_LABELS = {"PERS": "PER", "PER": "PER", "ORG": "ORG"}


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    gold: tuple[tuple[int, int, str], ...]  # (start, end, PER|ORG)


def read_conll(path: str | Path) -> Iterator[Segment]:
    """Segments of a `token TAG [TAG ...]` file (IOB2; extra columns are nested layers)."""
    words: list[str] = []
    tags: list[list[str]] = []
    try:
        fh = open(path, encoding="utf-8")
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from None
    with fh:
        for line in [*fh, ""]:
            parts = line.split()
            if parts:
                words.append(parts[0])
                tags.append(parts[1:])
                continue
            if words:
                yield _segment(words, tags)
            words, tags = [], []


def _segment(words: list[str], tags: list[list[str]]) -> Segment:
    starts, pos = [], 0
    for w in words:
        starts.append(pos)
        pos += len(w) + 1
    text = " ".join(words)
    gold: list[tuple[int, int, str]] = []
    for layer in range(max((len(t) for t in tags), default=0)):
        cur: list[Any] | None = None
        for i, t in enumerate(tags):
            tag = t[layer] if layer < len(t) else "O"
            kind = GOLD_LABELS.get(tag[2:]) if tag[:2] in ("B-", "I-") else None
            if cur is not None and (tag[:2] != "I-" or tag[2:] != cur[2]):
                gold.append((cur[0], cur[1], GOLD_LABELS[cur[2]]))
                cur = None
            if kind and (tag[:2] == "B-" or cur is None):
                cur = [starts[i], starts[i] + len(words[i]), tag[2:]]
            elif kind and cur is not None:
                cur[1] = starts[i] + len(words[i])
        if cur is not None:
            gold.append((cur[0], cur[1], GOLD_LABELS[cur[2]]))
    return Segment(text, tuple(sorted(set(gold))))


def _same_span(text: str, ms: int, me: int, gs: int, ge: int) -> bool:
    """Equal spans, allowing the KB span to start after a proclitic run the gold span includes."""
    return me == ge and gs <= ms and proclitic_ok(text[gs:ms].translate({0x623: "ا", 0x625: "ا"}))


def eval_actors(path: str | Path, half: str = "test", kb: ActorKB | None = None, errors: int = 0) -> dict[str, Any]:
    """Precision of KB mentions and coverage of gold PER/ORG on one half of a CoNLL corpus."""
    if half not in ("train", "test", "all"):
        raise InputError(f"half must be train, test or all, not {half!r}")
    kb = kb or ActorKB.load()
    segs = list(read_conll(path))
    cut = len(segs) // 2
    segs = segs[:cut] if half == "train" else segs[cut:] if half == "test" else segs
    n_kb = ok = exact = n_gold = covered = 0
    wrong: list[dict[str, str]] = []
    by_type: dict[str, list[int]] = {}
    for seg in segs:
        matches = kb.find(seg.text)
        n_kb += len(matches)
        n_gold += len(seg.gold)
        for m in matches:
            hit = [g for g in seg.gold if g[0] < m.end and m.start < g[1] and g[2] == m.actor.label]
            tally = by_type.setdefault(m.actor.type, [0, 0])
            tally[0] += 1
            tally[1] += bool(hit)
            if hit:
                ok += 1
                exact += any(_same_span(seg.text, m.start, m.end, g[0], g[1]) for g in hit)
            elif len(wrong) < errors:
                gold = [seg.text[g[0] : g[1]] + "/" + g[2] for g in seg.gold if g[0] < m.end and m.start < g[1]]
                wrong.append({"mention": m.text, "actor": m.actor.id, "gold": ", ".join(gold) or "O", "text": seg.text[:160]})
        for g in seg.gold:
            covered += any(m.start < g[1] and g[0] < m.end for m in matches)
    out: dict[str, Any] = {
        "data": str(path),
        "half": half,
        "segments": len(segs),
        "kb_version": kb.version,
        "kb_mentions": n_kb,
        "precision": round(ok / n_kb, 4) if n_kb else None,
        "exact_precision": round(exact / n_kb, 4) if n_kb else None,
        "gold_per_org": n_gold,
        "coverage": round(covered / n_gold, 4) if n_gold else None,
        "precision_by_type": {t: {"mentions": n, "precision": round(k / n, 4)} for t, (n, k) in sorted(by_type.items())},
    }
    if errors:
        out["errors"] = wrong
    return out
