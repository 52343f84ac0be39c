"""Claim sources over a corpus: names that are empty or a function word, and back-references resolved or not.

usage: PYTHONPATH=. .venv/bin/python benchmarks/claim_sources.py [CORPUS.jsonl] [--limit N]
           [--sample 40] [--seed 16] [--events FILE]

Runs the default pipeline over the ANT corpus (3,000 articles, about 4 minutes on one core) and prints
one JSON line of counts: claims; sources with an empty text (named or not), whose text is a function
word, or that end in a dangling preposition or an adverbial (في البداية); back-references (a definite
head noun such as الوزارة or المصادر, or one bare word of a person's name) by head word, resolved
(with a canonical name) or not.  Then a random sample (fixed seed) of resolved back-references, each
with the article around the anaphor and around the nearest earlier claim of the same canonical name,
for reading by hand.  `--events FILE` writes each article's events (type, place, date, actors, sources)
as JSON lines, to compare two revisions.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter
from typing import Any

import marsad
from marsad.bench import DEFAULT_CORPUS, load_corpus
from marsad.events.claims import find_claims
from marsad.events.source_refs import anaphor_head
from marsad.model import Claim, Document, Entity, Source
from marsad.text.normalize import normalize

#: Words that never name a source on their own, nor end one (shadow forms).
FUNCTION_WORDS = frozenset(
    normalize(w)
    for w in (
        "في",
        "من",
        "عن",
        "على",
        "إلى",
        "ب",
        "ل",
        "و",
        "ف",
        "مع",
        "أن",
        "إن",
        "ما",
        "لا",
        "قد",
        "بين",
        "حول",
        "منذ",
        "لدى",
        "عند",
    )
)
#: Adverbials that are no part of a name (التلفزيون السوري في البداية).
ADVERBIAL_TAILS = tuple(normalize(w) for w in ("في البداية", "في وقت سابق", "في وقت لاحق", "في وقت", "في حينه"))


def shape(c: Claim) -> str | None:
    """What is wrong with the source's text, if anything: empty, function-word, dangling, adverbial."""
    text = c.source.text
    if not text.strip():
        return "empty_unnamed" if c.source.kind == "unnamed" and c.source.start is None else "empty_named"
    words = normalize(text).split()
    if len(words) == 1 and words[0] in FUNCTION_WORDS:
        return "function_word"
    if words[-1] in FUNCTION_WORDS and text.split()[-1] != "علي":  # علي the name shares على's shadow
        return "dangling"
    if any(f" {tail}" in f" {' '.join(words)}" for tail in ADVERBIAL_TAILS):
        return "adverbial"
    return None


def event_row(doc: Document) -> list[dict[str, Any]]:
    """The fields of each event that a change of source naming must leave alone, and its sources."""
    out = []
    for e in doc.events:
        d = e.to_dict()
        loc = d.get("location") or {}
        out.append(
            {
                "type": [d.get("event_type"), d.get("sub_event_type"), d.get("plover_type")],
                "place": [loc.get("name"), loc.get("admin1"), loc.get("start")],
                "date": d.get("event_date"),
                "actors": [d.get(k) for k in ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")],
                "fatalities": d.get("fatalities", {}).get("best"),
                "sources": d.get("sources"),
            }
        )
    return out


def _unresolved(doc: Document) -> dict[tuple[int, int | None], Source]:
    """The document's claim sources as read without back-reference resolution, by (claim start, source start)."""
    try:
        plain = find_claims(doc.replace(claims=()), resolve_refs=False)  # type: ignore[call-arg]
    except TypeError:  # a revision without the resolution: nothing to compare
        return {}
    return {(c.start, c.source.start): c.source for c in plain}


def _entity_named(doc: Document, c: Claim) -> Entity | None:
    """The nearest person entity before the mention that gave it its name (canonical, or text ending so)."""
    name = c.source.canonical or ""
    found = [
        e
        for e in doc.entities
        if e.label == "PER" and e.end <= (c.source.start or 0) and (e.canonical == name or e.text.endswith(name))
    ]
    return found[-1] if found else None


def context(text: str, start: int, end: int, reach: int = 90) -> str:
    """The text around [start, end), the span in brackets, on one line."""
    s = f"{text[max(0, start - reach) : start]}[{text[start:end]}]{text[end : end + reach]}"
    return " ".join(s.split())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--published", default="2018-06-01")
    ap.add_argument("--sample", type=int, default=40)
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--events", default=None, help="write each article's events here (JSON lines)")
    args = ap.parse_args()
    nlp = marsad.Pipeline.load()
    counts: Counter[str] = Counter()
    heads: dict[str, Counter[str]] = {}
    names: Counter[str] = Counter()
    resolved: list[tuple[int, Claim, tuple[int | None, int | None] | None]] = []  # (article, mention, antecedent span)
    sampled: set[tuple[int, int | None]] = set()  # one entry per mention: a carried speaker shares its span
    texts: list[str] = []
    out = open(args.events, "w", encoding="utf-8") if args.events else None
    t0 = time.perf_counter()
    for n, rec in enumerate(load_corpus(args.corpus, args.limit)):
        doc = nlp(rec.get("text") or "", published=args.published)
        texts.append(doc.text)
        if out is not None:
            out.write(json.dumps({"doc": n, "events": event_row(doc)}, ensure_ascii=False) + "\n")
        plain = _unresolved(doc)
        for k, c in enumerate(doc.claims):
            counts["claims"] += 1
            names[c.source.canonical or c.source.text] += 1
            bad = shape(c)
            if bad:
                counts[bad] += 1
            head = anaphor_head(c.source.text, c.source.kind)
            if head is None:
                continue
            state = "resolved" if c.source.canonical else "unresolved"
            heads.setdefault(head, Counter())[state] += 1
            counts[f"backref_{state}"] += 1
            before = plain.get((c.start, c.source.start))
            if c.source.canonical and before is not None and before.canonical is None:
                counts["resolved_by_rule"] += 1
                ante = next(
                    (
                        p
                        for p in reversed(doc.claims[:k])
                        if (p.source.canonical or p.source.text) == c.source.canonical
                        and anaphor_head(p.source.text, p.source.kind) is None
                    ),
                    None,
                )
                where = (ante.source.start, ante.source.end) if ante is not None and ante.source.start is not None else None
                if where is None:  # a surname named by an earlier person entity
                    ent = _entity_named(doc, c)
                    where = (ent.start, ent.end) if ent is not None else None
                if (n, c.source.start) not in sampled:
                    sampled.add((n, c.source.start))
                    resolved.append((n, c, where))
    if out is not None:
        out.close()
    counts["seconds"] = round(time.perf_counter() - t0)
    print(json.dumps(dict(counts), ensure_ascii=False))
    print(json.dumps({h: dict(v) for h, v in sorted(heads.items(), key=lambda kv: -sum(kv[1].values()))}, ensure_ascii=False))
    print("top names:", json.dumps(names.most_common(40), ensure_ascii=False))
    rng = random.Random(args.seed)
    for k, (n, c, ante) in enumerate(
        sorted(rng.sample(resolved, min(args.sample, len(resolved))), key=lambda x: (x[0], x[1].start)), 1
    ):
        text = texts[n]
        print(f"\n#{k} doc {n}: {c.source.text!r} -> {c.source.canonical!r} ({c.source.kind})")
        if ante is not None and ante[0] is not None:
            print(f"  antecedent: {context(text, ante[0], ante[1] or ante[0])}")
        print(f"  anaphor:    {context(text, c.source.start or 0, c.source.end or 0)}")


if __name__ == "__main__":
    main()
