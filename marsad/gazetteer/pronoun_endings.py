"""Names the data spell with ة, written with ه in a text that writes ة: "في حديثه" is "in his talk".

The shadow form folds ة into ه, so حديثه (his talk), written with the possessive pronoun, matches
Haditha (حديثة) and sets a story in Iraq.  A text that writes ة in its other words writes a town's ة
too; where it writes ه instead, and no spelling of the town's names ends so, the word is a noun with
"his", and the name counts as a word (see `Geocoder._common`): only a type word or a direction keeps it.
A one-word name only, with no type or site word before it (محافظة حجه، جبل عقره) and in no list joined by و to
another name (درنة وصبراته والزاوية): the region's own sites write some towns with ه.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.gazetteer.context import Words
from marsad.gazetteer.mention import Mention, listed_after, shadow_set
from marsad.gazetteer.store import Gazetteer
from marsad.gazetteer.unknown import UNKNOWN_TYPE_FORMS

#: A journey's word and its preposition right before the name (قادما من جده، عائدا إلى جده، متوجها إلى): one
#: travels from and to a place, not "his grandfather" (round 53, blind55).
_TRAVEL = shadow_set({"قادما", "قادمه", "قادمين", "قادمون", "عائدا", "عائده", "عائدين", "عائدون", "متوجها", "متوجهه",
                      "متوجهين", "متوجهون", "وصل", "وصلت", "وصلوا", "سافر", "سافرت", "سافروا", "عاد", "عادت", "عادوا",
                      "توجه", "توجهت", "توجهوا", "رحله", "الرحله"})
_TRAVEL_TO = shadow_set({"من", "الي", "الى"})
#: A text that writes ة this often distinguishes it from ه.
TA_MARBUTA_MIN = 3


def writes_ta_marbuta(text: str) -> bool:
    """Whether the text writes ة (so a final ه it writes is a pronoun or a root letter)."""
    return text.count("ة") >= TA_MARBUTA_MIN


def pronoun_written(gaz: Gazetteer, mn: Mention, text: str) -> bool:
    """The mention ends in ه as written where every reading's Arabic name ends in ة (the data's other
    spellings with ه, حواره for Huwwarah, are the colloquial ones a text that writes ة does not use)."""
    written = text[mn.start:mn.end]
    if not written.endswith("ه") or not mn.key.endswith("ه"):
        return False
    return all((gaz.entries[h.entry].name_ar or "").endswith("ة") for h in mn.hits)


def pronoun_weak(gaz: Gazetteer, mentions: Sequence[Mention], text: str, words: Words) -> None:
    """Mark as weak (a word, see `Geocoder._common`) each one-word name written as a noun with "his"."""
    if not writes_ta_marbuta(text):
        return
    m = words.m
    for i, mn in enumerate(mentions):
        if mn.weak or " " in mn.key or (mn.around and mn.around.type_word) \
                or words.prev_word(words.index_at(mn.nstart)) in UNKNOWN_TYPE_FORMS:
            continue
        if (i and listed_after(mentions[i - 1], mn, m)) or (i + 1 < len(mentions) and listed_after(mn, mentions[i + 1], m)):
            continue
        mn.weak = pronoun_written(gaz, mn, text) and not _travelled(words, words.index_at(mn.nstart))


def _travelled(words: Words, k: int) -> bool:
    """Word k follows a journey's word and its preposition: "قادما من جده" comes from Jeddah."""
    return words.prev_word(k) in _TRAVEL_TO and k >= 1 and words.prev_word(k - 1) in _TRAVEL
