"""Reader for the Arabic PLOVER gold standard (openeventdata/arabic_event_gsr) as shipped in
../shared/data/events/arabic_gsr: sentence judgements (CSV) and annotators' actor spans (JSON).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from marsad.errors import InputError

POSITIVE = "yes"
NEGATIVE = frozenset({"easy no", "difficult no"})
TYPES = ("ASSAULT", "PROTEST")


@dataclass(frozen=True, slots=True)
class GsrSentence:
    """One judged sentence: `gold` is True (yes), False (either no) or None (ambiguous)."""

    id: str
    event_type: str
    label: str
    text: str

    @property
    def gold(self) -> bool | None:
        if self.label == POSITIVE:
            return True
        if self.label in NEGATIVE:
            return False
        return None

    @property
    def doc_id(self) -> str:
        """The source document: the id without its trailing sentence number (for k-fold splits)."""
        return re.sub(r"[-_]\d+$", "", self.id)


@dataclass(frozen=True, slots=True)
class GsrSpans:
    """One sentence with its adjudicated (or annotators') source, verb and target words."""

    id: str
    event_type: str
    text: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    doc: str = ""  #: the source document (the record's `source` without its sentence number), for k-fold splits


def _dir(path: str | Path) -> Path:
    p = Path(path)
    if not p.is_dir():
        raise InputError(f"{p}: not a directory (expected the arabic_gsr folder)")
    return p


def read_sentences(path: str | Path, event_type: str) -> list[GsrSentence]:
    """`{type}_*.csv` of the folder (dev or test half, whichever is there)."""
    files = sorted(_dir(path).glob(f"{event_type.lower()}_*.csv"))
    if not files:
        raise InputError(f"{path}: no {event_type.lower()}_*.csv file")
    out: list[GsrSentence] = []
    for f in files:
        with f.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                if not row.get("text"):
                    continue
                out.append(
                    GsrSentence(
                        row.get("id", ""), row.get("event_type", event_type), (row.get("label") or "").strip(), row["text"]
                    )
                )
    return out


def _words(x: object) -> tuple[str, ...]:
    if isinstance(x, str):
        return tuple(x.split())
    if isinstance(x, list):
        return tuple(str(w) for w in x)
    return ()


def read_spans(path: str | Path, event_type: str) -> Iterator[GsrSpans]:
    """`{type}_spans_*.json`: gold words are `source_gold`/`target_gold`, else the annotators' union."""
    for f in sorted(_dir(path).glob(f"{event_type.lower()}_spans_*.json")):
        try:
            records = json.loads(f.read_text(encoding="utf-8"))
        except ValueError as err:
            raise InputError(f"{f}: not JSON ({err})") from None
        for r in records:
            spans = r.get("spans") or []
            src = _words(r.get("source_gold")) or tuple(dict.fromkeys(w for s in spans for w in _words(s.get("source_actor"))))
            tgt = _words(r.get("target_gold")) or tuple(dict.fromkeys(w for s in spans for w in _words(s.get("target_actor"))))
            doc = re.sub(r"-\d+$", "", str(r.get("source") or r.get("_id") or ""))
            rid = str(r.get("_id") or r.get("source", ""))
            yield GsrSpans(rid, r.get("event_type", event_type), r.get("text", ""), src, tgt, doc)
