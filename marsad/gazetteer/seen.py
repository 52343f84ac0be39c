"""What one `Geocoder.places` call read of a text, kept so that users' own spans are resolved against
the same reading (`marsad.gazetteer.resolver`) instead of a second pass that might disagree with it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from marsad.gazetteer.context import Words
from marsad.gazetteer.mention import Mention
from marsad.model import Place
from marsad.text.normalize import Shadow


@dataclass
class Seen:
    """The shadow, words, key matches, kept mentions, country weights and places of one text."""

    sh: Shadow | None = None
    words: Words | None = None
    #: every gazetteer key matched, before the context guards dropped any
    matched: list[Mention] = field(default_factory=list)
    #: the mentions the guards kept (the containers `ner_places` looks for)
    mentions: list[Mention] = field(default_factory=list)
    #: country weights of the resolved names, nationality and national unit words
    weights: Counter[str] = field(default_factory=Counter)
    #: the country each confidently read name voted for, by its shadow start (a name is no evidence for itself)
    own: dict[int, str] = field(default_factory=dict)
    places: list[Place] = field(default_factory=list)
    #: the shadow starts of names the geocoder dropped because the text says they are no town abroad there
    #: (listed with the story's unknown places, beside one, in construct, outside a national unit word)
    doubted: set[int] = field(default_factory=set)
