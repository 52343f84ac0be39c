"""An incident lent a governorate's namesake town, told again at a finer place of that governorate.

A sentence that names no place of its own ("وتزامنت العملية مع شن مقاتلات التحالف سلسلة غارات على مواقع
المليشيا"؛ "قال إن الجيش السوري قصف آخر معقل للمعارضة صباح اليوم") is lent the nearest name before it, and
where that name is a town named as its governorate (الحديدة، إدلب: `governorate_namesake`) it stands for the
governorate the report is about, not the city.  When the report tells an incident of the same sub-type, day and
sides at a place of that governorate in its own words (غارات … قرب زبيد؛ قصفها … جسر الشغور), the lent telling
is that incident told vaguely: the two are one (ACLED's one event per incident), at the finer telling's place.
The day-keyed merges miss them: two towns of one governorate are not one scene (`same_scene`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.events.drafts import Roles
from marsad.events.folds import fold_pairs, sentence_of
from marsad.events.merge import compatible_actors, same_day, shared_actor
from marsad.events.namesakes import governorate_namesake
from marsad.model import Event, Span
from marsad.text import normalize

#: The note `location` gives a place taken from another sentence than the trigger's.
_LENT_NOTE = re.compile(r"place: [^;|]* sentence\(s\) (?:before|after)")


def lent_namesake(e: Event) -> bool:
    """The event's place is a governorate's namesake town taken from another sentence than its trigger's."""
    return e.location is not None and bool(_LENT_NOTE.search(e.notes)) and governorate_namesake(e.location)


def _told_finer(fine: Event, vague: Event, sentences: Sequence[Span]) -> bool:
    """`fine` tells `vague`'s incident at another place of its governorate, no namesake town itself, in a
    sentence that does not name the namesake (a strike "west of Bayt al-Faqih and south of al-Hudaydah" beside
    the city's battle is a second one): the same sub-type and day, sides that agree (or one shared)."""
    a, b = fine.location, vague.location
    if (a is None or b is None or a.iso2 != b.iso2 or a.admin1 != b.admin1 or a.name == b.name
            or governorate_namesake(a) or fine.sub_event_type != vague.sub_event_type):
        return False
    sentence = sentence_of(sentences, fine)
    if sentence is None or normalize(b.text) in normalize(sentence.text):
        return False
    return same_day(fine, vague) and (compatible_actors(fine, vague) or shared_actor(fine, vague))


def fold_lent_namesakes(sentences: Sequence[Span], events: list[Event], roles: list[Roles],
                        min_confidence: float = 0.0) -> tuple[list[Event], list[Roles]]:
    """Fold each event lent a governorate's namesake town (`lent_namesake`) into the nearest event the output
    keeps (`min_confidence`) that tells it at a finer place of that governorate (`_told_finer`); that event's
    place, day and trigger stand."""
    pairs: list[tuple[int, int]] = []
    gone: set[int] = set()
    for i, e in enumerate(events):
        if not lent_namesake(e):
            continue
        order = sorted((j for j in range(len(events)) if j != i and j not in gone), key=lambda j: abs(j - i))
        j = next((j for j in order if events[j].confidence >= min_confidence and _told_finer(events[j], e, sentences)), None)
        if j is not None:
            pairs.append((j, i))
            gone.add(i)
    return fold_pairs(events, roles, pairs, keep_scene=True)
