"""How much the GSR sentence classifier weighs against the lexicon in an event's confidence.

The classifier learnt the 2007-2008 GSR, whose sentences count only when every annotator accepts them, and
which holds no change of territory: it gives a takeover its sentence dates at a named town a probability of
0.02-0.15, and blended at 0.6 that puts a plainly reported capture under the extractor's floor.  ACLED codes
a territory change on the day and at the place it happened; a takeover told with both is weighed as a battle is.
"""

from __future__ import annotations

from marsad.events.dates import DAY
from marsad.events.drafts import Draft
from marsad.events.gains import RELATIVE
from marsad.events.location import LEVEL_RANK
from marsad.events.merge import TERRITORY_TYPES
from marsad.model import Document

#: How much the classifier's probability weighs in an ordinary event's confidence (the lexicon the rest);
#: a battle, a placed strike, a dated takeover and a dated strike told as done at a town weigh it less
#: (assemble.BATTLE_WEIGHT).
CLASSIFIER_WEIGHT = 0.6
#: Words before a side that make it the side fought, not the doer (بدأوا قتال القوات الحكومية).
AGAINST = frozenset({"ضد", "قتال", "لقتال", "مع", "مواجهه", "لمواجهه"})
#: Past verbs of striking: a strike told by one is narrated, not referred to (بعد الهجوم، ردا على الضربة).
PAST_STRIKES = frozenset("استهدف استهدفت استهدفوا استهدفا هاجم هاجمت هاجموا".split())
#: Past verbs of suffering or carrying out an attack named by the noun after them (تعرضت للقصف، شنت هجوما).
DONE_TO = frozenset("تعرض تعرضت تعرضوا تعرضا شن شنت شنوا نفذ نفذت نفذوا".split())
#: How many words before a takeover its doer may stand.
TAKER_REACH = 12


def blend(rule: float, p: float, weight: float = CLASSIFIER_WEIGHT) -> float:
    """The lexicon's score and the classifier's probability, `weight` the classifier's share.

    One formula for the extractor and the training harness that rebuilds its confidence."""
    return (1 - weight) * rule + weight * p


def dated_takeover(d: Draft, doc: Document) -> bool:
    """A change of territory its own sentence dates to a day, at a town (finer than a governorate) its clause names.

    Those are what ACLED codes a capture by.  A takeover the sentence leaves undated or places only in a
    province or a region is more often an aim, a campaign or a retelling: those stay with the classifier."""
    if d.fields["sub_event_type"] not in TERRITORY_TYPES:
        return False
    return _dated_at_town(d) and not _doer_unsure(d, doc)


def dated_strike(d: Draft, doc: Document) -> bool:
    """An explosion or remote strike told as done (`told_done`), its own sentence dating it to a day, at a town
    (finer than a governorate) its clause names.

    The classifier never saw a strike told by a generic verb (استهدفت صواريخ بلدة حرستا يوم الأربعاء) or a
    chemical attack: it gives them 0.02-0.2.  With the day and the town alone, half of what surfaced on the
    3,000 ANT articles was a retelling (a condemnation, a response, the same attack told twice); a past verb of
    doing or suffering narrates the incident itself."""
    if d.fields["event_type"] != "Explosions/Remote violence":
        return False
    return _dated_at_town(d) and told_done(d, doc)


def _dated_at_town(d: Draft) -> bool:
    """The draft, not told as history, is dated to a day by its own sentence and placed at a town (finer than a
    governorate) its clause names: the test the dated takeover and the dated strike share."""
    if not d.own_date or d.precision != DAY or d.history:
        return False
    return d.own_place and d.place is not None and LEVEL_RANK.get(d.place.level, 6) < LEVEL_RANK["admin1"]


def told_done(d: Draft, doc: Document) -> bool:
    """The trigger is a past verb of striking, suffering or carrying out a strike (استهدفت، هاجموا، شنت), or the
    noun stands right after one of the latter, within four tokens of its sentence (تعرضت للقصف، نفذت هجوما): the
    sentence tells the strike, not what followed it."""
    first = d.hits[0].first
    head = doc.tokens[first].norm.removeprefix("و")
    if head in PAST_STRIKES or head in DONE_TO:
        return True
    start = doc.sentences[d.sent_idx].start
    before = [t for t in doc.tokens[max(0, first - 4) : first] if t.kind == "word" and t.start >= start]
    return bool(before) and before[-1].norm.removeprefix("و") in DONE_TO


def _doer_unsure(d: Draft, doc: Document) -> bool:
    """A side named as fought before the takeover ("بدأ المسلحون قتال القوات الحكومية لينجحوا في السيطرة"), or a
    takeover in a relative clause ("الميليشيات التي سيطرت على البلدة نهبت المنازل الأحد"): the nearest side is
    no sure doer, and the day is the main clause's; the type (a regain or a takeover) rests on the doer."""
    start = doc.sentences[d.sent_idx].start
    first = d.hits[0].first
    words = [t.norm.lstrip("و") for t in doc.tokens[max(0, first - 3 * TAKER_REACH) : first]
             if t.start >= start and t.kind == "word"][-TAKER_REACH:]
    return any(w in AGAINST for w in words) or any(w in RELATIVE for w in words[-3:])
