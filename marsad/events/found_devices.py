"""A planted device told beside the disruption that found it: one incident, the disrupted weapons use.

ACLED codes explosives found and defused, or a booby trap cleared, as "Disrupted weapons use".  A report of the
clearance often names the devices again in a sentence of their own ("زرع الانقلابيين لعبوات ناسفة مجهزة
للتفجير في مبنى الإدارة المحلية"), which the lexicon reads as an IED event; told with no blast and no victims,
at the clearance's scene on its day, that mention is the found device, not a second incident."""

from __future__ import annotations

from marsad.events.drafts import Roles
from marsad.events.folds import fold_matches
from marsad.events.merge import compatible_actors, same_day, same_scene
from marsad.model import Event
from marsad.text import article_stripped, normalize

IED = "Remote explosive/landmine/IED"
DISRUPTED = "Disrupted weapons use"
#: Nouns of a device itself (shadow form, article and one of و/ب/ل dropped): the mention names what was planted.
_DEVICE_NOUNS = ("عبوه", "عبوات", "ناسفه", "متفجر", "لغم", "الغام", "مفخخ")
#: Words of a blast (shadow form, و dropped): a device that went off is an incident of its own.
_BLAST_WORDS = ("انفجر", "انفجار", "تفجر", "فجر", "تفجير", "التفجير", "بتفجير")


def _device_named(e: Event) -> bool:
    """The IED event's trigger names a device, not a blast or an attack."""
    if e.trigger is None:
        return False
    first = normalize(e.trigger.text).split()
    if not first:
        return False
    w = first[0].removeprefix("و")
    w = w[1:] if w[:1] in ("ب", "ل") and not w.startswith(("لغم", "بال")) else w
    return article_stripped(w).startswith(_DEVICE_NOUNS)


def _told_quiet(e: Event, text: str) -> bool:
    """The device's sentence tells no blast (`_BLAST_WORDS`) and the event counts no dead or wounded."""
    if e.fatalities.best or e.fatalities.injured or not e.evidence:
        return False
    sent = e.evidence[0]
    words = (normalize(w).strip("،,\"«»().").removeprefix("و") for w in text[sent.start : sent.end].split())
    return not any(w.startswith(_BLAST_WORDS) for w in words)


def found_device(e: Event, text: str) -> bool:
    """An IED event that names a device and tells it neither went off nor hurt anyone."""
    return e.sub_event_type == IED and _device_named(e) and _told_quiet(e, text)


def fold_found_devices(text: str, events: list[Event], roles: list[Roles],
                       min_confidence: float = 0.0) -> tuple[list[Event], list[Roles]]:
    """Fold each quiet device mention (`found_device`) into the first disrupted weapons use the output keeps
    (`min_confidence`) on its day (`same_day`), at its scene (`same_scene`), with no side contradicting it; the
    disruption's type, place and sides stand and the device's evidence joins it."""
    return fold_matches(
        events, roles,
        kept=lambda k: k.sub_event_type == DISRUPTED and k.confidence >= min_confidence,
        folded=lambda e: found_device(e, text),
        match=lambda k, e: same_day(k, e) and same_scene(k.location, e.location) and compatible_actors(k, e),
        keep_scene=True)
