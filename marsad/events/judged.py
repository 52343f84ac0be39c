"""Hand-judged samples of the pipeline's events on real news (`benchmarks/data/events_judged_*.jsonl`).

Each judged line records an event the pipeline gave at some commit (docno, trigger offset, sub-event
type, place) and a strict verdict: right, or the first rule it broke (not_incident, too_old,
duplicate, wrong_type, wrong_place; the rule is in `benchmarks/data/README.md`).  Today's events are
matched to those lines by (docno, trigger_start), and a verdict carries over only while it still
applies (`carry`), so the judges' work measures later code and trains the event calibration.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.bench import DEFAULT_CORPUS, load_corpus
from marsad.errors import InputError
from marsad.model import Document, Event

#: Where the repository keeps the judged samples (absent in an installed package).
DEFAULT_DIR = Path(__file__).resolve().parents[2] / "benchmarks" / "data"


@dataclass(frozen=True, slots=True)
class Judged:
    """The judgements of some samples: by (docno, trigger_start), each article's published date and
    the sample it was first drawn in."""

    lines: dict[tuple[str, int], dict[str, Any]]
    published: dict[str, str]
    sample_of: dict[str, str]


def load_judged(sets: Sequence[str], folder: str | Path = DEFAULT_DIR) -> Judged:
    """Read `events_judged_{S}.jsonl` and `events_missed_{S}.jsonl` for each sample name S.

    An article drawn in several samples belongs to the first one named (so a held-out sample
    shares no article with the training ones)."""
    base = Path(folder)
    lines: dict[tuple[str, int], dict[str, Any]] = {}
    published: dict[str, str] = {}
    sample_of: dict[str, str] = {}
    for name in sets:
        judged, missed = base / f"events_judged_{name}.jsonl", base / f"events_missed_{name}.jsonl"
        if not judged.is_file() or not missed.is_file():
            raise InputError(f"no judged sample {name!r} in {base} (events_judged_{name}.jsonl and events_missed_{name}.jsonl)")
        for row in _rows(judged):
            published[row["docno"]] = row["published"]
            sample_of.setdefault(row["docno"], name)
            if row.get("trigger_start") is not None:
                lines.setdefault((row["docno"], int(row["trigger_start"])), row)
        for row in _rows(missed):
            published.setdefault(row["docno"], "")
            sample_of.setdefault(row["docno"], name)
    return Judged(lines, published, sample_of)


def judged_documents(
    judged: Judged, nlp: Callable[..., Document], corpus: str | Path = DEFAULT_CORPUS
) -> Iterator[tuple[str, Document]]:
    """Each judged article, in docno order, read by `nlp` with the published date it was judged
    under (none for an article only the missed file names)."""
    texts = {r.get("docno"): r.get("text") or "" for r in load_corpus(str(corpus))}
    for docno, pub in sorted(judged.published.items()):
        yield docno, nlp(texts.get(docno, ""), published=pub or None)


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                yield json.loads(line)
            except json.JSONDecodeError as err:
                raise InputError(f"{path}:{n}: not JSON ({err.msg})") from None


def same(old: dict[str, Any], sub_event_type: str | None, location: str | None) -> bool:
    """Is the event still the one judged (same sub-event type, same place)?"""
    return bool(old["sub_event_type"] == sub_event_type and old["location"] == location)


def carry(old: dict[str, Any], sub_event_type: str | None, location: str | None) -> str | None:
    """The verdict ("right" or an error class) a judgement still gives an event whose type or place
    may have changed, or None when it must be judged again.

    An error that does not depend on the type or place (not an incident, too old, a duplicate) stands
    whatever they became; a wrong type put right counts as right when the place is unchanged.
    """
    error = old["error"] if old["verdict"] != "right" else "right"
    if same(old, sub_event_type, location):
        return str(error)
    if error in ("not_incident", "too_old", "duplicate"):
        return str(error)
    if error == "wrong_type" and old["location"] == location:
        if sub_event_type == old.get("right_type"):
            return "right"
        return None if sub_event_type != old["sub_event_type"] else str(error)
    return None


def match(docno: str, events: Iterable[Event], judged: Judged) -> list[tuple[Event, dict[str, Any] | None, str | None]]:
    """Each event of an article with its judgement (or None) and the verdict that still holds.

    Of several events on one trigger (a trigger split by place), the judgement goes to the one
    that is still the event judged, else to the first; the others are new.  A sample that judged
    two events on one trigger keeps only its first line (`load_judged`), so the second reads as
    unjudged: a known undercount of one or two events per sample, kept so that the shipped
    calibration rebuilds as it was measured."""
    evs = list(events)

    def key(ev: Event) -> tuple[str, int]:
        return docno, ev.trigger.start if ev.trigger else -1

    def place(ev: Event) -> str | None:
        return ev.location.name if ev.location else None

    order = sorted(range(len(evs)), key=lambda i: not (
        (old := judged.lines.get(key(evs[i]))) is not None and same(old, evs[i].sub_event_type, place(evs[i]))))
    taken: set[tuple[str, int]] = set()
    out: dict[int, tuple[Event, dict[str, Any] | None, str | None]] = {}
    for i in order:
        ev = evs[i]
        old = judged.lines.get(key(ev))
        if old is None or key(ev) in taken:
            out[i] = (ev, None, None)
            continue
        taken.add(key(ev))
        out[i] = (ev, old, carry(old, ev.sub_event_type, place(ev)))
    return [out[i] for i in range(len(evs))]


def as_judged(sets: Sequence[str], folder: str | Path = DEFAULT_DIR, floors: Sequence[float] = (0.3, 0.4)) -> dict[str, Any]:
    """The figures of the samples as judged, at the commits they were judged on (no pipeline run): per
    sample and pooled, events (every draw, as the judges counted), right, strict precision, errors by
    class, missed incidents, the judged actors of the right events (K on) and how well the confidence
    the judges did not see separates right from wrong (ROC AUC; precision and right kept at `floors`)."""
    from marsad.events.calibrate_train import auc  # numpy-backed trainer module: loaded only here

    def figures(rows: list[dict[str, Any]], missed: int) -> dict[str, Any]:
        right = [r for r in rows if r["verdict"] == "right"]
        ys = [int(r["verdict"] == "right") for r in rows]
        conf = [float(r.get("confidence") or 0.0) for r in rows]
        actors = [r for r in right if r.get("actor1_ok") is not None]
        out: dict[str, Any] = {
            "events": len(rows), "right": len(right), "precision": round(len(right) / len(rows), 3) if rows else None,
            "errors": dict(Counter(r["error"] for r in rows if r["verdict"] != "right").most_common()),
            "missed": missed, "auc": round(auc(conf, ys), 3),
            "at_floors": {f"{f:g}": {"events": sum(c >= f for c in conf),
                                     "right": sum(c >= f and y for c, y in zip(conf, ys, strict=True))} for f in floors},
        }
        if actors:
            out["actors_judged"] = len(actors)
            out["actor1_right"] = sum(bool(r["actor1_ok"]) for r in actors)
            out["actor2_right"] = sum(bool(r["actor2_ok"]) for r in actors)
            out["both_right"] = sum(bool(r["actor1_ok"]) and bool(r["actor2_ok"]) for r in actors)
        return out

    base = Path(folder)
    per: dict[str, Any] = {}
    pooled_rows: list[dict[str, Any]] = []
    pooled_missed = 0
    for name in sets:
        judged, missed = base / f"events_judged_{name}.jsonl", base / f"events_missed_{name}.jsonl"
        if not judged.is_file() or not missed.is_file():
            raise InputError(f"no judged sample {name!r} in {base}")
        rows = list(_rows(judged))
        n_missed = sum(int(r.get("missed") or 0) for r in _rows(missed))
        per[name] = figures(rows, n_missed)
        pooled_rows += rows
        pooled_missed += n_missed
    return {"samples": per, "pooled": figures(pooled_rows, pooled_missed)}
