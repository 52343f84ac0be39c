"""Event calibration: each event's confidence as the chance that a strict reviewer calls it right.

The extractor's own score (lexicon weight blended with the GSR sentence classifier) decides which
events exist (`min_confidence`), but on real news it hardly separates right events from wrong ones
(ROC AUC about 0.56 on hand-judged samples).  The `marsad.calibrate.v1` step re-scores each event
with a logistic model over what the extractor knew when it coded it: the sub-event type, the
trigger's lexicon word and class, other events of the same type and place, where the place and
the date came from (the trigger's clause or a sentence before, the document's country, the
publication date), the actors, the toll, the sources, the event's position, the reporting verbs
and quotes of its sentence.  It was trained on the judged samples in
`benchmarks/data` (a strict verdict per event: a real incident of at most 30 days, not a copy,
the right ACLED sub-type, the finest place) and is measured on judged samples it never saw
(`marsad train calibration`; figures in `MODEL_CARD.md`).  The event's `confidence` becomes that
probability; the extractor's score stays in the notes.  `floor` (default 0, off) drops events below
a probability, for users who prefer precision to recall.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from marsad.errors import MarsadError
from marsad.events.assemble import BELOW_FLOOR
from marsad.events.lexicon import load_lexicon
from marsad.events.location import LEVEL_RANK
from marsad.model import Document, Event, Span
from marsad.registry import Component, component
from marsad.text import normalize, tokenize

MODEL_PATH = Path(__file__).with_name("calibration.json")
#: The probability an extractor's candidate (under its own floor) needs to be kept: chosen on 43 judged candidates
#: (sample RS, benchmarks/data): at 0.6, with retellings of a kept event's type and day left out, 7 of 12 right; on
#: the independent sample RV, 16 of 40 right (0.40), under the kept events' half, so candidates are off by default.
RESCUE = 0.6

#: Substrings of an event's coding notes that say where a field came from (see `assemble.py`).
_NOTE_FLAGS = {
    "merged": "merged with another",
    "pubdate": "publication date",
    "prev_sentence": "sentence(s) before the trigger",
    "doc_country": "document's country",
    "own_clause": "in the trigger's clause",
    "tagger": "role tagger",
    "no_place": "no place",
    "retyped": "type: ",
}
_CLASSIFIER = re.compile(r"classifier: p=([0-9.]+)")
_EXTRACTOR_SCORE = re.compile(r"extractor score ([0-9.]+)")
_REPORTING = ("قال", "أكد", "اكد", "أفاد", "افاد", "ذكر", "أعلن", "اعلن")
_EXTRACTOR_NOTE = " | calibration: "


def features(doc: Document, ev: Event, k: int, n: int) -> dict[str, float]:
    """The calibration features of event `ev`, the k-th of the document's n events."""
    f: dict[str, float] = {"bias": 1.0, f"sub={ev.sub_event_type}": 1.0, f"type={ev.event_type}": 1.0}
    notes = ev.notes or ""
    f["score"] = _extractor_score(ev)
    loc = ev.location
    f[f"gp={loc.geo_precision if loc else 0}"] = 1.0
    f[f"level={loc.level if loc else 'none'}"] = 1.0
    f["actor1"] = float(bool(ev.actor1))
    f["actor2"] = float(bool(ev.actor2))
    f["unidentified"] = float("Unidentified" in f"{ev.actor1 or ''} {ev.actor2 or ''}")
    f["toll"] = float(ev.fatalities.best is not None)
    f["toll_20"] = float((ev.fatalities.best or 0) >= 20)
    f[f"tp={ev.time_precision}"] = 1.0
    f["sources"] = float(min(3, len(ev.sources)))
    f["claims"] = float(min(3, len(ev.claims)))
    f["position"] = k / max(1, n)
    f["first"] = float(k == 0)
    f["events"] = min(10, n) / 10
    for name, needle in _NOTE_FLAGS.items():
        f[name] = float(needle in notes)
    m = _CLASSIFIER.search(notes)
    f["classifier"] = float(m.group(1)) if m else 0.5
    f["no_classifier"] = float(m is None)
    days = _days_before(doc.published, ev.event_date)
    if days is not None:
        f["days>2"] = float(days > 2)
        f["days>7"] = float(days > 7)
    form, cls = _lexicon_entry(ev.trigger.text if ev.trigger else "")
    f[f"form={form}"] = 1.0
    f[f"cls={cls}"] = 1.0
    f.update(_copies(doc.events, ev, k))
    sentence = _sentence(doc, ev)
    f["quote"] = float('"' in sentence or "«" in sentence)
    f["length"] = min(80, len(sentence.split())) / 80
    f["reporting"] = float(any(w in sentence for w in _REPORTING))
    f["since"] = float("منذ" in sentence)
    f["digits"] = float(any(c.isdigit() for c in sentence))
    if CONTEXT:
        f.update(_context(doc, ev))
    return f


#: What `features` adds of the trigger's context: its sentence's words within `words` tokens, the
#: structured markers, the sentence's position; parts were switched off to measure them (model card).
CONTEXT: dict[str, int | bool] = {"words": 6, "markers": True, "position": True}


def _word(norm: str) -> str:
    """A token's matching form without its article and conjunction (والغارات -> غارات), so the
    vocabulary counts words rather than spellings."""
    for pre in ("وال", "بال", "فال", "لل", "ال"):
        if norm.startswith(pre) and len(norm) - len(pre) >= 3:
            return norm[len(pre):]
    return norm


def _context(doc: Document, ev: Event) -> dict[str, float]:
    """The words around the trigger in its sentence and what the extractor's structured fields say
    about where the place and date came from: the judges' commonest errors (statements, plans,
    totals, background; a place from elsewhere; copies) show there."""
    f: dict[str, float] = {}
    trig = ev.trigger
    if trig is None:
        return f
    sent = _trigger_sentence(doc, ev)
    lo, hi = (sent.start, sent.end) if sent else (trig.start, trig.end)
    width = int(CONTEXT.get("words") or 0)
    if width and doc.tokens:
        toks = doc.tokens
        i = bisect_left(toks, trig.start, key=lambda t: t.start)
        for t in toks[max(0, i - width) : i + width + 1]:
            if lo <= t.start < hi and t.kind == "word" and not (trig.start <= t.start < trig.end):
                f[f"w={_word(t.norm)}"] = 1.0
    if not CONTEXT.get("markers"):
        return f
    loc = ev.location
    psrc = "none"
    if loc is not None and loc.start is not None and loc.end > loc.start:
        psrc = "sentence" if lo <= loc.start < hi else ("before" if loc.start < lo else "after")
        rank = LEVEL_RANK.get(loc.level, 0)  # lower is finer; an unknown level counts as a town
        finer = any(lo <= p.start < hi and LEVEL_RANK.get(p.level, 0) < rank for p in doc.places)
        f["finer_place_in_sentence"] = float(finer)
    elif loc is not None:
        psrc = "nospan"
    f[f"psrc={psrc}"] = 1.0
    if CONTEXT.get("position"):
        k_sent = sum(1 for s in doc.sentences if s.end <= lo)
        f["lead"] = float(k_sent == 0)
        f["late"] = float(k_sent >= 6)
    norm = normalize(trig.text)
    f["noun_trigger"] = float(_word(norm) != norm)
    same_day = sum(1 for e in doc.events if e is not ev and e.event_date == ev.event_date)
    f["same_day"] = min(3, same_day) / 3
    return f


def _lexicon_entry(trigger: str) -> tuple[str | None, str | None]:
    """The lexicon form and class a trigger matched: ضربات and والضربة share one weight, so a
    spelling never judged still gets its word's record."""
    hits = load_lexicon().find(tokenize(trigger)) if trigger.strip() else []
    return (hits[0].entry.form, hits[0].entry.cls) if hits else (None, None)


def _copies(events: Sequence[Event], ev: Event, k: int) -> dict[str, float]:
    """Other events of the document like this one: a second copy of an incident (a lead and its
    detail, a toll told again) is the judges' commonest reason after 'not an incident'."""

    def place(e: Event) -> str | None:
        return e.location.name if e.location else None

    same = [e for e in events if e is not ev and e.sub_event_type == ev.sub_event_type]
    earlier = events[:k]
    return {
        "same_sub": min(3, len(same)) / 3,
        "same_sub_place": float(any(place(e) == place(ev) for e in same)),
        "same_sub_place_before": float(any(e.sub_event_type == ev.sub_event_type and place(e) == place(ev) for e in earlier)),
        "same_place_day_before": float(any(place(e) == place(ev) and e.event_date == ev.event_date for e in earlier)),
    }


def _extractor_score(ev: Event) -> float:
    """The extractor's own confidence, also when the event was calibrated already."""
    i = (ev.notes or "").rfind(_EXTRACTOR_NOTE)
    if i >= 0:
        m = _EXTRACTOR_SCORE.search(ev.notes, i)
        if m:
            return float(m.group(1))
    return float(ev.confidence)


def _days_before(published: str | None, event_date: str | None) -> int | None:
    if not published or not event_date:
        return None
    try:
        return (date.fromisoformat(published[:10]) - date.fromisoformat(event_date[:10])).days
    except ValueError:
        return None


def _trigger_sentence(doc: Document, ev: Event) -> Span | None:
    """The sentence that holds the event's trigger (None without a trigger or sentences)."""
    if ev.trigger is None:
        return None
    at = ev.trigger.start
    return next((s for s in doc.sentences if s.start <= at < s.end), None)


def _sentence(doc: Document, ev: Event) -> str:
    s = _trigger_sentence(doc, ev)
    return doc.text[s.start : s.end] if s else ""


@dataclass(frozen=True, slots=True)
class Calibrator:
    """Logistic weights by feature name."""

    weights: Mapping[str, float]

    def probability(self, feats: Mapping[str, float]) -> float:
        z = sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self, meta: Mapping[str, object]) -> str:
        body = {"meta": dict(meta), "weights": {k: round(v, 5) for k, v in sorted(self.weights.items()) if abs(v) >= 1e-5}}
        return json.dumps(body, ensure_ascii=False, indent=1) + "\n"


@lru_cache(maxsize=4)
def load_calibrator(path: str | None = None) -> Calibrator | None:
    """The shipped (or given) calibration model, or None when there is none."""
    p = Path(path) if path else MODEL_PATH
    if not p.is_file():
        return None
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
        return Calibrator({str(k): float(v) for k, v in data["weights"].items()})
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise MarsadError(f"calibration model {p} is unreadable: {err}") from None


def calibrate(doc: Document, model: Calibrator | None, floor: float = 0.0, rescue: float = RESCUE) -> Document:
    """Set each event's confidence to the model's probability; drop those below `floor`, and the extractor's
    candidates (events under its own floor, `BELOW_FLOOR`) below `rescue` or retelling a kept event (`_rescued`).
    Without a model, candidates go and the other events pass unchanged."""
    if not doc.events:
        return doc
    if model is None:
        kept = [e for e in doc.events if BELOW_FLOOR not in e.notes]
        return doc if len(kept) == len(doc.events) else _renumbered(doc, kept)
    n = len(doc.events)
    scored = []
    for k, ev in enumerate(doc.events):
        feats = features(doc, ev, k, n)
        score = feats["score"]
        p = model.probability(feats)
        note = (ev.notes or "").split(_EXTRACTOR_NOTE)[0]
        scored.append(replace(ev, confidence=round(p, 4),
                              notes=f"{note}{_EXTRACTOR_NOTE}p={p:.2f} that a strict reviewer calls it right "
                                    f"(extractor score {score:.4f})"))
    told = {(e.event_type, e.event_date) for e in scored if BELOW_FLOOR not in e.notes}
    kept = [e for e in scored if e.confidence >= floor and (BELOW_FLOOR not in e.notes or _rescued(e, told, rescue))]
    if len(kept) == len(scored):
        return doc.replace(events=tuple(scored))
    return _renumbered(doc, kept)


def _rescued(e: Event, told: set[tuple[str, str | None]], rescue: float) -> bool:
    """A candidate stays at `rescue` or more, unless a kept event of the article already tells an event of its
    ACLED type on its day: then it is most often a retelling of that event (a lead, a back-reference)."""
    return e.confidence >= rescue and (e.event_type, e.event_date) not in told


def _renumbered(doc: Document, kept: Sequence[Event]) -> Document:
    """Events e1..eN again after some were dropped, with the claims' links following them."""
    new_id = {e.id: f"e{k}" for k, e in enumerate(kept, 1)}
    events = tuple(replace(e, id=new_id[e.id]) for e in kept)
    claims = tuple(replace(c, events=tuple(new_id[i] for i in c.events if i in new_id)) for c in doc.claims)
    return doc.replace(events=events, claims=claims)


@component(
    "marsad.calibrate.v1",
    requires=("events",),
    assigns=("events", "claims"),
    langs=("ar",),
    default_config={"floor": 0.0, "model": None, "rescue": RESCUE},
)
def make_calibrate(floor: float = 0.0, model: str | None = None, rescue: float = RESCUE) -> Component:
    """Calibrate event confidences; `floor` drops events below a probability (0: keep all);
    `model` is another calibration file (default: the shipped one); `rescue` is the probability an
    extractor's candidate (an event under the extractor's own floor) needs to be kept.  Without a model,
    candidates go and the other events pass unchanged."""
    calibrator = load_calibrator(model)

    def run(doc: Document) -> Document:
        return calibrate(doc, calibrator, float(floor), float(rescue))

    return run
