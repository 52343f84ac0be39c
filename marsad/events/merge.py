"""Is this mention a retelling of an event already told? The tests behind ACLED's rule of one event per
incident (same day, same scene, no contradicting side) and the merge of two tellings into one event."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise
from typing import Any

from marsad.events.background import span_of_fighting
from marsad.events.drafts import Draft
from marsad.events.exact_tolls import vague_only
from marsad.events.lexicon import TriggerHit
from marsad.events.location import LEVEL_RANK, scene_kept
from marsad.events.namesakes import governorate_namesake
from marsad.events.recap_days import recalled_day
from marsad.events.sides import allies
from marsad.events.told_days import own_day_in_span
from marsad.model import Event, Fatalities, Place, Span
from marsad.model.vocab import interaction
from marsad.text import article_stripped, normalize

#: Sub-event types coded once per day and country (their actors and places are loose).
AREA_TYPES = frozenset({"Other"})
#: Words of a demonstration (shadow-form prefixes, compared without و and the article).
PROTEST_STEMS = ("متظاهر", "تظاهر", "مظاهر", "احتجاج", "مسيره", "مسيرات", "محتج")
EXCESSIVE = "Excessive force against protesters"


#: Territory changes: the fighting that won the ground is part of the change ("استعادت السيطرة على جبل … بعد
#: معارك مع"), ACLED's one event.
TERRITORY_TYPES = frozenset({"Non-state actor overtakes territory", "Government regains territory"})
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


MAX_EVIDENCE = 50  # spans kept per merged event: enough to audit it, bounded for a pathological document
_MERGED_NOTE = "; merged with another mention of the same event"


#: Words before a trigger that make it a toll or its victims' state, told of an incident already
#: reported ("حصيلة الغارات"، "أعراض الغازات السامة"); with جراء / بسبب only where the clause updates a toll.
#: The dead, the wounded or the victims of it ("عدد قتلى مواجهات الاثنين"، "أسر ضحايا المداهمة"، "جرحى القصف")
#: count an incident as a toll does: the noun before the trigger in construct names its victims, not a new act.
_TOLL_HEADS = frozenset({"حصيله", "لحصيله", "بحصيله", "اعراض", "قتلي", "لقتلي", "ضحايا", "لضحايا", "بضحايا",
                         "جرحي", "لجرحي", "مصابي", "لمصابي"})
_TOLL_CAUSES = frozenset({"جراء", "بسبب"})
_TOLL_RISE = frozenset({"ارتفع", "ارتفعت", "حصيله", "ترتفع", "يرتفع"})
#: Days a toll or the same death count may lie from the incident it counts.
TOLL_DAYS = 7
SAME_TOLL_DAYS = 2
#: The smallest death count that tells two mentions apart as one incident when equal.
SAME_TOLL_MIN = 3


def _toll_told(d: Draft, tokens: Sequence[Any]) -> bool:
    """The trigger is the cause in a toll ("حصيلة الغارات"، "ارتفع عدد القتلى جراء القصف"): a count of an
    incident, which is dated by the count's report, not by the incident."""
    i = d.hits[0].first
    sent_words = {t.norm.lstrip("و") for t in tokens[max(0, i - 12) : i]}
    j = i - 1
    while j >= 0 and tokens[j].kind == "punct":
        j -= 1
    if j < 0:
        return False
    prev = tokens[j].norm.lstrip("و")
    return prev in _TOLL_HEADS or (prev in _TOLL_CAUSES and bool(sent_words & _TOLL_RISE))


#: "متأثرين بجراحهم": the dead were wounded in an incident already told.
_WOUND_WORDS = ("متاثر", "متاثرا", "متاثره", "متاثرين", "متاثرون")


#: Types of an incident a death of wounds may point back at: violence, and a riot's clashes with the police.
_WOUNDING_TYPES = VIOLENT_TYPES | {"Riots"}
#: How many words before the trigger "متأثرا بجروح" may stand ("متأثرا بجروح أصيب بها إثر مواجهات").
WOUNDS_REACH = 6


def _wounds_taken_in(d: Draft, tokens: Sequence[Any]) -> bool:
    """The trigger is where the wounds of someone who died of them were taken: "متأثرا بجروح" within
    `WOUNDS_REACH` words before it (عقب وفاة متظاهر متأثرا بجروح أصيب بها إثر مواجهات مع أجهزة الأمن).  The
    death is news, the clashes that wounded him are the incident told before at that scene, if there is one."""
    first = d.hits[0].first
    words = [t.norm.lstrip("و") for t in tokens[max(0, first - 16) : first] if t.kind == "word"][-WOUNDS_REACH:]
    return any(w in _WOUND_WORDS and nxt.startswith(("بجراح", "بجروح")) for w, nxt in pairwise(words))


def _died_of_wounds(d: Draft, tokens: Sequence[Any]) -> bool:
    """A death "متأثرا بجراحه" within six words after a kill trigger: a later toll of a told incident."""
    if d.hits[0].entry.cls != "kill":
        return False
    last = d.hits[0].last
    words = [t.norm.lstrip("و") for t in tokens[last + 1 : last + 12] if t.kind == "word"][:6]
    return any(w in _WOUND_WORDS and nxt.startswith("بجراح") for w, nxt in pairwise(words))


def _latest_violent(events: Sequence[Event], ev: Event, scene: bool = True,
                    types: frozenset[str] = VIOLENT_TYPES) -> int | None:
    """The latest earlier event of `types` (violent ones) within a week (with `scene`, at the same scene):
    where the wounds were taken, where the death of someone named was told, or the fighting told."""
    for k in range(len(events) - 1, -1, -1):
        e = events[k]
        gap = days_apart(e, ev)
        if e.event_type in types and gap is not None and gap <= TOLL_DAYS and (
                not scene or same_scene(e.location, ev.location)):
            return k
    return None


def retelling(events: Sequence[Event], ev: Event, d: Draft, tokens: Sequence[Any], head_end: int,
               has_places: bool, sentences: Sequence[Span] = ()) -> int | None:
    """The earlier event that `ev` tells again, by the first rule that finds one (the exact-key merge
    having found none).  The retelling's own notes are not kept: `combine` keeps the first account's."""
    k = _retold(events, ev, head_end, _toll_told(d, tokens), tokens)
    if k is None and not d.own_place:
        k = _retold_by_neighbour(events, ev, sentences)  # no place of its own: the lent town's neighbour told it
    if k is None and _died_of_wounds(d, tokens):
        k = _latest_violent(events, ev)  # died of wounds from an incident told before
    if k is None and _wounds_taken_in(d, tokens):
        k = _latest_violent(events, ev, types=_WOUNDING_TYPES)  # "متأثرا بجروح أصيب بها إثر مواجهات": told before
    if k is None and d.in_context:
        k = _referent(events, ev)  # "ويأتي القصف غداة …": the incident told before, set in context
    if k is None and d.coincides:
        k = _referent(events, ev, sides=False)  # "وتزامنت الغارات مع مواجهات …": told before; sides lent by the complement
    if k is None and _anaphoric(d, tokens):
        k = _referent(events, ev)  # a definite mention with no place or date of its own
    if k is None and _death_of_named(d, tokens):
        k = _latest_violent(events, ev, scene=False)  # the death of someone already named
    if k is None and _toll_of_the_attack(d, tokens):
        k = _latest_violent(events, ev, scene=False)  # "قتلوا في الهجوم": the incident already told
        if k is not None and _told_generically(events[k]):
            k = None  # an attack itself told only as الهجوم is no incident to point back at
    if k is None and _accused_of(d, tokens):
        k = _latest_violent(events, ev, scene=False)  # "اتهمت دمشق إسرائيل بالهجوم": the attack told before
    if k is None and _toll_of_the_fighting(d, tokens):
        k = _latest_violent(events, ev, types=_FIGHT_TYPES)  # "قتل خلال الاشتباكات": the fighting already told at that scene
    if k is None and d.place is None and not d.own_date and has_places:
        # "وأعلن داعش مسؤوليته … مؤكدا استخدام سيارة مفخخة": nothing of its own to tell it apart from an
        # event of its sub-type told before
        k = next((j for j in range(len(events) - 1, -1, -1) if events[j].sub_event_type == ev.sub_event_type), None)
    return k


#: The note `location` gives a place named by the trigger's own clause or sentence (not a date's note, which
#: also says "in the trigger's sentence").
_OWN_PLACE_NOTE = re.compile(r"place: [^;|]* in the trigger's")


def _retold_by_neighbour(events: Sequence[Event], ev: Event, sentences: Sequence[Span]) -> int | None:
    """The latest earlier event of `ev`'s sub-type and day, placed by its own words at another place of the
    governorate `ev` was lent from an earlier sentence, with no side contradicting it: a telling that names no
    place goes on with the story told ("فانفجر به لغم … تحت رمال الحديدة" / "عندما انفجر فيه اللغم"; "الغارة
    التي استهدفت مطار التيفور بين حمص وتدمر" / "قصفتا المطار"), and the town it is lent is only the nearest
    name before, not a scene of its own.  The first telling's place stands."""
    here = ev.location
    if here is None or here.admin1 is None or ev.trigger is None or here.start >= ev.trigger.start:
        return None
    lent = sentence_at(sentences, here.start)
    if lent is None:
        return None
    for k in range(len(events) - 1, -1, -1):
        e = events[k]
        there = e.location
        if (e.event_type, e.sub_event_type) != (ev.event_type, ev.sub_event_type) or there is None:
            continue
        if (there.iso2, there.admin1) != (here.iso2, here.admin1) or not _OWN_PLACE_NOTE.search(e.notes):
            continue
        if not any(lent.start <= x.start < lent.end for x in (e.trigger, *e.evidence) if x is not None):
            continue  # the lent sentence tells no part of it
        if same_day(e, ev) and (compatible_actors(e, ev) or shared_actor(e, ev)):
            return k
    return None


def sentence_at(sentences: Sequence[Span], at: int) -> Span | None:
    """The sentence that holds offset `at` (`sentences` in text order), or None."""
    k = bisect.bisect_right(sentences, at, key=lambda s: s.start) - 1
    return sentences[k] if k >= 0 and at < sentences[k].end else None


def _day(value: str | None) -> dt.date | None:
    """The calendar day of an ISO date (or date-time), None when there is none or it does not parse."""
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def days_apart(a: Event, b: Event) -> int | None:
    da, db = _day(a.event_date), _day(b.event_date)
    return None if da is None or db is None else abs((da - db).days)


def same_count(a: Event, b: Event) -> bool:
    """Both tell the same number of dead, at least `SAME_TOLL_MIN` (a small count repeats by chance)."""
    n = a.fatalities.best
    return n is not None and n >= SAME_TOLL_MIN and n == b.fatalities.best


def _same_toll(a: Event, b: Event) -> bool:
    """The same death count (`same_count`) within `SAME_TOLL_DAYS` days: one incident told twice."""
    gap = days_apart(a, b)
    return same_count(a, b) and gap is not None and gap <= SAME_TOLL_DAYS


def _retold(events: Sequence[Event], ev: Event, head_end: int = 0, toll: bool = False,
            tokens: Sequence[Any] = ()) -> int | None:
    """The earlier event that `ev` retells: same type and day, the same or an enclosing place, no
    actor contradicting it.  A toll of an incident (`toll`) may be dated up to `TOLL_DAYS` after
    it, and an equal death count (`_same_toll`) up to `SAME_TOLL_DAYS` apart; the fighting told after
    a territory change of the same day and scene, with the article (المعارك), is the battle that won it.

    A report tells one incident in several sentences ("قصف على مدينة دوما … قصف طال أيضا مقبرة المدينة";
    "غارات على قطاع غزة … واستهدفت الغارات شرق مدينة غزة"); the later ones name fewer actors, so
    the exact-key merge misses them.
    """
    for k, e in enumerate(events):
        won = e.sub_event_type in TERRITORY_TYPES and ev.sub_event_type == "Armed clash" and definite(ev)
        if (e.event_type, e.sub_event_type) != (ev.event_type, ev.sub_event_type) and not won:
            continue
        gap = days_apart(e, ev)
        counted = (toll and gap is not None and gap <= TOLL_DAYS) or _same_toll(e, ev)
        if not (same_day(e, ev) or counted):
            continue
        if e.event_date != ev.event_date and e.trigger is not None and e.trigger.start < head_end:
            continue  # an undated headline is folded into the body's report by `fold_headline`
        if not same_scene(e.location, ev.location) and not (
                definite(ev) and _retold_at_namesake(e.location, ev.location, tokens)):
            continue
        if compatible_actors(e, ev) or shared_actor(e, ev) or _one_battle(e, ev, tokens):
            return k
    return None


#: A city noun (shadow form, و/ب/ل/ف dropped) right before a namesake town: "في مدينة درعا" is the city itself.
_CITY_NOUNS = frozenset({"مدينه", "المدينه"})


def _retold_at_namesake(first: Place | None, again: Place | None, tokens: Sequence[Any] = ()) -> bool:
    """The retelling is placed at a town named as its governorate is (`governorate_namesake`), and the first
    account at another place of that governorate finer than it: "وأوضح المراسل أن المواجهات في صعدة تركزت في
    محور باقم" names the governorate that holds the clashes already told at Baqim, not Sa'dah city.  Only for a
    definite mention (المواجهات، الغارات), which points back (a bare one at the town may be its own strike), and
    not where a city noun names the town itself ("قتل القصف المدفعي 11 شخصا في مدينة درعا")."""
    if first is None or again is None or not governorate_namesake(again):
        return False
    if (first.iso2 != again.iso2 or first.admin1 != again.admin1 or first.name == again.name
            or LEVEL_RANK.get(first.level, 6) >= LEVEL_RANK["admin1"]):
        return False
    i = bisect.bisect_left(tokens, again.start, key=lambda t: t.start) - 1
    while i >= 0 and tokens[i].kind != "word":
        i -= 1
    before = tokens[i].norm if i >= 0 else ""
    return (before[1:] if before[:1] in ("و", "ب", "ل", "ف") else before) not in _CITY_NOUNS


def _one_battle(a: Event, b: Event, tokens: Sequence[Any] = ()) -> bool:
    """Two armed clashes of one day at one scene, one told with a single side that is an ally of a side the
    other names ("المعارك" of the coalition; "مواجهات" of the joint resistance with the Houthis): one battle
    told from two members of one camp (ACLED codes the Yemeni forces, backed by the coalition, as one side
    with the coalition associated).  Not when either is a span of fighting ("بعد نحو أسبوع من المعارك"): the
    day's battle is not that week's summary."""
    if a.sub_event_type != "Armed clash" or b.sub_event_type != "Armed clash":
        return False
    one, two = (a, b) if a.actor2 is None else (b, a)
    if one.actor1 is None or one.actor2 is not None or two.actor1 is None or two.actor2 is None:
        return False
    if not any(allies(one.actor1, x) for x in (two.actor1, two.actor2)):
        return False
    for e in (a, b):
        if e.trigger is None:
            continue
        i = bisect.bisect_left(tokens, e.trigger.start, key=lambda t: t.start)
        if i < len(tokens) and tokens[i].start == e.trigger.start and span_of_fighting(tokens, i):
            return False
    return True


def shared_actor(a: Event, b: Event) -> bool:
    """One side named in both (in either slot): two mentions of one day's fight at one scene, whose other
    side one sentence names wrongly or differently ("هجوم على معسكر للجيش" / "مسلحين حاولوا اقتحام معسكر")."""
    sides = {x for x in (a.actor1, a.actor2) if x}
    return bool(sides & {x for x in (b.actor1, b.actor2) if x})


#: A night named by its days ("ليل السبت الأحد"، "ليلة الجمعة") runs into the next day.
_NIGHTS = ("ليل", "ليله")


def definite(ev: Event) -> bool:
    """The trigger carries the article (المعارك، والاشتباكات): it points back at what was told."""
    return ev.trigger is not None and normalize(ev.trigger.text).startswith(DEFINITE_HEADS)


def same_day(a: Event, b: Event) -> bool:
    """The same date, or one of the two has no date expression of its own (dated by publication or
    a post) and the other is within a week of it; a night named by its days reaches the next day."""
    if a.event_date == b.event_date:
        return True
    if a.event_date is None or b.event_date is None:
        return False
    if _within_span(a, b) or _within_span(b, a):
        return True
    if any(x is not None and normalize(x).startswith(_NIGHTS) for x in (a.date_text, b.date_text)):
        gap = days_apart(a, b)
        return gap is not None and gap <= 1  # "ليل السبت الأحد" is dated to its first day, told on the second
    if _evening_then_day(a, b) or _evening_then_day(b, a):
        return True
    if a.date_text is not None and b.date_text is not None:
        return False
    gap = days_apart(a, b)
    return gap is not None and gap <= 7


#: An evening or last night (shadow form): "مساء السبت"، "مساء أمس"، "الليلة الماضية"، "ليلة أمس".
_EVENINGS = ("مساء", "امس مساء", "الليله الماضيه", "ليله امس", "في وقت متاخر")


def _evening_then_day(evening: Event, day: Event) -> bool:
    """`evening` is dated to an evening or last night and `day` to the next day: a night's incident told
    again by the day it went on into or was reported on ("غارات مساء السبت" … "الغارات الأحد") is one
    incident, not two days' strikes; the evening of the day after is another."""
    if evening.date_text is None or not normalize(evening.date_text).startswith(_EVENINGS):
        return False
    d, e = _day(day.event_date), _day(evening.event_date)
    return d is not None and e is not None and (d - e).days == 1


#: Days either side of a week-precision date ("الأسبوع الماضي" is dated seven days before publication,
#: the middle of the week it names) that lie in the week it names.
WEEK_REACH = 3
WEEK_PRECISION = 2


def _within_span(vague: Event, other: Event) -> bool:
    """`vague` is dated only by a week ("الأسبوع الماضي"، "منذ أسبوع") and `other`'s day lies in it: the vague
    telling names no day of its own that could set the two apart.  Not a month: "مطلع فبراير" and a day
    of February are often two strikes of one campaign."""
    if vague.time_precision != WEEK_PRECISION or not vague.event_date or not other.event_date:
        return False
    gap = days_apart(vague, other)
    return gap is not None and gap <= WEEK_REACH


def within_week(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    da, db = _day(a), _day(b)
    return da is not None and db is not None and abs((da - db).days) <= 7


def compatible_actors(a: Event, b: Event) -> bool:
    """No side named in both contradicts (a side may be told from the other end: actor1 ↔ actor2)."""
    if all(x is None or y is None or x == y for x, y in ((a.actor1, b.actor1), (a.actor2, b.actor2))):
        return True
    return all(x is None or y is None or x == y for x, y in ((a.actor1, b.actor2), (a.actor2, b.actor1)))


def same_scene(a: Place | None, b: Place | None) -> bool:
    """Two mentions may be one scene: one place unknown, the same place, or one inside the other
    (a town in its governorate or country)."""
    if a is None or b is None:
        return True
    if (a.name, a.admin1) == (b.name, b.admin1):
        return True
    if a.iso2 != b.iso2:
        return False
    ra, rb = LEVEL_RANK.get(a.level, 6), LEVEL_RANK.get(b.level, 6)
    wide, narrow = (a, b) if ra > rb else (b, a)
    if wide.level in ("country", "region"):
        return True
    return wide.level == "admin1" and wide.admin1 is not None and wide.admin1 == narrow.admin1


#: Proclitics a definite trigger may carry before its article (والهجوم، بالغارة، للتفجير).
DEFINITE_HEADS = ("ال", "وال", "بال", "فال", "وبال", "لل", "ولل")


#: Verbs of coming that open a sentence of context (shadow form, without و/ف): "ويأتي القصف غداة مقتل …".
_COMING = frozenset({"ياتي", "تاتي", "جاء", "جاءت"})


def comes_in_context(tokens: Sequence[Any], lo: int, trig: TriggerHit) -> bool:
    """A definite attack noun that is the subject of a verb of coming opening its sentence ("ويأتي الانفجار في
    وقت …"، "وتأتي الغارات بعد مقتل …"): the report turns to the context of the incident it has told, so the
    noun is that incident, not a new one, whatever place or date the context names."""
    i = trig.first
    if i - 1 != lo or not tokens[i].norm.startswith(DEFINITE_HEADS):
        return False
    verb = tokens[lo].norm
    return verb[1:] in _COMING if verb[:1] in ("و", "ف") else verb in _COMING


#: Verbs of coinciding or accompanying that open a sentence (shadow form, without و/ف): "وتزامنت الغارات مع
#: مواجهات …"، "وترافقت الاشتباكات مع قصف …".
_COINCIDING = frozenset({"تزامن", "تزامنت", "يتزامن", "تتزامن", "ترافق", "ترافقت", "يترافق", "تترافق"})
#: Words a coinciding verb's subject may run to before its مع (الغارات الجوية، المكثفة).
_COINCIDE_REACH = 4


def coincides_with_new(tokens: Sequence[Any], lo: int, d: Draft, others: Sequence[Draft]) -> bool:
    """A definite attack noun that is the subject of a verb of coinciding opening its sentence, with an
    indefinite incident of another type told after its مع ("وتزامنت الغارات مع مواجهات … في مديرية التحيتا"،
    "وتزامنت المعارك مع غارات مكثفة … في منطقة موزع"): the sentence's news is the complement, and the subject is
    the incident the report has told, not a new one at the complement's place.  A definite complement (مع
    المعارك المستمرة) is the setting and leaves the subject as it is; a complement of the subject's type may be
    the subject itself, retyped by its cue."""
    trig = d.hits[0]
    i = trig.first
    if i - 1 != lo or not tokens[i].norm.startswith(DEFINITE_HEADS):
        return False
    verb = tokens[lo].norm
    if (verb[1:] if verb[:1] in ("و", "ف") else verb) not in _COINCIDING:
        return False
    with_at = next((j for j in range(trig.last + 1, min(len(tokens), trig.last + 1 + _COINCIDE_REACH))
                    if tokens[j].norm == "مع"), None)
    if with_at is None or with_at + 1 >= len(tokens) or tokens[with_at + 1].norm.startswith(DEFINITE_HEADS):
        return False
    mine = d.fields.get("sub_event_type")
    return any(o.sent_idx == d.sent_idx and o.fields.get("sub_event_type") != mine
               and any(h.first == with_at + 1 for h in o.hits) for o in others if o is not d)


def _anaphoric(d: Draft, tokens: Sequence[Any]) -> bool:
    """A definite trigger (الغارة، الهجوم) with no place and no date of its own points back at an
    incident already told ("وكان التحالف قد اعترف بأن الغارة الجوية … غير مبررة")."""
    if d.own_place or d.own_date:
        return False
    return tokens[d.hits[0].first].norm.startswith(DEFINITE_HEADS)


#: Generic attack nouns (shadow form, article stripped) that name no weapon: what they point back at decides the type.
_GENERIC_ATTACK = frozenset({"هجوم", "هجمات", "اعتداء"})
#: Prepositions of a toll or a wound taken (قتلوا في الهجوم، المصابين من الهجوم، جراء الهجوم).
_TOLL_PREPS = frozenset({"في", "من", "جراء", "اثر", "خلال", "عقب"})
#: Words after the noun that give it a target of its own (الهجوم على بلدة …): a new account, not a pointer.
_OWN_TARGET = frozenset({"علي", "ضد", "الذي", "التي"})


def _told_generically(e: Event) -> bool:
    """The event's trigger is a bare attack noun (هجوم، الهجوم): nothing says what the incident was."""
    return e.trigger is not None and article_stripped(normalize(e.trigger.text).lstrip("و")) in _GENERIC_ATTACK


def _toll_of_the_attack(d: Draft, tokens: Sequence[Any]) -> bool:
    """A definite generic attack noun after a toll's preposition (قتل 29 طفلا في الهجوم، نقل المصابين من
    الهجوم), with no date of its own and no target after it, tells the dead or wounded of the incident the report
    has told: that incident, whatever type its own sentence gave it and wherever the speaker stands (a place in
    the sentence is often only the speaker's: متحدث في صنعاء)."""
    nxt = _told_after_toll(d, tokens, _GENERIC_ATTACK)
    return nxt is not None and nxt not in _OWN_TARGET


def _told_after_toll(d: Draft, tokens: Sequence[Any], nouns: frozenset[str]) -> str | None:
    """The word after the draft's one trigger when that trigger is one of `nouns` with the article, right after a
    toll's preposition and with no date of its own (في الهجوم، خلال الاشتباكات); None otherwise."""
    if d.own_date or len(d.hits) != 1:
        return None
    h = d.hits[0]
    w = tokens[h.first].norm
    if not w.startswith("ال") or article_stripped(w) not in nouns or h.first == 0:
        return None
    if tokens[h.first - 1].norm.lstrip("و") not in _TOLL_PREPS:
        return None
    return tokens[h.last + 1].norm if h.last + 1 < len(tokens) else ""


#: Words of an accusation or a claim of responsibility (shadow form, without و): who did "the attack".
_ACCUSE = frozenset({"اتهم", "اتهمت", "اتهموا", "تتهم", "يتهم", "يتهمون", "متهمه", "متهما", "حمل", "حملت", "حملوا",
                     "تحمل", "يحمل", "تبني", "تبنت", "تبنوا", "مسووليه", "مسووليتها", "مسووليته", "المسووله",
                     "المسوول", "شنت", "شن"})
#: One attack (shadow form, article stripped): "مسؤولية الهجمات" blames a campaign, not the incident told.
_ONE_ATTACK = frozenset({"هجوم", "اعتداء"})
#: How many words before the trigger an accusation governs it ("واتهمت دمشق وموسكو، إسرائيل هي التي شنت الهجوم").
ACCUSE_REACH = 6


def _accused_of(d: Draft, tokens: Sequence[Any]) -> bool:
    """A definite singular generic attack noun (الهجوم، بالهجوم) within `ACCUSE_REACH` words after a word of accusation
    or responsibility in its sentence: whom a side blames for the attack the report has told, that attack
    again (its day or toll repeated), not a new one.  ACLED's unit is one event per incident: the copy is
    folded into the latest earlier violent event within `TOLL_DAYS`, whose type, place, sides and first
    sentence's provenance stand; the retelling adds its evidence and its toll (`combine`)."""
    if len(d.hits) != 1:
        return False
    h = d.hits[0]
    w = tokens[h.first].norm
    if not w.startswith(DEFINITE_HEADS) or article_stripped(w.lstrip("و").removeprefix("ب")) not in _ONE_ATTACK:
        return False
    words = 0
    for i in range(h.first - 1, -1, -1):
        t = tokens[i]
        if t.kind == "punct" and t.text in ".؟?!\n":
            return False
        if t.kind != "word":
            continue
        words += 1
        if words > ACCUSE_REACH:
            return False
        if t.norm.lstrip("و") in _ACCUSE:
            return True
    return False


#: Nouns of fighting (shadow form, article stripped) a toll may point back at (قتل خلال الاشتباكات).
_TOLD_FIGHTS = frozenset({"اشتباكات", "مواجهات"})
#: What such fighting may be: a battle, or the clashes of a demonstration or riot.
_FIGHT_TYPES = frozenset({"Battles", "Protests", "Riots"})


def _toll_of_the_fighting(d: Draft, tokens: Sequence[Any]) -> bool:
    """A definite noun of fighting after a toll's preposition (ضربته قنبلة خلال الاشتباكات، قتل في المواجهات),
    with no date of its own and no target or sides after it, is the fighting the report has told, as الهجوم
    is the attack told (`_toll_of_the_attack`)."""
    nxt = _told_after_toll(d, tokens, _TOLD_FIGHTS)
    return nxt is not None and nxt not in _OWN_TARGET and nxt != "بين"


#: Nouns of a death (shadow form, without و/ب/ل): "مقتلهم"، "مقتل الجندي" tell the death of someone named before.
_DEATH_NOUNS = ("مقتل", "مصرع", "استشهاد")
_POSSESSED = ("ه", "ها", "هم", "هما")


def _death_of_named(d: Draft, tokens: Sequence[Any]) -> bool:
    """A death noun with a possessive (مقتلهم، مصرعه) or a definite noun right after it (مقتل الجندي
    الأميركي), with no place and no date of its own, tells again the death of someone the report has
    named: the violent incident already told, whatever type its own sentence gave it."""
    own_scene = d.own_place and d.place is not None and d.place.level != "country"  # "في سوريا" names no scene
    if own_scene or d.own_date or d.hits[0].entry.cls != "kill":
        return False
    t = tokens[d.hits[0].first]
    w = t.norm.lstrip("و")
    w = w[1:] if w[:1] in ("ب", "ل") and w[1:].startswith(_DEATH_NOUNS) else w
    stem = next((n for n in _DEATH_NOUNS if w.startswith(n)), None)
    if stem is None:
        return False
    if w != stem:
        return w[len(stem):] in _POSSESSED
    nxt = tokens[d.hits[0].last + 1] if d.hits[0].last + 1 < len(tokens) else None
    return nxt is not None and nxt.kind == "word" and nxt.norm.startswith("ال")


def _referent(events: Sequence[Event], ev: Event, sides: bool = True) -> int | None:
    """The latest earlier event a definite mention points back at: the same sub-type, else the same
    type with no actor contradicting it (without `sides`, whatever its actors: the mention's were lent)."""
    for k in range(len(events) - 1, -1, -1):
        if events[k].sub_event_type == ev.sub_event_type:
            return k  # "الغارة" after a reported air strike is that strike, whoever this sentence names
    said = article_stripped(normalize(ev.trigger.text).lstrip("و")) if ev.trigger is not None else ""
    if ev.sub_event_type == EXCESSIVE and not said.startswith(PROTEST_STEMS):
        return None  # force used on a demonstration is an event of its own, not a retelling of the protest
    for k in range(len(events) - 1, -1, -1):
        if events[k].event_type == ev.event_type and (not sides or compatible_actors(events[k], ev)):
            return k
    return None


def combine(a: Event, b: Event, text: str = "") -> Event:
    """Merge two reports of one event: union of evidence and claims, the conservative toll; with the
    document's `text`, the first account's scene against another governorate's town (`scene_kept`)."""

    fa, fb = a.fatalities, b.fatalities
    if fa.best is not None and fb.best is not None and (vague_a := vague_only(fa)) != vague_only(fb):
        # "مصرع عشرات" beside "29 طفلا قتلوا": the exact figure is the count (`exact_tolls`); each side's words are
        # read once (`vague_only` tokenizes them)
        if vague_a:
            fa = replace(fa, best=None, low=None, high=None, text=None)
        else:
            fb = replace(fb, best=None, low=None, high=None, text=None)
    bests = [x for x in (fa.best, fb.best) if x is not None]
    fat = Fatalities(
        best=min(bests) if bests else None,
        low=min([x for x in (fa.low, fb.low) if x is not None], default=None),
        high=max([x for x in (fa.high, fb.high) if x is not None], default=None),
        text="; ".join(x for x in dict.fromkeys((fa.text, fb.text)) if x) or None,
        injured=min([x for x in (fa.injured, fb.injured) if x is not None], default=None),
        claimed_by=tuple(dict.fromkeys(fa.claimed_by + fb.claimed_by)),
    )
    notes = a.notes
    if len(bests) == 2 and bests[0] != bests[1]:
        notes += f"; fatalities disagree ({bests[0]} vs {bests[1]}): the lower figure is coded"
    area = a.sub_event_type in AREA_TYPES  # merged whoever was named: do not collect a side from another mention
    # a side taken from the other mention never repeats the side this one names (no X vs X)
    actor1, inter1 = (a.actor1, a.inter1) if a.actor1 or b.actor1 == a.actor2 else (b.actor1, b.inter1)
    actor2, inter2 = (a.actor2, a.inter2) if a.actor2 or area or b.actor2 == actor1 else (b.actor2, b.inter2)
    loc = a.location
    if b.location is not None and (loc is None or LEVEL_RANK.get(b.location.level, 6) < LEVEL_RANK.get(loc.level, 6)):
        loc = loc if loc is not None and scene_kept(text, loc, b.location, a, b) else b.location
    if _evening_then_day(b, a) or (a.date_text is None and b.date_text is not None and b.event_date
                                   and within_week(a.event_date, b.event_date)
                                   and not recalled_day(text, a, b)) or own_day_in_span(a, b):
        # a mention dated only by publication takes the date its retelling gives (a definite mention
        # dated months back by its context is background folded in, and does not move the incident); a
        # night's incident told again by the next day keeps the night's date; a statement's day yields to
        # the day before it that another mention gives as the incident's own (`told_days`)
        a = replace(a, event_date=b.event_date, time_precision=b.time_precision, date_text=b.date_text)
    assoc1, assoc2 = (x if x not in (actor1, actor2) else None for x in (a.assoc_actor_1 or b.assoc_actor_1,
                                                                          a.assoc_actor_2 or b.assoc_actor_2))
    return replace(
        a,
        location=loc,
        actor1=actor1,
        assoc_actor_1=assoc1,
        assoc_actor_2=assoc2,
        inter1=inter1,
        actor2=actor2,
        inter2=inter2,
        interaction=interaction(inter1, inter2),
        fatalities=fat,
        claims=tuple(dict.fromkeys(a.claims + b.claims)),
        sources=tuple(dict.fromkeys(a.sources + b.sources)),
        evidence=a.evidence
        if len(a.evidence) >= MAX_EVIDENCE
        else tuple(dict.fromkeys((*a.evidence, b.trigger, *b.evidence) if b.trigger else a.evidence + b.evidence))[:MAX_EVIDENCE],
        confidence=min(0.95, max(a.confidence, b.confidence) + 0.05),
        notes=notes if notes.endswith(_MERGED_NOTE) else notes + _MERGED_NOTE,
    )
