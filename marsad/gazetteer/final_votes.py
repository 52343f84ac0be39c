"""The document's country votes, moved to the places the output keeps (issue 3).

A name votes for its country before the later steps read it anew: "قسم مينا البصل بالإسكندرية" first
reads مينا as Minna (Nigeria), then `longer_names` makes "مينا البصل" a quarter of Alexandria.  The
vote must follow the final reading, or a name the data lack in the same story ("سيدي جابر") is coded
to Nigeria by a tie.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from marsad.gazetteer.mention import Mention
from marsad.model import Place
from marsad.text.span_index import ItemIndex


def move_votes(own: dict[int, str], weights: Counter[str], country_of: Callable[[int], str | None]) -> bool:
    """Move each vote in `own` (mention index -> country) to `country_of(index)` where that is not None and
    differs; `own` and `weights` change in place.  True when a vote moved.

    A country new to the weights takes the place of the one the vote left: equal priors go to the country
    named first (`story_country`), and the name was named where it stands, not after the others
    ("عمان - الدستور … مثل بريطانيا وتشيلي": Jordan, read from the dateline, not Britain)."""
    moved = False
    for j, was in list(own.items()):
        now = country_of(j)
        if now is not None and now != was:
            if now not in weights:
                _insert_before(weights, was, now)
            weights[was] -= 1.0
            weights[now] += 1.0
            own[j] = now
            moved = True
    return moved


def _insert_before(weights: Counter[str], key: str, new: str) -> None:
    """Put `new` (weight 0) right before `key` in the order of `weights`, in place."""
    items = list(weights.items())
    weights.clear()
    for k, v in items:
        if k == key:
            weights[new] = 0.0
        weights[k] = v


def follow_output(mentions: list[Mention], own: dict[int, str], out: list[Place], weights: Counter[str]) -> bool:
    """Move each vote to the country of the output place that holds the mention's span (`move_votes`).  A
    mention no place holds keeps its vote (the steps that drop one say nothing of its country)."""

    at = ItemIndex(out)  # by position: a million-character document has thousands of places and mentions

    def held_by(j: int) -> str | None:
        mn = mentions[j]
        return next((p.iso2 for p in at.near(mn.start, mn.end) if p.start <= mn.start and mn.end <= p.end), None) or None

    return move_votes(own, weights, held_by)
