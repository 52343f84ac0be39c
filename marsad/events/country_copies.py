"""A telling placed only at another country than the incident's scene: the incident told from the other side.

ACLED codes an event where it happened, at the finest place the report gives, and one event per incident.  A
mention that names no scene, only a country, and that country not the one where the article sets an incident of
the same kind on the same day, is that incident seen from across a border: the missiles' interception "from
Yemen" over Riyadh, the Gaza border demonstration "on the border with Israel".  Its country is the other side's
(the launch site, the force that fired), not a second scene, so it folds into the placed incident."""

from __future__ import annotations

from marsad.events.drafts import Roles
from marsad.events.folds import HARSHER, fold_pairs
from marsad.events.location import LEVEL_RANK
from marsad.events.merge import same_day
from marsad.model import Event

#: The forms of one demonstration, which ACLED codes once a day at a place, by the gravest form it took: a
#: peaceful protest and what it becomes when force meets it or it turns violent (`folds.HARSHER`).
DEMONSTRATION_FORMS = HARSHER | {"Peaceful protest"}


def _same_kind(a: Event, b: Event) -> bool:
    """The same sub-event type, or two forms of a demonstration (`DEMONSTRATION_FORMS`)."""
    if a.sub_event_type == b.sub_event_type:
        return True
    return a.sub_event_type in DEMONSTRATION_FORMS and b.sub_event_type in DEMONSTRATION_FORMS


def _across_border(scene: Event, copy: Event) -> bool:
    """`copy` is placed only at a country, another than the one where `scene` names a town or district.  A
    governorate is no such scene: missiles fired "من محافظة إدلب باتجاه تركيا" are placed at their launch area,
    and the interception told after them at the country they flew to is the one placed right."""
    here, there = scene.location, copy.location
    return (here is not None and there is not None and there.level == "country"
            and LEVEL_RANK.get(here.level, 6) < LEVEL_RANK["admin1"]
            and bool(here.iso2) and bool(there.iso2) and here.iso2 != there.iso2)


def fold_country_copies(events: list[Event], roles: list[Roles],
                        min_confidence: float = 0.0) -> tuple[list[Event], list[Roles]]:
    """Fold each event placed only at a country into the first event of the same kind (`_same_kind`) and day
    (`same_day`) the article places at a town or district of another country (`_across_border`), one the output keeps
    (`min_confidence`): its evidence, toll and sides join the placed event, whose type and scene stand.  A
    country-only mention in the scene's own country may be another incident the report does not place, and
    stays."""
    pairs = []
    for i, e in enumerate(events):
        if e.location is None or e.location.level != "country":
            continue
        j = next((j for j, k in enumerate(events) if j != i and k.confidence >= min_confidence
                  and _same_kind(k, e) and _across_border(k, e) and same_day(k, e)), None)
        if j is not None:
            pairs.append((j, i))
    return fold_pairs(events, roles, pairs, keep_scene=True)
