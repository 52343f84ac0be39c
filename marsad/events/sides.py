"""The side an event leaves empty, read off the article's other events.

Reports name the two sides of a war once and then tell its strikes and battles with one of them: "شنت
مقاتلات التحالف غارات على مواقع في مديرية حيس" after a lead about the coalition and the Houthis.  A
coder fills the other side from the article; so does this pass, but only where the article is
unambiguous: the named side meets exactly one opponent in the article's other fully coded events (a
battle's, on the ground), and the event hit no civilians (a strike on a market is not a strike on the
enemy).  Only a battle's missing doer is filled: who fired a shell or a missile from afar is for the text
to say; an air strike with no doer is the article's air force only where all its other strikes have
one.  Read by hand on the 3,000 articles, about three fills in four are right; the note names the source
of every fill so that a reader can discount it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import takewhile

from marsad.events.agent_phrases import ANAPHOR_NOTE
from marsad.events.claim_dates import told_before
from marsad.events.mentions import UNIDENTIFIED, ActorMention, government_of, military_of
from marsad.gazetteer.countries import countries
from marsad.gazetteer.demonyms import demonym_country
from marsad.model import Event
from marsad.model.vocab import interaction
from marsad.text import normalize

#: Event types whose sides are two armed parties, one of which the article may leave to context.
_TWO_SIDED = frozenset({"Battles", "Explosions/Remote violence"})
#: A civilian word in the event's quoted sentence (مدنيين، المدنيين): who was hit may be them, not the enemy.
_CIVILIANS = "مدني"
#: Actor names that stand for no side of the war (the dead, the crowd, the unknown).
_NOT_SIDES = ("Civilians", "Protesters", "Rioters", "Unidentified")


def _side(name: str | None) -> bool:
    return bool(name) and not str(name).startswith(_NOT_SIDES)


@lru_cache(maxsize=4096)
def _base(name: str) -> str:
    """The party without ACLED's period and the state's branch: Military Forces of Syria (2000-2024) and
    Government of Syria are one side."""
    name = re.sub(r"\s*\([^)]*\)", "", name).strip()
    return re.sub(r"^(Military|Police) Forces of |^Government of ", "State of ", name)


#: Sides that fight together (the Saudi-led coalition and the Yemeni forces it backs; the Syrian state and
#: its allies, the Houthis among Iran's): two of them paired in an event are a coding slip, never each other's opponent.
_CAMPS = (
    frozenset({"State of Saudi Arabia", "State of the United Arab Emirates", "State of Yemen Presidential Leadership Council",
               "State of Yemen", "Giants Brigades", "National Resistance Forces"}),  # State of Yemen: 2012-2022 (Hadi)
    frozenset({"State of Syria", "State of Russia", "State of Iran", "State of Iran Islamic Revolutionary Guard Corps",
               "Hezbollah", "State of Yemen Houthi"}),
    frozenset({"State of Libya", "LNA: Libyan National Army"}),  # eastern news' "الجيش الليبي" is Haftar's
)


def _apart(a: str, b: str) -> bool:
    """Two actor names that can be opponents: not one side and not one camp."""
    x, y = _base(a), _base(b)
    return x != y and not any(x in camp and y in camp for camp in _CAMPS)


def state_camp(name: str | None) -> bool:
    """A side that fights in a state's camp (the Giants Brigades beside Yemen's government): ACLED's
    territory regained by government forces "or their affiliates"."""
    return bool(name) and any(_base(str(name)) in camp for camp in _CAMPS)


def same_side(a: str | None, b: str | None, camps: bool = True) -> bool | None:
    """Whether two actor names are one side (two names of one state, or with `camps` one camp of allies);
    None if one is missing."""
    if not a or not b:
        return None
    return not _apart(a, b) if camps else _base(a) == _base(b)


def allies(a: str | None, b: str | None) -> bool:
    """Two states or groups of one camp, not one state under two names (Saudi Arabia and the UAE)."""
    return bool(a and b) and _base(str(a)) != _base(str(b)) and not _apart(str(a), str(b))


#: Event types fought on the ground, where two allies are never the two sides (a strike's target may be an
#: ally's base that the text names beside the doer's; an ally's police may arrest its soldiers).
_GROUND = frozenset({"Battles", "Strategic developments"})


def _distinct(e: Event) -> Event:
    """A side is never its own opponent (protesters against protesters; the Government and the Military Forces
    of one state), nor, on the ground, its ally's: the second is a slip, dropped.  A
    state's arrest of someone its own name was read for (the authorities arresting an official or an
    opposition politician) holds a civilian of that state, as ACLED codes the arrested."""
    if not e.actor1 or not e.actor2:
        return e
    held = _state_country(e.actor1) if e.sub_event_type == "Arrests" and _base(e.actor1) == _base(e.actor2) else None
    if held is not None:
        return replace(e, actor2=f"Civilians ({held})", inter2=7, interaction=interaction(e.inter1, 7),
                       notes=e.notes + f"; actor2 Civilians ({held}): the state's own name read for the arrested")
    one = same_side(e.actor1, e.actor2, camps=False)
    allied = e.event_type in _GROUND and e.sub_event_type != "Arrests" and same_side(e.actor1, e.actor2)
    if e.actor1 != e.actor2 and not (one or allied):
        return e
    government = str(e.actor1).startswith("Government of ") and not str(e.actor2).startswith("Government of ")
    if one and e.actor1 != e.actor2 and government:
        # the state that announces or answers (Government of Jordan) beside its forces that were hit
        return replace(e, actor1=None, inter1=None, interaction=interaction(None, e.inter2),
                       notes=e.notes + "; actor1 dropped: the government of actor2's own forces")
    why = "the same as actor1" if e.actor1 == e.actor2 else "actor1's own side" if one else "actor1's ally"
    return replace(e, actor2=None, inter2=None, interaction=interaction(e.inter1, None),
                   notes=e.notes + f"; actor2 dropped: {why}")


@lru_cache(maxsize=1)
def _iso_by_name() -> dict[str, str]:
    """ISO2 by a country's table name (the first code listed for a name), built once."""
    out: dict[str, str] = {}
    for iso, c in countries().items():
        out.setdefault(c.name, iso)
    return out


def _state_country(name: str) -> str | None:
    """The country of a state's ACLED name (Government of Iran -> Iran), None for other parties."""
    base = _base(name)
    rest = base.removeprefix("State of ")
    if rest != base and rest not in _iso_by_name():
        rest = rest.removeprefix("the ")  # Government of the United States: "United States" in the table
    return rest if rest != base and rest in _iso_by_name() else None


def _forces_of_government(e: Event) -> Event:
    """A state's government read as the doer of a battle, strike, shelling or interception (شن قوات الحكومة
    المعترف بها دوليا هجوما واسعا، اعترضت السلطات السعودية صاروخا), or as the side fought in a battle, is its
    Military Forces: ACLED codes the force that fights, keeping Government of X for the state hit as an
    institution (its offices bombed, `_government_site_hit`), for agreements and for arrests.  The current
    name is given; `acled_periods.dated_actors` puts it in the event's period.  A government with no army
    of that name (Palestine's) stays."""
    if e.event_type not in _TWO_SIDED:
        return e
    out = e
    for role in ("actor1", "actor2") if e.event_type == "Battles" else ("actor1",):
        name = str(getattr(out, role) or "")
        if not name.startswith("Government of "):
            continue
        iso = _country_iso(_state_country(name))
        forces = military_of(iso) if iso else None
        if forces:
            out = replace(out, **{role: forces}, notes=out.notes + f"; {role} {forces}: the forces of {name} that fought")
    return out


def as_doer(e: Event, doer: str, inter: int | None, note: str) -> Event:
    """`e` with `doer` as actor1, its inter code and interaction, and `note` appended."""
    return replace(e, actor1=doer, inter1=inter, interaction=interaction(inter, e.inter2), notes=e.notes + note)


def _as_target(e: Event, target: str, inter: int | None, note: str) -> Event:
    """`e` with `target` as actor2, its inter code and interaction, and `note` appended; civilians (inter 7)
    make it civilian targeting."""
    extra = {"civilian_targeting": True} if inter == 7 else {}
    return replace(e, actor2=target, inter2=inter, interaction=interaction(e.inter1, inter), notes=e.notes + note, **extra)


def quoted(e: Event) -> str:
    """The sentence an event's note quotes («…»): what the extractor read it from."""
    return e.notes.split("«", 1)[1].split("»", 1)[0] if "«" in e.notes else ""


def _air_strikes_doer(events: list[Event]) -> list[Event]:
    """Air strikes the text leaves without a doer, in an article whose other air strikes all have one
    (Saudi-led coalition jets in a Yemen report; Israel's in a Syria report that names no other air
    force), are that air force's: only a state's or a foreign force flies them, and one is named."""
    doers = {_base(str(e.actor1)): (str(e.actor1), e.inter1) for e in events
             if e.sub_event_type == "Air/drone strike" and e.actor1 and e.inter1 in (1, 8)}
    if len(doers) != 1:
        return events
    (doer, inter), = doers.values()
    out = []
    for e in events:
        if (e.sub_event_type == "Air/drone strike" and e.actor1 is None
                and (e.actor2 is None or _apart(str(e.actor2), doer))):
            e = as_doer(e, doer, inter, f"; actor1 {doer}: the only air force of the article's other strikes")
        out.append(e)
    return out


def _gassed(e: Event) -> Event:
    """A gas attack hits the people of the place it fell on, as ACLED codes it: a state read as its target is
    the state the text accuses of it (عقابا للنظام على الهجوم الكيماوي) when no doer is read, and a slip
    otherwise; either way the target is the place's civilians.  A foreign state read as the doer is one
    answering the attack (threats, strikes in reprisal, accusations): gas is used on the ground by the place's
    own state or by an armed group there."""
    if e.sub_event_type != "Chemical weapon":
        return e
    notes = e.notes
    a1, i1 = e.actor1, e.inter1
    home = e.location.country if e.location is not None else None
    if a1 and home and _state_country(str(a1)) not in (None, home):
        a1, i1 = None, None
        notes += f"; not actor1: {e.actor1}, a foreign state, answers the gas attack"
    if e.actor2 and (str(e.actor2).startswith("Civilians") or _state_country(str(e.actor2)) is None):
        return replace(e, actor1=a1, inter1=i1, interaction=interaction(i1, e.inter2), notes=notes) if a1 != e.actor1 else e
    if e.actor2 and a1 is None and _state_country(str(e.actor2)) == home:
        a1, i1 = e.actor2, e.inter2
        notes += f"; actor1 {a1}: the state read as the gas attack's target is the one accused of it"
    if home is None:
        return replace(e, actor1=a1, inter1=i1, interaction=interaction(i1, e.inter2), notes=notes)
    return replace(e, actor1=a1, inter1=i1, actor2=f"Civilians ({home})", inter2=7, interaction=interaction(i1, 7),
                   civilian_targeting=True, notes=notes + f"; actor2 Civilians ({home}): a gas attack's victims")


#: Words of stopping a missile, rocket or drone in flight, in the event's quoted sentence.
_INTERCEPTED = re.compile(r"اعتر[اض]|أسقط|إسقاط|اسقاط|تصد[تى]|التصدي")
#: Where a foreign force's air defences stop what is fired (the Saudi-led coalition's batteries in Yemen);
#: Palestine has no air defence of its own, what is stopped there is the launch, told elsewhere.
_DEFENDED_BY = {"YE": "SA", "PS": None}


#: The note of a weapon retyped as stopped in flight for an interception told beside its own sentence
#: (`marsad.events.folds`): that sentence told the launch, so the side read there fired it.
_STOPPED_BESIDE = "type: its interception told beside it"


def _launcher_of_stopped(e: Event) -> Event:
    """A missile retyped as stopped in flight for an interception told beside its sentence holds, as actor1, the
    side its own sentence has fire it (أطلق صاروخ باليستي من قبل مليشيات الحوثي).  ACLED codes disrupted
    weapons use the other way round, actor1 the side that stopped it and actor2 the one that fired, so the
    launcher becomes actor2 and a state's forces read beside it actor1 (civilians and armed groups fire, they do
    not intercept; an interceptor not named is left to `_interceptor`).  Never when actor1 is the forces of the
    state where it fell: those stop weapons over their own ground, they do not fire them there."""
    if e.sub_event_type not in _STOPPED_TYPES or _STOPPED_BESIDE not in e.notes or not _side(e.actor1):
        return e
    home = e.location.country if e.location is not None else None
    if home is not None and _state_country(str(e.actor1)) == home:
        return e
    stopper = e.actor2 if e.inter2 in (1, 8) and _side(e.actor2) and _apart(str(e.actor1), str(e.actor2)) else None
    inter = e.inter2 if stopper else None
    return replace(e, actor1=stopper, inter1=inter, actor2=e.actor1, inter2=e.inter1, civilian_targeting=False,
                   interaction=interaction(inter, e.inter1),
                   notes=e.notes + f"; actor2 {e.actor1}: it fired what was stopped" + (
                       f"; actor1 {stopper}: named beside it, the side that stopped it" if stopper else ""))


def _interceptor(e: Event) -> Event:
    """A missile or drone stopped over a state's territory with no interceptor named was stopped by that
    state's air defences (اعترضت الدفاعات الجوية صاروخا فوق الرياض، تم اعتراض صاروخ في سماء حمص), never the
    launcher's; the note says so."""
    if e.sub_event_type != "Disrupted weapons use" or e.actor1 or e.location is None or not e.location.iso2:
        return e
    home = e.location.iso2.upper()
    if not (_INTERCEPTED.search(quoted(e)) or (_STOPPED_BESIDE in e.notes and _DEFENDED_BY.get(home, home) == "SA")):
        return e  # told beside it, only where one air defence stops what is fired (the Saudi-led coalition's)
    iso = _DEFENDED_BY.get(home, home)
    if iso is None:
        return e
    doer = military_of(iso)
    if doer is None or (e.actor2 and not _apart(doer, str(e.actor2))):
        return e
    return as_doer(e, doer, 1 if iso == home else 8, f"; actor1 {doer}: the air defences where it was stopped")


#: Who polices protests where another state holds the ground (Israel's army at the Gaza fence and in the West
#: Bank): the state, and its branch.
_HELD_BY = {"PS": ("IL", "Military")}


#: Countries split between authorities in the sources' years (Syria, Yemen, Libya): who arrests there is for
#: the text to say.
_DIVIDED = frozenset({"SY", "YE", "LY"})


def _repressor(e: Event) -> Event:
    """Force used on protesters, or an arrest, with no force named was the work of the security forces of the
    state holding the place (the country's police; Israel's army in Gaza and the West Bank); the note says
    so.  Arrests are left alone where several authorities hold the ground."""
    if e.sub_event_type == "Excessive force against protesters" and str(e.actor1).startswith(("Protesters", "Rioters")):
        # the crowd (of a demonstration folded in, or read as the doer) is the side force was used on, never its user
        hit = (e.actor2, e.inter2) if e.actor2 else (e.actor1, e.inter1)
        e = replace(e, actor1=None, inter1=None, actor2=hit[0], inter2=hit[1])
    if e.actor1 or e.location is None or not e.location.iso2:
        return e
    if e.sub_event_type != "Excessive force against protesters" and not (
            e.sub_event_type == "Arrests" and e.location.iso2.upper() not in _DIVIDED):
        return e
    iso, branch = _HELD_BY.get(e.location.iso2.upper(), (e.location.iso2.upper(), "Police"))
    doer = military_of(iso, branch)
    if doer is None:
        return e
    inter = 1 if iso == e.location.iso2.upper() else 8
    return as_doer(e, doer, inter, f"; actor1 {doer}: the security forces holding the place")


#: Words in an arrest's sentence that make the arrested fighters, suspects of an attack or a group's members
#: (عناصر إرهابية، خلية، المتورطين، مطلوبين، يشتبه، هاجموا): their side is for the text to say, not civilians.
_NOT_CIVILIAN_CAPTIVES = re.compile(r"[إا]رهاب|مسلح|خلي[ةه]|عناصر|عنصر|داعش|تكفيري|متشدد|جهادي|مقاتل|حوثي|مطلوب|متورط|"
                                    r"شتب(?:ه|اه)|هاجم|ميليشي|مليشي|تنظيم|جماع[ةه]|مهرب|عصاب")


def _arrested_civilians(e: Event) -> Event:
    """An arrest whose doer is read and whose arrested are not (the police's arrest filled in from the place,
    اعتقال الرجل، القبض على صبري) holds civilians of the place, as ACLED codes the arrested when the report
    names no group of theirs; never where the sentence speaks of fighters, a cell, suspects or attackers."""
    if (e.sub_event_type != "Arrests" or not e.actor1 or e.actor2 or e.location is None or not e.location.country
            or _NOT_CIVILIAN_CAPTIVES.search(quoted(e))):
        return e
    who = f"Civilians ({e.location.country})"
    return _as_target(e, who, 7, f"; actor2 {who}: the arrested, no group of theirs named")


#: Homes and residential quarters as what was hit (استهدفت الأحياء السكنية، القصف على منازل المواطنين), not
#: where guns stood (نقل المدافع إلى وسط الأحياء السكنية): the strike's target is civilians.
_HOMES = re.compile(r"(?:استهدف\S*|على|طال\S*|قصف\S*|ضرب\S*)\s+(?:\S+\s+)?"
                    r"(?:الأحياء السكنية|الاحياء السكنية|المناطق السكنية|الأحياء المأهولة|منازل المواطنين|منازل المدنيين|"
                    r"منازل السكان|الأحياء الآهلة|المناطق الآهلة|[أا]حياء سكنية|حي[اً]*\s+سكني[اً]*)")


def _homes_hit(e: Event) -> Event:
    """A strike or shelling whose sentence names homes or residential quarters as hit and no side as its
    target hit civilians (ACLED's Civilians (country)); the note says so."""
    if (e.event_type != "Explosions/Remote violence" or e.actor2 or e.location is None or not e.location.country
            or e.sub_event_type == "Disrupted weapons use"):
        return e
    if not _HOMES.search(quoted(e)):
        return e
    who = f"Civilians ({e.location.country})"
    return _as_target(e, who, 7, f"; actor2 {who}: homes or residential quarters hit")


#: Words of harm to people (قتل، مقتل، إصابة، جرحى، سقوط قتلى …) before whom it befell.
_HARM = re.compile(r"^[وف]?(?:[بل]?(?:مقتل|قتل|قتلى|إصاب|اصاب|أصيب|اصيب|جرح|جريح|استشهاد|شهداء|سقوط|وفاة)"
                   r"|أسفر|اسفر|أوقع|اوقع|لقي|لقوا)")
#: How many words after a harm word its victims may stand (قتل أكثر من 200 شخص، معظمهم من المدنيين: eight words).
_HARM_REACH = 8
#: Cardinal words a count of people may be written with (أربعة إسرائيليين).
_COUNT_WORDS = frozenset({"اثنين", "اثنان", "ثلاثة", "أربعة", "اربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة",
                          "عشرات", "مئات", "عدد", "عددا", "عدداً"})


#: Tens a count of people may be written with (عشرون شخصا).
_TENS = frozenset({"عشرون", "عشرين", "ثلاثون", "ثلاثين", "أربعون", "أربعين", "خمسون", "خمسين"})
#: "People" counted as the harmed (3 أشخاص، عشرون شخصا): ACLED's civilians when no side of theirs is named.
_PEOPLE = frozenset({"أشخاص", "اشخاص", "أشخاصا", "اشخاصا", "شخصا", "شخصاً", "شخص"})
#: Words that make the harmed, or some of them, fighters or state forces (بينهم جنود، من عناصر الأمن، مسلحين).
_ARMED_HARMED = re.compile(r"جند|جنود|عسكري|عناصر|عنصر|شرط|[اأ]من|مسلح|مقاتل|ضابط|ضباط|حوثي|داعش|[إا]رهابي|ميليشي|مليشي")


#: Words that name the harmed as no fighters: children, women, a family or its head, residents, citizens
#: (مقتل رب أسرة وإصابة 4 من أفراد أسرته، قتل 15 طفلا وامرأتان).  A proclitic may precede (وأطفال، لأسرة); الأسر
#: (capture) is no family, so the family words are written whole.
_NONCOMBATANTS = re.compile(r"^[وفبل]?(?:ال|لل)?(?:أطفال|اطفال|طفل|نساء|امرأ|امرا|سيدة|سيدات|أسرة|اسرة|أسرت|اسرت|عائل"
                            r"|مواطن|سكان|أهالي|اهالي)")


#: Words that deny the harm word after them (دون إصابات في صفوف المواطنين: no one was hurt).
_NO_HARM = frozenset({"دون", "بدون", "عدم", "لا", "ولا", "ولم", "لم"})


def _people_counted_hit(words: list[str], i: int) -> bool:
    """People counted right after the harm word at `i` (قتل 3 أشخاص، لقي عشرون شخصا مصرعهم), or named as no
    fighters (`_NONCOMBATANTS`: مقتل رب أسرة وإصابة 4 آخرين من أفراد أسرته, a Houthi shell on a village), none of
    the harmed window naming fighters or state forces: civilians by ACLED's rule for victims of no named side.
    Without the family words the Houthi shell that killed a family's father took the article's one enemy named
    (Yemen's government forces) as its target.  A denied harm (دون إصابات في صفوف المواطنين) hit no one."""
    window = words[i + 1 : i + 1 + _HARM_REACH]
    if i > 0 and words[i - 1] in _NO_HARM:
        return False
    window = list(takewhile(lambda v: v not in _NO_HARM, window))  # أوقعت أضرارا دون إصابات: the harm stops there
    if any(_ARMED_HARMED.search(v) for v in window):
        return False
    if any(_NONCOMBATANTS.match(v) for v in window):
        return True
    return any(v.strip("،,.؛;:") in _PEOPLE and j > 0 and (window[j - 1].isdigit() or window[j - 1] in _COUNT_WORDS
                                                          or window[j - 1] in _TENS)
               for j, v in enumerate(window))


def _people_hit(quote: str) -> bool:
    """The sentence tells counted people harmed, none said to be fighters or state forces (`_people_counted_hit`)."""
    words = quote.split()
    return any(_HARM.match(w) and _people_counted_hit(words, i) for i, w in enumerate(words))


def _people_of(word: str) -> str | None:
    """The country of a plural nationality word for people (إسرائيليين، فلسطينيا، سوريون), or None."""
    w = word.strip("،,.؛;:()\"«»")
    if not w.endswith(("ين", "ون", "يا", "يًا", "ياً")):
        return None
    if w.endswith(("يا", "يًا", "ياً")):
        w = w.rstrip("اً").rstrip("ي") + "يين"  # فلسطينيا -> فلسطينيين
    return demonym_country(w)


def _civilians_named_hit(quote: str, iso2: str, doer_country: str | None) -> bool:
    """The sentence tells people harmed (killed, wounded) who are civilians (من المدنيين، مدنيين), are counted
    by the nationality of the place (إصابة 18 فلسطينيا in Gaza, جرح 3 إسرائيليين in Sderot; not the doer's own)
    or are counted as people of no named side (قتل 3 أشخاص لدى انفجار قنبلة)."""
    words = quote.split()
    for i, w in enumerate(words):
        if not _HARM.match(w):
            continue
        if _people_counted_hit(words, i):
            return True
        window = words[i + 1 : i + 1 + _HARM_REACH]
        for j, v in enumerate(window):
            civil_defence = j > 0 and window[j - 1].endswith("دفاع")  # الدفاع المدني reports, it is not hit
            if "مدني" in v and not v.startswith(("المدنية", "مدنية")) and not civil_defence:
                return True
            counted = j > 0 and (window[j - 1].isdigit() or window[j - 1] in _COUNT_WORDS)
            people = _people_of(v) if counted or (j == 0) else None
            if people is not None and people == iso2 and people != doer_country:
                return True
    return False


def _civilians_hit(e: Event) -> Event:
    """A strike, shelling or bomb with no side named as hit, whose sentence tells civilians or the place's
    people (counted by nationality) killed or wounded, hit civilians: ACLED's Civilians (country)."""
    if (e.event_type != "Explosions/Remote violence" or e.actor2 or e.location is None or not e.location.country
            or not e.location.iso2 or e.sub_event_type in _STOPPED_TYPES):
        return e
    iso = e.location.iso2.upper()
    doer_country = _country_iso(_state_country(str(e.actor1))) if e.actor1 else None
    if not _civilians_named_hit(quoted(e), iso, doer_country):
        return e
    who = f"Civilians ({e.location.country})"
    return _as_target(e, who, 7, f"; actor2 {who}: civilians or the place's people told killed or wounded")


def _country_iso(name: str | None) -> str | None:
    """ISO2 of a country's table name, or None."""
    if name is None:
        return None
    return _iso_by_name().get(name)


#: A military airport or air base as what was hit (مطار التيفور العسكري، المطار العسكري، قاعدة جوية).
_AIR_BASE = re.compile(r"مطار\s+(?:\S+\s+)?(?:ال)?عسكري|المطار العسكري|مطار عسكري|(?:ال)?قاعدة (?:ال)?جوية")
#: Countries whose airports the war's sides hold by turns (Yemen's, Libya's): whose base was hit is for the text.
_AIRPORTS_SPLIT = frozenset({"YE", "LY"})


def _air_base_hit(e: Event) -> Event:
    """A strike or missile attack on a military airport or air base, with no side read as hit, hit the forces of
    the state whose territory it is (a foreign air force's raid on a Syrian air base): only a state keeps
    military airports; never where the doer is that state."""
    if (e.event_type != "Explosions/Remote violence" or e.actor2 or e.location is None or not e.location.iso2
            or e.sub_event_type in _STOPPED_TYPES or e.location.iso2.upper() in _AIRPORTS_SPLIT):
        return e
    iso = e.location.iso2.upper()
    if e.actor1 and (_state_country(str(e.actor1)) == e.location.country or not str(e.actor1).startswith(
            ("Military Forces of", "Government of"))):
        return e
    forces = military_of(iso)
    if forces is None or not _AIR_BASE.search(quoted(e)):
        return e
    return _as_target(e, forces, 1, f"; actor2 {forces}: the state's military airport or air base hit")


#: A government building or an official's convoy as what was hit (اقتحم مقرا حكوميا، دمر انتحاري مقرا حكوميا آخر،
#: استهدف انفجار، في 13 مارس، موكب رئيس الوزراء): a hit word, up to five words, then the building of the government,
#: governorate or municipality, or the convoy of a premier, minister or governor.
_GOVERNMENT_SITE = re.compile(r"(?:استهدف\S*|اقتحم\S*|هاجم\S*|دمر\S*|فجر\S*|قصف\S*|طال\S*|على|ضد)\s+(?:\S+\s+){0,5}?"
                              r"[وب]?(?:(?:مقر|مبنى|مقار|مباني|مجمع)[اًٌ]*\s+(?:ال)?(?:حكومي|حكومة|محافظة|بلدية)"
                              r"|موكب\s+(?:ال)?(?:رئيس|وزير|محافظ|نائب))")


def _government_site_hit(e: Event) -> Event:
    """An attack with no side read as hit, whose sentence names a government building or an official's convoy as
    what it hit, hit the government of the place (ACLED's Government of Somalia for a bomber storming a district
    headquarters); never where the doer is that state."""
    if (e.event_type not in _TWO_SIDED or e.actor2 or e.location is None or not e.location.iso2
            or e.sub_event_type in _STOPPED_TYPES or _state_country(str(e.actor1 or "")) == e.location.country):
        return e
    government = government_of(e.location.iso2.upper())
    if government is None or not _GOVERNMENT_SITE.search(quoted(e)):
        return e
    return _as_target(e, government, 1, f"; actor2 {government}: a government building hit")


#: Sub-event types in which ground changes hands: the side that lost it is the other side.
_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


#: Actor kinds that take no side in the fighting a report tells: the UN and aid agencies, political parties.
_UNARMED_KINDS = frozenset({"international", "organization", "party"})


#: Names that are no fighting force: a government, and Palestine's "forces" read off a nationality word
#: (فلسطينيين at the Gaza fence are demonstrators) or its police (no side of Israel's strikes on Gaza); the
#: armed factions have their own names.
_NO_ARMY = ("Government of ", "Military Forces of Palestine", "Police Forces of Palestine")


def _enemy(name: str, inter: int | None, kind: str, home: str | None) -> bool:
    """A party that can be the other side of a war's event at `home` (the event's country): a rebel, militia or
    identity group, a de facto authority's forces (the Houthis), or the forces of the country where it took
    place.  Not a government that speaks or is spoken of (الحكومة اللبنانية in a report of Israeli strikes),
    nor a third state named in passing (the United States in a report of an Israeli strike in Syria)."""
    if kind in _UNARMED_KINDS or not _side(name) or name.startswith(_NO_ARMY):
        return False
    if inter in (2, 3, 4):
        return True
    return inter in (1, 8) and _state_country(name) in (None, home)


def _own_people(name: str, inter: int | None, doer: str, home: str | None) -> bool:
    """A party of the doer's own state by name (its special forces, Settlers (Israel) beside Israel's
    army): not its enemy in a report that names no other.  A rival camp's forces named after the same state
    (Military Forces of Yemen (2017-) Houthi beside Military Forces of Yemen (2012-2022)) are no own people.
    `home` is the doer's state (`_state_country`)."""
    if home is None:
        return False
    if state_camp(name) and state_camp(doer) and _apart(name, doer):
        return False
    return name.startswith((f"Military Forces of {home}", f"Police Forces of {home}")) or (
        inter == 4 and name.endswith(f"({home})"))


#: How far from an event's trigger (characters) a party counts as named beside it.
_NEAR = 400
#: Sub-event types whose other side is who fired what was stopped, whoever its shots were aimed at.
_STOPPED_TYPES = frozenset({"Disrupted weapons use"})
#: Sub-event types outside the two-sided event types whose other side the article may leave to context.
_SIDED_TYPES = _TERRITORY | _STOPPED_TYPES


def _civilians_told(e: Event) -> bool:
    """Civilians hit, by the event's flag or its sentence, and no weapon stopped in flight: no enemy to name.
    Asked last in `_war_opponent`, so the sentence is scanned only for events that could take an enemy."""
    if e.sub_event_type in _STOPPED_TYPES:
        return False
    if e.civilian_targeting:
        return True
    quote = quoted(e)
    return _CIVILIANS in quote or _people_hit(quote)


#: Armed opponents the sentence tells without a name (اشتبك الجيش مع المعارضة المسلحة في بلدة الحراك، الجماعات
#: المسلحة المتشددة في درنة): the text gives the other side, and a group named elsewhere in the article is no
#: evidence that it is this one.
_UNNAMED_FOES = re.compile(r"(?:ال)?معارضة (?:ال)?مسلحة|فصائل (?:ال)?معارض|فصائل (?:ال)?مسلحة|(?:ال)?جماعات (?:ال)?مسلحة"
                           r"|(?:ال)?مجموعات (?:ال)?مسلحة|(?:ال)?مجموعات (?:ال)?متطرفة|(?:ال)?جماعات (?:ال)?متطرفة"
                           r"|(?:ال)?جماعات (?:ال)?متشددة")


def _foreign_group(m: ActorMention, name: str, iso: str | None) -> bool:
    """A non-state group of another country than the event's, by the KB, with no branch there and in no state's
    camp: the Kurdistan Democratic Party of Iran in a page that tells Russia's raids on Idlib and, in
    another story's paragraph, Iran's missiles on the party's seat in Iraq.  Named far from the event it
    is no enemy `_war_opponent` may take from the article; the Houthis (a camp of Yemen's forces) over
    Saudi Arabia stay one."""
    return (m.generic is None and not m.branches and bool(m.actor_country) and bool(iso)
            and str(m.actor_country).upper() != str(iso).upper() and not state_camp(name))


def _war_opponent(e: Event, mentions: Sequence[ActorMention], text: str = "") -> Event:
    """An event with its doer named and no other side, in an article that names exactly one party that can
    be its enemy (`_enemy`) apart from the doer's camp anywhere, or exactly one within `_NEAR` characters of
    its trigger, was fought against that party: the coalition's strikes and the government's advances in a
    Yemen story whose only enemy named is the Houthis, a missile shot down over Saudi Arabia by the Houthis
    named beside it in a story that also tells of Hamas, a town retaken from the one group the article names.
    Civilians hit (the sentence names them) are no enemy, except for a weapon stopped in flight, whose other
    side is who fired it; an article naming two parties against the doer beside the event leaves it to the
    text.  A foreign group (`_foreign_group`) counts only beside the event and in its paragraph (`text`, the
    article's: a page's next paragraph may be another story); a sentence that tells its foes unnamed
    (`_UNNAMED_FOES`) takes none from elsewhere in the article."""
    if (e.actor2 or not _side(e.actor1) or e.sub_event_type == "Chemical weapon"
            or not (e.event_type in _TWO_SIDED or e.sub_event_type in _SIDED_TYPES) or _civilians_told(e)):
        return e
    doer = str(e.actor1)
    doer_home = _state_country(doer)
    iso, home = (e.location.iso2, e.location.country) if e.location is not None else (None, None)
    at = e.trigger.start if e.trigger is not None else None
    others: dict[str, tuple[str, int | None]] = {}
    near: dict[str, tuple[str, int | None]] = {}
    for m in mentions:
        name, inter = m.name(iso), m.inter_in(iso)
        if _enemy(name, inter, m.kind, home) and _apart(name, doer) and not _own_people(name, inter, doer, doer_home):
            beside = at is not None and m.start >= 0 and abs(m.start - at) <= _NEAR
            foreign = _foreign_group(m, name, iso)
            if beside and foreign and at is not None and "\n" in text[min(m.start, at) : max(m.start, at)]:
                beside = False
            if beside:
                near[_base(name)] = (name, inter)
            if beside or not foreign:
                others[_base(name)] = (name, inter)
    if len(others) == 1 and not _UNNAMED_FOES.search(quoted(e)):
        (other, inter), = others.values()
        return _as_target(e, other, inter, f"; actor2 {other}: the only armed party the article names against {doer}")
    if len(near) == 1:
        (other, inter), = near.values()
        return _as_target(e, other, inter, f"; actor2 {other}: the only armed party named beside it against {doer}")
    return e


def _named_group(e: Event, mentions: Sequence[ActorMention]) -> Event:
    """Gunmen the sentence does not name (مسلحون، عناصر مسلحة) are the one armed group the article names when
    it names exactly one that is not the side hit (IS, in a report of its attack on Suwayda that calls its men
    "the attackers" in one sentence and names the group in another); ACLED keeps an unidentified group only
    where the report identifies none.  A group named only in sentences dated before the event (وفي مايو
    الماضي، أعلن تنظيم الدولة مسؤوليته …) is an earlier time's, not one the report names for this one."""
    if not str(e.actor1).startswith(UNIDENTIFIED) or e.sub_event_type == "Air/drone strike":
        return e  # an armed group flies no air raid (a drone strike on AQAP is not AQAP's)
    iso = e.location.iso2 if e.location is not None else None
    named = ((m.name(iso), m) for m in mentions if m.inter in (2, 3) and m.kind not in _UNARMED_KINDS
             and not told_before(m.told_date, e.event_date))
    groups = {n: m.inter_in(iso) for n, m in named
              if not n.startswith(UNIDENTIFIED) and (e.actor2 is None or _apart(n, str(e.actor2)))}
    if len({_base(n) for n in groups}) != 1:
        return e
    name, inter = next(iter(groups.items()))
    return as_doer(e, name, inter, f"; actor1 {name}: the only armed group the article names, for {e.actor1}")


def _referred_group(e: Event, mentions: Sequence[ActorMention]) -> Event:
    """A doer read off التنظيم، الحركة or الجماعة (`agent_phrases.anaphor_doer`) and left unnamed by `_named_group`
    is the one armed group the article names with that noun (تنظيم داعش for التنظيم, حركة الشباب for الحركة),
    as ACLED codes the group the report means; with none or several such groups it is dropped: the word refers
    back to a group the text named, so an unidentified group would be a guess."""
    if ANAPHOR_NOTE not in e.notes or not str(e.actor1).startswith(UNIDENTIFIED):
        return e
    word = e.notes.split(ANAPHOR_NOTE + " (", 1)[1].split(")", 1)[0]
    noun = normalize(word).removeprefix("ال")
    iso = e.location.iso2 if e.location is not None else None
    named = {_base(n): (n, m.inter_in(iso)) for m in mentions if m.inter in (2, 3) and m.kind not in _UNARMED_KINDS
             and noun in normalize(m.text) and not (n := m.name(iso)).startswith(UNIDENTIFIED)}
    if len(named) == 1:
        (name, inter), = named.values()
        return as_doer(e, name, inter, f"; actor1 {name}: the article's one group named {word} refers to")
    return replace(e, actor1=None, inter1=None, interaction=interaction(None, e.inter2),
                   notes=e.notes + f"; actor1 dropped: no one group of the article is the {word} referred to")


#: Sub-event types an armed group claims (bombings, raids, assassinations); never an air raid.
_CLAIMABLE = frozenset({"Suicide bomb", "Remote explosive/landmine/IED", "Grenade", "Armed clash", "Attack",
                        "Shelling/artillery/missile attack"})


def _claimed_doer(e: Event, mentions: Sequence[ActorMention]) -> Event:
    """An attack with no doer or unidentified gunmen as its doer is the one armed group the article has claim an
    act (وأعلنت حركة الشباب مسؤوليتها عن الهجوم، وتبنى تنظيم الدولة الهجوم), as ACLED codes a claimed
    attack; never where two groups claim, nor the side hit, nor by a claim its sentence dates before the
    event (an earlier attack's, `claim_dates.told_before`)."""
    if e.sub_event_type not in _CLAIMABLE or (e.actor1 and not str(e.actor1).startswith(UNIDENTIFIED)):
        return e
    iso = e.location.iso2 if e.location is not None else None
    claimed = {_base(m.name(iso)): (m.name(iso), m.inter_in(iso)) for m in mentions
               if m.claims and m.inter in (2, 3) and m.kind not in _UNARMED_KINDS and not m.name(iso).startswith(UNIDENTIFIED)
               and not told_before(m.told_date, e.event_date)}
    if len(claimed) != 1:
        return e
    (name, inter), = claimed.values()
    if e.actor2 and not _apart(name, str(e.actor2)):
        return e
    return as_doer(e, name, inter, f"; actor1 {name}: the armed group the article has claim the attack")


#: A planted or carried bomb named in the sentence (عبوة ناسفة، سيارة مفخخة، لغم، تفجير انتحاري): someone set it.
#: A bare explosion (انفجار، دوي انفجارات) may be a strike or a missile shot down; a bomb (قنبلة) may be dropped.
_PLANTED = re.compile(r"عبو[ةت]|عبوتا|مفخخ|ملغوم|ناسف|لغم|[اأ]لغام|انتحاري|تفجير")
#: Sub-event types of a bomb set by hand.
_BOMBINGS = frozenset({"Remote explosive/landmine/IED", "Suicide bomb"})


def _unknown_bomber(e: Event) -> Event:
    """A roadside bomb, car bomb, landmine or suicide bombing whose sentence names the device and that no
    rule gave a doer was set by an armed group the report does not identify: ACLED's Unidentified Armed
    Group (country), as it codes the bombings of unknown authors (انفجار عبوة ناسفة زرعت أسفل سيارة دورية
    أمنية في الفحيص).  Asked last, after the claimed and the article's one named group.  An unnamed group read as
    the side hit (the sentence's gunmen taken for its target) is the bomber."""
    if e.actor1 or e.sub_event_type not in _BOMBINGS or e.location is None or not e.location.country:
        return e
    if str(e.actor2 or "").startswith(UNIDENTIFIED):  # the bomber read as the side hit: it is the doer
        return replace(as_doer(e, str(e.actor2), e.inter2, f"; actor1 {e.actor2}: the unnamed group read as hit set the bomb"),
                       actor2=None, inter2=None, interaction=interaction(e.inter2, None))
    if not _PLANTED.search(quoted(e)):
        return e
    who = f"{UNIDENTIFIED} ({e.location.country})"
    return as_doer(e, who, 3, f"; actor1 {who}: a bomb set by a group the report does not name")


#: Sub-event types of a bomb set or thrown by hand, which ACLED never gives a state's forces as the doer.
_HAND_BOMBS = _BOMBINGS | {"Grenade"}
#: A state's forces' own act on a bomb in the sentence (destroying, dismantling, foiling or seizing it): a
#: weapon stopped, not a bombing, so the forces named stay.
_STOPPING = re.compile(r"تدمير|دمرت|تفكيك|فككت|إحباط|احباط|أحبطت|احبطت|ضبط|إبطال|ابطال|نزع")


def _bomber_not_state(e: Event) -> Event:
    """A roadside bomb, car bomb, suicide bombing or grenade whose doer was read as a state's forces by
    position (the soldiers it killed: قتل 8 جنود من الجيش الليبي في تفجير سيارة مفخخة; the police source that
    told it: قال مصدر بالشرطة العراقية إن سيارة ملغومة انفجرت) was set by someone else: the state's forces
    are dropped as actor1 before the later passes (else the article's one enemy of those forces would stand
    as the bomb's target, and the bomber unnamed gets `_unknown_bomber`'s name).  Forces the text marks as
    the doer, or that destroyed or dismantled the bomb (a disrupted weapon told in a bombing's words), stay;
    so do the Houthis' (a camp, not a state by name)."""
    if e.sub_event_type not in _HAND_BOMBS or not e.actor1 or _state_country(str(e.actor1)) is None:
        return e
    if "actor1 marked as agent" in e.notes or "by nationality" in e.notes or _STOPPING.search(quoted(e)):
        return e
    return replace(e, actor1=None, inter1=None, interaction=interaction(None, e.inter2),
                   notes=e.notes + f"; actor1 dropped: {e.actor1}, read by position, sets no bombs")


#: A line that ends a sentence or a clause: punctuation, a closing quote or bracket.
_LINE_END = re.compile(r"[.!?؟…:;؛،,\"»”)\]]\s*$")
#: Words a headline line of another story has: more than a section heading (جبهة الساحل الغربي), less than a paragraph.
_HEADLINE_WORDS = (4, 14)


def _headline_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the lines after the first that read as the headlines of other stories that a news page sets
    among the paragraphs ("طرد" تنظيم الدولة من درنة بشرق ليبيا، فاغنر: ظل روسيا الطويل في سوريا): four to
    fourteen words and no punctuation closing them, where a paragraph ends its sentence."""
    spans, at = [], 0
    for i, line in enumerate(text.split("\n")):
        words = len(line.split())
        if i and _HEADLINE_WORDS[0] <= words <= _HEADLINE_WORDS[1] and not _LINE_END.search(line):
            spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def told_in_story(mentions: Sequence[ActorMention], text: str) -> list[ActorMention]:
    """The mentions outside the headline lines of other stories (`_headline_spans`): a group named only in a
    link to another story (a BBC page's "طرد تنظيم الدولة من درنة" under a report of Haftar's forces taking
    Derna from other groups) is no party the article names for its events."""
    spans = _headline_spans(text) if text else []
    return [m for m in mentions if not any(s <= m.start < e for s, e in spans)]


def fill_sides(events: Sequence[Event], mentions: Sequence[ActorMention] = (), text: str = "") -> list[Event]:
    """Each two-sided event with one side named gets the other when the article pairs that side with
    exactly one opponent elsewhere, or names exactly one armed party against it (`mentions`: the
    article's actor mentions, as the extractor read them; with the article's `text`, those in the
    headlines of other stories are left out, `told_in_story`); the note says so."""
    mentions = told_in_story(mentions, text)
    stopped = (_interceptor(_launcher_of_stopped(_gassed(_bomber_not_state(_forces_of_government(_distinct(e))))))
               for e in events)
    events = _air_strikes_doer([_homes_hit(_arrested_civilians(_repressor(e))) for e in stopped])
    # a battle's other side is who the article has fight on the ground; a strike's, whom it has fight at all
    opponents: dict[str, dict[str, dict[str, int | None]]] = {t: defaultdict(dict) for t in _TWO_SIDED}
    for e in events:
        if e.event_type in _TWO_SIDED and _side(e.actor1) and _side(e.actor2) and _apart(str(e.actor1), str(e.actor2)):
            for kind in ("Explosions/Remote violence", e.event_type):
                opponents[kind][str(e.actor1)][str(e.actor2)] = e.inter2
                opponents[kind][str(e.actor2)][str(e.actor1)] = e.inter1
    out = []
    for e in events:
        named = e.actor1 if e.actor2 is None else e.actor2 if e.actor1 is None else None
        if e.event_type not in _TWO_SIDED or e.civilian_targeting or not _side(named) or _CIVILIANS in e.notes:
            out.append(e)
            continue
        others = {o: i for o, i in opponents[e.event_type].get(str(named), {}).items() if _apart(o, str(named))}
        if len(others) != 1 or (e.actor1 is None and e.event_type != "Battles") or e.sub_event_type == "Chemical weapon":
            out.append(e)  # who fired from afar is for the text to say; a gas attack's victims are civilians
            continue
        (other, inter), = others.items()
        note = f"; the other side, {other}, from the article's other events with {named}"
        e = _as_target(e, other, inter, note) if e.actor2 is None else as_doer(e, other, inter, note)
        out.append(e)
    # civilians told hurt are the target only where no armed party was read for it
    # a claimed doer comes last: the article's one enemy of a claimant is no evidence of whom its attack hit
    return [_unknown_bomber(_referred_group(_claimed_doer(_civilians_hit(_government_site_hit(_air_base_hit(_war_opponent(
        _named_group(e, mentions), mentions, text)))), mentions), mentions)) for e in out]
