"""Strikes by the states that bomb Syria from the air, told with bare words, are air strikes.

Israel, the United States, Britain and France strike Syria from aircraft or warships, and the news often
tells it with a bare bombardment word (استهدفتها بالقصف، هذا القصف الإسرائيلي، قصف السلاح الحربي القاعدة).
ACLED codes those strikes "Air/drone strike" (bombing "from the air"); a bare قصف otherwise defaults to
shelling.  Bombers (قاذفات القنابل) are aircraft, not a planted bomb.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.context import AIR_FIELDS
from marsad.events.drafts import Draft
from marsad.events.folds import SHELLING
from marsad.events.roles import unprefixed
from marsad.model import Token

#: Bare strike words of a trigger (shadow-form prefixes, article stripped): قصف، ضربات، استهداف.
_BARE_STRIKES = ("قصف", "ضرب", "استهدف")
#: Words of ground fire (shadow-form prefixes, article stripped): the bombardment may be artillery.  Not
#: missiles: these states fire theirs from the air, and the sentence's missiles are often the other side's
#: (ردا على إطلاق القوات الإيرانية 20 صاروخا).
_GROUND_FIRE = ("مدفع", "هاون", "قذيف", "قذايف", "دباب", "راجم", "كاتيوشا", "بري", "بريه")
#: The states that strike Syria from the air (shadow-form stems, article stripped) and their militaries' names
#: in the actor KB; the missile rule (`assemble._retype_missiles_on_syria`) reads them too.
AIR_STATES = ("اسراييل", "امريك", "بريطان", "فرنس")
AIR_STATE_NAMES = ("Israel", "United States", "United Kingdom", "France")
#: Words that make a state named right after them the target (على مواقع إسرائيلية، باتجاه إسرائيل).
AT_WORDS = frozenset({"علي", "ضد", "باتجاه", "اتجاه", "تجاه", "نحو", "مواقع", "اهداف"})
#: Words of a suspicion (shadow-form prefixes, article stripped): the launcher is not known, the type stays.
SUSPECTED = ("يحتمل", "محتمل", "يرجح", "مرجح", "اتهام", "يعتقد", "يشتبه", "مشتبه", "وقوف")
#: How many words from the firing state or the trigger a word of suspicion may stand to make the launcher
#: unknown: one farther off is another clause's (موقع هجوم يعتقد أنه كيماوي، وأدى إلى توجيه الولايات المتحدة
#: وبريطانيا وفرنسا ضربات صاروخية: the chemical attack is the suspected one).
SUSPICION_REACH = 4
#: Words of a news agency (وكالة الأنباء الفرنسية): the state named after them is the source, not the doer.
_AGENCY_WORDS = frozenset({"وكاله", "انباء"})


def suspected_near(words: Sequence[str], named: Sequence[int], trigger_at: int) -> bool:
    """Does a word of suspicion (`SUSPECTED`) stand within `SUSPICION_REACH` words of a named firing state or of
    the trigger (at `trigger_at`) among the sentence's `words` (بما يحتمل أنه صاروخ إسرائيلي، غارات يرجح أنها
    إسرائيلية)?"""
    anchors = [*named, trigger_at]
    return any(w.startswith(SUSPECTED) and any(abs(k - j) <= SUSPICION_REACH for k in anchors)
               for j, w in enumerate(words))


def retype_state_bombardment(d: Draft, tokens: Sequence[Token], lo: int, hi: int) -> None:
    """A bare bombardment in Syria (`_BARE_STRIKES`, no ground weapon in the sentence) whose sentence names
    Israel or a Western state as its doer (not after على، ضد، باتجاه; not a news agency, وكالة الأنباء
    الفرنسية) is an air strike; not a suspicion (بما يحتمل أنه صاروخ إسرائيلي), which leaves the launcher
    unknown (a suspicion of another clause, far from the state and the trigger, does not).  Missiles are the
    missile rule's."""
    f, h = d.fields, d.hits[0]
    if f["sub_event_type"] != SHELLING or d.place is None or d.place.iso2 != "SY":
        return
    if not all(unprefixed(t.norm).startswith(_BARE_STRIKES) for t in tokens[h.first : h.last + 1] if t.kind == "word"):
        return
    if d.actor1 is not None and not any(n in d.actor1.name(d.place.iso2) for n in AIR_STATE_NAMES):
        return
    words = [unprefixed(t.norm) for t in tokens[lo:hi] if t.kind == "word"]
    if any(w.startswith(_GROUND_FIRE) for w in words):
        return
    named = [k for k, w in enumerate(words) if w.startswith(AIR_STATES)
             and not any(v in _AGENCY_WORDS for v in words[max(0, k - 3) : k])]
    if suspected_near(words, named, sum(t.kind == "word" for t in tokens[lo : h.first])):
        return
    if any(not any(v in AT_WORDS for v in words[max(0, k - 2) : k]) for k in named):
        f.update(AIR_FIELDS)
        d.notes.append("type: a bare bombardment of Syria by a state that strikes from the air (air)")


def retype_bombers(d: Draft, tokens: Sequence[Token]) -> None:
    """"القنابل" right after قاذفات or قاذفة (bombers) names the aircraft, not a planted bomb: the draft is
    an air strike."""
    h = d.hits[0]
    if d.fields["sub_event_type"] != "Remote explosive/landmine/IED" or h.first == 0:
        return
    if not unprefixed(tokens[h.first].norm).startswith("قنابل") or not unprefixed(tokens[h.first - 1].norm).startswith("قاذف"):
        return
    d.fields.update(AIR_FIELDS)
    d.notes.append("type: bombers (قاذفات القنابل) are aircraft (air)")


#: The words that make a following "العراقي/العراق" Iraq's state forces or the state itself (الجيش العراقي،
#: سلاح الجو العراقي، القوة الجوية العراقية، أعلن العراق); not the Popular Mobilization (الحشد الشعبي), whose
#: artillery fires across the border, nor a border (الحدود العراقية).
_IRAQI_STATE_HEADS = frozenset({"جيش", "سلاح", "جو", "جويه", "طيران", "اعلن", "اعلنت", "اكد", "اكدت"})
_IRAQ = ("عراق",)


def _iraqi_state_named(words: Sequence[str]) -> bool:
    """Iraq's army, air force or the state itself is named in `words` (`_IRAQI_STATE_HEADS` right before it)."""
    return any(w.startswith(_IRAQ) and k > 0 and words[k - 1] in _IRAQI_STATE_HEADS for k, w in enumerate(words))


def retype_iraqi_strike_in_syria(d: Draft, tokens: Sequence[Token], lo: int, hi: int) -> None:
    """A bare bombardment in Syria (`_BARE_STRIKES`, no ground weapon in the sentence) by Iraq's state forces
    (the actor "Military Forces of Iraq", or with no actor a sentence that names the Iraqi army, its air force or
    Iraq announcing it: "وكان الجيش العراقي أعلن قصف موقع داعشي في هجين"، "أعلن العراق قصف غرفة عمليات لتنظيم
    داعش داخل الأراضي السورية") is an air strike: Iraq's army has no ground forces in Syria and strikes the
    Islamic State there from the air (ACLED's "Air/drone strike"), where a bare قصف otherwise defaults to
    shelling.  Not the Popular Mobilization's fire across the border, nor a sentence naming PMF units."""
    f, h = d.fields, d.hits[0]
    if f["sub_event_type"] != SHELLING or d.place is None or d.place.iso2 != "SY" or d.retyped:
        return
    if not all(unprefixed(t.norm).startswith(_BARE_STRIKES) for t in tokens[h.first : h.last + 1] if t.kind == "word"):
        return
    words = [unprefixed(t.norm) for t in tokens[lo:hi] if t.kind == "word"]
    if any(w.startswith((*_GROUND_FIRE, "حشد")) for w in words):
        return
    if d.actor1 is not None:
        name = d.actor1.name(d.place.iso2)
        if "Military Forces of Iraq" not in name or "Popular Mobilization" in name:
            return
    elif not _iraqi_state_named(words):
        return
    f.update(AIR_FIELDS)
    d.notes.append("type: a bare bombardment in Syria by Iraq's state forces, which strike there from the air (air)")
