"""Where an event happened: a place of the document chosen by attachment to the trigger.

Candidates are the places of the trigger's sentence (most specific level first, then a place
after a locative word, then the nearest); failing those, the places of the two sentences
before it.  Places named only in a statement, promise, threat or visit are never used, nor
where someone lives or works, a country named as the owner of a state body, or a goal of a
movement (but the town one arrived at is a scene).  A missile is placed where it was headed
(باتجاه، نحو، صوب: a heading, not a goal), not where it was launched, and when its own sentence names
only the launch area or a country, where the next sentence says it was headed; the place that saw
an event (شهدت X مواجهات) is its scene; a place
of another act added after فضلا عن, or of the incident a strike answered (ردا على), is not the
trigger's.  A name after a direction is a reference point only when a named place stands just
before the direction (حماة، شمال دمشق); after an unnamed site (موقع غرب دير البلح) it is the
scene's only name.  The town of the hospital the wounded or dead were taken to is no scene; the
border between two places (الحدود بين إسرائيل وقطاع غزة) lies in both, abroad or not; a city named as
a border's side (الحدود الشرقية لغزة) stands for its area (the Gaza Strip) when the document names it, as
does a city named like its area in a clause about the border (في غزة قرب الحدود) or after a word of
its villages or areas (القرى المجاورة في إدلب: the governorate).  A place in a report's source (حسب
السلطات في غزة، وفق ما أفاد مراسلنا في غزة، مصادر ميدانية في الحديدة) ranks after the places of the
incident; a road leading to a place (الطريق المؤدي نحو مديرية التحيتا) locates, it names no goal.  The
place a trigger acts on right after it (السيطرة على منطقة عفرين) comes first in its clause; a bare city or
country before a verb of saying (الرياض تنفي) is its government; a definite trigger with no place near it
(وأدى الهجوم إلى مقتل 25) takes the place told with an earlier mention of its noun.  A merge keeps an
area against a bare city named like it (قطاع غزة، غزة); an unnamed site's direction names its only place
(المزارع الواقعة غرب مدينة زبيد); a city a street is named after (شارع صنعاء) is no scene; a clause of حيث
naming one place inside the trigger's area narrows it; a border between two places abroad keeps both; a
sentence whose only place is its source's seat (مصادر ميدانية داخل الحديدة) takes the scene told before; a
front named by a governorate's namesake city (في جبهة الحديدة) is detailed by the next sentence's town or district,
and an area the next sentence tells the trigger's noun again at a finer place of (إن القصف تركز على مديرية رازح) is
narrowed to it, unless the area is one of a list.  A missile fired تجاه a town is headed there; an area's name of
two words abroad (على قطاع غزة) is no homograph; a missile's heading may be told two sentences on, the name in
brackets (الصاروخ كان باتجاه مدينة (جازان)); a bare city after a verb of saying (إذ أشارت طهران) is its
government; a city named as a side of a border between two places (الحدود بين غزة وإسرائيل), in the trigger's
sentence or one before, stands for its area.  A missile launched from a place and headed at a pronoun
(أطلقت باتجاهها من غزة) is placed at the latest other country named before it, and one headed at a nationality's
towns (باتجاه المستوطنات الإسرائيلية) at that country as the document names it.  A direction after a verb of entering
(دخلت جنوبي منطقة عفرين) names a part of the scene; a missile named by its trigger is placed where it was fired at
(على السعودية), one with no place where the launch told before was headed, one from a launch area (a bracket after
it details it) at the kingdom headed at or the country the sentence before says was attacked; a text-less fold keeps
an area against a bare city named like it; the separation wall is a border; هدف after a word of striking is a target.
An area is narrowed to the town the next sentence says the incident, by a definite noun, took place in (الضربات وقعت في
بلدة الهري); a merge of mentions of two kinds, each naming its own place in its own sentence, keeps the first's scene;
a governorate the next sentence tells again by its noun alone after one district of it (في مديرية التحيتا، بالمحافظة)
is narrowed to that district.  A trigger whose sentence names only the place of the incident it answered (غارات
"ردا على هجوم كيماوي على مدينة دوما") takes the scene told before; a launch area after من stays its own.  A place
the incident happened outside of (خارج العاصمة مقديشو) gives way to the place the next sentence names (في منطقة أفجوي).
A place that only says where the one before it lies (دوما في الغوطة الشرقية لدمشق) and the ends of a road (الطريق بين
البوكمال ودير الزور) rank behind the clause's other places; a governorate or district the next sentence names one site
of, after a settlement noun and with no place outside it (جنوب منطقة الدشيشة), is narrowed to that site.  A trigger
whose sentence names no place but calls an airport or port by its noun alone (للمطار) is at the town that site was
named with before (مطار الحديدة).  A governorate named for its governor's or council's building (منزل محافظ ذي
قار) is at its seat, the story's town of it (`marsad.events.seats`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence

from marsad.events.answered import RESPONSE_RE
from marsad.events.antecedent import antecedent_place, where_follows, where_place
from marsad.events.arrested_people import arrested_country
from marsad.events.commenting import commenting, sentence_bounds, victims_country
from marsad.events.institutions import institution_seat
from marsad.events.launches import launch_origin
from marsad.events.roads import road_end
from marsad.events.roundups import items_apart
from marsad.events.scope import truce_scope
from marsad.events.seats import office_seat
from marsad.events.sites import base_named_after, site_told_before
from marsad.events.speaker import in_speaker_phrase
from marsad.events.toll_words import tolls
from marsad.events.whereabouts import located_one, located_town, whereabouts
from marsad.gazetteer.demonyms import demonym_country
from marsad.gazetteer.phrases import SET_PHRASES, set_phrase
from marsad.gazetteer.store import Gazetteer
from marsad.model import Event, Place
from marsad.text import article_stripped, normalize, shadow
from marsad.text.span_index import SpanIndex

#: Finest first.  A named region lies inside one country (الغوطة الشرقية، شرق سوريا، الساحل الغربي): finer
#: than its country, coarser than a governorate.
LEVEL_RANK = {"populated_place": 0, "admin3": 1, "admin2": 2, "admin1": 3, "region": 3.5, "country": 4}
#: Words before a name that make it the scene: a settlement noun (strongest) or a preposition.
_SETTLEMENT = frozenset(
    {
        "مدينه",
        "بمدينه",
        "بلده",
        "ببلده",
        "قريه",
        "بقريه",
        "حي",
        "بحي",
        "مخيم",
        "بمخيم",
        "مخيمات",
        "ناحيه",
        "بلدات",
        "قري",
        "منطقه",
        "بمنطقه",
        "محافظه",
        "بمحافظه",
        "ريف",
        "بريف",
        "وسط",
        "اطراف",
        "داخل",
        "محيط",
        "حدود",
        "بحدود",
        # with ل and in the dual: زيارته لمدينتي غريان ويفرن، في بلدتي كفريا والفوعة
        "لمدينه",
        "مدينتي",
        "لمدينتي",
        "بمدينتي",
        "بلدتي",
        "ببلدتي",
        "لبلده",
        "قريتي",
        "بقريتي",
        "لقريه",
    }
)
_PREP = frozenset({"في", "قرب", "بالقرب", "عند"})
#: Nouns of a district (مديرية كتاف، قضاء سنجار): the name after them is the scene, as after a settlement
#: noun; unlike those they are not skipped when reading a movement or a direction before the name
#: ("إلى أطراف مديرية حيس" stays where the column was heading, "غربي مديرية زبيد" keeps Zabid the scene).
_DISTRICT = frozenset({"مديريه", "بمديريه", "مديريات", "قضاء", "بقضاء"})
#: Words of movement before a name: the place is where someone went or came from (نقل السفارة من تل
#: أبيب إلى القدس، انسحبوا من المدينة), not the scene; such a place is used only when nothing else is.
_MOVEMENT = frozenset({"الي", "من", "نحو", "باتجاه", "صوب", "لدي"})
#: Nouns of a part before من: "أجزاء من مدينة البوكمال" names the place itself, not where someone came from.
_PARTITIVE = frozenset({"اجزاء", "جزء", "بعض", "احياء", "مناطق", "اطراف", "قسم", "اقسام", "معظم", "اغلب",
                        "غالبيه", "كامل", "عدد", "عشرات"})
#: Participles of coming before من (رحلة قادمة من مدينة الأسكندرية إلى طرابلس): where a traveller set out from, the
#: journey's start, which never locates an event any more than its goal does.
_COMING = frozenset({"قادم", "قادمه", "قادما", "قادمين", "قادمون", "القادم", "القادمه", "القادمين", "قادمتين", "قادمان"})
#: Words of nearness before من: "بالقرب من X"، "القريبة من مدينة أربيل" locate, they tell no movement.
_NEAR_BEFORE_MIN = frozenset({"قرب", "بالقرب", "مقربه", "بمقربه", "القريبه", "القريب", "قريبه", "قريب", "قريبا"})
#: Nouns of one's arrival before إلى: "أوقف عقب وصوله إلى القاهرة" was arrested in Cairo.
_ARRIVAL = frozenset({"وصوله", "وصولها", "وصولهم", "وصولهما", "وصولهن"})
#: Verbs of slipping into a town before إلى (تسلل إلى مستوطنة آدم): the attacker's arrival, where he struck.
_INFILTRATE = frozenset({"تسلل", "تسللت", "تسللوا", "يتسلل", "تتسلل", "يتسللون"})
#: Participles of a road that leads to a place before إلى or نحو (الطريق المؤدي إلى، الخط الرابط إلى).
_LEADING = frozenset({"المودي", "الموديه", "الرابط", "الرابطه", "الواصل", "الواصله"})
#: Of those, the words of a goal (عاد إلى دمشق، نقل إلى القدس): such a place never locates an event.
_GOAL = frozenset({"الي", "نحو", "صوب", "لدي"})
#: Verbs after which a capital is its government (تدعمها واشنطن، تقودها الرياض) and participles before
#: من (المدعومة من واشنطن): the city is an actor, not the scene.
_BACKS = frozenset({"تدعمها", "يدعمها", "تدعمه", "يدعمه", "دعمتها", "دعمته", "تقودها", "يقودها", "تقوده", "يقوده",
                    "تمولها", "يمولها", "تسلحها", "يسلحها"})
_BACKED = frozenset({"المدعومه", "المدعوم", "المدعومين", "مدعومه", "مدعوم", "المواليه", "الموالي", "الموالين",
                     "المموله", "الممول"})
#: Bodies of a state before a country's name (مخابرات بريطانيا، حكومة إيران، سفارة السعودية): the state acts
#: or owns, and the country is no scene.
_BODIES = frozenset({"مخابرات", "استخبارات", "حكومه", "سلطات", "وزاره", "وزير", "شرطه", "سفاره", "سفير", "قنصليه",
                     "خارجيه", "داخليه", "برلمان", "رئيس", "ملك", "امير", "عاهل"})
#: Direction words: "X غربي Y" puts the event at X, Y is only a reference point.
_DIRECTION = frozenset({"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "شمال غرب", "جنوب شرق"})


#: Words between a direction and its reference point ("شمال العاصمة صنعاء"، "جنوب العاصمة السورية دمشق").
_CAPITAL = frozenset({"العاصمه", "عاصمه", "للعاصمه"})
#: Words of location before a direction: "المدينة، الواقعة جنوب دمشق" says where another place lies.
#: Stems of the direction words as written (no normalisation needed to find them).
_DIRECTION_STEMS = ("شمال", "جنوب", "شرق", "غرب")
_LOCATED = frozenset({"الواقعه", "الواقع", "تقع", "يقع", "الواقعين", "الواقعتين", "والواقعه"})


#: Unnamed sites before الواقعة and a direction (المزارع الواقعة غرب مدينة زبيد): the name after the direction
#: is the site's only name, not the whereabouts of another named place.
_UNNAMED_SITES = frozenset({"المزارع", "مزارع", "الشعاب", "شعاب", "المناطق", "مناطق", "المواقع", "مواقع", "المنطقه",
                            "منطقه", "القري", "قري", "البلدات", "بلدات", "الاحياء", "احياء", "التلال", "تلال",
                            "المرتفعات", "الجبال", "الاراضي", "اراضي", "الحقول"})


#: Quote marks or a bracket that may open a name (نحو مدينة "جازان"، باتجاه مدينة (جازان)): a goal or heading is
#: read before the mark.
_QUOTES = frozenset('"«“(')


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts: after the last full stop or line break before it."""
    return max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos)) + 1


def _end_of_sentence_before(text: str, pos: int) -> int:
    """Where the sentence before the one holding `pos` ends, its stop and trailing space left out."""
    return len(text[: max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos), 0)].rstrip(".\n "))


def _at(text: str, place: Place) -> int:
    """Where the name's context ends: before a quote mark that opens it (مدينة "جازان")."""
    return place.start - 1 if place.start > 0 and text[place.start - 1] in _QUOTES else place.start


def _reference(text: str, place: Place) -> int:
    """0 for a scene; 1 for a reference point after a direction word ("في القليوبية شمال القاهرة":
    the event is in Qalyubia); 2 when the direction follows a word of location ("الواقعة جنوب
    دمشق"), which only says where another place lies, unless that word follows an unnamed site (1)."""
    head = text[max(0, place.start - 48) : place.start]
    if not any(d in head for d in _DIRECTION_STEMS):
        return 0  # no direction word near: the common case, decided without normalising
    before = [normalize(w).strip('"«»(),،') for w in head.split()[-5:]]
    while before and (before[-1] in _CAPITAL or before[-1] in _SETTLEMENT
                      or (before[-1].startswith("ال") and before[-1].endswith("يه") and len(before) > 1)):
        before.pop()  # العاصمة السورية, مدينة
    if not before or before[-1] not in _DIRECTION:
        return 0
    if len(before) > 1 and before[-2] in _LOCATED:
        # المزارع الواقعة غرب مدينة زبيد: an unnamed site's only name, no other place's whereabouts
        return 1 if len(before) > 2 and before[-3].removeprefix("و") in _UNNAMED_SITES else 2
    return 1


#: How many words may stand between a named place and the direction word that makes the name after it
#: a reference point ("قرية أم النصر شمال بلدة بيت لاهيا").
DIRECTION_GAP = 4
#: Words before a direction that leave the area unnamed (في شرق دمشق، موقع غرب مدينة دير البلح، المناطق
#: الواقعة جنوب الدريهمي): the name after the direction is then the scene's only name.
_OPEN_BEFORE_DIRECTION = frozenset({"في", "علي", "موقع", "موقعا", "مواقع", "المواقع", "منطقه", "المنطقه", "مناطق",
                                    "المناطق", "بلدات", "قري", "مزارع", "اهداف", "هدف", "نقطه", "تجمعات"}) | _LOCATED
#: Verbs of entering or pushing into before a direction (دخلت القوات جنوبي منطقة عفرين، توغلت شرق خان يونس): the
#: direction names a part of the place after it, which is the scene, not a reference point.
_ENTERED = frozenset({"دخلت", "دخل", "دخلوا", "تدخل", "يدخل", "توغلت", "توغل", "توغلوا", "تتوغل", "يتوغل",
                      "اقتحمت", "اقتحم", "اقتحموا", "تقدمت", "تقدم", "تقدموا", "انتشرت", "انتشر", "انتشروا"})


def _reference_of(text: str, place: Place, same: Sequence[Place]) -> int:
    """`_reference`, but a direction after a preposition, an unnamed site or a clause break ("قصف موقع
    غرب مدينة دير البلح"، "تقدمت القوات في جنوب الغوطة") with no named place of the sentence just before it
    leaves the name after it the scene's only name: the event was near it, and it is no reference.  A
    reference point of a reference point (مواقع شمالي مديرية نهم شرق العاصمة صنعاء) only says where the first
    lies, as after الواقعة: 2, so the nearer one (Nihm) is the scene."""
    ref = _reference(text, place)
    if ref != 1:
        return ref
    for q in same:
        if q.end <= place.start and q is not place:
            gap = text[q.end : place.start]
            if len(gap.split()) <= DIRECTION_GAP and gap.count("،") + gap.count(",") <= 1 \
                    and not any(c in gap for c in ".؛:\n"):
                # في محافظة كركوك، شمال بغداد; شمالي مديرية نهم شرق العاصمة صنعاء: Sanaa locates Nihm
                return 2 if _reference(text, q) == 1 and "،" not in gap and "," not in gap else 1
    head = re.split(r"[،,.؛:\n]", text[max(0, place.start - 64) : place.start])[-1]
    words = [normalize(w).strip('"«»()') for w in head.split()]
    while words and (words[-1] in _CAPITAL or words[-1] in _SETTLEMENT
                     or (words[-1].startswith("ال") and words[-1].endswith("يه") and len(words) > 1)):
        words.pop()  # العاصمة السورية, مدينة
    while words and words[-1].removeprefix("و") in _DIRECTION:
        words.pop()  # جنوب وجنوب شرق
    return 0 if not words or words[-1] in _OPEN_BEFORE_DIRECTION or words[-1].removeprefix("و") in _ENTERED else 1


def _attachment(text: str, place: Place) -> int:
    """0 after a settlement noun, 1 after a preposition or a glued ب/في, 3 after a direction word, else 2."""
    before = text[max(0, place.start - 16) : place.start].split()
    if not before:
        return 1 if place.start > 0 and text[place.start - 1] not in " \n" else 2
    w = normalize(before[-1]).strip('"«»()')
    if w in _DISTRICT:
        # "إلى أطراف مديرية الدريهمي": a district reached by a movement is no better attached than a bare name
        rest = [normalize(x).strip('"«»()') for x in text[max(0, place.start - 40) : place.start].split()[-4:-1]]
        while rest and rest[-1] in _SETTLEMENT:
            rest.pop()
        return 2 if rest and rest[-1] in _MOVEMENT else 0
    if w in _SETTLEMENT:
        return 0
    if w in _DIRECTION:
        return 3
    if w in _PREP:
        return 1
    return 2


#: Levels of an area whose name with a glued preposition (لقطاع غزة) is no homograph (a town's often is).
_AREAS = frozenset({"admin1", "admin2", "region"})
#: Prepositions glued to a name (لقطاع غزة، بحلب): the name is no bare word.
_GLUED = frozenset({"ب", "ل", "وب", "ول", "فب", "فل"})


def _glued(text: str, place: Place) -> bool:
    """The name carries a glued preposition (الحدود الشرقية لقطاع غزة)."""
    head = text[max(0, place.start - 3) : place.start]
    if not head or head[-1].isspace():
        return False
    return head.split()[-1] in _GLUED


def _after_capital(text: str, place: Place) -> bool:
    """The name follows في العاصمة, a nationality adjective allowed between (في العاصمة العراقية بغداد; not
    فوق العاصمة بيروت, where planes flew)."""
    if "عاصم" not in text[max(0, place.start - 48) : place.start]:
        return False  # the common case, decided without normalising
    words = [normalize(w).strip('"«»(),،') for w in text[max(0, place.start - 48) : place.start].split()[-3:]]
    if words and words[-1].startswith("ال") and words[-1].endswith("يه"):
        words.pop()  # العراقية
    if not words:
        return False
    return words[-1].removeprefix("و") == "بالعاصمه" or (words[-1] == "العاصمه" and len(words) > 1
                                                          and words[-2].removeprefix("و") == "في")


_DATELINE_RE = re.compile(
    r"^[^\n]{0,60}?\((?:CNN|AFP|رويترز|أ ف ب|ا ف ب|د ب أ|واس|سانا)\)\s*[-–—]|^[^\n،,]{0,30}[،,][^\n]{0,40}[-–—]{1,2}\s"
)


#: Words that pick a member out of a list (ومن بينها عدن، منها).
_AMONG = frozenset({"بينها", "بينهم", "منها", "ابرزها", "اهمها"})


def _goal_before(text: str, place: Place) -> bool:
    """A word of a goal (إلى، نحو) before the list the place is picked from, in the same sentence."""
    head = re.split(r"[.؟!\n]", text[max(0, place.start - 80) : place.start])[-1]
    return any(normalize(w) in _GOAL for w in head.split()[:-2])


def _on_arrival(text: str, place: Place) -> bool:
    """The place follows وصوله إلى (a settlement noun allowed between), not after قبل."""
    words = [normalize(w).strip('"«»()') for w in text[max(0, place.start - 48) : place.start].split()]
    while words and words[-1] in _SETTLEMENT:
        words.pop()
    if len(words) >= 2 and words[-1] in _GOAL and place.level == "populated_place" \
            and words[-2].removeprefix("و") in _INFILTRATE:
        return True  # تسلل إلى مستوطنة آدم وطعن: the town slipped into is the scene
    if len(words) < 2 or words[-1] not in _GOAL or not (words[-2] in _ARRIVAL or words[-2][1:] in _ARRIVAL):
        return False
    return len(words) < 3 or words[-3] != "قبل"


#: Stems (shadow form) of taking the wounded or dead somewhere (نقلت جثثهم، أسعف الجرحى) or of their
#: arrival (وصول عشرات القتلى إلى مستشفيات الحديدة).
_TAKEN_RE = re.compile(r"(?:^|\s)[وفب]?(?:نقل|ينقل|تنقل|اسعف|يسعف|وصول)")
#: A hospital reached after إلى (إلى مستشفى، إلى مستشفيي، للمستشفى).
_TO_HOSPITAL_RE = re.compile(r"(?:الي\s+(?:ال)?|لل)مستشف")


#: How many words may stand between the hospital and its town (مستشفى العسكري في مدينة الحديدة).
HOSPITAL_GAP = 4


def _taken_to(text: str, place: Place) -> bool:
    """The place is where the wounded or dead were taken (نقلت جثثهم إلى مستشفى العسكري في مدينة الحديدة):
    a verb of taking, then إلى a hospital, before it in its clause.  The hospital's town is no scene."""
    head = re.split(r"[،,.؛:\n]", text[max(0, place.start - 90) : place.start])[-1]
    if "مستشف" not in head:
        return False  # the common case, decided without normalising
    norm = normalize(head)
    hospital = _TO_HOSPITAL_RE.search(norm)
    if hospital is None or len(norm[hospital.end() :].split()[1:]) > HOSPITAL_GAP:
        return False  # إلى مستشفيات حارم إثر مواجهات في ريف إدلب: the countryside is the clash's
    return _TAKEN_RE.search(norm, 0, hospital.start()) is not None


#: Stems (shadow form) of sending or going somewhere, before a name with a glued ل (ترحيله للقاهرة، تسليمه لمصر،
#: عودتهم لدمشق): the ل marks where he is to be taken, a goal.
_SENT = ("ترحيل", "تسليم", "نقل", "اعاده", "اعادت", "عوده", "عودت", "سفر", "توجه")
#: A glued ل before a name, with or without the article's ل and a conjunction (للقاهرة، ولدمشق).
_GLUED_TO = frozenset({"ل", "لل", "ول", "ولل"})


def _sent_to(text: str, place: Place) -> bool:
    """The name carries a glued ل right after a noun or verb of sending or going (ومن المنتظر ترحيله للقاهرة):
    where he is to be taken, not where the event happened."""
    if place.start == 0 or text[place.start - 1].isspace():
        return False  # no ل glued to the name: the cheap test first, it runs for every place weighed
    head = text[max(0, place.start - 24) : place.start].split()
    if len(head) < 2 or head[-1] not in _GLUED_TO:
        return False
    word = normalize(head[-2]).strip('"«»(),،')
    return word.removeprefix("و").startswith(_SENT)


def _movement(text: str, place: Place) -> int:
    """2 after a word of a goal (إلى، نحو), a glued ل after a word of sending (ترحيله للقاهرة) or من after a participle
    of coming (قادمة من), 1 after من or باتجاه, else 0.

    "بالقرب من X" is a location, not a movement."""
    if _sent_to(text, place) or _origin(text, place):
        return 2
    before = [normalize(w).strip('"«»()') for w in text[max(0, place.start - 24) : _at(text, place)].split()[-3:]]
    while before and before[-1] in _SETTLEMENT:
        before.pop()  # إلى مدينة X
    seat = before[:-1] if before and before[-1] in _DISTRICT else before[:]
    if len(seat) > 1 and seat[-1] == "مركز" and seat[-2] in _GOAL:
        # فروا صوب مركز مديرية زبيد: a district's seat is a town one goes to (not "الجهة الشرقية من مركز
        # مديرية", nor "وصولا إلى مديرية الدريهمي", where a district ends a span)
        before = seat[:-1]
    if before and before[-1] in _AMONG and _goal_before(text, place):
        return 2  # فروا إلى مناطق سيطرة الحكومة، ومن بينها عدن: one of the goals
    if _taken_to(text, place):
        return 2  # نقلوا إلى مستشفى في مدينة X: where they were taken
    if not before or before[-1] not in _MOVEMENT:
        return 0
    if before[-1] in _GOAL:
        if _on_arrival(text, place):
            return 0  # اعتقل لدى وصوله إلى القاهرة: where he arrived is where it happened
        if len(before) > 1 and before[-2].removeprefix("و") in _LEADING:
            return 0  # في الطريق المؤدي نحو مديرية التحيتا: a road locates, nobody went there
        if _inquiry_after(text, place):
            return 0  # سترسل بعثة إلى مدينة دوما للتحقيق في … هجوم: the inquiry goes where the act was
        if where_follows(text, place):
            return 1  # من حجة إلى الدريهمي، حيث لقي مصرعه: a clause of حيث tells what happened there
        return 2
    if before[-1] == "من" and len(before) > 1:
        prev = before[-2].removeprefix("و")
        if prev in _NEAR_BEFORE_MIN or prev in _PARTITIVE:
            return 0  # near X (القريبة من مدينة أربيل); parts of X
        if prev in _COMING:
            return 2  # رحلة قادمة من مدينة الأسكندرية: a journey's start, as its goal
    return 1


#: A verb or participle of descent (ينحدر، تنحدر، المنحدرين) up to three words before من and the place (with
#: a settlement noun between): "جيش أحرار الشرقية الذي ينحدر معظم مقاتليه من محافظة دير الزور".
_ORIGIN_RE = re.compile(r"نحدر\S*(?:\s+\S+){0,3}?\s+من\s+(?:\S+\s+)?$")


def _origin(text: str, place: Place) -> bool:
    """Is the place where some side hails from (ينحدر معظم مقاتليه من محافظة دير الزور)?  Where fighters come
    from describes them, as a journey's start does: it is no scene of what they did."""
    return bool(_ORIGIN_RE.search(normalize(text[max(0, place.start - 60) : _at(text, place)])))


#: An inquiry's purpose right after its goal (shadow form): "بعثة … إلى مدينة دوما للتحقيق في تقارير هجوم كيماوي".
_INQUIRY_AFTER_RE = re.compile(r"^\s*(?:\S+\s+){0,2}?(?:للتحقيق|لتحقيق|لتقصي|للتقصي|للتحقق|لمعاينه)(?!\S)")


def _inquiry_after(text: str, place: Place) -> bool:
    """Is the goal of a movement followed, at most two words on, by an inquiry's purpose (للتحقيق، لتقصي)?
    Investigators are sent where the act they look into happened: that goal is its scene."""
    return bool(_INQUIRY_AFTER_RE.match(normalize(text[place.end : place.end + 48])))


#: Words of a heading: "صاروخ أطلق من صعدة باتجاه جازان" is aimed at Jizan (تجاه نجران too: towards).
_HEADING = frozenset({"باتجاه", "اتجاه", "تجاه", "صوب", "نحو"})
#: Stems (shadow form) of a projectile in the trigger's clause: rockets, missiles, shells.
_PROJECTILE_RE = re.compile(r"صاروخ|صواريخ|قذيف|قذايف|بالستي|باليستي")


def _headed(text: str, place: Place) -> bool:
    """A heading word stands right before the place, over a settlement noun (باتجاه مدينة جازان)."""
    before = [normalize(w).strip('"«»(),،') for w in text[max(0, place.start - 24) : _at(text, place)].split()[-3:]]
    while before and before[-1] in _SETTLEMENT:
        before.pop()
    return bool(before) and before[-1] in _HEADING


#: A bracket opened right after a launch area (من داخل اليمن (شمال عمران)), a direction word at most inside it.
_LAUNCH_BRACKET_RE = re.compile(r"(?:^|\s)و?من\s+(?:داخل\s+)?[^\s()]+(?:\s+[^\s()]+)?\s*\(\s*(?:[^\s()]+\s+)?$")
#: Prepositions of a missile's target right before a name (صواريخ على إسرائيل، الهجوم الصاروخي ضد السعودية).
_STRUCK = frozenset({"علي", "ضد"})


def _struck(text: str, place: Place) -> bool:
    """على or ضد stands right before the place, over a settlement noun (قذائف على مدينة سديروت)."""
    before = [normalize(w).strip('"«»(),،') for w in text[max(0, place.start - 24) : _at(text, place)].split()[-3:]]
    while before and before[-1] in _SETTLEMENT:
        before.pop()
    return bool(before) and before[-1].removeprefix("و") in _STRUCK


def _aim(text: str, place: Place, fired_at: int | None = None) -> int:
    """For a missile or shell: 0 where it was headed (باتجاه جازان) or, after `fired_at` (the start of a trigger
    that names the projectile itself: الهجوم الصاروخي، صواريخ), fired at (على السعودية), 2 where it was
    launched from (من غزة), else 1.  ACLED places a strike where it fell, not at its launch site."""
    if _headed(text, place) or (fired_at is not None and place.start > fired_at and _struck(text, place)):
        return 0
    if _LAUNCH_BRACKET_RE.search(text[max(0, place.start - 60) : _at(text, place)]):
        return 2  # من داخل اليمن (شمال عمران): the bracket details the launch area
    return 2 if _movement(text, place) == 1 else 1


def aimed_at(text: str, place: Place) -> bool:
    """The place is where a missile or shell named before it in its clause was headed (الصاروخ كان متجها
    نحو مدينة جازان، صاروخ موجه صوب جازان): a heading, though نحو and صوب elsewhere tell a goal."""
    if not _headed(text, place):
        return False
    head = re.split(r"[،,.؛:\n]", text[max(0, place.start - 90) : place.start])[-1]
    return bool(_PROJECTILE_RE.search(normalize(head)))


#: Words that add something to the trigger's incident (فضلا عن، إضافة إلى، علاوة على) ...
_ADDITION_RE = re.compile(
    r"(?:فضلا\u064b?\s+عن|(?:بال)?[اإ]ضاف[ةه]\u064b?\s+(?:[إا]لى|ل)|علاو[ةه]\u064b?\s+على)\s*[\"«]?\s*(\S+)"
)
#: ... and the verbal nouns of another act after them (فضلا عن إحباط صفقة في الخليل): a second incident.
#: A second object of the same act (قصفت مواقع في التحيتا بالإضافة إلى ورشات بالحديدة) is not one.
_OTHER_ACTS = frozenset({"احباط", "اعتقال", "مصادره", "ضبط", "تدمير", "مقتل", "اصابه", "اغتيال", "اقتحام", "هدم",
                         "احراق", "حرق", "اغلاق", "تفكيك", "اسقاط", "اعتراض", "خطف", "اختطاف", "استهداف"})


#: A time told by another act (في اليوم الذي افتتحت فيه السفارة، في الوقت الذي تتواصل فيه المفاوضات): the
#: places after it are that act's, which only dates the trigger's.
#: So is a time told by its distance from another act or by its coincidence with it (قبل ساعات من تدشين السفارة
#: في القدس، تزامنا مع افتتاح السفارة، عشية الانتخابات).
_TIMED_BY_OTHER_RE = re.compile(
    r"(?:في|خلال)\s+(?:ال)?(?:يوم|وقت|ساع[ةه]|ليل[ةه]|لحظ[ةه]|اسبوع|أسبوع)\s+(?:ذاته\s+|نفسه\s+)?(?:الذي|التي)\s"
    r"|(?<!\S)و?(?:قبل|قبيل|بعد|بعيد)\s+(?:ساعات|ساع[ةه]|[أا]يام|يومين|دقائق|لحظات)(?:\s+قليل[ةه])?\s+(?:من|على)\s"
    r"|(?<!\S)و?(?:بالتزامن|تزامنا\u064b?)\s+مع\s|(?<!\S)و?(?:عشي[ةه]|غدا[ةه])\s"
)


def _timed_by_other(text: str, start: int, end: int) -> re.Match[str] | None:
    """Where, between `start` and `end`, a relative clause of time begins that tells another act: the
    embassy opened in Jerusalem "on the day" troops killed protesters at the Gaza border is not the
    killing's place (ACLED codes the place the report gives for that event), nor is it when the killing came
    "hours before" or "at the same time as" the opening."""
    return _TIMED_BY_OTHER_RE.search(text, start, end)


def _own_part(text: str, candidates: Sequence[Place], trigger_start: int) -> list[Place]:
    """The candidates told before a word of addition that follows the trigger and adds another act
    (فضلا عن إحباط), or before the incident it answered (ضربات ضد أهداف في سوريا ردا على هجوم كيماوي
    بدوما), or before a time told by another act (`_timed_by_other`): what comes after it is another
    incident, and its place is not the trigger's.  All of them when none is told before it."""
    end = max((p.start for p in candidates), default=trigger_start)
    m = next((m for m in _ADDITION_RE.finditer(text, trigger_start, end) if normalize(m.group(1)) in _OTHER_ACTS), None)
    m = m or RESPONSE_RE.search(text, trigger_start, end) or _timed_by_other(text, trigger_start, end)
    if m is None:
        return list(candidates)
    own = [p for p in candidates if p.start < m.start()]
    return own or list(candidates)


def _answered_only(text: str, candidates: Sequence[Place], trigger_start: int) -> bool:
    """Does a word of response follow the trigger with every candidate after it, none a launch area reached by
    من (غارات جوية "ردا على هجوم كيماوي على مدينة دوما")?  Those places are the answered incident's; a strike
    answering fire from a place (ردا على إطلاق صواريخ من قطاع غزة) may still have struck there."""
    if not candidates or min(p.start for p in candidates) < trigger_start:
        return False
    m = RESPONSE_RE.search(text, trigger_start, min(p.start for p in candidates))
    return m is not None and all(_movement(text, p) == 0 for p in candidates)


#: Verbs of a place that saw an event (شهدت الحدود بين قطاع غزة وإسرائيل مواجهات): that place is its scene.
_WITNESSED = frozenset({"شهدت", "شهد", "تشهد", "يشهد", "وشهدت", "وشهد", "وتشهد", "ويشهد"})
#: How many words may stand between the place that saw an event and the event's trigger.
WITNESS_REACH = 12


def _witnessed(text: str, places: Sequence[Place], trigger_start: int) -> Place | None:
    """The place that is the subject of شهد with the trigger as its object (at most three words between
    the verb and the name, `WITNESS_REACH` words and no punctuation between the name and the trigger)."""
    for p in places:
        if p.end > trigger_start:
            continue
        gap = text[p.end : trigger_start]
        if re.search(r"[،,.؛:\n]", gap) or len(gap.split()) > WITNESS_REACH:
            continue
        head = re.split(r"[،,.؛:\n]", text[max(0, p.start - 40) : p.start])[-1].split()[-4:]
        if any(normalize(w) in _WITNESSED for w in head):
            return p
    return None


def _inside(place: Place, area: Place | None) -> int:
    """0 for the area itself or a place inside it (its country or governorate), 1 otherwise; 0 with no area.
    For a town or district that saw the event, a place of its governorate named before it is another
    clause's (استهدف موقعا غرب مدينة تعز، كما شهدت مواقع الصلو وحيفان بريف تعز مواجهات: not Taiz city)."""
    if area is None or place is area:
        return 0
    if area.level == "country":
        return 0 if place.iso2 == area.iso2 else 1
    if LEVEL_RANK.get(area.level, 6) < LEVEL_RANK["admin1"] and place.start < area.start:
        return 1
    return 0 if area.admin1 and place.admin1 == area.admin1 and place.iso2 == area.iso2 else 1


def _outside(place: Place, area: Place) -> bool:
    """Does the gazetteer tell `place` lies outside `area` in its country (another governorate, or another
    district of a district-level or finer area)?  Unknown is not outside: a region with no governorate
    (الساحل الغربي، شمال سوريا) may hold any of its country's towns."""
    if area.level == "country" or not (place.admin1 and area.admin1):
        return False
    if place.admin1 != area.admin1:
        return True
    fine = LEVEL_RANK.get(area.level, 6) <= LEVEL_RANK["admin2"]
    return fine and bool(place.admin2 and area.admin2) and place.admin2 != area.admin2


#: Words of adjacency (shadow form, article stripped): what lies beside a named place is not in it.
_ADJACENT = ("محاذي", "متاخم", "مجاور", "مقابل")


def _own_sentence(e: Event) -> bool:
    """The event's place lies in its trigger's own sentence (its first evidence span)."""
    return bool(e.location and e.evidence and e.evidence[0].start <= e.location.start < e.evidence[0].end)


def told_apart(first: Event, second: Event) -> bool:
    """Mentions of two sub-types, told in two sentences, each naming its own place there (استهدفت القوات الجوية
    مباني في سوريا … هجوم لتنظيم الدولة في محافظة حمص): another kind of incident at a place of its own is no
    retelling's detail, and a merge of the two keeps the first account's scene.  Not an interception, the
    other half of the attack it stopped (اعتراض صاروخ … الصاروخ يستهدف نجران), nor explosions folded in, what
    any strike makes heard (هزت انفجارات مناطق في ريف القنيطرة ناجمة عن قصف)."""
    return (first.sub_event_type != second.sub_event_type and _own_sentence(first) and _own_sentence(second)
            and first.evidence[0] != second.evidence[0]
            and "Disrupted weapons use" not in (first.sub_event_type, second.sub_event_type)
            and second.sub_event_type != "Remote explosive/landmine/IED")


def scene_kept(text: str, scene: Place, other: Place, first: Event | None = None, second: Event | None = None) -> bool:
    """A merged event keeps its first account's scene against a finer place of a retelling that lies in
    another governorate or district of the same country (strikes on Eastern Ghouta retold beside Afrin's):
    a merge may narrow the scene, never move it.  Not across a border, where the first account may have
    named a launch area (صاروخ من صعدة، اعترض فوق نجران), nor when the scene is where people came from
    (الفارين من منطقة الهلال النفطي).  Nor may a bare city named like the scene's first-level area (غزة
    beside قطاع غزة) narrow it: such a name mostly means the area itself (`namesake`); nor a hospital's
    town a governorate or finer scene (مستشفى الشفاء بمدينة غزة: where the wounded were treated).  With no
    `text` (a fold that merges by type alone) the gazetteer decides: another governorate or district moves nothing.
    With the two events (`first` kept, `second` folded in), mentions of two kinds told apart keep it too (`told_apart`)."""
    if first is not None and second is not None and told_apart(first, second):
        return True
    if not text:  # a bare city named like the area narrows it in no fold either (the name's span tells it bare)
        return namesake("", scene, other) or (bool(scene.iso2 and scene.iso2 == other.iso2) and _outside(other, scene))
    if namesake(text, scene, other):
        return True
    if LEVEL_RANK.get(scene.level, 6) <= LEVEL_RANK["admin1"] and _hospital_town(text, other):
        return True  # a region or country scene is coarse enough for the hospital's town to narrow it
    if not (scene.iso2 and scene.iso2 == other.iso2) or not _outside(other, scene):
        return False
    before = [article_stripped(normalize(w)) for w in text[max(0, scene.start - 30) : scene.start].split()[-2:]]
    if any(w.startswith(_ADJACENT) for w in before):
        return False  # المنطقة المحاذية لمرتفعات الجولان: a landmark beside the scene
    return _movement(text, scene) == 0


#: How many words may stand between a hospital's noun and its town (مستشفى الشفاء بمدينة غزة).
HOSPITAL_TOWN_GAP = 3


def _hospital_town(text: str, place: Place) -> bool:
    """The place is a hospital's town (وذكرت مستشفى الشفاء بمدينة غزة أن جريحا توفي): where the wounded were
    treated or the news came from, which may not narrow a merged scene (the border where they were shot)."""
    head = re.split(r"[،,.؛:\n]", text[max(0, place.start - 48) : place.start])[-1]
    if "مستشف" not in head:
        return False  # the common case, decided without normalising
    words = [normalize(w).strip('"«»()') for w in head.split()]
    while words and (words[-1] in _SETTLEMENT or words[-1] in _PREP or words[-1] in _GLUED):
        words.pop()  # بمدينة، في
    return any(article_stripped(w.removeprefix("و")).startswith("مستشف") for w in words[-HOSPITAL_TOWN_GAP:])


def namesake(text: str, area: Place, city: Place) -> bool:
    """`city` is a bare name (no مدينة before it) inside the name of the first-level area `area` (غزة of
    قطاع غزة، إدلب of محافظة إدلب), in it: غارات على غزة names the Strip as often as the city.  With no `text`
    only the name's own span is read (a span of مدينة غزة is no single word of the area's name)."""
    if area.level != "admin1" or city.level != "populated_place" or city.iso2 != area.iso2 or city.admin1 != area.admin1:
        return False
    name, whole = normalize(city.text), normalize(area.text)
    return name != whole and name in whole.split() and (not text or _attachment(text, city) != 0)


def is_dateline(text: str, place: Place) -> bool:
    """A place in the dateline that opens a paragraph ("دبي، الإمارات (CNN)--") is where the
    report was filed, not where the event happened."""
    line_start = text.rfind("\n", 0, place.start) + 1
    head = text[line_start : line_start + 80]
    m = _DATELINE_RE.match(head)
    return bool(m) and place.start < line_start + m.end()


def usable_places(text: str, places: Sequence[Place], tainted: frozenset[tuple[int, int]], home: str | None) -> list[Place]:
    """The places that may locate an event, decided once per document.

    `tainted` holds the (start, end) of places named only in a statement, promise, threat or
    visit (لفرنسا after بهدف تسليم, موسكو after زيارته): they never locate an event; nor does a
    place that is the goal of a movement (عاد الفريق إلى دمشق، نقل السفارة إلى القدس).  `home` is
    the document's main country: a bare place name in another country is not used.
    """
    kept = [
        p for p in places
        if (p.start, p.end) not in tainted and not is_dateline(text, p) and not _phrase_word(text, p)
        and (_movement(text, p) < 2 or aimed_at(text, p)) and not _government(text, p) and _reference(text, p) < 2
        and not _excepted(text, p)
        and not _residence(text, p)
        and not _street(text, p)
        and not institution_seat(text, p)
        and not commenting(text, p, places)
    ]
    if home:
        # a bare name (no في / مدينة before it) abroad is more often a homograph (ليل "night" ≠ Lille)
        # unless named as a capital (في العاصمة العراقية بغداد), an area with a glued preposition (لقطاع غزة) or
        # where a missile was headed (أطلقت صاروخين من صعدة باتجاه الرياض); nor is an area's name of two words
        # (غارات إسرائيلية على قطاع غزة in a digest of Egyptian news): a homograph is a single common word
        home_kept = [p for p in kept if p.iso2 in (None, home) or _attachment(text, p) != 2 or _after_capital(text, p)
                     or (p.level in _AREAS and (_glued(text, p) or " " in p.text.strip()))
                     or (p.level != "country" and (aimed_at(text, p) or _targeted(text, p))) or _border_with(text, p)]
        # the border between a kept place and another (الحدود بين إسرائيل وقطاع غزة) lies in both: no homograph
        # and so does one between two places abroad (السياج الفاصل بين إسرائيل وقطاع غزة in a Syrian digest)
        home_set = set(home_kept)  # not the list: `in` there compares every field of every place (quadratic)
        paired = _border_pairs(text, kept)
        kept = [p for p in kept if p in home_set or id(p) in paired]
    return kept


def _border_pairs(text: str, places: Sequence[Place]) -> set[int]:
    """The ids of the places that stand first or second in a `_border_pair` with another of `places`: only a place
    starting one to three characters after one ends can be the second, so no pair further apart is tested."""
    by_start: dict[int, list[Place]] = {}
    for p in places:
        by_start.setdefault(p.start, []).append(p)
    out: set[int] = set()
    for first in places:
        for gap in (1, 2, 3):
            for second in by_start.get(first.end + gap, ()):
                if _border_pair(text, first, second):
                    out |= {id(first), id(second)}
    return out


#: Verbs of a missile's target before a name (واستهدف 3 منها الرياض): the place is where it was aimed.
_TARGETS = frozenset({"استهدف", "استهدفت", "يستهدف", "تستهدف", "استهدفا", "استهدفوا"})


def _targeted(text: str, place: Place) -> bool:
    """A missile of the sentence targeted the place (اعترضت 7 صواريخ … واستهدف 3 منها الرياض): a verb of targeting
    at most three words before it, in its clause, and a projectile told before in the sentence."""
    head = re.split(r"[.؟!\n]", text[max(0, place.start - 160) : place.start])[-1]
    words = [normalize(w).strip('"«»()').removeprefix("و") for w in re.split(r"[،,؛:]", head)[-1].split()[-3:]]
    return any(w in _TARGETS for w in words) and bool(_PROJECTILE_RE.search(normalize(head)))


#: A target's noun (هدف، هدفا) and the words of striking right before it (غارة جوية ضد هدف في ليبيا، قصفت هدفا):
#: the noun is what was struck, not an aim (بهدف، هدفها), and the place after it is no intent's.
_TARGET_NOUNS = frozenset({"هدف", "هدفا", "اهداف", "اهدافا"})
_AT_TARGET = frozenset({"ضد", "علي", "استهدفت", "استهدف", "قصفت", "قصف", "ضربت", "ضرب", "اصابت"})


def target_noun(words: Sequence[str]) -> bool:
    """The last of `words` (shadow forms, the earlier first) is a target struck, not an aim: هدف right after a
    word of striking (ضد هدف، قصفت هدفا).  The intent blocker هدف then taints no place after it."""
    return len(words) > 1 and words[-1] in _TARGET_NOUNS and words[-2].removeprefix("و") in _AT_TARGET


#: Words of a border before بين: "الحدود بين إسرائيل وقطاع غزة" names two sides of one scene.
_BORDER = frozenset({"الحدود", "حدود", "الحدوديه", "الحدودي", "السياج", "الشريط", "الفاصل", "الفاصله"})


def _border_pair(text: str, first: Place, second: Place) -> bool:
    """`second` follows `first` after و, and بين after a word of a border comes right before `first`."""
    if not 0 < second.start - first.end <= 3 or text[first.end : second.start].strip() != "و":
        return False
    return _after_border(text, first, "بين")


def _border_with(text: str, place: Place) -> bool:
    """مع after a word of a border comes right before an area (عند الحدود مع غزة): the name is the land
    at that border, not a homograph, even in a story set in another country.  A country there (قرب الحدود
    مع العراق) is the neighbour across it, not the scene, so only areas and towns count."""
    return place.level != "country" and _after_border(text, place, "مع")


def _after_border(text: str, place: Place, link: str) -> bool:
    """A word of a border, then `link` (بين، مع), are the two words right before `place`."""
    before = [normalize(w) for w in text[max(0, place.start - 40) : place.start].split()[-2:]]
    return len(before) == 2 and before[-1] == link and before[-2] in _BORDER


#: First words of an organisation's name that make it a group of fighters or a movement: a place inside
#: such a name ("تنظيم الدولة الإسلامية في العراق والشام"، "جبهة تحرير سوريا") names the group, not the scene.
_GROUP_NOUNS = frozenset({"تنظيم", "الدوله", "جبهه", "قوات", "جيش", "حركه", "هيئه", "لواء", "الويه", "كتائب", "كتيبه", "حزب",
                          "فصائل", "فصيل", "مجلس", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "جماعه", "تجمع"})


def in_group_names(places: Sequence[Place], names: Iterable[tuple[int, int, str]]) -> frozenset[tuple[int, int]]:
    """(start, end) of the places inside a group's name: `names` are (start, end, text) of organisation
    names and actor mentions; a place that opens the name is not inside it, nor one right after جبهة
    ("جبهة الدريهمي" is the front at al-Durayhimi)."""
    spans = []
    for start, end, text in names:
        words = text.split()
        head = normalize(words[0]).lstrip("و") if words else ""
        if len(words) > 1 and (head in _GROUP_NOUNS or article_stripped(head) in _GROUP_NOUNS):
            front = article_stripped(head) == "جبهه"
            spans.append((start + len(words[0]) + 1 if front else start, end))
    if not spans:
        return frozenset()
    index = SpanIndex(spans)  # by position: a million-character document has thousands of names and places
    return frozenset((p.start, p.end) for p in places if any(a < p.start and p.end <= b for a, b in index.near(p.start, p.end)))


#: A street's noun before a name (شارع صنعاء in Hodeidah, بشارع بغداد in Damascus), proclitics stripped.
_STREET = frozenset({"شارع", "الشارع"})


def _street(text: str, place: Place) -> bool:
    """The name follows شارع: a street named after a city, which lies elsewhere; no scene."""
    before = text[max(0, place.start - 10) : place.start].split()
    if not before or (place.start > 0 and not text[place.start - 1].isspace()):
        return False
    w = normalize(before[-1]).strip('"«»(),،')
    return w in _STREET or (w[:1] in "وبل" and w[1:] in _STREET)


#: Words of exception: "استعادة السيطرة على الغوطة باستثناء دوما" says the event was not at Douma.
_EXCEPT = frozenset({"باستثناء", "استثناء", "عدا", "ماعدا", "سوي", "خلا"})


def _excepted(text: str, place: Place) -> bool:
    """The place follows a word of exception (باستثناء، عدا، سوى), a settlement noun allowed between."""
    before = [normalize(w).strip('"«»()') for w in text[max(0, place.start - 24) : place.start].split()[-2:]]
    while before and before[-1] in _SETTLEMENT:
        before.pop()
    return bool(before) and before[-1].lstrip("و") in _EXCEPT


#: Verbs and participles of where a person lives (المقيم في لندن، يعيشون في الضفة الغربية) ...
_RESIDE = frozenset({"يقيم", "تقيم", "يقيمون", "المقيم", "المقيمه", "المقيمين", "يعيش", "تعيش", "يعيشون", "يسكن",
                     "تسكن", "يسكنون"})
#: ... and of where one works, with the workplace named (يعمل في سفارة النمسا في فيينا; not "المطار الذي
#: يعمل في طرابلس", an airport working).
_WORK = frozenset({"يعمل", "تعمل", "يعملون", "العامل", "العامله", "العاملين"})
_WORKPLACE = frozenset({"سفاره", "قنصليه", "حراسات", "شركه", "منظمه", "مكتب", "وكاله", "صحيفه", "مستشفي", "جامعه",
                        "بعثه", "مؤسسه", "مصرف", "بنك"})
#: How many words may stand between such a verb and the place.
RESIDE_REACH = 5


def _residence(text: str, place: Place) -> bool:
    """The place says where someone works or lives (يعمل في سفارة النمسا في فيينا), no scene: a word of
    residence at most `RESIDE_REACH` words before it, with no comma or full stop between."""
    head = text[max(0, place.start - 64) : place.start]
    head = re.split(r"[،,.؛:\n]", head)[-1]
    words = [normalize(w).strip('"«»()').removeprefix("و") for w in head.split()[-RESIDE_REACH - 2 :]]
    while words and words[-1] in _SETTLEMENT:
        words.pop()  # في مدينة حلب
    words = words[-RESIDE_REACH:]
    if any(w in _RESIDE for w in words):
        return True
    at = next((i for i, w in enumerate(words) if w in _WORK), None)
    return at is not None and any(article_stripped(w) in _WORKPLACE for w in words[at + 1 :])


#: Verbs of saying or denying right after a capital or country (ولكن الرياض تنفي ذلك، وطهران تتهم): the state
#: speaks, and the name is no scene.
_SPEAKS = frozenset({"تنفي", "نفت", "تقول", "قالت", "تؤكد", "اكدت", "تتهم", "اتهمت", "ترفض", "رفضت", "تدين", "ادانت",
                     "تعلن", "اعلنت", "تطالب", "طالبت", "تحذر", "حذرت", "ينفي", "نفي", "يقول", "قال", "يتهم", "اتهم"})


#: Verbs of saying that put their subject after them (إذ أشارت طهران إلى، وقالت موسكو إن).
_SAYS_BEFORE = _SPEAKS | frozenset({"اشارت", "اشار", "ذكرت", "اوضحت", "ردت", "زعمت", "اعتبرت", "وصفت", "هددت"})


def _speaks(text: str, place: Place) -> bool:
    """A city or country is the subject of a verb of saying or denying right after it (الرياض تنفي; not after
    في: "مظاهرة في بغداد طالبت" is the crowd's demand)."""
    after = text[place.end : place.end + 16].split()
    return bool(after) and normalize(after[0]).strip('"«»(),،.') in _SPEAKS


def _spoken_by(text: str, place: Place) -> bool:
    """A bare city right after a verb of saying is its subject (إذ أشارت طهران إلى عدم وجود أدلة): Arabic puts the
    verb first, and the city is its government speaking, no scene."""
    before = text[max(0, place.start - 16) : place.start].split()
    if not before or not text[place.start - 1].isspace():
        return False
    w = normalize(before[-1]).strip('"«»(),،.')
    return w in _SAYS_BEFORE or (w[:1] in "وف" and w[1:] in _SAYS_BEFORE)


def _government(text: str, place: Place) -> bool:
    """"مجموعات تدعمها واشنطن"، "المدعومة من موسكو"، "ولكن الرياض تنفي ذلك": a city that backs, leads or
    speaks is its government, an actor and no scene."""
    if place.level in ("populated_place", "country") and _speaks(text, place) and _attachment(text, place) == 2 \
            and not _after_capital(text, place):
        return True
    if place.level == "populated_place" and _spoken_by(text, place):
        return True  # وأشارت طهران إلى: the government speaks
    before = [normalize(w).strip('"«»()') for w in text[max(0, place.start - 24) : place.start].split()[-2:]]
    if not before:
        return False
    if place.level == "country" and before[-1].removeprefix("و") in _BODIES:
        return True  # مخابرات بريطانيا، سفارة إيران: the state's body, not a scene
    return before[-1] in _BACKS or (len(before) == 2 and before[-2] in _BACKED and before[-1] in ("من", "ل"))


def _phrase_word(text: str, place: Place) -> bool:
    """The name is a word of a set phrase (في إطار، مسقط رأسه; see `marsad.gazetteer.phrases`), not a place."""
    name = normalize(place.text)
    key = next((k for k in SET_PHRASES if name.endswith(k) and len(name) - len(k) <= 2), None)
    if key is None:
        return False
    prev = text[max(0, place.start - 12) : place.start].split()
    nxt = text[place.end : place.end + 14].split()
    return set_phrase(key, name[: -len(key)], normalize(prev[-1]) if prev else "", normalize(nxt[0]) if nxt else "")


#: Words of nearness: "الغوطة الشرقية المحاصرة قرب دمشق" says where the area lies, the city is no scene.
_NEAR = frozenset({"قرب", "بقرب", "بالقرب", "مقربه", "بمقربه"})
#: Levels of an area that a nearby city may locate (a governorate or country is placed by its own name).
_NEAR_AREAS = frozenset({"region", "populated_place", "admin3", "admin2"})
#: How many words may stand between a named area and the word of nearness after it.
NEAR_GAP = 3


#: Adjectives of a border before مع: "دمنة خدير الحدودية مع الصلو" names the neighbour of the scene.
_BORDERING = frozenset({"الحدوديه", "الحدودي", "حدوديه", "حدودي"})


def _neighbour_word(words: Sequence[str]) -> bool:
    """The words before a name end in a word of adjacency (المحاذية ل، المتاخمة ل، المجاورة ل) or a border
    adjective and مع (الحدودية مع): what follows is beside the place named before, not in it."""
    if words[-1] == "مع":
        return len(words) > 1 and words[-2] in _BORDERING
    last = article_stripped(words[-1].removeprefix("و"))
    return last.startswith(_ADJACENT) and len(last) > 4


def near_reference(text: str, place: Place, same: Sequence[Place]) -> bool:
    """The place follows قرب (or بالقرب من) right after another named area of the sentence, or a word of
    adjacency (دمنة خدير الحدودية مع الصلو، المنطقة المحاذية لمدينة X after a name): a reference point."""
    words = [normalize(w).strip('"«»()') for w in text[max(0, place.start - 32) : place.start].split()]
    if words and words[-1] in ("ل", "لل") and place.start > 0 and not text[place.start - 1].isspace():
        words.pop()  # المتاخمة للأردن: the glued preposition
    if words and words[-1] == "من":
        words.pop()
    while words and words[-1] in _SETTLEMENT:
        words.pop()  # قرب مدينة دمشق
    if not words:
        return False
    beside = _neighbour_word(words)  # a neighbour of any place; قرب locates only a small area
    if not beside and words[-1].lstrip("و") not in _NEAR:
        return False
    for q in same:
        if q.end > place.start or not (beside or q.level in _NEAR_AREAS):
            continue
        gap = text[q.end : place.start]
        if len(gap.split()) <= NEAR_GAP + 2 and not any(c in gap for c in "،,.؛"):
            return True
    return False


def _first_words(text: str, start: int, n: int) -> list[str]:
    """`text[start:].split()[:n]`, read from a window while the n words end in it: not a split of all the rest of
    a long document for every trigger (quadratic on a million characters)."""
    words = text[start : start + 200].split(maxsplit=n)
    return words[:n] if len(words) > n else text[start:].split()[:n]


def choose_place(
    text: str,
    by_sentence: Mapping[int, Sequence[Place]],
    sent_idx: int,
    trigger_start: int,
    clause: tuple[int, int] | None = None,
    home: str | None = None,
    countries: Sequence[Place] = (),
) -> tuple[Place | None, str]:
    """(place, reason) for a trigger in sentence `sent_idx`; (None, reason) when nothing fits.

    `by_sentence` maps a sentence index to its usable places (see `usable_places`), so that
    a long document costs one pass over its places, not one per trigger.  `clause` (character
    offsets) is the trigger's clause: its places come before the rest of the sentence's ("دشنت
    السفارة في القدس، بينما قتل 43 في مواجهات على حدود غزة" puts the clash in Gaza).  Within
    them a place reached by a word of movement (إلى، من) comes last, a reference point after a
    direction ("شمال القاهرة") next to last, then the most specific,
    the best attached, the nearest.  (`home`, the document's main country, is not used to rank:
    in Gaza and West Bank reports it splits Israel from Palestine and would pick the wrong one.)
    `countries`, the document's countries however named (a statement's too), are what a missile's heading
    told by a pronoun or a nationality (أطلقت باتجاهها، باتجاه المستوطنات الإسرائيلية) may point to.
    """
    named = by_sentence.get(sent_idx) or ()
    same = [p for p in named if not guessed(p)]
    if same and all(source_seat(text, p) for p in same):
        # مصادر ميدانية داخل الحديدة تحدثت عن ... المواجهات: the source's seat only; the scene told before wins
        back = _before(text, by_sentence, sent_idx, seat=True)
        if back is not None:
            return back[0], f"place: {back[0].text} from {back[1]} sentence(s) before the trigger (not the source's seat)"
    if same and _answered_only(text, same, trigger_start):
        # ضربات جوية ردا على هجوم كيماوي بدوما: the answered incident's place only; the scene told before wins
        back = _before(text, by_sentence, sent_idx)
        if back is not None:
            return back[0], f"place: {back[0].text} from {back[1]} sentence(s) before the trigger (not the answered incident's)"
    if same and all(launch_origin(text, p) for p in same):
        # انطلقت مقاتلات ... وتم إطلاق صاروخ باتريوت من منظومة قرب صفد: the launch site only; the scene told before wins
        back = _before(text, by_sentence, sent_idx)
        if back is not None:
            return back[0], f"place: {back[0].text} from {back[1]} sentence(s) before the trigger (not the launch site)"
    acted_on = antecedent_place(text, same, trigger_start)
    if acted_on is not None:
        return acted_on, f"place: {acted_on.text}, named with what the trigger's relative clause acts on"
    there = where_place(text, same, trigger_start)
    if there is not None and _movement(text, there) == 1:
        # من حجة إلى الدريهمي، حيث لقي مصرعه: the place of a movement حيث points back to is where it happened
        return there, f"place: {there.text}, the place a clause of حيث that holds the trigger points back to"
    if same:
        inside = [p for p in same if clause is None or clause[0] <= p.start < clause[1]]
        where = "clause" if inside and clause is not None else "sentence"
        lo, hi = clause or (trigger_start, trigger_start + 1)
        missile = bool(_PROJECTILE_RE.search(normalize(text[min(lo, trigger_start) : max(hi, trigger_start + 1)])))
        # the trigger names the projectile itself (الهجوم الصاروخي، صواريخ), not an air strike that answered it
        fired_at = trigger_start if _PROJECTILE_RE.search(normalize(" ".join(_first_words(text, trigger_start, 2)))) else None
        candidates = _own_part(text, inside or same, trigger_start)
        # one candidate (the most common case) is the best whatever its rank: its rank key is not worked out
        seen = _witnessed(text, candidates, trigger_start) if len(candidates) > 1 else None
        best = candidates[0] if len(candidates) == 1 else min(
            candidates,
            key=lambda p: (
                _aim(text, p, fired_at) if missile else 0,
                _inside(p, seen),
                max(attributed(text, p), _seat_located(text, p, same)),
                max(_movement(text, p), road_end(text, p, same), launch_origin(text, p), truce_scope(text, p)),
                max(_reference_of(text, p, same), near_reference(text, p, same)),
                _not_object(text, p, trigger_start),
                _rank(text, p, inside or same),
                _attachment(text, p),
                abs(p.start - trigger_start),
            ),
        )
        if missile and (_aim(text, best) == 2 or (best.level == "country" and _aim(text, best, fired_at) != 0)):
            # its own sentence names only the launch area (من صعدة) or a country (في اليمن)
            ahead = _heading_after(text, by_sentence, sent_idx)
            if ahead is not None:
                return ahead, f"place: {ahead.text}, where the missile was headed, in the sentence after the trigger"
            told = _heading_told(text, countries, best, (min(lo, trigger_start), max(hi, trigger_start + 1)))
            if told is not None:
                return told, f"place: {told.text}, where the missile was headed (a pronoun or nationality after the heading)"
        area = _border_area(text, best, by_sentence)
        if area is not None:
            return area, f"place: {area.text} in the trigger's {where} (most specific, nearest; {best.text}'s border)"
        area = _area_meant(text, best, by_sentence, (lo, hi))
        if area is not None:
            return area, f"place: {area.text} in the trigger's {where} (most specific, nearest; {best.text} for its area)"
        finer = _narrowed_after(text, best, by_sentence, sent_idx)
        if finer is not None:
            return finer, f"place: {finer.text}, the sentence after's part of {best.text} in the trigger's {where}"
        finer = _retold_after(text, best, by_sentence, sent_idx, trigger_start)
        if finer is not None:
            return finer, f"place: {finer.text}, told again in the sentence after, for {best.text} in the trigger's {where}"
        finer = _occurred_after(text, best, by_sentence, sent_idx)
        if finer is not None:
            return finer, (f"place: {finer.text}, where a sentence after says it took place, "
                           f"for {best.text} in the trigger's {where}")
        finer = _front_detailed(text, best, by_sentence, sent_idx)
        if finer is not None:
            return finer, f"place: {finer.text}, the sentence after's part of the {best.text} front in the trigger's {where}"
        finer = _narrowed_where(text, best, same, trigger_start)
        if finer is not None:
            return finer, f"place: {finer.text}, the part of {best.text} a clause of حيث names, in the trigger's {where}"
        outer = _outside_named_after(text, best, by_sentence, sent_idx)
        if outer is not None:
            return outer, f"place: {outer.text}, named in the sentence after, for {best.text} the incident was outside of"
        finer = _settled_after(text, best, by_sentence, sent_idx)
        if finer is not None:
            return finer, f"place: {finer.text}, the sentence after's name of the unnamed site in {best.text}"
        finer = _detailed_after(text, best, by_sentence, sent_idx)
        if finer is not None:
            return finer, f"place: {finer.text}, the one place of {best.text} the sentence after names"
        finer = _toll_retold_at(text, best, by_sentence, sent_idx, trigger_start)
        if finer is not None:
            return finer, (f"place: {finer.text}, where a sentence after tells the same toll, "
                           f"for {best.text} in the trigger's {where}")
        base = base_named_after(text, by_sentence, sent_idx, (lo, hi), best)
        if base is not None:
            return base, f"place: {base.text}, the base the trigger's clause calls by its noun, named in the sentence after"
        seat = office_seat(text, best, _named_places(by_sentence))
        if seat is not None:
            return seat, f"place: {seat.text}, the town of the {best.text} office in the trigger's {where}"
        return best, f"place: {best.text} in the trigger's {where} (most specific, nearest)"
    if _PROJECTILE_RE.search(normalize(text[clause[0] : clause[1]] if clause else text[trigger_start : trigger_start + 40])):
        ahead = _heading_after(text, by_sentence, sent_idx)
        if ahead is not None:
            return ahead, f"place: {ahead.text}, where the missile was headed, in the sentence after the trigger"
        back = _before(text, by_sentence, sent_idx)
        if back is not None and _aim(text, back[0]) == 2:
            # أطلق صاروخان من قطاع غزة تجاه إسرائيل. ... اعترضت القبة الحديدية صاروخا: where it was headed
            since = _sentence_start(text, back[0].start)
            until = min((k for k in (text.find(".", back[0].end), text.find("\n", back[0].end)) if k >= 0), default=len(text))
            # a country it was headed at is no homograph there (تجاه إسرائيل): the document's places, not the usable
            told = next((p for p in countries if since <= p.start < until and not guessed(p) and _aim(text, p) == 0), None)
            if told is not None:
                return told, f"place: {told.text}, where the missile was headed, from {back[1]} sentence(s) before the trigger"
    site = site_told_before(text, by_sentence, sent_idx, clause) if clause else None
    if site is not None:
        return site, f"place: {site.text}, the site the trigger's clause calls by its noun alone, named before"
    again = _done_again(text, countries, trigger_start)
    if again is not None:
        return again, f"place: {again.text} from sentence(s) before the trigger, where the same act on the same person was told"
    back = _before(text, by_sentence, sent_idx)
    if back is not None and items_apart(text, back[0].start, trigger_start):
        back = None  # a round-up's previous item: another story, another scene
    if back is not None:
        people = arrested_country(text, trigger_start, back[0])
        if people is not None:  # القبض على ناشطات سعوديات after كندا's criticism: the arrested's own country
            return people, f"place: {people.reason}"
        area = _border_area(text, back[0], by_sentence)
        if area is not None:  # مواجهات على الحدود بين غزة وإسرائيل told before: the border runs along the Strip
            return area, f"place: {area.text} from {back[1]} sentence(s) before the trigger ({back[0].text}'s border)"
        finer = _lent_area_detailed(text, back[0], by_sentence, sent_idx)
        if finer is not None:
            return finer, (f"place: {finer.text}, the one place the sentence after names inside {back[0].text} "
                           f"lent from {back[1]} sentence(s) before the trigger")
        town = _town_of_locator(text, back[0], countries)
        if town is not None:
            return town, (f"place: {town.text}, the place {back[0].text} only locates, "
                          f"from {back[1]} sentence(s) before the trigger")
        return back[0], f"place: {back[0].text} from {back[1]} sentence(s) before the trigger"
    if named:
        best = min(named, key=lambda p: abs(p.start - trigger_start))
        return best, f"place: {best.text}, a name put at its country, for want of a known place near the trigger"
    told = _told_before(text, by_sentence, trigger_start)
    if told is not None:
        noun = text[trigger_start : trigger_start + 24].split()[0]
        return told, f"place: {told.text} from sentence(s) before the trigger, where the {noun} was told"
    city = _city_meant(text, by_sentence, trigger_start)
    if city is not None:
        return city, f"place: {city.text} from sentence(s) before the trigger, the city the text calls المدينة"
    lo, hi = clause or (trigger_start, trigger_start + 80)
    kingdom = _kingdom_meant(text, countries, (min(lo, trigger_start), max(hi, trigger_start + 1)))
    if kingdom is not None:
        return kingdom, f"place: {kingdom.text}, the kingdom the trigger's clause calls المملكة"
    if home and any(p.iso2 == home and commenting(text, p, countries) for p in countries):
        # دانت فرنسا ... مقتل تسعة فلسطينيين: the document's country speaks; the people killed tell the country
        victims = victims_country(text, sentence_bounds(text, trigger_start), home)
        if victims is not None:
            return victims, f"place: {victims.reason}"
    return None, "no place attached to the trigger"




# a meeting or talks (لقاء، اجتماع، اجتمعوا، قمة، محادثات): where leaders met, not where an incident was
_MEETING_RE = re.compile(r"(?<!\S)[وفبل]?(?:ال|لل)?(?:لقاء|اجتماع|اجتمع\w*|يجتمع\w*|قمه|محادثات|مباحثات)(?!\S)")
_MEETING_REACH = 90


def _met_at(text: str, place: Place) -> bool:
    """Is the place where a meeting told before it in its sentence was held or what it discussed
    (اجتمعوا في طهران لبحث الوضع في إدلب، لقاء نتانياهو بترامب في واشنطن)?  Such a place is the talks',
    no scene to lend a trigger of another sentence."""
    head = re.split(r"[.!?؟؛\n]", text[max(0, place.start - _MEETING_REACH) : place.start])[-1]
    return bool(_MEETING_RE.search(normalize(head)))


# هنا في واشنطن: "here in", where the speaker stands
_HERE_RE = re.compile(r"(?<!\S)و?هنا\s+(?:في|ب)\s*$")


def _here(text: str, place: Place) -> bool:
    """Is the place the speaker's own, told as "here in" (حاول النظام اغتيال الوزير هنا في واشنطن)?  Where
    a quote was spoken, no scene to lend a trigger of another sentence."""
    head = normalize(text[max(0, place.start - 16) : place.start])
    return bool(_HERE_RE.search(head))


# عام ١٩٩٤ right after a place: an event dated by its year alone
_YEAR_AFTER_RE = re.compile(r"^\s*(?:في\s+)?(?:عام|سنه|العام)\s+(?:1[89]|20)\d\d(?!\d)")


def _dated_by_year(text: str, place: Place) -> bool:
    """Is the place dated by a year alone right after it (تفجيرات في بوينس آيرس عام 1994)?  Today's news is
    dated by its day; an act dated by its year is history, no scene to lend a trigger of another sentence."""
    return bool(_YEAR_AFTER_RE.match(normalize(text[place.end : place.end + 24])))


#: ISO2 codes of the region's kingdoms, any of which a story may call المملكة alone
_KINGDOMS = frozenset({"SA", "JO", "MA", "BH"})
_KINGDOM_RE = re.compile(r"(?<!\S)[وبل]?(?:علي\s+|في\s+)?(?:ال|لل)مملكه(?!\S)(?!\s+(?:ال)?(?:عربيه|متحده|اردنيه|مغربيه|البحرين))")


def _kingdom_meant(text: str, countries: Sequence[Place], span: tuple[int, int]) -> Place | None:
    """The kingdom a clause with no place calls المملكة alone (أطلق الحوثيون صواريخ على المملكة): the one
    kingdom the document names, or the one it names more often than all others together (`_story_kingdom`)."""
    if not _KINGDOM_RE.search(normalize(text[span[0] : span[1]])):
        return None
    return _story_kingdom([p for p in countries if p.level == "country" and p.iso2 in _KINGDOMS])


def _story_kingdom(kingdoms: Sequence[Place]) -> Place | None:
    """The kingdom a story is about: named more often than every other kingdom together (السعودية ten times
    beside الأردن and البحرين once each, at an Arab summit), so that its bare المملكة means that one."""
    counts: dict[str, int] = {}
    for p in kingdoms:
        counts[p.iso2 or ""] = counts.get(p.iso2 or "", 0) + 1
    top = max(counts, key=lambda k: counts[k], default=None)
    if top is None or 2 * counts[top] <= sum(counts.values()):
        return None
    return next(p for p in kingdoms if p.iso2 == top)


def _named_places(by_sentence: Mapping[int, Sequence[Place]]) -> Iterator[Place]:
    """The story's places read off its text, no guessed one: where `office_seat` looks for a governorate's town."""
    return (p for ps in by_sentence.values() for p in ps if not guessed(p))


def _before(
    text: str, by_sentence: Mapping[int, Sequence[Place]], sent_idx: int, seat: bool = False
) -> tuple[Place, int] | None:
    """The best place of the nearest of the two sentences before that has one, and how far back; with
    `seat`, only a place that is no source's seat counts.  A meeting's place, the speaker's ("here in") and
    a place dated by a year alone are never lent (_met_at, _here, _dated_by_year); a governorate named for its
    office is lent as the office's town (`office_seat`)."""
    for back in (1, 2):
        prev = [p for p in by_sentence.get(sent_idx - back, ())
                if not guessed(p) and not (seat and source_seat(text, p)) and not _met_at(text, p)
                and not _here(text, p) and not _dated_by_year(text, p)]
        if prev:
            # a town someone comes from (مواطن من قرية أم الفحم) is where he lives, not the scene told before
            # and where the news came from (وفق ما أفاد مراسلنا في غزة) after the places of the incident
            # and a place that only says where the one before it lies (المظيلة بولاية قفصة) ranks as its
            # governorate, as in the trigger's own sentence (`_rank`): the town it locates is the scene lent
            best = min(prev, key=lambda p: (attributed(text, p), _movement(text, p), _reference(text, p),
                                            _rank(text, p, prev), _attachment(text, p), -p.start))
            # منزل محافظ ذي قار told before: lent as the office's town, as in its own sentence
            office = office_seat(text, best, _named_places(by_sentence))  # not `seat`: that flag is the caller's
            return office or best, back
    return None


def _narrowed_after(text: str, area: Place, by_sentence: Mapping[int, Sequence[Place]], sent_idx: int) -> Place | None:
    """The trigger's sentence names only an area and the next sentence names that area again with a place of
    it (مواجهات في محافظة صعدة. وأوضح المراسل أن المواجهات في صعدة تركزت في محور باقم; غارات في القلمون
    الغربي. هزت انفجارات القلمون الغربي بالقرب من عسال الورد): the event is at that finer place, the first
    after the repeated area, unless it is where people came from or went, or a source's seat."""
    if area.level not in _AREAS or not area.admin1:  # a governorate, district or named region
        return None
    after = [p for p in by_sentence.get(sent_idx + 1, ()) if not guessed(p)]
    again = next((p for p in after if p.name == area.name), None)
    if again is None:
        return _governorate_again(text, area, after)
    part = next(
        (p for p in after if p.start > again.start and p.iso2 == area.iso2 and p.admin1 == area.admin1
         and (area.level != "admin2" or p.admin2 == area.admin2) and LEVEL_RANK.get(p.level, 6) < LEVEL_RANK.get(area.level, 6)
         and _close_after(text, again, p) and not _not_scene(text, p)),
        None,
    )
    if part is None or any(q.start > part.end and normalize(text[part.end : q.start]).strip(" ،,") == "و" for q in after):
        return None  # في مناطق دوما وحمورية: several places, the area stands for them all
    return part


#: The governorate told again by its noun alone (في مديرية التحيتا، بالمحافظة الواقعة على الساحل الغربي).
_THE_GOVERNORATE_RE = re.compile(r"^[\s،,]*(?:(?:في|و)\s+)?[وب]?(?:ال|لل)محافظه(?!\S)")


def _governorate_again(text: str, area: Place, after: Sequence[Place]) -> Place | None:
    """The trigger's governorate (محافظة الحديدة) is told again in the next sentence by its noun alone right after
    a single district or town of it (قصفت مواقع في مديرية التحيتا، بالمحافظة): the event is at that place."""
    if area.level != "admin1" or not area.admin1:
        return None
    parts = [p for p in after if p.iso2 == area.iso2 and p.admin1 == area.admin1 and p.name != area.name
             and LEVEL_RANK.get(p.level, 6) < LEVEL_RANK["admin1"]
             and _THE_GOVERNORATE_RE.match(normalize(text[p.end : p.end + 24]))]
    if len(parts) != 1 or _not_scene(text, parts[0]):
        return None
    return parts[0]


#: Nouns of a front before a city's name (جبهة الحديدة، في جبهات الحديدة، بجبهة تعز): the front line of its
#: governorate, not the city.
_FRONT = frozenset({"جبهه", "بجبهه", "لجبهه", "جبهات", "بجبهات", "لجبهات"})


def front(text: str, place: Place) -> bool:
    """The name follows a noun of a front (جبهة الحديدة): a governorate's front line, not its seat."""
    before = text[max(0, place.start - 12) : place.start].split()
    if not before or (place.start > 0 and not text[place.start - 1].isspace()):
        return False
    return normalize(before[-1]).strip('"«»(),،').removeprefix("و") in _FRONT


#: Proclitics and the article before a retold noun (والقصف، بالقصف، للقصف).
_RETOLD_RE = re.compile(r"^[وفبل]?(?:ال|لل)?")


def _retold_after(
    text: str, area: Place, by_sentence: Mapping[int, Sequence[Place]], sent_idx: int, trigger_start: int
) -> Place | None:
    """The trigger's place is a governorate, district or region, or a governorate's namesake city (قصف التحالف
    معاقل الحوثيين في صعدة), and the next sentence tells the trigger's noun again with a finer place of that
    governorate within `NARROW_REACH` words after it, in one clause (إن القصف الصاروخي تركز على مديريات رازح
    ومنبه): the incident is there.  Not a list of places, a movement's end, a reference point or a source's seat."""
    if not area.admin1 or not (area.level in _AREAS or (area.level == "populated_place" and _names_admin1(area))):
        return None
    if any(normalize(text[area.end : q.start] if q.start > area.end else text[q.end : area.start]).strip(" ،,")
           in ("", "و") for q in by_sentence.get(sent_idx, ()) if q is not area):
        return None  # في محافظات الحديدة وصعدة والجوف: one of several, each told apart
    first = text[trigger_start : trigger_start + 24].split()
    core = _RETOLD_RE.sub("", normalize(first[0].strip('"«»(),،.'))) if first else ""
    if len(core) < 3:
        return None
    after = [p for p in by_sentence.get(sent_idx + 1, ()) if not guessed(p)]
    for part in after:
        if not (part.iso2 == area.iso2 and part.admin1 == area.admin1 and part.name != area.name
                and LEVEL_RANK.get(part.level, 6) < (LEVEL_RANK["admin1"] if area.level == "populated_place"
                                                      else LEVEL_RANK.get(area.level, 6))
                and not _names_admin1(part)):  # the gazetteer lookup last
            continue
        head = re.split(r"[،,.؛:\n]", text[max(0, part.start - 80) : part.start])[-1].split()[-NARROW_REACH - 1 :]
        if not any(_RETOLD_RE.sub("", normalize(w)) == core for w in head):
            continue
        if _not_scene(text, part):
            return None
        if any(q.start > part.end and normalize(text[part.end : q.start]).strip(" ،,") == "و" for q in after):
            return None  # في مديريتي التحيتا والجراحي: several places, the area stands for them all
        return part
    return None


def _names_admin1(city: Place) -> bool:
    """The city's name as written is also its governorate's (الحديدة، تعز; not حرض)."""
    units = Gazetteer.load().lookup(city.text, iso2=city.iso2, level="admin1") if city.iso2 else []
    return any(u.admin1 == city.admin1 for u in units)


def _front_detailed(text: str, city: Place, by_sentence: Mapping[int, Sequence[Place]], sent_idx: int) -> Place | None:
    """The trigger's place is a front named by a governorate's seat (قتل 47 مسلحا في جبهة الحديدة جراء غارات) and the next
    sentence names a town or district of that governorate (وقصفت المقاتلات مواقع في أطراف مديرية الجراحي): the
    front's incident is detailed there, at the first such place.  Not a list of places, a place people came
    from or went to, a reference point after a direction, a source's seat or another front."""
    if city.level != "populated_place" or not city.admin1 or not front(text, city) or not _names_admin1(city):
        return None  # جبهة حرض is a district town's own front: only a governorate's namesake names its front
    after = [p for p in by_sentence.get(sent_idx + 1, ()) if not guessed(p)]
    part = next(
        (p for p in after if p.iso2 == city.iso2 and p.admin1 == city.admin1 and p.name != city.name
         and LEVEL_RANK.get(p.level, 6) < LEVEL_RANK["admin1"] and not front(text, p)),
        None,
    )
    if part is None or _not_scene(text, part):
        return None
    if any(q.start > part.end and normalize(text[part.end : q.start]).strip(" ،,") == "و" for q in after):
        return None  # في مديريتي التحيتا والجراحي: several places, the front stands for them all
    return part


#: Nouns of a single settlement that may stand unnamed before an area (في مستوطنة بالضفة الغربية، في قرية بمحافظة
#: إدلب) and name it in the next sentence (مستوطنة آدم، قرية كفر بطيخ).
_SITE_NOUNS = frozenset({"مستوطنه", "قريه", "بلده", "مخيم"})


def _settled_after(text: str, area: Place, by_sentence: Mapping[int, Sequence[Place]], sent_idx: int) -> Place | None:
    """The trigger's area follows an unnamed settlement (طعن مستوطنا في مستوطنة بالضفة الغربية) and the next
    sentence names a place of that area after the same noun (تسلل إلى مستوطنة آدم): the site named.  Not a
    place someone came from, a reference point or a source's seat."""
    if area.level not in _AREAS or not area.admin1:
        return None
    head = text[max(0, area.start - 24) : area.start].split()
    if not head:
        return None
    if head[-1] in _GLUED and area.start > 0 and not text[area.start - 1].isspace():
        head.pop()  # مستوطنة بالضفة
    elif normalize(head[-1]) in _PREP:
        head.pop()  # قرية في محافظة إدلب
    noun = normalize(head[-1]).removeprefix("ب") if head else ""
    if noun not in _SITE_NOUNS:
        return None
    for part in by_sentence.get(sent_idx + 1, ()):
        if guessed(part) or part.iso2 != area.iso2 or part.admin1 != area.admin1 or part.level != "populated_place":
            continue
        named = normalize(text[max(0, part.start - 12) : part.end]).split()
        if noun not in (article_stripped(w).removeprefix("ب").removeprefix("ل") for w in named[:-1]) \
                and not normalize(part.text).startswith(noun):
            continue
        return None if _not_scene(text, part) else part
    return None


#: A sentence opened by وفي and a place (وفي بلدة سراقب، قتل ...) tells another scene, not the one before's.
_NEW_SCENE_RE = re.compile(r"^\s*(?:و|ف)?(?:في|ب)\s")


def _detailed_after(text: str, area: Place, by_sentence: Mapping[int, Sequence[Place]], sent_idx: int) -> Place | None:
    """The trigger's sentence names only a governorate or district (قصفت طائرات عراقية مقرا لداعش في محافظة
    الحسكة) and the next sentence names one place inside it and none outside (جنوب منطقة الدشيشة): that place
    details the scene.  Not when the next sentence opens on its own scene (وفي X), nor a place someone came from
    or went to, a reference point or a source's seat."""
    if area.level not in ("admin1", "admin2") or not area.admin1:
        return None
    after = [p for p in by_sentence.get(sent_idx + 1, ()) if not guessed(p) and p.name != area.name]
    inside = _one_inside(text, area, after)
    if not inside or any(_no_detail(text, p, after) or not _site_named(text, p) for p in inside):
        return None
    return None if _names_admin1(inside[0]) else inside[0]  # غزة after قطاع غزة: the area again, no detail


def _one_inside(text: str, area: Place, after: Sequence[Place]) -> list[Place]:
    """The mentions of the one place of the next sentence's `after` that lies inside `area`, finer, with no
    place outside it and the sentence opening on no scene of its own (وفي X); empty otherwise."""
    inside = [p for p in after if p.iso2 == area.iso2 and p.admin1 == area.admin1
              and (area.level != "admin2" or p.admin2 == area.admin2)
              and LEVEL_RANK.get(p.level, 6) < LEVEL_RANK[area.level]]
    outside = [p for p in after if p not in inside and p.level != "country" and not (p.iso2 == area.iso2
               and LEVEL_RANK.get(p.level, 6) >= LEVEL_RANK[area.level] and p.admin1 == area.admin1)]
    if not inside or outside or len({p.name for p in inside}) != 1:
        return []
    if _NEW_SCENE_RE.match(normalize(text[_sentence_start(text, inside[0].start) : inside[0].start])):
        return []
    return inside


def _no_detail(text: str, place: Place, same: Sequence[Place]) -> bool:
    """A place that details no scene: where someone came from or went to, a source's seat, one that only locates
    another of its sentence `same`, a home or a people's town."""
    return bool(_movement(text, place) or attributed(text, place) or _reference_of(text, place, same) == 2
                or _placed_by(text, place, same) or _residence(text, place) or _inhabitant(text, place))


#: Plural nouns of parts before an area (أجزاء من محافظة إدلب، عدة مناطق في ريف حماة): several places of it.
_PARTS = frozenset({"اجزاء", "مناطق", "احياء", "اطراف", "عده", "قري", "مواقع", "بلدات"})


def _parts_of(text: str, area: Place) -> bool:
    """Is the area named as the whole of several of its parts (شنت غارات على أجزاء من محافظة إدلب)?  One place
    of it told next (قصفها حول جسر الشغور) is then one more part, likely another act's, not the scene's detail."""
    words = [normalize(w).strip('"«»()') for w in text[max(0, area.start - 40) : area.start].split()][-3:]
    while words and words[-1] in ("من", "في", "ب", "ل"):
        words.pop()
    return bool(words) and article_stripped(words[-1].removeprefix("و")) in _PARTS


def _lent_area_detailed(text: str, area: Place, by_sentence: Mapping[int, Sequence[Place]], sent_idx: int) -> Place | None:
    """The trigger's sentence names no place and borrows an area from a sentence before (أطلق الجيش النار على
    فلسطينيين في قطاع غزة. وصرحت متحدثة أن طائرة أطلقت النار قرب مجموعة) while the sentence after names one place
    inside that area and none outside (طائرة أطلقت نيرانها شرق مخيم البريج في وسط قطاع غزة): the finer place is
    where it happened, as ACLED codes the most precise place the text gives (east of a camp: at the camp).  Not
    when that sentence opens on a scene of its own (وفي X), nor a place someone came from or went to, one that only
    locates another, a source's seat, a home, a hospital's town, or a bare city named like its area (غزة after
    قطاع غزة)."""
    if area.level not in _AREAS or not area.admin1 or _parts_of(text, area):
        return None
    after = [p for p in by_sentence.get(sent_idx + 1, ()) if not guessed(p) and p.name != area.name]
    inside = _one_inside(text, area, after)
    if not inside or any(_no_detail(text, p, after) or _hospital_town(text, p) for p in inside):
        return None
    return None if _names_admin1(inside[0]) or namesake(text, area, inside[0]) else inside[0]


#: The most characters between two places joined by و or أو (spaces, a comma, marks): a longer gap is never
#: one of them, and is not normalised (in a long document every earlier place would be, at a quadratic cost).
_AND_GAP = 24

#: How many sentences on a retelling of the trigger's toll may name its finer place.
TOLL_REACH = 6


def _town_of_locator(text: str, lent: Place, places: Sequence[Place]) -> Place | None:
    """The place a lent place only locates (`located_town`: المظيلة in المظيلة بولاية قفصة), when the ranking of
    the sentence before left that place out (inside a group's name: عمال شركة الفوسفات في المظيلة); not a guess,
    nor a place that details no scene (a home, a goal, a source's seat, a reference point) or a hospital's town,
    nor one of several it locates (زبيد والتحيتا التابعتين لمحافظة الحديدة)."""
    town = located_town(text, lent, [p for p in places if not guessed(p)])
    if town is None or _no_detail(text, town, places) or _reference(text, town) or _hospital_town(text, town):
        return None  # غربي بلدة راس لانوف في الهلال النفطي: a reference point, no scene
    if any(q.end <= town.start <= q.end + _AND_GAP and normalize(text[q.end : town.start]).strip(" ،,") in ("و", "او")
           for q in places):
        return None  # مديريتي زبيد والتحيتا التابعتين لمحافظة الحديدة: it locates several places, none alone
    return town


def _sentence_of(text: str, pos: int) -> str:
    """The text of the sentence holding `pos` (`commenting.sentence_bounds`)."""
    start, end = sentence_bounds(text, pos)
    return text[start:end]


def _toll_retold_at(
    text: str, area: Place, by_sentence: Mapping[int, Sequence[Place]], sent_idx: int, trigger_start: int
) -> Place | None:
    """The trigger's sentence puts a toll (29 طفلا) at a governorate, region or a governorate's namesake town
    (ضربة جوية استهدفت حافلة في سوق بمنطقة صعدة) and a sentence within `TOLL_REACH` tells the same figure of the
    same people at one place inside it and none outside (وقتل 29 طفلا ... في سوق مكتظ في ضحيان): the same
    incident, at the finer place the text gives.  Not a place someone came from or went to, one that only locates
    another, a source's seat, a home or a hospital's town."""
    coarse = area.level in _AREAS or (area.level == "populated_place" and _names_admin1(area))
    if not coarse or not area.admin1:
        return None
    own = tolls(_sentence_of(text, trigger_start))
    if not own:
        return None
    for k in range(sent_idx + 1, sent_idx + 1 + TOLL_REACH):
        named = [p for p in by_sentence.get(k, ()) if not guessed(p) and p.name != area.name]
        if not named or not own & tolls(_sentence_of(text, named[0].start)):
            continue
        inside = [p for p in named if p.iso2 == area.iso2 and p.admin1 == area.admin1
                  and (area.level != "admin2" or p.admin2 == area.admin2)
                  and LEVEL_RANK.get(p.level, 6) <= min(LEVEL_RANK.get(area.level, 6), LEVEL_RANK["admin2"])]
        outside = [p for p in named if p not in inside and LEVEL_RANK.get(p.level, 6) < LEVEL_RANK["admin1"]]
        if outside or len({p.name for p in inside}) > 1:
            return None
        if not inside:
            continue  # شمال اليمن: the toll told again at a coarser place only
        part = inside[0]
        if any(_no_detail(text, p, named) or _hospital_town(text, p) for p in inside):
            return None
        return None if _names_admin1(part) or namesake(text, area, part) else part
    return None

def _placed_by(text: str, place: Place, others: Sequence[Place]) -> bool:
    """Is the place a reference point for another place of its sentence named just before its direction
    (قرية أم النصر شمال بلدة بيت لاهيا)?  With none named there (دكت المقر جنوب منطقة الدشيشة) it is the scene's name."""
    return _reference(text, place) == 1 and any(
        q.end <= place.start and len(text[q.end : place.start].split()) <= DIRECTION_GAP for q in others if q is not place)


#: Nouns of a place's people (أحد سكان مدينة قلقيلية، من أهالي بلدة): where someone is from, no scene.
_INHABITANTS = frozenset({"سكان", "ساكني", "اهالي", "ابناء", "اهل"})


def _inhabitant(text: str, place: Place) -> bool:
    """Is the place named as the home of its people (وهو أحد سكان مدينة قلقيلية)?"""
    words = [normalize(w).strip('"«»()') for w in text[max(0, place.start - 32) : place.start].split()]
    while words and words[-1] in _SETTLEMENT:
        words.pop()
    return bool(words) and words[-1].removeprefix("و").removeprefix("من") in _INHABITANTS


def _site_named(text: str, place: Place) -> bool:
    """Is the place named after a settlement or district noun (منطقة الدشيشة، قرية كفر بطيخ، بمديرية مقبنة),
    which a bare name a story uses loosely for its area (غزة for the Strip) is not?"""
    head = text[max(0, place.start - 16) : place.start].split()
    noun = normalize(head[-1]).strip('"«»()') if head else ""
    return noun in _SETTLEMENT or noun in _DISTRICT or normalize(place.text).split()[0] in _SETTLEMENT | _DISTRICT


#: How many words may stand between an area and the حيث (where) that opens a clause about a part of it.
WHERE_REACH = 3
#: حيث with its proclitic, as a word of its own.
_WHERE_RE = re.compile(r"(?:^|\s)و?حيث(?=\s)")


def _narrowed_where(text: str, area: Place, same: Sequence[Place], trigger_start: int) -> Place | None:
    """The trigger's area (a governorate, district or named region) is followed within `WHERE_REACH` words
    by a clause of حيث that names a single place inside it (تجددت التظاهرات في محافظة البصرة، الجمعة، حيث
    قطع المحتجون الطريق المؤدي إلى ميناء أم قصر): the event is at that place.  Not a list of places, a
    place people came from or went to, a reference point, a source's seat or the area's bare namesake."""
    if area.level not in _AREAS or not area.admin1 or area.end < trigger_start:
        return None
    head = text[area.end : area.end + 60]
    m = _WHERE_RE.search(head)
    if m is None or re.search(r"[.؛:\n]", head[: m.start()]) or len(head[: m.start()].split()) > WHERE_REACH:
        return None
    lo = area.end + m.end()
    hi = lo + (re.search(r"[،,.؛:\n]", text[lo:]) or re.search(r"$", text[lo:])).start()
    parts = [p for p in same if lo <= p.start < hi]
    if len(parts) != 1:
        return None  # حيث تتركز المواجهات في مديريتي التحيتا والجراحي: several, or none
    part = parts[0]
    inside = part.iso2 == area.iso2 and part.admin1 == area.admin1 and (area.level != "admin2" or part.admin2 == area.admin2)
    if not inside or LEVEL_RANK.get(part.level, 6) >= LEVEL_RANK.get(area.level, 6):
        return None
    if _not_scene(text, part) or namesake(text, area, part):
        return None  # حيث تقدمت القوات في جبهة تعز: the area again, by its seat's name
    return part


#: Definite nouns of an incident (shadow form, article stripped) that a later sentence may say took place somewhere.
_INCIDENT_NOUNS = frozenset({"ضربات", "ضربه", "غاره", "غارات", "هجوم", "هجمات", "قصف", "انفجار", "انفجارات",
                             "تفجير", "تفجيرات", "اشتباكات", "مواجهات", "معارك", "حادث", "حادثه", "عمليه"})
#: Verbs of taking place (shadow form): the incident noun before them is said to have happened at the place after.
_OCCURRED = frozenset({"وقعت", "وقع", "جرت", "جري", "دارت", "دار", "حدثت", "حدث"})
#: An occurring verb's place: a preposition (free or glued) then at most a settlement noun before the name.
_OCCURRED_GAP_RE = re.compile(r"^\s*(?:(?:في|قرب|عند)\s+|ب)?(?:(?:مدينه|بلده|قريه|منطقه|مخيم)\s+)?$")


def _occurred_after(text: str, area: Place, by_sentence: Mapping[int, Sequence[Place]], sent_idx: int) -> Place | None:
    """The trigger's place is an area (a country, region, governorate or district) and the next sentence says that
    the incident, by a definite noun of one, took place at a finer place of it (قصفت طائرات موقعا في شرق سوريا.
    وقال إن الضربات وقعت في بلدة الهري جنوب شرقي البوكمال): the incident is there; so is the sentence after next
    when the one between names no place.  Only the place right after the verb (a preposition and a settlement noun
    between); not a goal, origin, reference point or source's seat."""
    if LEVEL_RANK.get(area.level, 6) < LEVEL_RANK["admin2"]:
        return None
    # a sentence between that names no place (وحسب المصادر، فإن الغارة أدت إلى سقوط قتلى) keeps the story on it
    after = sent_idx + 1 if by_sentence.get(sent_idx + 1) else sent_idx + 2
    for part in by_sentence.get(after, ()):
        if guessed(part) or part.iso2 != area.iso2 or LEVEL_RANK.get(part.level, 6) >= LEVEL_RANK.get(area.level, 6):
            continue
        if area.level in ("admin1", "admin2") and part.admin1 != area.admin1:
            continue
        head = re.split(r"[،,.؛:\n]", text[max(0, part.start - 60) : part.start])[-1]
        words = head.split()
        verb = next((i for i in range(len(words) - 1, max(-1, len(words) - 4), -1)
                     if (w := normalize(words[i])) in _OCCURRED or w[1:] in _OCCURRED), None)
        if verb is None or verb == 0 or not _OCCURRED_GAP_RE.match(normalize(" ".join(words[verb + 1 :]) + " ")):
            continue
        nouns = (normalize(w).strip('"«»()') for w in words[max(0, verb - 2) : verb])
        if not any(w.removeprefix("و").startswith("ال") and article_stripped(w.removeprefix("و")) in _INCIDENT_NOUNS
                   for w in nouns):
            continue  # a definite noun: the incident told before, not another one
        return None if _not_scene(text, part) else part
    return None


#: How many words may stand between the repeated area and the part of it that narrows it.
NARROW_REACH = 5


#: Words of outside before a name (خارج العاصمة الصومالية مقديشو): the incident was not in that place.
_OUTSIDE = frozenset({"خارج", "بخارج"})


def _past_outside(text: str, place: Place) -> bool:
    """The name follows خارج, over a capital or settlement noun and a nationality (خارج العاصمة الصومالية مقديشو)."""
    words = [normalize(w).strip('"«»(),،') for w in text[max(0, place.start - 48) : _at(text, place)].split()[-4:]]
    while words and (words[-1] in _CAPITAL or words[-1] in _SETTLEMENT
                     or (words[-1].startswith("ال") and words[-1].endswith("يه") and len(words) > 1)):
        words.pop()
    return bool(words) and words[-1].removeprefix("و") in _OUTSIDE


def _outside_named_after(text: str, place: Place, by_sentence: Mapping[int, Sequence[Place]], sent_idx: int) -> Place | None:
    """The trigger's place is one the incident happened outside of (هاجمت موكبا خارج العاصمة مقديشو) and the
    next sentence names a place of the same country after a settlement noun or preposition (كان يمر في منطقة
    أفجوي على بعد 30 كيلومترا شمال غربي مقديشو): that is where it happened.  Not a goal, origin, reference
    point or source's seat, nor the same place again."""
    if not _past_outside(text, place):
        return None
    for part in by_sentence.get(sent_idx + 1, ()):
        if guessed(part) or part.iso2 != place.iso2 or part.name == place.name or _attachment(text, part) > 1:
            continue
        if _movement(text, part) or _reference(text, part) or _past_outside(text, part) or _not_scene(text, part):
            continue
        return part
    return None


def _close_after(text: str, area: Place, part: Place) -> bool:
    """`part` follows `area` in one clause, within `NARROW_REACH` words (في صعدة تركزت في محور باقم)."""
    gap = text[area.end : part.start]
    return not re.search(r"[،,.؛:\n]", gap) and len(gap.split()) <= NARROW_REACH


#: Proclitics and the article before a definite trigger (والهجوم، بالغارة، للتفجير).
_DEFINITE_RE = re.compile(r"^[وفب]?(?:ال|لل)(\w{3,})$")
#: How many words may stand between an earlier mention of the incident's noun and the place told with it.
TOLD_REACH = 12


def _told_before(text: str, by_sentence: Mapping[int, Sequence[Place]], trigger_start: int) -> Place | None:
    """For a definite trigger (وأدى الهجوم إلى مقتل 25) with no place in its sentence or the two before: the
    place told with the latest earlier mention of its noun that has one in its sentence, within `TOLD_REACH`
    words after it (بعد الهجوم الدامي على عرض عسكري في منطقة الأهواز): the incident the article tells."""
    first = text[trigger_start : trigger_start + 24].split()
    m = _DEFINITE_RE.match(first[0].strip('"«»(),،.')) if first else None
    if m is None:
        return None
    core = m.group(1)
    core = re.escape(core[:-1]) + "[ةه]" if core[-1] in "ةه" else re.escape(core)
    core = r"(?<![^\s\"«(])[وفبل]?(?:ال|لل)?" + core + r"(?![^\s\"»)،,.:؛])"  # the word itself, not inside one
    places = sorted((p for qs in by_sentence.values() for p in qs if p.start < trigger_start and not guessed(p)),
                    key=lambda p: p.start)
    starts = [p.start for p in places]
    for hit in reversed(list(re.finditer(core, text[:trigger_start]))):
        # only the first place after the hit can pass: a later one's gap holds this one's, stops and words included
        k = bisect.bisect_right(starts, hit.end())
        if k < len(places):
            p = places[k]
            gap = text[hit.end() : p.start]
            if not any(c in gap for c in ".!؟\n") and len(gap.split()) <= TOLD_REACH:
                return p
    return None


#: Prepositions with a pronoun after an act (القبض عليه، اعتقاله is one word): the act is done to a person told before.
_ON_HIM = frozenset({"عليه", "عليها", "عليهم", "عليهما"})
#: How many words after the earlier telling of the act its place may stand.
AGAIN_REACH = 5


def _done_again(text: str, named: Sequence[Place], trigger_start: int) -> Place | None:
    """For a trigger with no place in its sentence whose act falls on a pronoun (ألقي القبض عليه): the place told
    within `AGAIN_REACH` words after the latest earlier telling of the same act on the same pronoun in the text
    (عقب إعلان الجيش القبض عليه في مدينة درنة), ahead of the places of the sentences between (the country that
    wants him).  `named` are all the document's places: one the announcement of the act names counts too."""
    words = [normalize(w).strip('"«»(),،.') for w in text[trigger_start : trigger_start + 40].split()[:3]]
    at = next((i for i, w in enumerate(words) if w in _ON_HIM), 0)  # ألقي القبض عليه: the act is the word before
    core = article_stripped(words[at - 1].removeprefix("و")) if at else ""
    if len(core) < 3:
        return None
    pattern = re.escape(core) + r"\s+" + re.escape(words[at])
    head = shadow(text[:trigger_start])
    places = sorted((p for p in named if p.start < trigger_start and not guessed(p) and _movement(text, p) == 0),
                    key=lambda p: p.start)
    for hit in reversed(list(re.finditer(pattern, head.norm))):
        end = head.to_orig(hit.start(), hit.end())[1]
        for p in places:
            gap = text[end : p.start]
            if p.start > end and not any(c in gap for c in ".!؟\n،,") and len(gap.split()) <= AGAIN_REACH:
                return p
    return None


#: The city told before, named again by its noun alone (شوارع المدينة، وسط المدينة، بمدينتهم), not المدينة المنورة.
_THE_CITY_RE = re.compile(r"(?<!\S)[وبل]?(?:ال|لل)مدينه(?!\S)(?!\s+المنوره)|(?<!\S)[وبل]?مدينت(?:هم|ها|ه|هن)(?!\S)")
#: How many sentences before the trigger's may hold that noun.
CITY_REACH = 2


def _city_meant(text: str, by_sentence: Mapping[int, Sequence[Place]], trigger_start: int) -> Place | None:
    """With no place in the trigger's sentence or the two before, one of them calling a place "the city" (وخرج آلاف
    إلى شوارع المدينة ... وأصيب عشرات نتيجة انفجار قنبلة): the latest town named before the trigger is meant."""
    end = re.search(r"[.!؟\n]", text[trigger_start:])
    head = text[: trigger_start + (end.start() if end else len(text) - trigger_start)]
    window = " ".join([seg for seg in re.split(r"[.!؟\n]", head) if seg.strip()][-CITY_REACH - 1 :])
    if "مدين" not in window or not _THE_CITY_RE.search(normalize(window)):
        return None
    towns = [p for qs in by_sentence.values() for p in qs
             if p.end <= trigger_start and p.level == "populated_place" and not guessed(p)]
    return max(towns, key=lambda p: p.start, default=None)


#: Words that may stand between a trigger and the place it acts on (السيطرة على منطقة عفرين، قصف مدينة درعا).
_OBJECT_GAP = frozenset({"علي"}) | _SETTLEMENT | _DISTRICT


def _not_object(text: str, place: Place, trigger_start: int) -> int:
    """0 for a place the trigger acts on, right after it (أعلن بدء عمليات في سنجار بعد السيطرة على منطقة
    عفرين: Afrin, not Sinjar), only على or a settlement noun between; else 1.  A country is never one."""
    if place.start <= trigger_start or place.start - trigger_start > 48 or place.level == "country":
        return 1
    words = [normalize(w).strip('"«»()') for w in text[trigger_start : place.start].split()]
    return 0 if 1 <= len(words) <= 3 and all(w in _OBJECT_GAP for w in words[1:]) else 1


def _heading_after(text: str, by_sentence: Mapping[int, Sequence[Place]], sent_idx: int) -> Place | None:
    """Where the next sentence, or the one after it, says a missile was headed (وأوضح أن الصاروخ كان متجها نحو
    مدينة جازان; a spokesman's quote of the launch may stand between): a missile whose own sentence names only
    its launch area, or nothing, is placed there."""
    return next((p for k in (1, 2) for p in by_sentence.get(sent_idx + k, ()) if not guessed(p) and aimed_at(text, p)),
                None)


#: A heading word with a pronoun for its place (أطلقت باتجاهها من غزة: towards her, the country named before).
_HEADING_PRONOUN_RE = re.compile(r"(?<!\S)و?(?:ب?ا?تجاه|نحو|صوب)(?:ها|ه|هم)(?!\S)")
#: A heading word and the words after it, the nationality read there (باتجاه المستوطنات الإسرائيلية).
_HEADING_WORDS_RE = re.compile(r"(?<!\S)و?(?:ب?ا?تجاه|نحو|صوب)\s+(\S+)(?:\s+(\S+))?")


def _heading_told(text: str, countries: Sequence[Place], launch: Place, span: tuple[int, int]) -> Place | None:
    """The country a missile launched from `launch` was headed to when its clause tells the heading by a
    pronoun (أطلقت باتجاهها من غزة: the latest other country named before it, within the sentence before) or by
    a nationality (باتجاه المستوطنات الإسرائيلية: that country, as the document names it nearest)."""
    head = normalize(text[span[0] : span[1]])
    abroad = [p for p in countries if p.level == "country" and p.iso2 != launch.iso2 and not guessed(p)]
    pronoun = _HEADING_PRONOUN_RE.search(head)
    if pronoun is not None:
        until = span[0] + pronoun.start()
        end = _end_of_sentence_before(text, span[0])
        since = _sentence_start(text, end)  # the sentence before starts there
        before = [p for p in abroad if since <= p.start < until]
        return max(before, key=lambda p: p.start) if before else None
    words = _HEADING_WORDS_RE.search(head)
    if words and "المملكه" in words.groups():  # باتجاه أراضي المملكة: the one kingdom the document names
        kingdom = _kingdom_meant(text, abroad, span)
        if kingdom is not None:
            return kingdom
    iso = next((c for c in (demonym_country(w) for w in words.groups() if w) if c), None) if words else None
    named = [p for p in abroad if p.iso2 == iso] if iso else []
    if named:
        return min(named, key=lambda p: abs(p.start - span[0]))
    # only a launch area (من قطاع غزة), not a country that answered (إسرائيل ردا على القصف الصاروخي، هاجمت)
    return _target_before(text, abroad, span) if _aim(text, launch) == 2 else None


#: Stems (shadow form) of an attack or projectile in a clause before its target (الهجمات … على إسرائيل).
_ATTACK_RE = re.compile(r"هجوم|هجمات|هجم|اعتداء|صاروخ|صواريخ|قذيف|قذايف|قصف")


def _target_before(text: str, abroad: Sequence[Place], span: tuple[int, int]) -> Place | None:
    """The country the sentence before says the attacks were made on (دعت إلى جلسة لمناقشة الهجمات التي نفذتها
    حماس على إسرائيل. … الهجمات التي نفذت من قطاع غزة: a launch area only): a place after على or a heading word,
    an attack's or projectile's word before it in its clause; the latest such."""
    end = _end_of_sentence_before(text, span[0])
    since = _sentence_start(text, end)
    hits = [p for p in abroad if since <= p.start < end and (_struck(text, p) or _headed(text, p))
            and _ATTACK_RE.search(normalize(re.split(r"[،,؛:]", text[since : p.start])[-1]))]
    return max(hits, key=lambda p: p.start) if hits else None


#: Words of a border right before a city's name (الحدود الشرقية لغزة، على حدود غزة، السياج الفاصل مع غزة).
_BORDER_OF = frozenset({"حدود", "الحدود", "بحدود", "لحدود", "الحدوديه"})
_BORDER_WITH = frozenset({"الفاصل", "الحدودي", "الحدوديه", "الحدود", "حدوده", "حدودها"})


def _border_area(text: str, place: Place, by_sentence: Mapping[int, Sequence[Place]]) -> Place | None:
    """The unit a city stands for when it names a border's side (اشتباكات على الحدود الشرقية لغزة): the
    border runs along the whole area (the Gaza Strip), not through the city.  The document's own mention
    of that unit (its first-level area, named as such) is returned; None when the city is no border's
    side or the document never names its area."""
    if place.level != "populated_place" or not place.admin1 or place.admin1 == place.name:
        return None
    words = [normalize(w).strip('"«»(),،') for w in text[max(0, place.start - 40) : place.start].split()]
    if words and words[-1] == "ل":
        words.pop()  # الحدود الشرقية لغزة
    while words and words[-1].startswith("ال") and words[-1].endswith("يه") and words[-1] != "الحدوديه":
        words.pop()  # الشرقية
    if not words:
        return None
    side = words[-1] in _BORDER_OF or (words[-1] == "مع" and len(words) > 1 and words[-2] in _BORDER_WITH) \
        or (words[-1] == "بين" and len(words) > 1 and words[-2] in _BORDER)  # الحدود بين غزة وإسرائيل
    if not side:
        return None
    return next((q for qs in by_sentence.values() for q in qs
                 if q.level == "admin1" and q.name == place.admin1 and q.iso2 == place.iso2), None)


#: Words of a border in the trigger's clause (قرب الحدود مع إسرائيل، السياج الفاصل، الشريط الحدودي).
_BORDER_RE = re.compile(r"(?:^|\s)[وب]?(?:ال|ل)?(?:حدود|سياج|شريط الحدودي|جدار (?:ال)?(?:عازل|فاصل|حدودي|امني))")
#: Words of an area's many places before a name (قصف القرى المجاورة في إدلب، مناطق المسلحين في درعا، ريف
#: إدلب): the name is the governorate, not its seat.
#: How many words before the name may hold the word of its villages or areas (القرى المجاورة في إدلب).
MANY_REACH = 4
_MANY_RE = re.compile(r"(?:^|\s)[وب]?(?:ال)?(?:قري|مناطق|بلدات|ريف|ارياف|جبهات|محاور)(?:\s|$)")


def _area_meant(text: str, place: Place, by_sentence: Mapping[int, Sequence[Place]], clause: tuple[int, int]) -> Place | None:
    """The first-level area a bare city name stands for (no مدينة before it): the Gaza Strip for غزة in a
    clause about the border (the border runs along the Strip, قتل 17 في غزة قرب الحدود مع إسرائيل), the
    governorate for its seat after a word of its villages, areas or countryside (غارات على القرى في إدلب).
    The document's own mention of the area is returned; None otherwise."""
    if place.level != "populated_place" or not place.admin1 or (_attachment(text, place) == 0 and not _countryside(text, place)):
        return None
    areas = [q for qs in by_sentence.values() for q in qs
             if q.level == "admin1" and q.admin1 == place.admin1 and q.iso2 == place.iso2]
    if not areas:
        return None
    name = normalize(place.text)
    named = next((q for q in areas if name in normalize(q.text) and normalize(q.text) != name), None)
    if named is None:
        return None  # only the area's namesake (غزة in قطاع غزة، إدلب in محافظة إدلب) stands for it
    lo, hi = min(clause[0], place.start), max(clause[1], place.end)
    near = " ".join(text[lo : place.start].split()[-MANY_REACH:])
    if _MANY_RE.search(normalize(near)) or _BORDER_RE.search(normalize(text[lo:hi])):
        return named
    return None


def _countryside(text: str, place: Place) -> bool:
    """The name follows ريف (ريف إدلب): its countryside."""
    before = text[max(0, place.start - 12) : place.start].split()
    return bool(before) and normalize(before[-1]).removeprefix("و") in ("ريف", "بريف")


#: Words of a report's source before a place (حسب السلطات في غزة، وفق ما أفاد مراسلنا في غزة، حسبما أعلنت
#: وزارة الصحة في غزة): the place is the source's seat.
_SOURCE = frozenset({"حسب", "بحسب", "حسبما", "بحسبما", "وفق", "وفقا", "طبقا", "نقلا"})


#: Nouns of a source placed by the name after them (مصادر ميدانية في الحديدة، مراسلنا في غزة، شهود عيان في)
#: and how many words may stand between.
_SOURCE_NOUNS = frozenset({"مصادر", "مصدر", "مراسل", "مراسلنا", "مراسلو", "مراسلونا", "مراسله", "شهود"})
SOURCE_REACH = 3
#: Stems of those words as written, to skip the common clause without any.
_SOURCE_STEM_RE = re.compile(r"حسب|وفق|طبق|نقلا|مصادر|مصدر|مراسل|شهود")


def source_seat(text: str, place: Place) -> bool:
    """The place is where the report's source itself is (مصادر ميدانية داخل الحديدة، مراسلنا في غزة): a source's
    noun at most `SOURCE_REACH` words before it, a settlement noun or a preposition allowed between."""
    head = re.split(r"[،,.؛:\n]", text[max(0, place.start - 80) : place.start])[-1]
    if not _SOURCE_STEM_RE.search(head):
        return False
    words = [normalize(w).strip('"«»()') for w in head.split()]
    while words and words[-1] in _SETTLEMENT:
        words.pop()
    return any(article_stripped(w) in _SOURCE_NOUNS for w in words[-SOURCE_REACH:])


def _not_scene(text: str, place: Place) -> bool:
    """A place named as a goal or origin, a source's seat or a reference point: not where it happened."""
    return bool(_movement(text, place) or attributed(text, place) or _reference(text, place))


def attributed(text: str, place: Place) -> int:
    """1 for a place in the clause of a report's source (حسب السلطات في غزة), else 0: where the news came
    from ranks after the places of the incident itself."""
    head = re.split(r"[،,.؛:\n]", text[max(0, place.start - 160) : place.start])[-1]
    if not _SOURCE_STEM_RE.search(head):
        return int(in_speaker_phrase(text, place))  # قالت مصادر طبية في مشفى حمص، إن ...
    words = [normalize(w).strip('"«»()') for w in head.split()]
    if any(w in _SOURCE or (w.startswith("و") and w[1:] in _SOURCE) for w in words):
        return 1
    # مصادر ميدانية في الحديدة، مراسلنا في غزة: the source itself is placed
    while words and words[-1] in _SETTLEMENT:
        words.pop()  # في مدينة غزة
    return int(any(article_stripped(w) in _SOURCE_NOUNS for w in words[-SOURCE_REACH:]) or in_speaker_phrase(text, place))


def _seat_located(text: str, place: Place, others: Sequence[Place]) -> int:
    """1 for a place that only says where a report's source is (مصادر طبية في مدينة نوى السورية التابعة
    لمحافظة درعا): it ranks with the seat it locates, after the places of the incident, not before the seat."""
    seat = located_one(text, place, others)
    return 0 if seat is None else attributed(text, seat)


def _rank(text: str, place: Place, others: Sequence[Place]) -> float:
    """The place's level rank; a governorate's capital named after a finer place of that governorate
    ("مديرية منبه الحدودية بصعدة"، "مديرية كتاف في صعدة") names the governorate, and ranks as one; so does
    a place that only says where the place before it lies (`whereabouts`: منطقة دوما في الغوطة الشرقية لدمشق)."""
    rank = LEVEL_RANK.get(place.level, 6)
    if place.admin1 is None or rank >= LEVEL_RANK["admin1"]:
        return rank
    if whereabouts(text, place, others):
        return LEVEL_RANK["admin1"]
    if any(q.start < place.start and q.admin1 == place.admin1 and q.name != place.name
           and LEVEL_RANK.get(q.level, 6) < LEVEL_RANK["admin1"] for q in others) and place.name == place.admin1:
        return LEVEL_RANK["admin1"]
    return rank


def guessed(place: Place) -> bool:
    """A name the gazetteer does not know, put at the document's country (دوار الكرة → Yemen): a guess
    that a known place of the sentences before outranks."""
    return place.level == "country" and "is not in the gazetteer" in place.reason
