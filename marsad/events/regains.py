"""Whose takeover is a regain: ACLED's "Government regains territory" is the country's own government (and
forces acting for it) taking back ground; a foreign state's army (Turkey's in Afrin) or a rebel group whose name
holds the word army (الجيش السوري الحر) overtakes it as a non-state actor does.

The lexicon reads "الجيش السوري" inside "الجيش السوري الحر" as Syria's army, and a Turkish unit is a state force;
both made takeovers in Syria come out as the government's.
"""

from __future__ import annotations

import re

from marsad.events.mentions import ActorMention
from marsad.events.sides import state_camp

#: "الحر" (free) right after an army's name: the Free Syrian Army, a rebel coalition, not the state's.
_FREE = re.compile(r"[\s\"«»]*(?:ال)?حر(?![\u0621-\u064A])")


def free_army(text: str, actor: ActorMention) -> bool:
    """The actor was read off an army name that goes on with "الحر" (الجيش السوري الحر، الجيش الحر)."""
    return actor.start >= 0 and _FREE.match(text, actor.end) is not None


def foreign_army(actor: ActorMention, iso2: str | None) -> bool:
    """A state's forces outside their own country and outside the camp that fights for its government
    (Turkey's army in Syria; not the Saudi-led coalition in Yemen, nor Russia beside Syria's army)."""
    return actor.inter == 1 and actor.inter_in(iso2) == 8 and not state_camp(actor.name(iso2))


def not_the_government(text: str, actor: ActorMention | None, iso2: str | None) -> str | None:
    """Why a takeover's doer is no government of the country where the ground lies, or None."""
    if actor is None:
        return None
    if free_army(text, actor):
        return f"{actor.text} is the Free Syrian Army's name"
    if foreign_army(actor, iso2):
        return f"{actor.text} is a foreign state's force"
    return None
