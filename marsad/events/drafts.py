"""The working records of event assembly: an event being built (`Draft`) and the actor spans behind it
(`Roles`); shared by the extractor and the passes that merge and fold its events."""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.events.fatalities import Toll
from marsad.events.lexicon import TriggerHit
from marsad.events.mentions import ActorMention
from marsad.model import Claim, Place, Span


@dataclass(frozen=True)
class Roles:
    """The actor mention spans behind an event's actor1 and actor2."""

    actor1: list[Span]
    actor2: list[Span]


@dataclass
class Draft:
    """An event being built: the hits of one type in one sentence, then its arguments."""

    sent_idx: int
    hits: list[TriggerHit]
    fields: dict[str, str]
    weight: float
    notes: list[str] = field(default_factory=list)
    place: Place | None = None
    date: str | None = None
    precision: int | None = None
    date_text: str | None = None
    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    #: sides that took part in support of actor1 and actor2 (بإسناد من مقاتلات التحالف): ACLED's associated actors
    assoc: list[ActorMention | None] = field(default_factory=lambda: [None, None])
    tolls: list[Toll] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)
    history: bool = False
    #: an arrest retyped as the clash of a security operation (militants killed beside it): the ASSAULT
    #: classifier, which never saw such operations as assaults, does not judge it
    operation: bool = False
    own_place: bool = False
    own_date: bool = False
    #: a change of territory at a place its sentence names, whose clause names the state's forces before the
    #: trigger ("قوات النظام سيطرت على مدينة دوما"): the GSR-trained classifier, which never saw a takeover,
    #: weighs less against it
    state_taker: bool = False
    #: the trigger is the subject of a sentence-opening verb of coming (ويأتي القصف غداة …، وتأتي الغارات بعد …):
    #: the sentence sets the incident already told in context
    in_context: bool = False
    #: the trigger is the definite subject of a sentence-opening verb of coinciding whose مع names a new incident
    #: of another type (وتزامنت الغارات مع مواجهات …): the incident already told; its sides are the complement's
    coincides: bool = False
    role_spans: list[Span | None] = field(default_factory=lambda: [None, None])
    tagged: list[Span | None] = field(default_factory=lambda: [None, None])
    #: what a protest is against, named by its marker (ضد X، احتجاجا على X): the target span (`protest_objects.py`)
    marked_target: Span | None = None
    #: who a protest sentence says demonstrated (تظاهر مئات الأشخاص): the source span (`protest_objects.py`)
    marked_source: Span | None = None

    @property
    def retyped(self) -> bool:
        """A rule of its own sentence already typed it (a "type: " note): later retypes leave it be."""
        return any(n.startswith("type: ") for n in self.notes)
