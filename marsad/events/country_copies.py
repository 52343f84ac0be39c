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
    governorate is no such scene for a strike: missiles fired "من محافظة إدلب باتجاه تركيا" are placed at their
    launch area, and the interception told after them at the country they flew to is the one placed right.  A
    demonstration has no launch side: the crowd "on the border with Israel" is the one the other telling puts
    in the Gaza Strip, so a governorate is the scene of a telling of the very same form (a riot told at the
    other country is left to the rules that read the crowd's violence)."""
    here, there = scene.location, copy.location
    rank = LEVEL_RANK.get(here.level, 6) if here is not None else 6
    same_crowd = scene.sub_event_type == copy.sub_event_type and scene.sub_event_type in DEMONSTRATION_FORMS
    placed = rank <= LEVEL_RANK["admin1"] if same_crowd else rank < LEVEL_RANK["admin1"]
    return (here is not None and there is not None and there.level == "country" and placed
            and bool(here.iso2) and bool(there.iso2) and here.iso2 != there.iso2)


def fold_country_copies(events: list[Event], roles: list[Roles], min_confidence: float = 0.0,
                        exact: bool = False) -> tuple[list[Event], list[Roles]]:
    """Fold each event placed only at a country into the first event of the same kind (`_same_kind`) and day
    (`same_day`) the article places at a town or district of another country (`_across_border`), one the output keeps
    (`min_confidence`): its evidence, toll and sides join the placed event, whose type and scene stand.  A
    country-only mention in the scene's own country may be another incident the report does not place, and
    stays.  With `exact`, only the very same sub-event type folds: a second pass after the demonstrations' force is
    typed must not lend a riot's sides to the force."""
    pairs = []
    for i, e in enumerate(events):
        if e.location is None or e.location.level != "country":
            continue
        j = next((j for j, k in enumerate(events) if j != i and k.confidence >= min_confidence
                  and (k.sub_event_type == e.sub_event_type if exact else _same_kind(k, e))
                  and _across_border(k, e) and same_day(k, e)), None)
        if j is not None:
            pairs.append((j, i))
    return fold_pairs(events, roles, pairs, keep_scene=True)
