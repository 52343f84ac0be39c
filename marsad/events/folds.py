"""Post-assembly passes that fold a second telling of an incident into the first.

ACLED codes one incident once: a headline, a lead, a part (the car bomb of a suicide attack), a toll, the
explosions heard or a peaceful account of a demonstration met with force are the same incident told again.
Each pass here folds such a telling into the event it repeats, whose type (and often place) stands."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import replace

from marsad.events.background import (
    DEBRIS,  # the debris of a stopped missile: its fall is no hit
    clause_bounds,
    interception_told,
    missile_salvo,
)
from marsad.events.background import IMPACT_WORDS as _HIT_WORDS
from marsad.events.context import RIOT_FIELDS, protester_violence
from marsad.events.drafts import Roles
from marsad.events.gaza_border import MARCH_OF_RETURN
from marsad.events.lexicon import candidates
from marsad.events.location import LEVEL_RANK
from marsad.events.mentions import default_actor
from marsad.events.merge import (
    AREA_TYPES,
    EXCESSIVE,
    VIOLENT_TYPES,
    combine,
    compatible_actors,
    days_apart,
    definite,
    same_day,
    same_scene,
    sentence_at,
    shared_actor,
    within_week,
)
from marsad.events.namesakes import governorate_namesake, spelt_alike
from marsad.events.releases import RELEASE_MODE
from marsad.events.roles import unprefixed
from marsad.gazetteer.distance import km
from marsad.model import Document, Event, Place, Span
from marsad.model.vocab import disorder_type, interaction
from marsad.text import article_stripped, normalize, tokenize

#: ACLED's type for an attack stopped before it lands (an interception, a defused bomb).
DISRUPTED = {"event_type": "Strategic developments", "sub_event_type": "Disrupted weapons use",
              "plover_type": "COERCE", "plover_mode": "seize"}
#: Words of a raid (shadow form, without و): a raid met with killing, fire or blasts is a clash.
RAID_FORMS = ("مداهم", "داهم")


#: The note of a raid or security operation retyped as a clash (`fold_raids` folds its retellings into it).
RAID_NOTE = "type: a raid met with"


#: Trigger nouns that name no weapon or form of violence (هجوم، انفجار): a mention of them beside
#: a specific event of the same day and scene is that event told again.  Verbs (استهدفت) are left
#: out: they come with a subject and often tell a new action (a tank's reply to a bombing).
GENERIC_WORDS = frozenset(
    "هجوم هجمات هجوما اعتداء اعتداءات استهداف انفجار انفجارات انفجارين تفجير تفجيرات تفجيرين".split()
)
#: What a generic mention may be folded into: a form of attack, not a change of territory.
_FOLD_TARGETS = frozenset({"Explosions/Remote violence", "Violence against civilians"})


def _join_roles(roles: list[Roles], j: int, i: int) -> None:
    """Event i's actor spans join event j's (i is folded into j)."""
    roles[j] = Roles(roles[j].actor1 + roles[i].actor1, roles[j].actor2 + roles[i].actor2)


def _without(events: list[Event], roles: list[Roles], gone: set[int]) -> tuple[list[Event], list[Roles]]:
    """The events and their roles, those folded away (`gone`) left out."""
    keep = [i for i in range(len(events)) if i not in gone]
    return [events[i] for i in keep], [roles[i] for i in keep]


def _fold_target(e: Event) -> bool:
    """A form of attack, or one stopped on its way (an interception, a rigged boat destroyed): "هاجمت
    المليشيات 3 سفن … تمكنت السفن من تدمير 3 زوارق مفخخة" is the foiled attack told twice; a seizure
    (mines dismantled during an assault) is no target for the assault."""
    return e.event_type in _FOLD_TARGETS or _interception(e)


def _generic(e: Event) -> bool:
    if e.trigger is None or e.event_type not in VIOLENT_TYPES:
        return False
    if e.sub_event_type not in ("Armed clash", "Remote explosive/landmine/IED", "Attack"):
        return False
    return any(c in GENERIC_WORDS for c in candidates(normalize(e.trigger.text)))


def fold_generic(events: list[Event], roles: list[Roles]) -> tuple[list[Event], list[Roles]]:
    """Fold an event typed only from a generic word (هجوم، انفجار، تفجير) into a specific event of
    another sub-type on the same day and scene with no actor contradicting it: "فجر انتحاري
    سيارة مفخخة … وقال مسؤولون إن التفجير أسفر عن مقتل 3" is one suicide bombing, not also an IED."""
    out = list(events)
    gone: set[int] = set()
    for i, g in enumerate(events):
        if not _generic(g):
            continue
        j = next(
            (j for j, e in enumerate(out) if j != i and j not in gone and _fold_target(e)
             and e.sub_event_type != g.sub_event_type and not _generic(e) and e.event_date == g.event_date
             and same_scene(e.location, g.location) and compatible_actors(e, g)),
            None,
        )
        if j is None:
            continue
        keep = out[j]
        folded = combine(keep, g)
        out[j] = replace(folded, event_type=keep.event_type, sub_event_type=keep.sub_event_type,
                         disorder_type=keep.disorder_type, plover_mode=keep.plover_mode,
                         confidence=max(keep.confidence, g.confidence))
        _join_roles(roles, j, i)
        gone.add(i)
    return _without(out, roles, gone)


#: Verbs and nouns of killing (shadow form, article and و/ب dropped) an Attack may be keyed on with no
#: weapon of its own: "قتل شخصان"، "بمقتل 120 حوثيا"، "مصرع جندي".
_KILLING = ("قتل", "مقتل", "مصرع")
#: The armed incidents a killing told beside them may be the toll of.
_TOLL_HOLDERS = frozenset({"Battles", "Explosions/Remote violence"})


#: A clash keyed on a word of killing: two armed sides named with a death, no fighting told.
_CLASH = frozenset({"Armed clash"})


def _bare_killing(e: Event, types: frozenset[str] = frozenset({"Attack"})) -> bool:
    """An event of `types` (an attack) keyed on a word of killing alone: what it tells is a death, not how it
    was dealt."""
    if e.trigger is None or e.sub_event_type not in types:
        return False
    word = article_stripped(normalize(e.trigger.text).lstrip("و").lstrip("ب"))
    return word.startswith(_KILLING)


def fold_killings(events: list[Event], roles: list[Roles], min_confidence: float = 0.0) -> tuple[list[Event], list[Roles]]:
    """A death told with no weapon of its own ("قتل شخصان"، "مقتل 29 شخصا") on the day and at the scene of
    a strike, a bombing or a clash the article tells is that incident's toll: it folds into the incident,
    whose place stands, whatever sides the killing's sentence names (its victims are often the incident's
    target told as civilians).  A clash keyed on a word of killing alone ("سقوط قتلى وجرحى في صفوف المتمردين",
    typed a battle because two armed sides are named) told after a strike or shelling of its day and scene is
    that strike's toll too: ACLED codes the strike once, not its dead as a second, ground fight (told first,
    "تصعيد أدى إلى مقتل أربعة فلسطينيين وجندي إسرائيلي", the dead of both sides open a fight of their own).  Only into
    an incident the output keeps (`min_confidence`): a death does not lend its confidence to a doubtful clash."""
    events, roles = fold_matches(
        events, roles,
        kept=lambda e: e.event_type in _TOLL_HOLDERS and e.confidence >= min_confidence,
        folded=_bare_killing,
        match=lambda k, e: same_day(k, e) and _holds_scene(k.location, e.location),
        keep_scene=True)
    return fold_matches(
        events, roles,
        kept=lambda e: e.event_type == "Explosions/Remote violence" and e.confidence >= min_confidence,
        folded=lambda e: _bare_killing(e, _CLASH),
        match=lambda k, e: same_day(k, e) and _holds_scene(k.location, e.location) and _told_after(e, k),
        keep_scene=True)


#: One incident told by its parts (ACLED: one event per incident, coded by its defining part): each part
#: type, a type of the incident it may be a part of, and whether the part must be told after the incident.
#: A bomb that opens an assault or is the bomber's car is part of the suicide attack or the clash; the air
#: raid or shelling that carried poison gas is the chemical attack.  Suicide belts set off inside a storming
#: told first ("هجوم على معسكر … فجر أحدهم حزاما ناسفا") are part of the fight; a suicide attack told
#: first and the clashes that followed it are two events (the judges kept both in BB-90 and SK-3098).
_PARTS_OF = (
    ("Remote explosive/landmine/IED", "Suicide bomb", False),
    ("Remote explosive/landmine/IED", "Armed clash", False),
    ("Suicide bomb", "Armed clash", True),
    ("Air/drone strike", "Chemical weapon", False),
    ("Shelling/artillery/missile attack", "Chemical weapon", False),
)


def _told_after(part: Event, whole: Event) -> bool:
    return part.trigger is not None and whole.trigger is not None and part.trigger.start > whole.trigger.start


#: Words that set an incident before the one told (shadow form, article and و stripped): "إثر هجوم كيميائي"،
#: "ردا على"، "بعد الهجوم الكيماوي"، "على خلفية"، "عقب"، "انتقاما ل".
_ANSWERED = frozenset({"اثر", "ردا", "خلفيه", "عقب", "انتقاما", "بعد"})


def _answered(text: str, e: Event) -> bool:
    """The incident's trigger comes within three words after a mark of what came before it: it is the
    incident another answered ("قصفت طائرات أمريكية المطار إثر هجوم كيميائي"), not a part of that one."""
    if e.trigger is None:
        return False
    head = text[max(0, e.trigger.start - 40) : e.trigger.start].split()[-3:]
    return any(article_stripped(normalize(w).lstrip("و")) in _ANSWERED for w in head)


def fold_attack_parts(text: str, events: list[Event], roles: list[Roles],
                       min_confidence: float = 0.0) -> tuple[list[Event], list[Roles]]:
    """A part of an incident coded as a sub-type of its own (a mine that opened an ambush, the car bomb of a
    suicide attack, belts detonated in a camp attack, the raid that dropped the gas) folds into the incident
    of the defining type on the same day, at the part's place or one inside it (not fighting told across a
    wider area), with sides that agree or one side shared; the defining event's type, sides and place stand.
    Only into an incident the output keeps; not into one told as what came before (`_answered`: the strikes
    that answered a gas attack), nor into fighting told after the part with the article (المعارك): that
    points back at the war around it, not at the attack the part opened."""
    for part, whole, within in _PARTS_OF:
        events, roles = fold_matches(
            events, roles,
            kept=lambda e, w=whole: e.sub_event_type == w and e.confidence >= min_confidence and not _answered(text, e),
            folded=lambda e, p=part: e.sub_event_type == p,
            match=lambda k, e, w=within: same_day(k, e) and _holds_scene(k.location, e.location)
            and (compatible_actors(k, e) or shared_actor(k, e)) and (not w or _told_after(e, k))
            and not (definite(k) and _told_after(k, e)),
            keep_scene=True)
    return events, roles


def _holds_scene(holder: Place | None, death: Place | None) -> bool:
    """The incident's place is the death's or lies inside it (or either is unknown): a death at a town is
    not lent to fighting told across a wider area ("هجمات في البادية" beside "مقتل 52 في البوكمال")."""
    if holder is None or death is None or (holder.name, holder.admin1) == (death.name, death.admin1):
        return True
    return same_scene(holder, death) and LEVEL_RANK.get(holder.level, 6) < LEVEL_RANK.get(death.level, 6)


def _is_raid(e: Event) -> bool:
    return e.trigger is not None and article_stripped(normalize(e.trigger.text).lstrip("و")).startswith(RAID_FORMS)


def fold_raids(events: list[Event], roles: list[Roles]) -> tuple[list[Event], list[Roles]]:
    """A raid told again without its fighting (نفذت مداهمة في موقع الخلية) after the raid that met fire
    (قتل ثلاثة في مداهمة …) is the same raid: the arrest folds into the clash within a week and one scene."""
    return fold_matches(
        events, roles,
        kept=lambda e: e.sub_event_type == "Armed clash" and (_is_raid(e) or RAID_NOTE in e.notes),
        folded=lambda e: e.sub_event_type == "Arrests" and _is_raid(e),
        match=lambda k, e: within_week(k.event_date, e.event_date) and same_scene(k.location, e.location))


def fold_matches(events: list[Event], roles: list[Roles], kept: Callable[[Event], bool], folded: Callable[[Event], bool],
                 match: Callable[[Event, Event], bool], keep_scene: bool = False) -> tuple[list[Event], list[Roles]]:
    """Fold each event `folded` accepts into the first event `kept` accepts that `match(kept, folded)`: the
    shape every "this is a part or a retelling of that" rule shares (here, in found_devices and vague_tolls)."""
    keepers = [j for j, e in enumerate(events) if kept(e)]
    if not keepers:
        return events, roles
    pairs = []
    for i, e in enumerate(events):
        if i in keepers or not folded(e):
            continue
        j = next((j for j in keepers if match(events[j], e)), None)
        if j is not None:
            pairs.append((j, i))
    return fold_pairs(events, roles, pairs, keep_scene=keep_scene)


def fold_pairs(events: list[Event], roles: list[Roles], pairs: Sequence[tuple[int, int]],
                keep_scene: bool = False, lend: bool = True) -> tuple[list[Event], list[Roles]]:
    """Fold each event i into event j (the pairs (j, i) in order): its evidence, claims and roles join
    j's, the higher confidence stands, and i goes.  With `keep_scene`, j's place stands when it has one;
    with `lend` off, j keeps its own confidence (what folds in is a response or background to it)."""
    out = list(events)
    gone: set[int] = set()
    for j, i in pairs:
        e = events[i]
        confidence = max(out[j].confidence, e.confidence) if lend else out[j].confidence
        folded = replace(_fold_into(out[j], e), confidence=confidence)
        out[j] = replace(folded, location=out[j].location or e.location) if keep_scene else folded
        _join_roles(roles, j, i)
        gone.add(i)
    return _without(out, roles, gone)


#: Strikes an interception may be told again as (the missile "was heading for Najran", the drone "tried
#: to target the airport").
STRIKE_TYPES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
_INTERCEPT_NOTE = "(interception)"


def _interception(e: Event) -> bool:
    """A disrupted weapons use told as a weapon stopped on its way (its notes say so), not a seizure."""
    return e.sub_event_type == "Disrupted weapons use" and _INTERCEPT_NOTE in e.notes


_NEARBY_NOTE = "; type: its interception told beside it"


#: Words of explosions heard (shadow form, article stripped): "هزت انفجارات دمشق"، "دوي انفجارات".
_HEARD = ("هزت", "هز", "تهز", "دوي", "سمع", "سماع", "مدويه")
_EXPLOSIONS = ("انفجار", "انفجارات", "انفجاران", "انفجارين")
#: Strikes whose explosions a city hears.
_HEARD_STRIKES = STRIKE_TYPES | {"Disrupted weapons use"}


def _explosions_heard(ev: Event, text: str) -> bool:
    """The trigger is "انفجار(ات)" in a sentence that says they were heard or shook a place."""
    if ev.trigger is None or not ev.evidence:
        return False
    w = article_stripped(normalize(ev.trigger.text).lstrip("و").removeprefix("ب"))
    if w not in _EXPLOSIONS:
        return False
    sent = ev.evidence[0]
    return any(article_stripped(normalize(x).lstrip("و")).startswith(_HEARD) for x in text[sent.start : sent.end].split())


def fold_heard(text: str, events: list[Event], roles: list[Roles]) -> tuple[list[Event], list[Roles]]:
    """Explosions heard or shaking a place ("هزت انفجارات مدوية دمشق") in a report of a strike of the same
    day or the next (a night's strikes) are that strike heard: they fold into it at its scene, whatever type
    the explosions' own sentence gave them."""
    return fold_matches(
        events, roles,
        kept=lambda e: e.sub_event_type in _HEARD_STRIKES,
        folded=lambda e: _explosions_heard(e, text),
        match=lambda k, e: (gap := days_apart(k, e)) is not None and gap <= 1 and same_scene(k.location, e.location),
        keep_scene=True)


def _summarises(lead: Place, detail: Place) -> bool:
    """The lead's place contains the detail's, which is finer: a governorate (or its capital's name used for
    it, "جبهات الحديدة", the town's Latin name spelt as the unit's but for its marks: Dar‘a, Dar'a) and a
    district or town of it; a region or country and a place in it."""
    if lead.iso2 != detail.iso2 or (lead.name, lead.admin1) == (detail.name, detail.admin1):
        return False
    if lead.level in ("region", "country"):
        return LEVEL_RANK.get(detail.level, 6) < LEVEL_RANK.get(lead.level, 6)
    capital = lead.level != "admin1" and (spelt_alike(lead.name, lead.admin1 or "") or _city_unit(lead))
    if lead.level != "admin1" and not capital:
        return False
    return lead.admin1 is not None and detail.admin1 == lead.admin1 and LEVEL_RANK.get(detail.level, 6) < LEVEL_RANK["admin1"]


def _city_unit(town: Place) -> bool:
    """The town's governorate is the city itself, named for it as "<town> City" (Sana'a City, the capital's
    Amanat al-Asimah): the places the body tells inside that unit (Jabal Nuqum) are quarters and sites of
    the town, so a lead's strikes "في العاصمة اليمنية صنعاء" sum the next sentence's strikes on "جبل نقم"."""
    unit = town.admin1 or ""
    return unit.endswith(" City") and spelt_alike(town.name, unit[: -len(" City")])


#: Words (shadow form, و/ب/ف/ل dropped) that make a town the centre of an area: its fronts and its
#: surroundings ("جبهات الحديدة"، "في محيط الحديدة").  Not a compass point: "شرق جباليا" is a scene of
#: its own beside the town (a lead of it lost SK-1172's judged-right Jabalya killing).
_AROUND = frozenset({"جبهات", "جبهه", "محيط", "ضواحي"})


#: Compass points (shadow form, و/ب/ف/ل dropped) before a governorate's namesake town: "جنوب غربي الحديدة"
#: is the governorate's land off the city, where the body then names the town (Zabid).
_OFF = ("شمال", "جنوب", "شرق", "غرب")


def _word_before(place: Place, sentence: Span | None) -> str | None:
    """The lead's word right before its place (shadow form, commas and quotes stripped); None when the
    place is not in the sentence or opens it."""
    if sentence is None or not sentence.start <= place.start <= sentence.end:
        return None
    words = sentence.text[: place.start - sentence.start].split()
    return normalize(words[-1]).strip("،,\"«»") if words else None


def _told_around(place: Place, sentence: Span | None) -> bool:
    """The lead names its town as the centre of an area (one of `_AROUND` right before it: "جبهات
    الحديدة"): the fighting about the town, not in it."""
    if _noun_before(place, sentence, _AROUND):
        return True
    # a title between: "في ضواحي العاصمة دمشق"
    if sentence is None or _word_before(place, sentence) not in _TITLES:
        return False
    words = [normalize(w).strip("،,\"«»") for w in sentence.text[: place.start - sentence.start].split()]
    return len(words) >= 2 and _bare_in(words[-2], _AROUND)


#: Titles (shadow form) that may stand between an area word and its town: "ضواحي العاصمة دمشق".
_TITLES = frozenset({"العاصمه", "مدينه"})


def _noun_before(place: Place, sentence: Span | None, nouns: frozenset[str]) -> bool:
    """The lead's word right before its place (`_word_before`) is one of `nouns`, bare or with a glued
    و, ب, ف or ل: one test for the area words and the unit nouns."""
    last = _word_before(place, sentence)
    return last is not None and _bare_in(last, nouns)


#: Proclitic runs without the article (وبمحافظات، لمحافظتي).
_GLUED = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")


def _bare_in(word: str, nouns: frozenset[str]) -> bool:
    """`word` (shadow form) is one of `nouns`, bare or after a run of glued proclitics (و، ب، ف، ل، وب …),
    never the article."""
    return word in nouns or any(word.startswith(p) and word[len(p):] in nouns for p in _GLUED)


def _told_off_namesake(place: Place, sentence: Span | None) -> bool:
    """The lead puts its incident at a compass point of a town named as its governorate is
    (`governorate_namesake`): "جنوب غربي الحديدة" is the governorate's land off the city, one scene the
    next sentence may already name (في مديرية زبيد).  Another town's compass point is a scene of its
    own beside it ("شرق جباليا"), and the town itself ("في الحديدة"، "مطار الحديدة") may be the scene."""
    last = _word_before(place, sentence)
    if last is None:
        return False
    bare = last[1:] if last[:1] in ("و", "ب", "ف", "ل") and last[1:].startswith(_OFF) else last
    return bare.startswith(_OFF) and len(bare) <= 5 and governorate_namesake(place)


#: Nouns of a governorate or province (shadow form, و/ب/ف/ل dropped), singular, dual and plural: "في محافظات
#: الحديدة وصعدة والجوف"، "بمحافظتي قابس ومدنين".
_UNIT_NOUNS = frozenset({"محافظه", "محافظات", "محافظتي", "ولايه", "ولايات", "ولايتي"})


def _told_as_governorate(place: Place, sentence: Span | None) -> bool:
    """The lead names its town's governorate (one of `_UNIT_NOUNS` right before the name: "غارات استهدفت تجمعات
    في محافظات الحديدة وصعدة"), whatever town the name was read as: ACLED codes a report that gives only a
    governorate to the governorate, and the body's incident at a town or district of it is the one it sums.
    A later name of the list counts too (`_listed_unit`: "بمحافظات قابس ومدنين وسوسة")."""
    return _noun_before(place, sentence, _UNIT_NOUNS) or _listed_unit(place, sentence)


#: Plural and dual unit nouns (shadow form, و/ب/ف/ل dropped) that open a list of governorates.
_LIST_NOUNS = frozenset({"محافظات", "محافظتي", "ولايات", "ولايتي"})
#: Words of a list of governorates that may stand between its unit noun and a later name: at most so many.
_LIST_WORDS = 6
#: Prepositions that open a new phrase: past one, a name is no longer in the list ("… وصعدة، وفي مديرية").
_LIST_BREAKS = frozenset({"في", "من", "علي", "الي", "عن", "مع", "قرب", "بين"})


def _listed_unit(place: Place, sentence: Span | None) -> bool:
    """The place is a later name in a list of governorates opened by a plural or dual unit noun ("في محافظات
    الحديدة وصعدة والجوف"، "بمحافظتي قابس ومدنين"): joined to the list by و, with only list names (no
    preposition) back to the noun, within `_LIST_WORDS` words."""
    if sentence is None or not sentence.start <= place.start <= sentence.end:
        return False
    head = sentence.text[: place.start - sentence.start]
    # the glued word and the list's words back to its noun are all that is read: only they are normalised
    words = [normalize(w).strip("،,\"«»") for w in head.split()[-(_LIST_WORDS + 1) :]]
    if head and not head[-1].isspace() and words:
        glued = words.pop()  # a prefix glued to the name (و، وب): the name's own word
        if not glued.startswith("و"):
            return False
    elif not (place.text.startswith("و") or (words and words[-1] == "و")):
        return False
    for w in reversed(words[-_LIST_WORDS:]):
        if _bare_in(w, _LIST_NOUNS):
            return True
        if _bare_in(w, _LIST_BREAKS):
            return False
    return False


def _around_town(lead: Place, detail: Place) -> bool:
    """A town told as the centre of an area (`_told_around`) holds the other towns and districts of its
    governorate for a lead: "غارات على جبهات الحديدة" sums the strike the body tells at Zabid."""
    return (lead.level == "populated_place" and lead.iso2 == detail.iso2 and lead.admin1 is not None
            and detail.admin1 == lead.admin1 and lead.name != detail.name
            and LEVEL_RANK.get(detail.level, 6) < LEVEL_RANK["admin1"])


#: How far (km) from a town told as the centre of an area ("في ضواحي العاصمة دمشق") a finer place of the body
#: may lie and still be in that area, across its governorate's line: Jaramana is Rural Damascus, 6 km out.
SUBURB_KM = 15.0


def _suburb(lead: Place, detail: Place) -> bool:
    """A town told as the centre of an area (`_told_around`) holds a town near it whatever its unit: a capital's
    suburbs often lie in the governorate around it ("سوقا شعبية في ضواحي العاصمة دمشق" / "في حي كشكول على أطراف
    ضاحية جرمانا"), where `_around_town`'s one-governorate test misses them."""
    if (lead.level != "populated_place" or lead.iso2 != detail.iso2 or lead.name == detail.name
            or detail.level not in ("populated_place", "admin3")
            or None in (lead.lat, lead.lon, detail.lat, detail.lon)):
        return False
    assert lead.lat is not None and lead.lon is not None and detail.lat is not None and detail.lon is not None
    return km(lead.lat, lead.lon, detail.lat, detail.lon) <= SUBURB_KM


def _same_place(lead: Place, detail: Place) -> bool:
    """The body tells the incident at the very place a lead named as a governorate (`_told_as_governorate`):
    "بمحافظات قابس ومدنين وسوسة" and then "وحداتها بمحافظة سوسة ألقت القبض" are one arrest, whatever sides
    each telling names (their actors may keep the exact-key merge from joining them)."""
    return (lead.name, lead.admin1, lead.iso2) == (detail.name, detail.admin1, detail.iso2)


#: Days an undated lead (dated by its report) may lie after the body's incident it sums.
LEAD_DAYS = 2


#: Verbs of announcing (shadow form, و dropped) whose day a lead's date may be: "أعلنت مصادر ميدانية، السبت،
#: عن مقتل قيادي في غارة" dates the announcement, not the strike.
_ANNOUNCING = frozenset({"اعلن", "اعلنت", "قال", "قالت", "افاد", "افادت", "ذكر", "ذكرت", "اكد", "اكدت", "اورد", "اوردت"})
#: Words a day may lie after the verb of announcing (its subject between: "أعلنت حركة الجهاد الإسلامي مساء السبت").
_ANNOUNCED_WINDOW = 5


def _dated_by_report(lead: Event, sentence: Span | None) -> bool:
    """The lead has no day of its own: it is dated by the publication and counts no dead, or its day sits
    right after a verb of announcing before the trigger (the day the news was given, which may follow the
    incident's)."""
    if "date: publication date" in lead.notes:
        # with no toll either, nothing tells it from the body's dated incident; a toll counts its own day
        return not lead.fatalities.best
    return _announced_day(lead, sentence)


def _announced_day(e: Event, sentence: Span | None, verbs: frozenset[str] = _ANNOUNCING) -> bool:
    """The event's day words sit before its trigger, within `_ANNOUNCED_WINDOW` words after one of `verbs`:
    the day the news was given ("أعلنت القوات، الجمعة، إحباط هجوم"), which may follow the incident's."""
    if sentence is None or e.trigger is None or not e.date_text:
        return False
    at = sentence.text.find(e.date_text)
    if at < 0 or sentence.start + at >= e.trigger.start:
        return False
    return any(w in verbs for w in _bare_words(sentence.text[:at])[-_ANNOUNCED_WINDOW:])


def _bare_words(text: str) -> list[str]:
    """The text's words in shadow form, stripped of commas and quotes and of a leading و (the lists above)."""
    return [normalize(w).strip("،,\"«»").lstrip("و") for w in text.split()]


def _lead_days(lead: Event, body: Event, sentence: Span | None, following: Span | None = None) -> int:
    """How many days the lead may lie from the body's incident: none when the lead has a day of its own
    (another day is another incident), up to LEAD_DAYS after it when the lead is dated only by its report,
    one when its toll is of the incident the next sentence (`following`) dates, one for a country-level lead."""
    if body.event_date and lead.event_date and body.event_date <= lead.event_date:
        if _dated_by_report(lead, sentence):
            return LEAD_DAYS
        if _toll_of_body(lead, body, following):
            return 1
    return 1 if lead.location is not None and lead.location.level == "country" else 0


def _toll_of_body(lead: Event, body: Event, following: Span | None) -> bool:
    """The lead is dated only by its report and counts dead that the very next sentence's incident does not
    count: the toll a report gives on its day ("قتل 27 … في كمين قرب مدينة كركوك") is of the incident the next
    sentence dates to the night before ("إن الهجوم وقع في وقت متأخر مساء الأحد"), not a second incident's.
    Further on, an incident of the day before may be another (a town's shelling under a lead's running toll)."""
    return (following is not None and body.trigger is not None and following.start <= body.trigger.start < following.end
            and "date: publication date" in lead.notes and bool(lead.fatalities.best) and not body.fatalities.best)


def _strikes(e: Event) -> bool:
    """Strikes or shelling (remote violence): a lead's strikes on a town's fronts ("جراء غارات … في جبهات
    الحديدة") are told again town by town as soon as the next sentence ("واستهدفت مقاتلات التحالف … شمال
    زبيد"); a lead's fighting or gain there may be a front of its own beside the next sentence's."""
    return e.event_type == "Explosions/Remote violence"


def fold_lead(sentences: Sequence[Span], events: list[Event], roles: list[Roles],
               min_confidence: float = 0.0) -> tuple[list[Event], list[Roles]]:
    """A report's lead (its first two sentences) that places an incident at a governorate, a region or a
    country ("غارات استهدفت تجمعا للحوثيين في محافظة الجوف") sums what the body then tells at a finer place
    inside it ("واستهدف القصف تجمعا … في مديرية المتون"): of the same sub-type and day, the lead folds into
    the body's event, whose place stands.  A lead that names only the country ("قتل جندي في انفجار عبوة
    ناسفة في سوريا") may be dated by its report a day after the body's incident.  The first sentence's
    lead may fold into the second's detail ("غارات … في محافظتي حجة وصعدة" / "شنت سلسلة غارات … في مديرية
    شدا في صعدة"), a place strictly inside its own; a town's fronts (`_around_town`) reach only the body,
    a compass point off a governorate's namesake town (`_told_off_namesake`) or a town read for the
    governorate the lead names (`_told_as_governorate`) the second sentence too.  The copy folded is the
    lead; the detail's finer place and the earliest sentence's provenance stand (`fold_pairs` keeps the
    scene and joins the lead's evidence)."""
    if len(sentences) < 3:
        return events, roles
    lead_end = sentences[1].end
    pairs = []
    taken: set[int] = set()
    for i, e in enumerate(events):
        if e.trigger is None or e.trigger.start >= lead_end or e.location is None:
            continue
        sentence = next((x for x in sentences[:2] if x.start <= e.trigger.start < x.end), None)
        around = _told_around(e.location, sentence)
        unit = _told_as_governorate(e.location, sentence)
        off = unit or _told_off_namesake(e.location, sentence)
        body = sentence.end if sentence is not None else lead_end
        following = next((x for x in sentences if x.start >= body), None)
        j = next((j for j, b in enumerate(events) if j != i and j not in taken and b.trigger is not None
                  and b.trigger.start >= body and b.sub_event_type == e.sub_event_type
                  and b.location is not None and b.confidence >= min_confidence
                  and (gap := days_apart(e, b)) is not None and gap <= _lead_days(e, b, sentence, following)
                  and (_summarises(e.location, b.location)
                       or ((off or (around and (b.trigger.start >= lead_end or _strikes(e))))
                           and _around_town(e.location, b.location))
                       or (around and (b.trigger.start >= lead_end or _strikes(e)) and _suburb(e.location, b.location))
                       or (unit and _same_place(e.location, b.location)))), None)
        if j is not None:
            pairs.append((j, i))
            taken.add(i)
    return fold_pairs(events, roles, pairs, keep_scene=True)


#: Verbs a report's day may follow: those of announcing and of publishing (نشرت الوزارة السبت بيانا).
_REPORTING = _ANNOUNCING | {"نشر", "نشرت"}


def sentence_of(sentences: Sequence[Span], e: Event) -> Span | None:
    """The sentence that holds the event's trigger."""
    return None if e.trigger is None else sentence_at(sentences, e.trigger.start)


#: Words of a funeral (shadow form, و dropped): "شيع آلاف الفلسطينيين السبت مسعفة قتلت برصاص الجيش".
_FUNERAL = frozenset({"شيع", "شيعت", "تشييع", "جنازه", "موكب"})


def _funeral_day(e: Event, sentence: Span | None) -> bool:
    """The event's day words and a word of a funeral both come before its trigger in its sentence: a death
    told in a funeral's sentence is dated by the funeral, which follows it."""
    if sentence is None or e.trigger is None or not e.date_text:
        return False
    head = sentence.text[: e.trigger.start - sentence.start]
    if e.date_text not in head:
        return False
    return any(w.removeprefix("في") in _FUNERAL for w in _bare_words(head))


def fold_announced(sentences: Sequence[Span], events: list[Event], roles: list[Roles],
                    min_confidence: float = 0.0) -> tuple[list[Event], list[Roles]]:
    """An incident dated by the day its news was given (`_announced_day`: "أعلنت القوات اليوم مصرع قيادي في
    مواجهات بمديرية الدريهمي") is the incident of its sub-type the article dates up to `LEAD_DAYS` days before
    at that place or one inside it ("قتل 16 عنصرا في مواجهات في جبهة الدريهمي أمس"): the report's day is not a
    second incident's.  It folds into the dated one, whose day and place stand; not into one itself dated by
    an announcement, nor into one the output drops (`min_confidence`)."""
    announced = set()
    for i, e in enumerate(events):
        sentence = sentence_of(sentences, e)
        if _announced_day(e, sentence, _REPORTING) or _funeral_day(e, sentence):
            announced.add(i)
    pairs = []
    for i in sorted(announced):
        e = events[i]
        j = next((j for j, k in enumerate(events) if j not in announced and k.sub_event_type == e.sub_event_type
                  and k.confidence >= min_confidence and k.event_date is not None and e.event_date is not None
                  and k.event_date < e.event_date and (gap := days_apart(k, e)) is not None and gap <= LEAD_DAYS
                  and _holds_scene(k.location, e.location)), None)
        if j is not None:
            pairs.append((j, i))
    return fold_pairs(events, roles, pairs, keep_scene=True)


def fold_cordons(events: list[Event], roles: list[Roles], min_confidence: float = 0.0) -> tuple[list[Event], list[Roles]]:
    """A cordon or a security sweep (طوقت، تطويق: ACLED's Other) on the day and at the scene of a fight,
    an attack or a blast the output keeps (`min_confidence`) is the forces' response to that incident, not
    a development of its own: it folds into the incident (the cordoned building after gunmen stormed it; a
    district encircled in its battle), lending it no confidence."""
    violent = [j for j, e in enumerate(events) if e.event_type in VIOLENT_TYPES and e.confidence >= min_confidence]
    if not violent:
        return events, roles
    pairs = []
    for i, e in enumerate(events):
        if e.sub_event_type not in AREA_TYPES or e.location is None or e.plover_mode == RELEASE_MODE:
            continue  # a hostage release (`releases.py`) is no cordon: it answers no violence of its day
        j = next((j for j in violent if same_day(events[j], e) and events[j].location is not None
                  and same_scene(events[j].location, e.location)), None)
        if j is not None:
            pairs.append((j, i))
    return fold_pairs(events, roles, pairs, keep_scene=True, lend=False)


def fold_taken_before_release(events: list[Event], roles: list[Roles]) -> tuple[list[Event], list[Roles]]:
    """An abduction with no date of its own (none, or the release's, carried) told on the day and at the scene
    of a release of hostages (`releases.py`), "وإثر عملية الخطف، تولت روسيا التفاوض", is the earlier taking of
    those hostages, background to the release, not a new abduction: it folds into the release (as it folded
    into the abduction the hostage noun was before it became a release)."""
    releases = [j for j, e in enumerate(events) if e.sub_event_type in AREA_TYPES and e.plover_mode == RELEASE_MODE
                and e.location is not None]
    if not releases:
        return events, roles
    pairs = []
    for i, e in enumerate(events):
        if e.sub_event_type != "Abduction/forced disappearance" or e.location is None:
            continue
        # no date of its own: none, or the very words that date the release (carried from its sentence)
        j = next((j for j in releases if same_day(events[j], e) and same_scene(events[j].location, e.location)
                  and e.date_text in (None, events[j].date_text)), None)
        if j is not None:
            pairs.append((j, i))
    return fold_pairs(events, roles, pairs, keep_scene=True, lend=False)


def intercepted_nearby(doc: Document, events: list[Event]) -> list[Event]:
    """A missile or drone strike (no aircraft's raid, no hit but its debris) whose own sentence, the one
    before or the one after tells its interception ("رصدت إطلاق صاروخ باتجاه المملكة. … تمكنت من اعتراضه
    وتدميره"، "أسقط طائرتين. … إحدى الطائرتين كانت تستهدف مطار أبها"), or the one after that when its
    trigger names the projectile (a claim of the launch may stand between), is a disrupted weapons use:
    ACLED codes the intercepted missile where it was stopped, not as a strike."""
    tokens, sentences = doc.tokens, doc.sentences
    if not any(e.sub_event_type in STRIKE_TYPES for e in events):
        return events
    tok_starts = [t.start for t in tokens]
    sent_starts = [s.start for s in sentences]

    def bounds(k: int) -> tuple[int, int]:
        s = sentences[k]
        return bisect.bisect_left(tok_starts, s.start), bisect.bisect_left(tok_starts, s.end)

    out = []
    for e in events:
        if e.sub_event_type not in STRIKE_TYPES or e.trigger is None:
            out.append(e)
            continue
        si = bisect.bisect_right(sent_starts, e.trigger.start) - 1
        ti = bisect.bisect_right(tok_starts, e.trigger.start) - 1
        if si < 0 or ti < 0:
            out.append(e)
            continue
        lo, hi = bounds(si)
        cs, ce = clause_bounds(tokens, lo, hi, ti, ti)
        before = clause_bounds(tokens, lo, hi, cs - 2, cs - 2)[0] if cs - 2 >= lo else cs
        if not missile_salvo(tokens, lo, hi, (before, ce)):
            out.append(e)
            continue
        # two sentences on only for a trigger that names the projectile itself ("أطلقت أكبر ضربة صواريخ صوب
        # السعودية. … وأعلنت اعتراض جميع الصواريخ"): an attack noun may be the strike that answered the salvo
        reach = (si + 2,) if missile_salvo(tokens, lo, hi, (ti, ti + 1)) else ()
        near = [k for k in (si, si - 1, si + 1, *reach) if 0 <= k < len(sentences)]
        if not any(interception_told(tokens, *bounds(k)) for k in near):
            out.append(e)
            continue
        kind = disorder_type(DISRUPTED["event_type"], DISRUPTED["sub_event_type"])
        out.append(replace(e, **DISRUPTED, disorder_type=kind, civilian_targeting=False,
                           notes=e.notes + _NEARBY_NOTE + " " + _INTERCEPT_NOTE))
    return out


def _launch_side(caught: Event, strike: Event) -> bool:
    """The interception is placed at a whole country other than the missile attack's place: the side the
    missiles came from ("اعتراض الصواريخ … جماعة أنصار الله اليمنية"), while the attack names their target."""
    a, b = caught.location, strike.location
    return (strike.sub_event_type == SHELLING and a is not None and b is not None and a.level == "country"
            and a.iso2 != b.iso2)


def _stopped_scene(caught: Event, strike: Event) -> bool:
    """An interception and a strike may be one scene: the same place, or the interception at the launch side."""
    return same_scene(caught.location, strike.location) or _launch_side(caught, strike)


def _hit_told(text: str, sent: Span, debris_ok: bool) -> bool:
    """The sentence tells a hit; with `debris_ok`, a hit by the debris of a stopped missile does not count."""
    words = [normalize(w).lstrip("و") for w in text[sent.start : sent.end].split()]
    if debris_ok and any(article_stripped(w).startswith(DEBRIS) for w in words):
        return False
    return any(w.startswith(_HIT_WORDS) for w in words)


def _told_fuller(e: Event) -> tuple[int, float]:
    """How fully an account codes its incident: the sides it names, then the extractor's confidence."""
    return (int(e.actor1 is not None) + int(e.actor2 is not None), e.confidence)


def fold_stopped_copies(events: list[Event], roles: list[Roles],
                        min_confidence: float = 0.0) -> tuple[list[Event], list[Roles]]:
    """Two disrupted weapons uses of one day at one named place are one: ACLED codes one event per day, place
    and type, and the sides of a stopped missile are told from either end (the Houthis' salvo "at the Saudi
    government", the Saudi defences that stopped it), so the exact-key merge misses them.  The account that
    names more sides stands (the interceptor and the launcher; then the one the extractor trusts more), the
    other joins it.  Only accounts the output keeps (`min_confidence`): a doubtful copy neither swallows a kept
    account nor lends it its sides."""
    pairs: list[tuple[int, int]] = []
    gone: set[int] = set()
    for i, e in enumerate(events):
        if (i in gone or e.sub_event_type != DISRUPTED["sub_event_type"] or e.location is None or not e.event_date
                or e.confidence < min_confidence):
            continue
        for k in range(i + 1, len(events)):
            o = events[k]
            if (k in gone or o.sub_event_type != e.sub_event_type or o.location is None or o.event_date != e.event_date
                    or o.confidence < min_confidence
                    or (o.location.name, o.location.admin1) != (e.location.name, e.location.admin1)):
                continue
            keep, fold = (i, k) if _told_fuller(e) >= _told_fuller(o) else (k, i)
            pairs.append((keep, fold))
            gone.add(fold)
            if fold == i:
                break
    return fold_pairs(events, roles, pairs, keep_scene=True)


def fold_intercepted(text: str, events: list[Event], roles: list[Roles]) -> tuple[list[Event], list[Roles]]:
    """A missile or drone strike told after an interception of the same day and scene, in a sentence
    with no word of a hit, is the intercepted weapon told again ("الصاروخ كان باتجاه نجران"): it folds
    into the disrupted weapons use.  A missile attack told before the article's first interception, of
    "the missiles" (definite: those just told) and placed at the launch side, is those missiles stopped
    ("استهدفت ثلاثة صواريخ الرياض … وجاء الإعلان عن اعتراض الصواريخ"): it folds in, its target's place
    stands.  After an earlier interception, "the missiles" are that one's."""
    caught = [j for j, e in enumerate(events) if _interception(e)]
    if not caught:
        return events, roles
    told = sorted((events[j].trigger.start, j) for j in caught if events[j].trigger is not None)  # type: ignore[union-attr]
    pairs = []
    for i, e in enumerate(events):
        retyped = _NEARBY_NOTE in e.notes  # a strike retyped by `intercepted_nearby`: its hits were weighed there
        if (e.sub_event_type not in STRIKE_TYPES and not retyped) or e.trigger is None or not e.evidence:
            continue
        start = e.trigger.start
        j = next((j for j in caught if j != i and events[j].trigger is not None and events[j].trigger.start < start
                  and same_day(events[j], e) and _stopped_scene(events[j], e)), None)
        first = next(((at, j) for at, j in told if same_day(events[j], e)), None)
        later = first[1] if first is not None and first[0] > start and definite(events[first[1]]) and _launch_side(
            events[first[1]], e) else None
        sent = e.evidence[0]
        if j is not None and (retyped or not _hit_told(text, sent, debris_ok=False)):
            pairs.append((j, i))
        elif j is None and later is not None and not _hit_told(text, sent, debris_ok=True):
            pairs.append((later, i))
    return fold_pairs(events, roles, pairs)


#: Words after "القصف" that name its weapon (المدفعي، الصاروخي، بالهاون، بقذائف): shelling of its own.
_ARTILLERY_NEXT = ("مدفع", "صاروخ", "هاون", "قذايف", "قذيف", "بري", "راجم", "صواريخ")
AIR = "Air/drone strike"
SHELLING = "Shelling/artillery/missile attack"


def _bare_bombardment(ev: Event, text: str) -> bool:
    """The trigger is "القصف" with its article (والقصف، للقصف) and no weapon named right after it."""
    if ev.trigger is None or not definite(ev):
        return False
    w = unprefixed(normalize(ev.trigger.text))
    if w not in ("قصف", "لقصف") or " " in ev.trigger.text.strip():
        return False
    nxt = text[ev.trigger.end : ev.trigger.end + 30].split()
    return not (nxt and article_stripped(normalize(nxt[0]).lstrip("و").removeprefix("ب")).startswith(_ARTILLERY_NEXT))


def bombardment_of_air_strikes(text: str, events: list[Event], roles: list[Roles]) -> tuple[list[Event], list[Roles]]:
    """"القصف" with no weapon of its own, told after an air strike of the same day ("غارات على الجوف …
    واستهدف القصف تجمعا في مديرية المتون"), is that air bombardment: it takes the air strike's type, and
    at the same scene it folds into it (the finer place stands)."""
    air = [j for j, e in enumerate(events) if e.sub_event_type == AIR and e.trigger is not None]
    if not air:
        return events, roles
    out = list(events)
    pairs = []
    for i, e in enumerate(events):
        if e.sub_event_type != SHELLING or not _bare_bombardment(e, text):
            continue
        before = [j for j in air if events[j].trigger.start < e.trigger.start and same_day(events[j], e)]  # type: ignore[union-attr]
        if not before:
            continue
        out[i] = replace(e, sub_event_type=AIR, notes=e.notes + "; type: the bombardment of an air strike told before")
        j = next((j for j in reversed(before) if same_scene(events[j].location, e.location)), None)
        if j is not None:
            pairs.append((j, i))
    return fold_pairs(out, roles, pairs)


#: A bombardment noun (shadow form, و/ب/ل and article dropped): قصف، قصفها; not a verb with its subject's
#: ending (قصفوا، قصفت), which tells ground forces as often as aircraft.
_BOMBARDMENT_NOUNS = frozenset({"قصف", "قصفها", "قصفه", "قصفهم"})


#: Words right before a bombardment that tell it beside the strikes (بالتزامن مع قصف، مع قصف): a second weapon.
_ALONGSIDE = frozenset({"مع", "بالتزامن", "تزامنا", "وسط"})


#: Weapons that make a bombardment artillery's or rockets', not aircraft's (shadow-form prefixes, article dropped).
_WEAPONS = (*_ARTILLERY_NEXT, "مداف", "دبابات")
#: The same without missiles (صاروخ، صواريخ), which aircraft fire too: "القصف الصاروخي طال المطار" told after an
#: air strike on that airfield is the strike's missiles.
_GROUND_WEAPONS = tuple(w for w in _WEAPONS if not w.startswith("صار") and w != "صواريخ")


def _bombardment_noun(ev: Event, text: str, weapons: tuple[str, ...] = _WEAPONS) -> bool:
    """The trigger is a bombardment noun (قصف ليلي، قصفها لمحافظة) whose sentence names none of `weapons` (مدفعي،
    هاون، المدافع، قذائف، صواريخ, in it or anywhere around it) and that is not told alongside the strikes (مع قصف)."""
    if ev.trigger is None or not ev.evidence:
        return False
    words = [unprefixed(normalize(w)) for w in ev.trigger.text.split()]
    if len(words) != 1 or words[0] not in _BOMBARDMENT_NOUNS:
        return False
    sent = ev.evidence[0]
    before = normalize(text[sent.start : ev.trigger.start]).split()
    if before and before[-1] in _ALONGSIDE:
        return False
    said = (unprefixed(normalize(w)) for w in _own_clause(sent, ev.trigger).split())
    return not any(w.startswith(weapons) for w in said)


def _own_clause(sent: Span, trigger: Span) -> str:
    """The clause of the sentence that holds the trigger (`clause_bounds`: up to ؛ or a clause opener such
    as بينما، فيما، في حين): "وقصف الجيش عشرات الأهداف في القطاع، بينما أطلق فلسطينيون عشرات الصواريخ" names
    the other side's rockets in a clause of their own, no weapon of the bombardment's."""
    tokens = tokenize(sent.text)
    lo, hi = trigger.start - sent.start, trigger.end - sent.start
    inside = [k for k, t in enumerate(tokens) if t.start < hi and t.end > lo]
    if not inside:
        return sent.text
    first, last = clause_bounds(tokens, 0, len(tokens), inside[0], inside[-1])
    if first >= last:
        return sent.text
    return sent.text[tokens[first].start : tokens[last - 1].end]


def fold_bombardment_at_strikes(text: str, events: list[Event], roles: list[Roles]) -> tuple[list[Event], list[Roles]]:
    """A bombardment noun with no weapon of its own (قصف ليلي استهدف نوى), at the very place and on the day of an
    air strike of the article told before or after it, by the same doer or an unnamed one, is that air
    strike told again (a lead, another source's account): it folds into the strike.  Not the other side's
    shelling (the doers differ) nor a bombardment with its weapon (قصف مدفعي، قصفا صاروخيا), except missiles
    in "القصف" told after the strike (`_missiles_of_strike`)."""
    return fold_matches(
        events, roles,
        kept=lambda e: e.sub_event_type == AIR and e.location is not None,
        folded=lambda e: e.sub_event_type == SHELLING and _bombardment_noun(e, text, _GROUND_WEAPONS),
        match=lambda k, e: (_same_place(k.location, e.location) and same_day(k, e)
                            and (k.actor1 is None or e.actor1 is None or k.actor1 == e.actor1)
                            and (_bombardment_noun(e, text) or _missiles_of_strike(k, e))),
        keep_scene=True)


def _missiles_of_strike(strike: Event, bombardment: Event) -> bool:
    """A definite bombardment (القصف الصاروخي) told after the air strike it may retell: its missiles are the
    aircraft's ("وقال المرصد إن القصف الصاروخي طال مطار التيفور" after the strike on the airfield).  A
    bombardment with missiles told first, or without the article, may be rockets fired from the ground (قصف صاروخي
    من المعسكر الروسي) beside the air strikes, its own event."""
    return (strike.trigger is not None and bombardment.trigger is not None and definite(bombardment)
            and strike.trigger.start < bombardment.trigger.start)


def _same_place(a: Place | None, b: Place | None) -> bool:
    return a is not None and b is not None and (a.name, a.admin1) == (b.name, b.admin1)


def fold_headline(
    text: str, sentences: Sequence[Span], events: list[Event], roles: list[Roles]
) -> tuple[list[Event], list[Roles]]:
    """Fold an event of the headline into the body's report of it.

    A first line followed by a blank line is a headline ("مقتل مدنيين بقصف مدفعي في ريف حلب"); it
    announces what the body then tells with a date, a precise place and a toll.  An undated headline
    event whose sub-type the body also reports, in the same admin1 (or with no place on one side), adds
    its sentence to the body event's evidence (and its confidence, when higher) instead of standing
    as an incident of its own.
    """
    head_end = headline_end(text, sentences)
    if not head_end:
        return events, roles
    in_head = [e.trigger is not None and e.trigger.start < head_end and e.date_text is None for e in events]
    out = list(events)
    dropped: set[int] = set()
    for i, e in enumerate(events):
        if not in_head[i]:
            continue
        twin = next((k for k, b in enumerate(events) if not in_head[k] and b.sub_event_type == e.sub_event_type
                     and _same_area(e.location, b.location)), None)
        if twin is None:
            continue
        b = out[twin]
        out[twin] = replace(
            b,
            evidence=(*b.evidence, sentences[0]),
            confidence=max(b.confidence, e.confidence),
            notes=b.notes + f"; headline folded in: «{sentences[0].text}»",
        )
        dropped.add(i)
    return _without(out, roles, dropped)


def _same_area(a: Place | None, b: Place | None) -> bool:
    return a is None or b is None or (a.iso2 == b.iso2 and (a.admin1 == b.admin1 or a.level in ("country", "region")))


def headline_end(text: str, sentences: Sequence[Span]) -> int:
    """End of the headline (a first line followed by a blank line), or 0 when there is none."""
    if sentences and text[sentences[0].end : sentences[0].end + 3].lstrip(" \t").startswith("\n\n"):
        return sentences[0].end
    return 0


#: Violence a demonstration's scene may hold: the forces' shooting (a clash or an attack with no armed
#: side against them) and the demonstrators' own bombs (قنابل حارقة، عبوات).
_FORCE_TYPES = frozenset({("Battles", "Armed clash"), ("Violence against civilians", "Attack")})
_CROWD_BOMBS = frozenset(
    {("Explosions/Remote violence", "Grenade"), ("Explosions/Remote violence", "Remote explosive/landmine/IED")}
)


def protest_scene(
    text: str, events: list[Event], roles: list[Roles], min_confidence: float = 0.0
) -> tuple[list[Event], list[Roles]]:
    """Violence at a demonstration told in another sentence than the demonstration itself.

    On the day and at the scene of a demonstration, state or foreign forces killing or fighting with
    no armed side named against them are using force against the demonstrators (ACLED's excessive
    force against protesters), and bombs with no one named behind them are the crowd's (they belong
    to the demonstration).  Either is folded into an event of the same kind already there.  The
    demonstration must be one the output keeps (`min_confidence`) and of the very same day: weekly
    demonstrations (every Friday) are no scene for the next week's fighting.  Force whose own sentence
    tells the crowd's violence (security men among the dead, fire set: `context.protester_violence`) met
    a riot, ACLED's violent demonstration, not peaceful protesters; so did a death with no doer named
    when the demonstration there is a riot: either joins that riot (a protester dead of burns in the
    building the crowd set on fire is its toll).
    """
    protests = [i for i, e in enumerate(events) if e.event_type in ("Protests", "Riots") and e.location is not None
                and e.confidence >= min_confidence]
    if not protests:
        return events, roles
    out = list(events)
    gone: set[int] = set()
    for i, e in enumerate(events):
        key = (e.event_type, e.sub_event_type)
        if e.location is None or (key not in _FORCE_TYPES and key not in _CROWD_BOMBS):
            continue
        if key in _FORCE_TYPES and e.inter2 not in (None, 6, 7):
            continue
        p = next((k for k in protests if k not in gone and events[k].event_date == e.event_date
                  and same_scene(events[k].location, e.location)), None)
        if p is None:
            continue
        if key in _CROWD_BOMBS:
            if e.inter1 not in (None, 5, 6):
                continue
            out[p] = _fold_into(out[p], e)
        else:
            if e.inter1 not in (None, 1, 8):
                continue
            why = _crowd_violence(text, e)
            if events[p].sub_event_type == RIOT and (e.inter1 is None or why is not None):
                out[p] = _fold_into(out[p], e)  # a death with no doer named at a riot is the riot's toll
                gone.add(i)
                continue
            if why is not None:
                out[i] = _as_riot(e, why)
                continue
            iso = e.location.iso2
            crowd = default_actor("protesters")
            ev = replace(
                e, event_type="Protests", sub_event_type=EXCESSIVE, disorder_type=disorder_type("Protests", EXCESSIVE),
                actor2=crowd.name(iso), inter2=6, interaction=interaction(e.inter1, 6), civilian_targeting=False,
                notes=e.notes + "; type: force at the demonstration told in another sentence",
            )
            k = next((k for k, x in enumerate(out) if k != i and k not in gone and x.sub_event_type == EXCESSIVE
                      and same_day(x, ev) and same_scene(x.location, ev.location) and compatible_actors(x, ev)), None)
            if k is None:
                out[i] = ev
                continue
            out[k] = _fold_into(out[k], ev)
            _join_roles(roles, k, i)
        gone.add(i)
    return _without(out, roles, gone)


#: A riot, ACLED's violent demonstration.
RIOT = RIOT_FIELDS["sub_event_type"]


def _crowd_violence(text: str, e: Event) -> str | None:
    """The crowd's own violence told in the sentence of the event's trigger (`context.protester_violence`)."""
    if e.trigger is None:
        return None
    span = next((s for s in e.evidence if s.start <= e.trigger.start < s.end), None)
    if span is None:
        return None
    toks = tokenize(text[span.start : span.end])
    return protester_violence(toks, 0, len(toks))


def _as_riot(e: Event, why: str) -> Event:
    """The force event retold as the riot it met: rioters against the force that fought them."""
    iso = e.location.iso2 if e.location is not None else None
    rioters = default_actor("rioters")
    return replace(
        e, **RIOT_FIELDS, disorder_type=disorder_type("Riots", RIOT), actor1=rioters.name(iso), inter1=5, actor2=e.actor1,
        inter2=e.inter1, interaction=interaction(5, e.inter1), civilian_targeting=False,
        notes=e.notes + f"; type: the crowd's own violence at the demonstration ({why})",
    )


#: What a demonstration becomes when force meets it or it turns violent: ACLED codes it once, as that.
HARSHER = frozenset({"Protest with intervention", EXCESSIVE, "Violent demonstration"})


def fold_peaceful(events: list[Event], roles: list[Roles], floor: float = 0.0) -> tuple[list[Event], list[Roles]]:
    """A peaceful protest of the same day and scene as a protest met with force (or a riot) is that
    demonstration told without its force: ACLED codes one event, by the harshest thing that happened.
    Force coded as a PLOVER ASSAULT (soldiers firing on a crowd) stays beside the demonstration told in its
    own sentence: PLOVER counts the two as two events, and one event carries one PLOVER type; a peaceful
    account in another sentence is that demonstration told again, folded, when the force stands on its own
    (at or above the extractor's `floor`: a doubtful mention of force does not swallow the protest)."""
    # the harsher account's scene stands: the peaceful mention may name a city only as a landmark
    return fold_matches(
        events, roles,
        kept=lambda e: e.sub_event_type in HARSHER,
        folded=lambda e: e.sub_event_type == "Peaceful protest",
        match=lambda k, e: (same_day(k, e) and same_scene(k.location, e.location)
                            and (k.plover_type == "PROTEST" or (k.confidence >= floor and not _shares_sentence(k, e)))),
        keep_scene=True)


def fold_intervened(events: list[Event], roles: list[Roles]) -> tuple[list[Event], list[Roles]]:
    """A protest met with force (Protest with intervention) told in another sentence on the day and at the scene
    of lethal force on protesters is that demonstration told again without its harshest part ("اندلعت مواجهات صباح
    الاثنين على الحدود … إصابة 12" after the soldiers' fire on the border crowds): ACLED codes one event, by the
    harshest thing that happened, as `fold_peaceful` does for a peaceful account.  One sentence may tell two
    crowds, so a shared sentence keeps both; the force's scene stands."""
    return fold_matches(
        events, roles,
        kept=lambda e: e.sub_event_type == EXCESSIVE,
        folded=lambda e: e.sub_event_type == "Protest with intervention",
        match=lambda k, e: same_day(k, e) and same_scene(k.location, e.location) and not _shares_sentence(k, e),
        keep_scene=True)


def _shares_sentence(a: Event, b: Event) -> bool:
    """Two events told (in part) in one sentence: one of their evidence spans is the same."""
    return bool({(s.start, s.end) for s in a.evidence} & {(s.start, s.end) for s in b.evidence})


#: What the crowd does at a demonstration met with lethal force: riots, stones, a grenade or a bomb thrown.
_CROWD_DEEDS = frozenset({"Violent demonstration", "Grenade", "Remote explosive/landmine/IED"})


def _scene_named(e: Event) -> bool:
    """The event has a place finer than a country: a scene, not a whole state."""
    return e.location is not None and e.location.level not in ("country", "region")


#: Words (shadow form, و dropped) that make an arrest told after them the protest's grievance: "خرجوا احتجاجا على
#: توقيف الشرطة لأحد أتباع الفرقة"، "تنديدا باعتقال".
_GRIEVANCE = ("احتجاج", "تنديد", "رفض")


def _protested_arrest(text: str, e: Event) -> bool:
    """One of the two words before the arrest's trigger is a word of protest: the arrest is what the crowd
    protested, which came before it, not the force that met it."""
    if e.trigger is None:
        return False
    head = _bare_words(text[max(0, e.trigger.start - 40): e.trigger.start])[-2:]
    return any(w.startswith(_GRIEVANCE) for w in head)


def fold_protest_arrests(text: str, events: list[Event], roles: list[Roles],
                         floor: float = 0.0) -> tuple[list[Event], list[Roles]]:
    """Arrests on the very day and at the scene of a demonstration (واعتقل شخصين أثناء تفريق الاعتصام، اعتقال العشرات
    خلال المظاهرات) are that demonstration's intervention: ACLED codes the protest once, the arrests its
    intervention, not a second event.  Only into a demonstration the output keeps (at or above `floor`), both
    placed finer than a country (an arrest somewhere in the country is no part of a town's protest); not an
    arrest the crowd protested (`_protested_arrest`)."""
    return fold_matches(
        events, roles,
        kept=lambda e: e.event_type == "Protests" and e.confidence >= floor and _scene_named(e),
        folded=lambda e: e.sub_event_type == "Arrests" and _scene_named(e) and not _protested_arrest(text, e),
        match=lambda k, e: k.event_date is not None and k.event_date == e.event_date and same_scene(k.location, e.location),
        keep_scene=True)


def fold_riots(events: list[Event], roles: list[Roles]) -> tuple[list[Event], list[Roles]]:
    """At the Gaza border demonstrations (`MARCH_OF_RETURN`), a riot, or a grenade or bomb no state or
    armed group threw (inter1 none, rioters or protesters), of the same day and scene as excessive force
    against protesters is the crowd's side of that demonstration ("شارك آلاف في أعمال شغب"، "إلقاء قنبلة
    يدوية ورشق بالحجارة"): ACLED codes each Friday's demonstration once, by the lethal fire that met it.
    Elsewhere a riot beside force stays a riot (rioters met with force are a violent demonstration)."""
    force = [j for j, e in enumerate(events) if e.sub_event_type == EXCESSIVE and e.location is not None
             and e.location.iso2 == "PS" and e.event_date is not None
             and MARCH_OF_RETURN[0] <= e.event_date[:10] <= MARCH_OF_RETURN[1]]
    if not force:
        return events, roles
    pairs = []
    for i, e in enumerate(events):
        if e.sub_event_type not in _CROWD_DEEDS or (e.sub_event_type != "Violent demonstration" and e.inter1 not in (None, 5, 6)):
            continue
        j = next((j for j in force if same_day(events[j], e) and same_scene(events[j].location, e.location)), None)
        if j is not None:
            pairs.append((j, i))
    return fold_pairs(events, roles, pairs, keep_scene=True)


#: Forms of storming (اقتحام، اقتحم، يقتحم): the way in of a raid, a riot or a looting.
STORMING = ("اقتحام", "اقتحم", "يقتحم", "تقتحم")
_LOOTING = "Looting/property destruction"


def _storming(e: Event) -> bool:
    return e.trigger is not None and any(c.startswith(STORMING) for c in candidates(normalize(e.trigger.text)))


def fold_break_ins(events: list[Event], roles: list[Roles]) -> tuple[list[Event], list[Roles]]:
    """A storming typed an armed clash, of the same day and scene as a looting by the same named side
    ("نهبت ميليشيات الحوثي مستودعا … بمجرد اقتحام ميليشيات الحوثي للمستودع، نهبت"), is the looters' way in: one
    looting, not a battle besides (ACLED codes the incident once, by what was done inside)."""
    return fold_matches(
        events, roles,
        kept=lambda e: e.sub_event_type == _LOOTING,
        folded=lambda e: e.sub_event_type == "Armed clash" and _storming(e),
        match=lambda k, e: (e.actor1 is not None and k.actor1 == e.actor1 and same_day(k, e)
                            and same_scene(k.location, e.location)),
        keep_scene=True)


#: What a side does to the people it takes: arrests, or abductions by an armed group or a de facto authority.
TAKINGS = frozenset({"Arrests", "Abduction/forced disappearance"})


def _in_sentence_of(a: Event, b: Event) -> bool:
    """`b`'s trigger lies in the sentence `a` was first told in (an event's first evidence span is its sentence)."""
    return bool(a.evidence) and b.trigger is not None and a.evidence[0].start <= b.trigger.start < a.evidence[0].end


def fold_storming_takings(events: list[Event], roles: list[Roles]) -> tuple[list[Event], list[Roles]]:
    """People taken in a storming told in one sentence with it, by the same named side on the same day and at
    the same scene ("اقتحمت الميليشيات حرم الجامعة واختطفت 50 طالبا"، "اقتحام ومداهمة مواقع التنظيم … ضبط عناصر
    منه"، "اقتحم مسلحان مبنى المحافظة واحتجزا رهائن"), are one incident, which ACLED codes once.  A storming
    typed a battle with a named side it met stands and the taking is its outcome, as captives are a battle's
    (`fold_captures`); any other storming (a house raided, no opponent named) was the way in to the taking,
    which stands (as a looting does, `fold_break_ins`).  The folded account's evidence and roles join the one
    kept (`fold_pairs`)."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for i, s in enumerate(events):
        if i in used or not _storming(s) or s.actor1 is None or s.sub_event_type in TAKINGS:
            continue
        j = next((j for j, t in enumerate(events) if j != i and j not in used and t.sub_event_type in TAKINGS
                  and t.actor1 == s.actor1 and same_day(s, t) and same_scene(s.location, t.location)
                  and (_in_sentence_of(s, t) or _in_sentence_of(t, s))), None)
        if j is None:
            continue
        fought = s.event_type == "Battles" and s.actor2 is not None  # a named side met the storming
        pairs.append((i, j) if fought else (j, i))
        used.update((i, j))
    return fold_pairs(events, roles, pairs, keep_scene=True)


#: Types of a battle its fighters may be captured in.
_BATTLE_SUBS = frozenset({"Armed clash", "Government regains territory", "Non-state actor overtakes territory"})
#: Captives who can only be fighters (not عناصر, which also names a party's members).
FIGHTERS = frozenset(
    "ارهابيين ارهابيا مسلحين مسلحا مقاتلين مقاتلا متشددين حوثيين حوثيا متمردين متمردا دواعش تكفيريين".split())
#: How many words after an arrest trigger name the captives.
CAPTIVE_REACH = 3


def names_captives(norms: Sequence[str], reach: int, vocab: frozenset[str], heads: tuple[str, ...] = ()) -> bool:
    """The first `reach` words (shadow forms, و and article dropped) name captives of `vocab` or `heads`."""
    return any(w in vocab or w.startswith(heads) for w in (article_stripped(n.lstrip("و")) for n in norms[:reach]))


def _fighters_taken(text: str, e: Event) -> bool:
    """The words right after an arrest trigger name fighters (قبضت على عشرات الإرهابيين، أسر عناصر)."""
    if e.trigger is None:
        return False
    norms = [t.norm for t in tokenize(text[e.trigger.end : e.trigger.end + 80]) if t.kind == "word"]
    return names_captives(norms, CAPTIVE_REACH, FIGHTERS)


def fold_captures(text: str, events: list[Event], roles: list[Roles]) -> tuple[list[Event], list[Roles]]:
    """Fighters captured (اعتقلت/قبضت على عشرات الإرهابيين) on the same day and scene as a battle with no
    contradicting side are part of that battle ("أحرزت قوات الجيش تقدما في درنة وقبضت على عشرات
    الإرهابيين ... سيطرته على عدة مواقع بعد اشتباكات"): ACLED codes the battle, not an arrest besides."""
    return fold_matches(
        events, roles,
        kept=lambda e: e.sub_event_type in _BATTLE_SUBS,
        folded=lambda e: e.sub_event_type == "Arrests" and _fighters_taken(text, e),
        match=lambda k, e: same_day(k, e) and same_scene(k.location, e.location) and compatible_actors(k, e),
        keep_scene=True)


def fold_arrests_in_abductions(events: list[Event], roles: list[Roles],
                               min_confidence: float = 0.0) -> tuple[list[Event], list[Roles]]:
    """People "arrested" by the side that the article says abducted people on that day at that place
    ("اقتحمت ميليشيات الحوثي حرم جامعة صنعاء واختطفت أكثر من 50 طالبا" / "اقتحموا حرم كلية التجارة ليعتقلوا
    الطلبة") are the abduction told in the abductor's word: one incident, coded as the abduction.  Only by the
    same named doer, with no target contradicting it, at the abduction's place or one inside it; only into an
    abduction the output keeps (`min_confidence`), and the abduction keeps its own confidence: the arrest
    does not lend it a certainty the abduction's own account lacks (a sentence's PLOVER ASSAULT rests on it)."""
    abductions = [j for j, e in enumerate(events) if e.sub_event_type == "Abduction/forced disappearance"
                  and e.actor1 is not None and e.confidence >= min_confidence]
    out = list(events)
    pairs = []
    for i, e in enumerate(events):
        if e.sub_event_type != "Arrests":
            continue
        j = next((j for j in abductions if events[j].actor1 == e.actor1 and compatible_actors(events[j], e)
                  and same_day(events[j], e) and _holds_scene(events[j].location, e.location)), None)
        if j is not None:
            pairs.append((j, i))
            out[i] = replace(e, confidence=min(e.confidence, events[j].confidence))
    return fold_pairs(out, roles, pairs, keep_scene=True)


def fold_seizures(events: list[Event], roles: list[Roles], min_confidence: float = 0.0) -> tuple[list[Event], list[Roles]]:
    """Explosives or detonators a force seized or defused (Disrupted weapons use) within a day of an arrest
    by that very force, at its scene or told only by country, are what the arrest found ("أوقفت الشرطة
    الزوجين وعثرت بحوزتهما على متفجرات"): ACLED codes the arrest once, the seizure in its notes.  Only into
    an arrest the output keeps."""
    return fold_matches(
        events, roles,
        kept=lambda e: e.sub_event_type == "Arrests" and e.actor1 is not None and e.confidence >= min_confidence,
        folded=lambda e: e.sub_event_type == "Disrupted weapons use" and e.actor1 is not None,
        match=lambda k, e: k.actor1 == e.actor1 and ((gap := days_apart(k, e)) is None or gap <= 1)
        and (same_scene(k.location, e.location) or (e.location is not None and e.location.level == "country")),
        keep_scene=True)


def _fold_into(keep: Event, other: Event) -> Event:
    """`other` told again inside `keep`: its evidence and toll join, `keep`'s type and sides stand."""
    folded = combine(keep, other)
    return replace(folded, event_type=keep.event_type, sub_event_type=keep.sub_event_type,
                   disorder_type=keep.disorder_type, actor1=keep.actor1 or folded.actor1, actor2=keep.actor2,
                   inter2=keep.inter2, interaction=interaction(folded.inter1, keep.inter2),
                   civilian_targeting=keep.civilian_targeting)


#: A shelling told as exchanged between two sides (shadow form, article dropped): "قصفا متبادلا"، "القصف المتبادل".
_EXCHANGED = ("متبادل",)
#: The noun or verb of an exchange right before the bombardment (shadow form): "وتبادل القصف"، "تبادلا للقصف"،
#: "يتبادلون القصف".
_EXCHANGE = "تبادل"


def _exchanged(ev: Event, text: str) -> bool:
    """The word right after the shelling's trigger says it was exchanged, or the word right before it is an
    exchange ("وتبادل القصف بين الطرفين"): fire both ways, a fight's."""
    if ev.trigger is None:
        return False
    after = text[ev.trigger.end: ev.trigger.end + 40].split()
    before = text[max(0, ev.trigger.start - 40): ev.trigger.start].split()
    return (bool(after) and article_stripped(normalize(after[0]).strip("،,\"«»")).startswith(_EXCHANGED)) or (
        bool(before) and _EXCHANGE in normalize(before[-1]))


#: Words (shadow form) right before a shelling told in a clash's sentence that make it the clash's sound or
#: its accompaniment: "وسط سماع دوي … والقصف"، "بالتزامن مع قصف".
_BATTLE_NOISE = ("دوي", "سماع", "بالتزامن", "تزامن")
#: Characters before the shelling's trigger searched for `_BATTLE_NOISE`.
_NOISE_REACH = 40


def _told_with_clash(text: str, sentences: Sequence[Span], clash: Span, shelling: Span) -> bool:
    """In the clash's sentence, the shelling is coordinated right after the clash's noun ("في معارك وقصف
    مدفعي"; not "المعارك وقصف التحالف", the coalition's own) or heard or coinciding with it (`_BATTLE_NOISE`).
    Shelling merely told in the same sentence
    ("اشتباكات تدور … مشيرا إلى قصف عنيف استهدف المدينة منذ الأربعاء") is a bombardment of its own."""
    if not any(x.start <= clash.start < x.end and x.start <= shelling.start < x.end for x in sentences):
        return False
    if clash.end <= shelling.start and not text[clash.end: shelling.start].strip() and shelling.text.startswith("و"):
        after = text[shelling.end: shelling.end + 30].split()
        # "حاصرت المعارك وقصف التحالف": a shelling in construct with its own doer is that side's
        return not (after and normalize(after[0]).startswith("ال"))
    before = normalize(text[max(clash.end if clash.end <= shelling.start else 0, shelling.start - _NOISE_REACH): shelling.start])
    return any(w in before for w in _BATTLE_NOISE)


def _shelling_of_battle(clash: Event, shelling: Event, text: str, sentences: Sequence[Span]) -> bool:
    """The shelling is the clash's own fire: told with it (`_told_with_clash`: "في معارك وقصف مدفعي"،
    "الاشتباكات … وسط سماع دوي المدفعية والقصف") or as exchanged between the sides, on the clash's very day,
    at its very place (or none of its own), by sides that contradict none of the clash's.  Not another
    side's guns ("بمواجهات مع المقاومة وقصف مدفعي للتحالف": the coalition's shelling is its own event),
    nor shelling that hit civilians or counted its own dead (the Hays hospital shelled during the fighting)."""
    if shelling.actor2 is not None and shelling.actor2.startswith("Civilians"):
        return False
    if shelling.civilian_targeting or shelling.fatalities.best or clash.trigger is None or shelling.trigger is None:
        return False
    if clash.event_date != shelling.event_date or not compatible_actors(clash, shelling):
        return False
    a, b = clash.location, shelling.location
    if a is not None and b is not None and (a.name, a.admin1) != (b.name, b.admin1):
        return False
    return _told_with_clash(text, sentences, clash.trigger, shelling.trigger) or _exchanged(shelling, text)


def fold_battle_shelling(text: str, sentences: Sequence[Span], events: list[Event],
                         roles: list[Roles]) -> tuple[list[Event], list[Roles]]:
    """Shelling that is a battle's own fire (`_shelling_of_battle`) folds into the armed clash: ACLED codes
    a clash in which the sides also shell each other once, as the armed clash; the clash's place and
    sides stand and the shelling's evidence joins it.  A bombardment told as exchanged (`_exchanged`) is
    that fire whatever type its word gave it: "اشتباكات وتبادل القصف بين الطرفين" read as an air strike
    is the two ground sides' fire, not a strike of its own."""
    return fold_matches(
        events, roles,
        kept=lambda e: e.sub_event_type == "Armed clash",
        folded=lambda e: e.sub_event_type == "Shelling/artillery/missile attack" or (
            e.sub_event_type == "Air/drone strike" and _exchanged(e, text)),
        match=lambda k, e: _shelling_of_battle(k, e, text, sentences),
        keep_scene=True)
