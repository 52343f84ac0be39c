"""The `marsad.events.v1` component: events from triggers, linked to the document's claims."""

from __future__ import annotations

from marsad.events.acled_consistency import consistent
from marsad.events.acled_periods import dated_actors
from marsad.events.assemble import BELOW_FLOOR, Extractor
from marsad.events.attributed import attributed_strikers
from marsad.events.sides import fill_sides
from marsad.events.summaries import refresh_summary
from marsad.events.undated import keep_date_words
from marsad.model import Document
from marsad.registry import Component, component


@component(
    "marsad.events.v1",
    requires=("tokens", "sentences"),
    assigns=("events", "claims"),
    langs=("ar",),
    default_config={
        "min_confidence": 0.45,
        "classifier": True,
        "gate": False,
        "actors_path": None,
        "roles": True,
        "role_mode": "tagger_first",
        "candidate_floor": None,
    },
)
def make_events(
    min_confidence: float = 0.45,
    classifier: bool = True,
    gate: bool = False,
    actors_path: str | None = None,
    roles: bool = True,
    role_mode: str = "tagger_first",
    candidate_floor: float | None = None,
) -> Component:
    """Build the extractor once.

    `min_confidence` (0.45, chosen on cross-validated GSR dev figures) drops weaker events.
    `classifier` blends the shipped sentence classifier into each ASSAULT/PROTEST event's
    confidence; `gate` also drops events below the classifier's GSR-calibrated threshold (off by
    default: the GSR's 2007 annotators were strict, and the gate costs recall on current news).
    `actors_path` is a user's actors file, as given to `marsad.actors.v1`.
    `roles` runs the shipped CRF role tagger on sentences with an event; `role_mode` says how its
    spans combine with the rules' ("tagger_first", chosen by cross-validation; "fill", "tagger",
    "rules"): see `marsad/events/MODEL_CARD.md`.
    `candidate_floor` (below `min_confidence`) also passes weaker events on as candidates, marked in
    their notes, which `marsad.calibrate.v1` keeps only at its `rescue` probability.
    """
    clf = None
    if classifier:
        from marsad.events.classifier import load_classifier

        clf = load_classifier()
    tagger = None
    if roles and role_mode != "rules":
        from marsad.events.role_tagger import load_role_tagger

        tagger = load_role_tagger()
    extract = Extractor(
        min_confidence=float(min_confidence),
        classifier=clf,
        gate=bool(gate),
        actors_path=actors_path,
        role_tagger=tagger,
        role_mode=role_mode,
        candidate_floor=None if candidate_floor is None else float(candidate_floor),
    )

    def events(doc: Document) -> Document:
        out, _, mentions = extract.run_with_mentions(doc)
        if not out.events:
            return out
        sided = fill_sides(out.events, mentions, doc.text)
        if any(BELOW_FLOOR in e.notes for e in out.events):
            # candidates must not lend an event the output keeps a side: the kept ones are sided among themselves
            kept = iter(fill_sides([e for e in out.events if BELOW_FLOOR not in e.notes], mentions, doc.text))
            sided = [e if BELOW_FLOOR in e.notes else next(kept) for e in sided]
        sided = attributed_strikers(sided, doc.text)
        return out.replace(events=tuple(refresh_summary(keep_date_words(out, consistent(dated_actors(e)))) for e in sided))

    return events
