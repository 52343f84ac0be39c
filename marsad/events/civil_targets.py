"""A bare targeting of a market or of homes, in a story of shells: a shelling, not a clash.

The lexicon types a bare "استهداف" (targeting) as an armed clash.  ACLED's "Armed clash" is a battle between
"armed, organised groups"; a market or a residential quarter is no armed side.  Violence at a distance on
such a place, in an article whose weapons are shells, mortars or rockets (قذائف الهاون، صواريخ الكاتيوشا),
is ACLED's "Shelling/artillery/missile attack" (remote violence, "the perpetrator is not present").
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.drafts import Draft
from marsad.events.folds import STORMING
from marsad.events.intervention import bare_word
from marsad.events.retype import tells_air
from marsad.model import Token
from marsad.text import article_stripped, normal_forms

#: A bare targeting (shadow-form prefixes, glued و/ب/ل and article dropped).
_TARGETING = normal_forms("استهداف", "استهدف", "يستهدف", "تستهدف")
#: Civilian places a targeting may hit (سوق شعبي، المناطق السكنية، منازل المواطنين، الأحياء، مدرسة، مستشفى).
_CIVIL_PLACES = normal_forms("سوق", "أسواق", "سكني", "منازل", "منزل", "أحياء", "مدرس", "مستشف", "مسجد")
#: Words of a ground fight or gunfire in the sentence: the clash may be real.
_FIGHT = normal_forms("اشتباك", "معارك", "معركة", "مواجه", "رصاص", "اقتحام", "كمين")
#: Ground weapons that, named anywhere in the article, make its bare targetings shellings.
_SHELLS = normal_forms("قذائف", "قذيفة", "قذيف", "هاون", "مدفع", "كاتيوشا", "راجم")
#: How many words after the trigger its object may stand (استهداف ميليشيات الحوثي المستمر للمناطق السكنية).
_OBJECT_SPAN = 6


def _bare(tok: Token) -> str:
    """`intervention.bare_word`, then the article after a second ل (لل) dropped too."""
    w = bare_word(tok)
    return article_stripped(w[1:]) if w.startswith("لل") else w


def retype_civil_target(d: Draft, tokens: Sequence[Token], lo: int, hi: int) -> None:
    """A bare targeting typed armed clash whose object, within `_OBJECT_SPAN` words after it, is a civilian
    place (a market, homes, a residential quarter), in a sentence that tells no fight, gunfire or aircraft,
    in an article that names shells, mortars or rockets (`shells_story`), is a shelling."""
    f, h = d.fields, d.hits[0]
    if f.get("sub_event_type") != "Armed clash" or d.retyped:
        return
    if not _bare(tokens[h.first]).startswith(_TARGETING):
        return
    after = [_bare(t) for t in tokens[h.last + 1 : min(hi, h.last + 1 + 2 * _OBJECT_SPAN)] if t.kind == "word"]
    if not any(w.startswith(_CIVIL_PLACES) for w in after[:_OBJECT_SPAN]):
        return
    words = [_bare(t) for t in tokens[lo:hi] if t.kind == "word"]
    if any(w.startswith(_FIGHT) for w in words) or tells_air(tokens, lo, hi) or not shells_story(tokens):
        return
    f.update(event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
             plover_mode="heavy-weapons")
    d.notes.append("type: a bare targeting of a civilian place in a story of shells (shelling)")


def shells_story(tokens: Sequence[Token]) -> bool:
    """The article names shells, mortars, artillery or rocket launchers somewhere (`_SHELLS`)."""
    return any(_bare(t).startswith(_SHELLS) for t in tokens if t.kind == "word")


#: Homes as a storming's object (منازل المواطنين، المنازل المتنقلة، بيوت الأهالي).
_HOMES = normal_forms("منازل", "منزل", "بيوت", "بيت", "مساكن")
#: What was done to the homes stormed (shadow-form prefixes): turned into barracks, carried off, demolished,
#: looted, confiscated, burnt, bulldozed.
_PROPERTY_DEEDS = normal_forms("حولت", "حولوا", "نقلت", "نقلوا", "هدمت", "هدموا", "هدم", "نهبت", "نهبوا", "نهب", "سرقت",
                        "صادرت", "صادروا", "احرقت", "احرقوا", "جرفت")
#: Words of a killing, a wound, a fight, gunfire or an arrest: then the storming is not only about property.
_HARM = normal_forms("قتل", "مقتل", "قتيل", "مصرع", "استشهاد", "شهيد", "اصاب", "اصيب", "جرح", "اشتباك", "معارك", "مواجه",
              "رصاص", "نار", "اعتقل", "اعتقال", "اختطف", "خطف")


def retype_home_seizure(d: Draft, tokens: Sequence[Token], lo: int, hi: int) -> None:
    """A storming typed armed clash whose object, within twice `_OBJECT_SPAN` words after it (the doer and a
    clause about it may stand between: واقتحمت الميليشيات، التي …، منازل المواطنين), is homes, in a sentence
    that tells what was done to them (turned into barracks, carried off, demolished, looted) and no killing,
    wound, fight, gunfire or arrest, is ACLED's "Looting/property destruction": no armed side met another,
    the homes were taken or destroyed."""
    f, h = d.fields, d.hits[0]
    if f.get("sub_event_type") != "Armed clash" or d.retyped:
        return
    if not _bare(tokens[h.first]).startswith(STORMING):
        return
    # the word as written too: بيوت would lose its ب as a glued preposition
    after = [w for t in tokens[h.last + 1 : min(hi, h.last + 1 + 2 * _OBJECT_SPAN)] if t.kind == "word"
             for w in (_bare(t), article_stripped(t.norm.lstrip("و")))]
    if not any(w.startswith(_HOMES) for w in after):
        return
    words = [_bare(t) for t in tokens[lo:hi] if t.kind == "word"]
    if not any(w.startswith(_PROPERTY_DEEDS) for w in words) or any(w.startswith(_HARM) for w in words):
        return
    f.update(event_type="Strategic developments", sub_event_type="Looting/property destruction",
             plover_type="ASSAULT", plover_mode="destruction")
    d.notes.append("type: homes stormed and taken or destroyed, no one hurt (looting/property destruction)")
