"""Event actors' roles: who acted and who was hit, among a sentence's actor mentions
(`marsad.events.mentions`).

Arabic news puts the agent after a verb (قصفت قوات النظام …) or before a verbal noun (شنّت
قوات الأمن حملة …); "على يد" / "من قبل" mark an agent and "ضد" / "على" a target.  Civilians
and protesters are targets of violence; in a protest the protesters act.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from marsad.events.agent_phrases import (
    ANAPHOR_NOTE,
    accused,
    agent_from,
    anaphor_doer,
    government_side,
    nominative_subject,
)
from marsad.events.alleged import alleged_after, latest_of
from marsad.events.context import chemical_word
from marsad.events.mentions import (
    ANNOUNCING,
    BETWEEN_SOURCE_AND_ACT,
    CLAIM_WORDS,
    COALITION_ARMS,
    ActorMention,
    military_mention,
    stands_behind_at,
)
from marsad.events.roles import (
    FUNCTION_WORDS,
    PLATFORMS,
    WEAPONS,
    bad_head,
    bare,
    is_quantity,
    is_verbish,
    marked_before,
    passive_subject,
    skip_quantity,
    unprefixed,
    victim_position,
)
from marsad.events.sides import same_side
from marsad.gazetteer.demonyms import demonym_country
from marsad.model import Token
from marsad.text import article_stripped, normalize

log = logging.getLogger(__name__)

_AGENT_MARKS = {("علي", "يد"), ("من", "قبل"), ("بيد",), ("بايدي",), ("برصاص",), ("بنيران",)}
_TARGET_MARKS = {"ضد", "علي", "باتجاه", "نحو", "استهدف", "استهدفت", "استهداف"}


#: Words of a count that open the object or the passive subject after a verb (قتل العديد من الجنود، عشرات).
_COUNTED = frozenset(normalize(w) for w in ("العديد", "عدد", "عددا", "عشرات", "مئات", "آلاف", "بعض"))
#: Verbal nouns whose genitive is the one they befall (قتل عناصر حوثية: the killing of Houthis), unlike قصف
#: or هجوم, whose genitive is the doer (قصف جيش الإسلام).
_OBJECT_NOUNS = tuple(normalize(w) for w in ("قتل", "وقتل", "أسر", "اعتقال", "خطف", "اختطاف", "اغتيال"))
#: Prepositions before a verb-form trigger that make it a verbal noun (نجحت في قتل وأسر عناصر حوثية).
_BEFORE_NOUN = frozenset(normalize(w) for w in ("في", "من", "عن", "على", "إلى", "بعد", "خلال"))


def _object_first(tokens: Sequence[Token], first: int, last: int, at: int) -> bool:
    """The party named right after a verb-form trigger is no subject when what stands between opens an
    object (an indefinite accusative: قتلت قائدا في تنظيم داعش; a count after a killing: قتل العديد من الجنود
    الإيرانيين, not اقتحم مئات الجنود) or the
    trigger is a verbal noun of killing or capture after a preposition (نجحت في قتل وأسر عناصر حوثية: the
    killing of Houthis; في قصف جيش الإسلام keeps its doer)."""
    if at < 0:
        return False
    killing = tokens[first].norm.startswith(_OBJECT_NOUNS)
    if first > 0 and tokens[first - 1].norm in _BEFORE_NOUN and killing:
        return True
    between = tokens[last + 1 : at]
    # a count opens a killing's passive subject (قتل العديد من الجنود), but the doer of others (اقتحم مئات الجنود)
    return any((killing and (t.norm in _COUNTED or t.text.isdigit()))
               or (len(t.norm) > 3 and t.text.endswith(("ا", "اً")) and not t.norm.startswith("ال")) for t in between)


def _norm_before(tokens: Sequence[Token], idx: int, k: int) -> tuple[str, ...]:
    return tuple(t.norm for t in tokens[max(0, idx - k) : idx])


#: How far (in tokens) a target may stand from the trigger outside the trigger's clause.
TARGET_REACH = 6
_BREAKS = frozenset("،,؛;:.!?؟")


def near_trigger(tokens: Sequence[Token], i: int, first: int, last: int) -> bool:
    """Token i is within TARGET_REACH of the trigger, or in its clause (no break in between)."""
    if i < 0:
        return False
    if first - TARGET_REACH <= i <= last + TARGET_REACH:
        return True
    lo, hi = (i, first) if i < first else (last, i)
    return not any(t.kind == "punct" and t.text in _BREAKS for t in tokens[lo:hi])


def assign_roles(
    mentions: Sequence[ActorMention],
    tokens: Sequence[Token],
    tok_index: dict[int, int],
    trigger_first: int,
    trigger_last: int,
    event_type: str,
    verbal: bool,
) -> tuple[ActorMention | None, ActorMention | None, list[str]]:
    """(actor1, actor2, reasons) for a trigger among the sentence's `mentions`."""
    reasons: list[str] = []
    victims = {"civilians", "protesters"}
    mentions = [m for m in mentions if (can_act(m) or _hit(tokens, tok_index.get(m.start), m))
                and not (m.start in tok_index and (_support_mark(tokens, tok_index[m.start]) is not None
                                                   or (_speaks(tokens, tok_index[m.start]) and not _announces(
                                                       tokens, _last_token(tokens, tok_index[m.start], m.end),
                                                       trigger_first))))]
    if event_type == "Battles":
        # "في غارة للتحالف واشتباكات مع ألوية العمالقة": who owns another attack noun is that strike's doer
        own = [m for m in mentions if m.start in tok_index and _owns_other_attack(tokens, tok_index[m.start], trigger_first)]
        mentions = [m for m in mentions if m not in own] if len(own) < len(mentions) else mentions
    national = _state_named(tokens, trigger_first, trigger_last, event_type)
    if not mentions:
        if national is None and event_type == "Explosions/Remote violence":
            # غارات على أهداف إيرانية with no striker read: the sites' state is still the one hit
            hit = _hit_nationality(tokens, trigger_last, None)
            if hit is not None:
                reasons.append(f"actor2 the state whose sites were hit ({hit.text})")
            return None, hit, reasons
        if national is None or event_type in ("Protests", "Riots"):
            return None, None, reasons
        if _stopped_weapon(tokens, trigger_first, trigger_last, event_type, national):
            stopper = _platform_nationality(tokens, trigger_first, trigger_last, _DEFENCES)
            stopper = stopper if stopper is not None and stopper.name(None) != national.name(None) else None
            reasons.append(f"actor2 the state whose weapon was stopped ({national.text})")
            if stopper is not None:
                reasons.append(f"actor1 the state whose air defences stopped it ({stopper.text})")
            return stopper, national, reasons
        reasons.append(f"actor1 the state whose forces the sentence names by nationality ({national.text})")
        hit = _hit_nationality(tokens, trigger_last, national) if event_type == "Explosions/Remote violence" else None
        if hit is not None:
            reasons.append(f"actor2 the state whose sites were hit ({hit.text})")
        return national, hit, reasons
    agent: ActorMention | None = None
    target: ActorMention | None = None
    agents_marked, targets_marked = [], []
    guessed: list[ActorMention] = []  # put among the targets by a guess (named after a strike), not a mark
    not_agents = []
    plural_verb = verbal and tokens[trigger_first].norm.endswith("وا")
    # whose aircraft or guns fired says who struck in a strike, not in a clash they supported
    remote = event_type == "Explosions/Remote violence"
    for m in mentions:
        i = tok_index.get(m.start)
        if i is None:
            continue
        before2 = _norm_before(tokens, i, 2)
        before1 = before2[-1:] if before2 else ()
        last = _last_token(tokens, i, m.end)
        if (before2 in _AGENT_MARKS or before1 in _AGENT_MARKS or _after_doer(tokens, i) or _claims_it(tokens, last)
                or _announces(tokens, last, trigger_first) or _stands_behind(tokens, last, trigger_first)
                or agent_from(tokens, i, trigger_first, trigger_last) or accused(tokens, i, last, trigger_first, trigger_last)
                or (verbal and m.kind not in victims and nominative_subject(tokens, i, last, trigger_first, trigger_last))
                or (m.kind not in victims and ((remote and _flies(tokens, i))
                                               or ((not verbal or _by_attack(tokens[trigger_first]))
                                                   and _strike_of(tokens, i, trigger_first, trigger_last, m))))):
            agents_marked.append(m)
        elif marked_before(tokens, i, _TARGET_MARKS) or _site_owner(tokens, i):
            targets_marked.append(m)
        elif (
            victim_position(tokens, i, last)
            or (plural_verb and 0 < i - trigger_last <= 3)
            or (targets_marked and tokens[i].norm.startswith("و") and _right_after(tokens, targets_marked[-1], i))
        ):
            targets_marked.append(m)  # the dead or hurt of a toll; the object of قتلوا (its subject came first)
        elif passive_subject(tokens, i, last):
            targets_marked.append(m)  # "جنديا عراقيا قتل في …": the one a passive verb hit, not its doer
        elif (_glued_l(tokens[i], m) or _detached_l(tokens, i)) and not _owns_platform(tokens, i):
            not_agents.append(m)  # للجيش، لقوات: whose patrol or base was hit, not who acted
    if event_type == "Protests" or event_type == "Riots":
        demo = [m for m in mentions if m.kind in ("protesters", "rioters")]
        agent = demo[0] if demo else None
        others = [m for m in mentions if m is not agent and m.kind not in ("protesters", "rioters", "civilians")]
        target = others[0] if others and any(w in event_type for w in ("Riots",)) else None
        return agent, target, reasons
    stoppable = event_type in ("Strategic developments", "Explosions/Remote violence")
    if stoppable and _intercepting(tokens, trigger_first, trigger_last):
        launchers = [m for m in mentions if _launched_by(tokens, tok_index.get(m.start, 0))]
        if launchers:
            agents_marked = [m for m in agents_marked if m not in launchers]
            targets_marked = launchers + targets_marked
            reasons.append(f"not actor1: {launchers[0].text} fired what was intercepted")
            defence = [m for m in mentions if m not in launchers and _air_defence_of(tokens, tok_index.get(m.start, 0))]
            if defence and not agents_marked:
                agents_marked = defence[:1]  # قوات الدفاع الجوي للتحالف: whose air defence intercepted it
            elif not agents_marked:
                national = _platform_nationality(tokens, trigger_first, trigger_last, _DEFENCES) or national
    if agents_marked:
        # of several marked doers (مدفعية الجيش دكت …، كما استهدفت مقاتلات التحالف بغارات) the trigger's own
        agent = min(agents_marked, key=lambda m: abs(tok_index.get(m.start, 0) - trigger_first))
        reasons.append(f"actor1 marked as agent ({agent.text})")
    elif national is not None:
        agent = national
        reasons.append(f"actor1 the state named by the trigger's adjective ({agent.text})")
    else:
        cands = [m for m in mentions if m.kind not in victims and m not in targets_marked and m not in not_agents]
        after = [
            m for m in cands if (tok_index.get(m.start, -1) > trigger_last and tok_index.get(m.start, -1) - trigger_last <= 3)
        ]
        before = [m for m in cands if tok_index.get(m.start, 10**9) < trigger_first]
        if verbal and after and _object_first(tokens, trigger_first, trigger_last, tok_index.get(after[0].start, -1)):
            targets_marked.append(after[0])  # قتلت قائدا في تنظيم داعش: the group of the one killed, not the killer
            reasons.append(f"not actor1: {after[0].text} follows the verb's object")
            cands = [m for m in cands if m is not after[0]]
            after = []
        if verbal and after:
            agent = after[0]
            reasons.append(f"actor1 follows the verb ({agent.text})")
        elif before:
            agent = before[-1]
            reasons.append(f"actor1 nearest before the trigger ({agent.text})")
        elif cands and remote and _hit_after(tokens, tok_index.get(cands[0].start, -1), trigger_last):
            # "استهدفت ضربات صاروخية مطار الشعيرات … وحزب الله": named after a strike, by no doer mark, it was hit
            reasons.append(f"not actor1: {cands[0].text}, named after the strike without a doer mark, is what it hit")
            targets_marked.insert(0, cands[0])
            guessed.append(cands[0])
        elif cands:
            agent = cands[0]
            reasons.append(f"actor1 only non-victim actor ({agent.text})")
        if agent is not None and remote and _grounded(agent) and _air_raid(tokens, trigger_first, trigger_last):
            # "الغارات استهدفت مقرا لقيادات الحوثي": a group with no aircraft, named by no doer mark, was hit
            reasons.append(f"not actor1: {agent.text} flies no air raid; its target")
            targets_marked.insert(0, agent)
            guessed.append(agent)
            agent = None
    if agent is None and event_type in _ANAPHOR_TYPES:
        agent = anaphor_doer(tokens, trigger_first, trigger_last, verbal)
        if agent is not None:
            reasons.append(f"{ANAPHOR_NOTE} ({agent.text})")
    if agent is not None and _faceless(agent) and agent is not national:
        men, agent = agent, _group_of(agent, mentions, tokens, tok_index)  # كمين نصبه مسلحو داعش: IS's men
        if agent is not men:
            mentions = [m for m in mentions if m is not men]
            reasons.append(f"actor1 the group the men belong to ({agent.text})")
    leader = _led_by(agent, mentions, tokens, tok_index) if agent is not None and agent is not national else None
    if leader is not None:
        agent = leader
        reasons.append(f"actor1 is the group led by {leader.text}")
    rest = [
        m
        for m in mentions
        if m is not agent
        and (agent is None or not same_side(m.name(None), agent.name(None), camps=False))
        and near_trigger(tokens, tok_index.get(m.start, -1), trigger_first, trigger_last)
    ]
    # a side marked as hit (the dead of a toll, the object of استهدف) is the target wherever the sentence
    # names it, unless it is the doer's ally (another clause's victim); an unmarked one only near the trigger;
    # a body that reports (the UN) only when marked
    marked = [m for m in targets_marked if m is not agent and (agent is None or not same_side(m.name(None), agent.name(None)))
              and (m in rest or m not in guessed)]
    rest = [m for m in rest if can_act(m)]
    # "مقتل 32 مسلحا من ميليشيات الحوثي": the faceless gunmen are the named group's that follows them
    marked = [n for m in marked if (n := _group_of(m, mentions, tokens, tok_index) if _faceless(m) else m)
              is not agent and (agent is None or not same_side(n.name(None), agent.name(None), camps=False))]
    # "مقتل 30 مسلحا" after a strike on a named group's men: the gunmen are that group's, not unidentified
    faceless = [m for m in marked if _faceless(m)]
    named = [m for m in rest if not _faceless(m) and m.kind not in victims
             and (agent is None or same_side(m.name(None), agent.name(None)) is False)]
    pref = [m for m in marked if m not in faceless] + [m for m in rest if m.kind in victims] + (
        named if faceless and named else []) + faceless + rest
    if pref:
        target = pref[0]
        reasons.append(f"actor2 {target.text}")
    elif remote:
        target = _hit_nationality(tokens, trigger_last, agent)
        if target is not None:
            reasons.append(f"actor2 the state whose sites were hit ({target.text})")
    return agent, target, reasons


#: Event types an armed group referred back to (التنظيم، الحركة) may be the doer of.
_ANAPHOR_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


#: Words of stopping a weapon in flight (اعترضت الدفاعات، تم اعتراضه، أسقطت الطائرة، تصدت لها).
_INTERCEPT_STEMS = tuple(normalize(w) for w in ("اعترض", "اعتراض", "أسقط", "إسقاط", "تصدت", "تصدى", "التصدي"))
#: Words of firing that name the launcher after them (إطلاق صاروخ من قبل الحوثيين، أطلقه الحوثيون).
_LAUNCH_STEMS = tuple(normalize(w) for w in ("إطلاق", "أطلق"))  # أطلقته، أطلقوا … share the stem


def _intercepting(tokens: Sequence[Token], first: int, last: int) -> bool:
    """An interception is told near the trigger, in its sentence."""
    for ks in (range(last + 1, min(len(tokens), last + 30)), range(first - 1, max(-1, first - 11), -1)):
        for k in ks:
            t = tokens[k]
            if t.kind == "punct" and t.text in _HARD_BREAKS:
                break
            if t.norm.lstrip("وف").startswith(_INTERCEPT_STEMS):
                return True
    return False


def _air_defence_of(tokens: Sequence[Token], i: int) -> bool:
    """The mention at `i` owns the air defence named right before it (الدفاع الجوي للتحالف)."""
    return i > 0 and tokens[i - 1].norm in ("الجوي", "الجويه")


def _launched_by(tokens: Sequence[Token], i: int) -> bool:
    """The mention at `i` is who fired (إطلاق صاروخ باليستي من قبل الحوثيين): a launch word shortly before it."""
    return any(t.norm.lstrip("و").startswith(_LAUNCH_STEMS) for t in tokens[max(0, i - 6) : i])


#: Things of a side that a strike or fight hits (مواقع، تجمعات، تعزيزات …).
_SITES = frozenset(normalize(w) for w in (
    "أهداف", "مواقع", "موقع", "قواعد", "مقرات", "مقر", "تجمعات", "تعزيزات", "منشآت", "مخازن", "آليات"))
#: … with its nationality right after (أهداف إيرانية، مواقع سورية، قواعد روسية، المركز الإيراني; قوات/عناصر name the
#: side itself).
_HIT_SITES = _SITES | frozenset(normalize(w) for w in (
    "قاعدة", "منشأة", "قوات", "ميليشيات", "مليشيات", "عناصر", "مركز", "معسكر", "مستودع", "مستودعات", "ثكنة",
    "آلية", "دورية", "مدرعة", "مدرعات", "عربة", "رتل", "سفينة", "بارجة", "زورق"))
#: … with its owner named right after (مواقع الحوثيين، تجمعات للمتمردين، في صفوف الانقلابيين): the side hit.
_OWNED_SITES = _SITES | frozenset(normalize(w) for w in (
    "تجمع", "تحصينات", "صفوف", "معاقل", "معقل", "ثكنات", "نقاط", "دفاعات", "خطوط"))


def _site_owner(tokens: Sequence[Token], i: int) -> bool:
    """Token i names the owner of a hit site (مواقع الحوثيين، تجمعات للمتمردين)."""
    return i > 0 and bare(tokens[i - 1]) in _OWNED_SITES


def _hit_nationality(tokens: Sequence[Token], last: int, agent: ActorMention | None) -> ActorMention | None:
    """غارات على أهداف إيرانية، استهداف آلية عسكرية تركية: the state a nationality word after a hit site or
    vehicle names (a military adjective between), within the clause after the trigger; never the striker's
    own.  ACLED's actor2 is the state force hit, not an empty side."""
    for k in range(last + 1, min(len(tokens), last + 6)):
        if tokens[k].kind != "word" and tokens[k].text not in _QUOTES:
            return None
        if bare(tokens[k]) in _HIT_SITES or tokens[k].norm in _HIT_SITES:  # آلية: its آ is no article
            j = k + 1
            while j < len(tokens) and j - k <= 2 and tokens[j].norm in _MANNER:
                j += 1  # مواقع عسكرية سورية، آلية عسكرية تركية
            m = _demonym_mention(tokens, j)
            if m is not None and (agent is None or m.name(None) != agent.name(None)):
                return m
    return None


#: Gas, beside the chemical words of `chemical_word`: the side named after a gas attack is its accused.
_GAS = frozenset({"غاز", "بغاز"})


def _hit_after(tokens: Sequence[Token], i: int, last: int) -> bool:
    """A side named after a strike, bombing or shelling, by no doer mark, is what it hit (استهدفت الغارات
    مواقع الحوثيين), unless it owns the trigger (قصف النظام، طائرات النظام) or the attack is a chemical one,
    where the side named after it is the one accused (الهجوم الكيماوي الذي يتهم به النظام)."""
    if i <= last + 1 or _flies(tokens, i):
        return False
    near = tokens[max(0, last - 3) : min(len(tokens), last + 4)]
    return not any(chemical_word(t.norm) or t.norm in _GAS for t in near)


#: Phrases before a side that took part in support of the doer (بإسناد من مقاتلات التحالف، بدعم من روسيا،
#: بمشاركة قوات الحشد): ACLED's associated actor, never the doer itself.  "المدعومة من إيران" (backed by) is
#: a standing description, not a part in the event, and is left out.
_SUPPORT_MARKS = tuple(tuple(normalize(w).split()) for w in (
    "بدعم من", "بدعم", "بإسناد من", "بإسناد", "بمساندة من", "بمساندة", "بغطاء جوي من", "بإسناد جوي من",
    "بدعم جوي من", "بمشاركة", "بمشاركة من", "بالتعاون مع", "بالاشتراك مع"))
#: Words that may stand between the mark and the side (بإسناد من مقاتلات التحالف، بدعم من طيران النظام).
_SUPPORT_ARMS = COALITION_ARMS | frozenset(normalize(w) for w in ("مدفعية", "طيران", "سلاح", "الجو", "الحربي", "جوي"))


def _support_mark(tokens: Sequence[Token], i: int) -> int | None:
    """The first token of the support mark that brings in the side at token i (وبإسناد من مقاتلات
    التحالف), or None."""
    k = i - 1
    while k >= 0 and i - k <= 3 and tokens[k].norm in _SUPPORT_ARMS:
        k -= 1
    for mark in _SUPPORT_MARKS:
        n = len(mark)
        if k - n + 1 < 0:
            continue
        words = [t.norm for t in tokens[k - n + 1 : k + 1]]
        words[0] = words[0][1:] if words[0].startswith("و") and words[0][1:].startswith("ب") else words[0]
        if tuple(words) == mark:
            return k - n + 1
        # a second mark joined to a first (وبمشاركة وإسناد من القوات الإماراتية) drops its ب after و
        if (k - n >= 0 and words[0] == "و" + mark[0][1:] and tuple(words[1:]) == mark[1:]
                and _support_mark(tokens, k - n + 1) == k - n):
            return k - n
    return None


def supporter(mentions: Sequence[ActorMention], tokens: Sequence[Token], tok_index: dict[int, int],
              sides: Sequence[ActorMention | None]) -> tuple[int, ActorMention] | None:
    """(0 or 1, the side that took part in support of that side of the event): ACLED's associated actor.

    The supported side is the one named right before the mark (القوات الشرعية، بإسناد من قوات التحالف،
    سيطرت …), with commas, time words and at most one other word between (القوات اليمنية المشتركة بإسناد);
    otherwise the supporter is left out, since a supporter of the other side would be misfiled."""
    for m in mentions:
        i = tok_index.get(m.start)
        mark = _support_mark(tokens, i) if i is not None else None
        if mark is None or not can_act(m):
            continue
        for k, side in enumerate(sides):
            if side is None or side.start < 0 or side.name(None) == m.name(None):
                continue
            end = _last_token(tokens, tok_index.get(side.start, -1), side.end)
            gap = tokens[end + 1 : mark] if 0 <= end < mark else None
            if gap is not None and len([t for t in gap if t.kind == "word" and t.norm not in BETWEEN_SOURCE_AND_ACT]) <= 1:
                return k, m
    return None


def can_act(m: ActorMention) -> bool:
    """Whether the actor can carry out what is coded: the UN and its agencies report, condemn and get
    attacked, but are never the doer (a UN envoy "according to" whom children were killed)."""
    return m.kind != "organization"


#: Nouns and verbs of speaking about an event (تصريح الرئيس الأميركي، ندد الجيش بالهجوم): who follows one
#: comments on the event; a source announcing its own act is caught before, by the claims' own-act test.
_SPEECH = frozenset(normalize(w) for w in (
    "تصريح", "تصريحات", "بيان", "كلمة", "خطاب", "تغريدة", "حديث", "تنديد", "تحذير",
    "وصف", "وصفت", "ندد", "نددت", "دان", "دانت", "أدان", "أدانت", "شدد", "شددت", "حذر", "حذرت", "استنكر", "استنكرت"))


_SPEECH_GAP = frozenset(normalize(w) for w in (
    "،", ",", "أمس", "اليوم", "مساء", "صباح", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"))


def _speaks(tokens: Sequence[Token], i: int) -> bool:
    """The mention at token `i` is the subject or owner of a word of speaking right before it."""
    for t in reversed(tokens[max(0, i - 3) : i]):
        w = t.norm
        if w in _SPEECH or (w[:1] in "وفلب" and w[1:] in _SPEECH):
            return True
        if w not in _SPEECH_GAP:
            return False
    return False


def _hit(tokens: Sequence[Token], i: int | None, m: ActorMention) -> bool:
    """Whether the UN or one of its agencies is named as the one hit (استهدفت الأمم المتحدة): they report,
    condemn and get attacked, but never carry out what is coded, so only then are they a party."""
    if i is None:
        return False
    return marked_before(tokens, i, _TARGET_MARKS) or victim_position(tokens, i, _last_token(tokens, i, m.end))




def _claims_it(tokens: Sequence[Token], last: int) -> bool:
    """The side ending at token `last` claims the act (أعلنت حركة الشباب الإرهابية مسؤوليتها عن الهجوم): the
    claim word within three words after it (a describing adjective or a time may stand between)."""
    return any(t.norm in CLAIM_WORDS for t in tokens[last + 1 : last + 4])


#: Verbs whose subject is the doer of an attack named before them (الهجوم نفذه انتحاري، تبنته طالبان، قام مسلحون بخطف).
_DOER_VERBS = frozenset(
    "نفذ نفذه نفذها نفذت نفذتها نفذوا نفذوها تبني تبناه تبنته تبنت قام قامت قاموا شن شنه شنها شنت شنتها شنوا شنوها"
    " زرع زرعه زرعها زرعت زرعته زرعتها زرعوا زرعوها اطلقه اطلقها اطلقته اطلقتها اطلقوه اطلقوها اطلقتهما"
    " شنته نفذته يشنه يشنها تشنه تشنها يشنونها ينفذه ينفذها تنفذه تنفذها".split()
)
#: … and "laid it" after an ambush only (كمين نصبه مسلحو داعش; a checkpoint نصبتها الميليشيات is no attack).
_LAID = frozenset("نصبه نصبها نصبته نصبتها نصبوه نصبوها".split())


#: Words by which a source says the act is its own (أعلنت القوات، الأحد، أنها اعتقلت).
_OWN_LINK = frozenset(normalize(w) for w in ("أنه", "أنها", "أنهم", "إنه", "إنها", "إنهم", "عن"))


#: أنّ before the source's own forces (ذكر بيان للجيش أن مقاتلاته استهدفت).
_THAT = frozenset(normalize(w) for w in ("أن", "إن", "بأن"))
_POSSESSIVE = ("هما", "هم", "ها", "ه")


def _own(tok: Token, heads: frozenset[str] | None = None) -> bool:
    """A word with the pronoun of its owner (مقاتلاته، سيطرته، قواتها): among `heads` without it, if given."""
    w = tok.norm.lstrip("و")
    for suffix in _POSSESSIVE:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return heads is None or w[: -len(suffix)] in heads or w[: -len(suffix)] + "ات" in heads
    return False


def _announces(tokens: Sequence[Token], last: int, first: int) -> bool:
    """The mention ending at token `last` announces the trigger at `first` as its own act: only a time,
    commas and أنه/أنها/عن lie between (أعلنت قوات سوريا الديمقراطية، الأحد، أنها اعتقلت …), or أنّ and its
    own forces by their pronoun (ذكر بيان للجيش الإسرائيلي أن مقاتلاته استهدفت), or, named before its verb of
    announcing, its act told with its pronoun (وكان النظام السوري قد أعلن عن سيطرته): the report gives the act
    to the source, as ACLED codes a side's claim of its own strike."""
    between = tokens[last + 1 : first]
    if 0 < len(between) <= 3 and between[-1].kind == "word" and _own(between[-1], _DOER_HEADS) and any(
            t.norm in _THAT for t in between[:-1]) and all(t.kind == "punct" or t.norm in _THAT or t.norm in
                                                           BETWEEN_SOURCE_AND_ACT for t in between[:-1]):
        return True
    announcing = any(t.norm.lstrip("و") in ANNOUNCING for t in between)
    return (0 < len(between) <= 5 and any(t.norm in _OWN_LINK for t in between)
            and (not announcing or _own(tokens[first]))
            and all(t.kind == "punct" or t.norm in BETWEEN_SOURCE_AND_ACT or t.norm in _OWN_LINK
                    or t.norm.lstrip("و") in ANNOUNCING for t in between))


#: What may stand between a doer verb and the side it names: the force or aircraft the name owns (غارات
#: شنتها قوات التحالف، قصف نفذته عناصر الحرس), the name read without them.
_DOER_HEADS = PLATFORMS | frozenset(normalize(w) for w in (
    "قوات", "طيران", "عناصر", "مسلحو", "مقاتلو", "ميليشيات", "مليشيات", "ميليشيا", "مليشيا", "وحدات"))
_QUOTES = frozenset('"«»“”')


#: How far after وراء the act stood behind may be named (وراء الغارة الجوية الأخيرة).
_BEHIND_REACH = 3


def _stands_behind(tokens: Sequence[Token], last: int, first: int) -> bool:
    """The side ending at token `last` is said to stand behind the trigger at `first` (تقف وراء الغارة، بالوقوف
    وراء الهجوم), قد or كانت maybe between: the accused or believed doer, whom ACLED codes as actor1."""
    k = last + 1
    while k < len(tokens) and k - last <= 2 and tokens[k].norm.lstrip("و") in ("قد", "كانت", "كان"):
        k += 1
    return stands_behind_at(tokens, k) and 0 < first - (k + 1) <= _BEHIND_REACH


def _after_doer(tokens: Sequence[Token], i: int) -> bool:
    """Token i follows a doer verb, maybe behind a time adverb (قام أمس مسلحون) or a quotation mark
    (أطلقتها "التنظيمات الإرهابية"), or behind the force its name owns when the verb takes the attack back
    as its object (غارات شنتها قوات التحالف): ACLED's actor1 is the side the report has carry the attack
    out, wherever the sentence names it.  A verb before its attack noun (شن قوات الحكومة هجوما) names the
    doer of that noun, which may not be the trigger's (the air cover of another side)."""
    head = False
    for k in range(i - 1, max(-1, i - 4), -1):
        w = tokens[k].norm.lstrip("و")
        if w in _DOER_VERBS or (w in _LAID and k > 0 and "كمين" in tokens[k - 1].norm):
            return not head or w.endswith(("ه", "ها", "هما"))
        if tokens[k].kind == "punct" and tokens[k].text in _QUOTES:
            continue
        if w in _DOER_HEADS and not head:
            head = True
            continue
        if w not in _SKIP:
            return False
    return False


#: Adjectives between an attack noun and the nationality that says whose it was (غارة جوية إسرائيلية).
_MANNER = frozenset({"جويه", "جوي", "صاروخي", "صاروخيه", "مدفعي", "مدفعيه", "بريه", "بحري", "بحريه", "عسكري", "عسكريه"})


#: Platforms whose owner, named right after them, struck (طائرات التحالف، لمقاتلات التحالف، طيران النظام).
_STRIKERS = PLATFORMS | frozenset({"طيران", "مدفعيه", "سلاح", "صواريخ", "قذائف", "راجمات", "مسيره", "مسيرات"})
#: Words between such a platform and its owner (طائرات حربية تابعة للتحالف، الطيران الحربي التابع للنظام).
_OWNER_LINKS = frozenset({"حربيه", "الحربيه", "الحربي", "حربي", "الجو", "جويه", "الجويه", "تابعه", "التابعه",
                          "التابع", "تابع", "بدون", "طيار", "المسيره", "مسيره"})


def _flies(tokens: Sequence[Token], i: int) -> bool:
    """Token i names the owner of the aircraft, guns or rockets just before it: "غارات شنتها طائرات
    التحالف على معاقل الحوثيين" makes the coalition the doer, whoever the sentence names first."""
    for k in range(i - 1, max(-1, i - 4), -1):
        w = bare(tokens[k])
        w = w[1:] if w[:1] in "لب" and w[1:] in _STRIKERS else w
        if w in _STRIKERS:
            return True
        if tokens[k].norm not in _OWNER_LINKS:
            return False
    return False


#: Non-state forces that fly air raids of their own (Haftar's LNA has an air force).
_FLYING_GROUPS = frozenset({"LNA: Libyan National Army"})


def _grounded(m: ActorMention) -> bool:
    """Armed groups, militias and police: no air force (the Houthis' drones are named as drones, not raids)."""
    return (m.inter in (2, 3, 4) or m.kind in ("security", "armed_group")) and m.label not in _FLYING_GROUPS


def _air_raid(tokens: Sequence[Token], first: int, last: int) -> bool:
    """غارة/غارات at or right around the trigger (استهدفت الغارات), or a strike or bombardment called aerial
    (ضربة جوية، قصف جوي); not a drone's."""
    span = [bare(t) for t in tokens[max(0, first - 2) : min(len(tokens), last + 3)]]
    if any("مسير" in w or "طيار" in w for w in span):
        return False
    return any(w.startswith("غار") for w in span) or (
        bare(tokens[first]).startswith(("ضرب", "قصف")) and any(w.startswith("جوي") for w in span))


#: Attack nouns whose owner ل names the doer (غارات للتحالف، هجوم لقوات النظام), unlike استهداف لـ.
_OWNED_ATTACKS = ("غار", "ضرب", "هجوم", "هجمات", "قصف")
#: Adjectives of force between an attack noun and its owner (قصف مدفعي مكثف لقوات النظام).
_INTENSITY = frozenset(normalize(w) for w in ("مكثف", "كثيف", "عنيف", "متواصل", "مستمر", "متقطع"))


def _by_attack(tok: Token) -> bool:
    """An attack word behind the preposition ب (بقصف، بغارة): a noun, whatever verb shares its letters."""
    w = bare(tok)
    return w[:1] == "ب" and w[1:].startswith(_OWNED_ATTACKS)


def _strike_of(tokens: Sequence[Token], i: int, first: int, last: int, m: ActorMention) -> bool:
    """"غارات جديدة للتحالف": a mention glued to ل right after an attack noun (adjectives between)
    owns the attack; after a second attack noun joined to the trigger by و (معارك وقصف مدفعي لقوات الجيش) it owns
    both, as ACLED gives the clashes and the shelling one doer."""
    if not 0 < i - last <= 3 or not _glued_l(tokens[i], m):
        return False
    if i - last > 1 and tokens[last + 1].norm.startswith("و") and unprefixed(tokens[last + 1].norm).startswith(_OWNED_ATTACKS):
        last += 1  # معارك وقصف مدفعي لقوات الجيش: the owner after two joined attack nouns owns both
    elif not bare(tokens[first]).startswith(_OWNED_ATTACKS) and not _by_attack(tokens[first]):
        return False
    between = tokens[last + 1 : i]
    return all(t.kind == "word" and (t.norm.startswith("ال") or t.norm in _INTENSITY or (
        t.norm.endswith(("يه", "ه", "ي")) and not t.norm.startswith(("ل", "ب", "و")))) for t in between)


def _owns_other_attack(tokens: Sequence[Token], i: int, first: int) -> bool:
    """The mention at i owns, by ل, an attack noun right before it that is not the trigger (غارة للتحالف،
    غارات لمقاتلات التحالف: the platform glued to ل between)."""
    if i > 1 and tokens[i - 1].norm.startswith("ل") and bare(tokens[i - 1])[1:] in _AIRCRAFT:
        i -= 1  # غارات لمقاتلات التحالف: the aircraft carry the ل
    return (0 < i != first + 1 and tokens[i].norm.startswith("ل")
            and bare(tokens[i - 1]).startswith(_OWNED_ATTACKS))


#: Aircraft a strike is flown by (غارات لمقاتلات التحالف، لطائرات).
_AIRCRAFT = frozenset(normalize(w) for w in ("مقاتلات", "طائرات", "طيران", "مقاتلة", "طائرة", "مروحيات"))


#: Death words: a nationality after one names the dead (مقتل فلسطيني، قتل أربعة فلسطينيين), not the doer.
_DEATH_WORDS = frozenset(normalize(w) for w in ("قتل", "مقتل", "مصرع", "قتلى", "استشهاد", "وفاة", "إصابة", "جرح",
                                                 "اغتيال", "إعدام"))
#: Aircraft words that are also people: مقاتلة بريطانية is a British woman fighter as often as a jet.
_NOT_PLATFORMS = frozenset(normalize(w) for w in ("مقاتلة", "مقاتل"))


#: A missile, shell or drone as the trigger: what was fired, not an attack noun that a nationality makes the doer's.
_WEAPON_WORDS = WEAPONS | PLATFORMS | frozenset({"مسيره", "مسيرات"})
#: Words that stand for the weapon itself after its name (طائرة بدون طيار، صواريخ أرض-أرض).
_WEAPON_TAIL = frozenset({"بدون", "طيار", "مسيره", "ارض", "جو", "باليستي", "باليستيه", "باليستيا"})


def _stopped_weapon(tokens: Sequence[Token], first: int, last: int, event_type: str, national: ActorMention) -> bool:
    """A weapon stopped in flight (a strategic development whose trigger is the missile or drone) named with its
    nationality (دمرت الدفاعات الجوية السورية صاروخين إسرائيليين، تتصدى للصواريخ الإسرائيلية): the adjective names
    who fired it, the side ACLED codes as actor2 of a disrupted weapons use, never the one that stopped it."""
    if event_type != "Strategic developments" or not any(bare(t) in _WEAPON_WORDS for t in tokens[first : last + 1]):
        return False
    k = last + 1
    while k < len(tokens) and (tokens[k].norm in _MANNER or bare(tokens[k]) in _WEAPON_TAIL):
        k += 1
    return _nationality_at(tokens, k, national)


def _nationality_at(tokens: Sequence[Token], k: int, national: ActorMention) -> bool:
    """The nationality `national` was read off the token at `k` or one of the two after it (an alleged word between)."""
    return any(0 <= j < len(tokens) and tokens[j].start == national.start for j in (k, k + 1, k + 2))


def _state_named(tokens: Sequence[Token], first: int, last: int, event_type: str) -> ActorMention | None:
    """The state whose forces acted, named by a nationality word: after an attack noun (غارة إسرائيلية، قصف
    مدفعي تركي, or the government's: قصف حكومي; after a death word it names the dead: مقتل فلسطيني) or, in a
    strike, after the aircraft or guns that fired (شنت طائرات حربية روسية غارات)."""
    national = None if bare(tokens[last]) in _DEATH_WORDS else (
        _trigger_nationality(tokens, last) or government_side(tokens, last))
    if national is None and (earlier := latest_of(tokens, first, _OWNED_ATTACKS)) is not None:
        national = _trigger_nationality(tokens, earlier)  # الضربات الإسرائيلية … آخرها ضربة: the attacks' state
    if national is None and event_type == "Explosions/Remote violence":
        national = _platform_nationality(tokens, first, last, _STRIKERS) or _next_attack_nationality(tokens, last)
    elif national is None and event_type == "Strategic developments":
        national = _platform_nationality(tokens, first, last, _DEFENCES)  # اعترضت الدفاعات الجوية السعودية
    return national


#: Words right before an aircraft or gun that make it what was hit, not what fired (أسقطت طائرة روسية).
_HIT_BEFORE = frozenset(normalize(w) for w in ("أسقطت", "أسقط", "إسقاط", "اسقاط", "استهدف", "استهدفت", "على", "ضد",
                                               "اعترضت", "اعتراض", "دمرت", "تدمير"))


#: What intercepts: its nationality names the state that disrupted the attack (الدفاعات الجوية السعودية).
_DEFENCES = frozenset(normalize(w) for w in ("دفاعات", "الدفاعات", "منظومة", "منظومات", "بطاريات", "مضادات", "دفاع"))
#: Words between an air defence and its nationality (قوات الدفاع الجوي الملكي السعودي).
_DEFENCE_LINKS = frozenset(normalize(w) for w in ("الجوي", "الجوية", "الملكي", "الملكية", "جوي", "جوية"))


def _platform_nationality(tokens: Sequence[Token], first: int, last: int, platforms: frozenset[str]) -> ActorMention | None:
    """شنت طائرات حربية روسية غارات، المدفعية التركية تقصف، اعترضت الدفاعات الجوية السعودية: the nationality
    after what fired or intercepted (one of `platforms`), near the trigger."""
    for p in range(max(0, first - 8), min(len(tokens), last + 4)):
        word = bare(tokens[p])
        if (word not in platforms or word in _NOT_PLATFORMS
                or (word not in _DEFENCES and p > 0 and tokens[p - 1].norm.lstrip("و") in _HIT_BEFORE)):
            continue
        k = p + 1
        while k < len(tokens) and k - p <= 3 and (tokens[k].norm in _OWNER_LINKS or tokens[k].norm in _MANNER
                                                  or (word in _DEFENCES and tokens[k].norm in _DEFENCE_LINKS)):
            k += 1
        found = _demonym_mention(tokens, k)
        if found is not None:
            return found
    return None


def _next_attack_nationality(tokens: Sequence[Token], last: int) -> ActorMention | None:
    """استهداف ضربة جوية إسرائيلية لموقع، القصف الصاروخي والغارات الإسرائيلية: the strike told right after the
    trigger (a second noun of it) names the state by its adjective."""
    for k in range(last + 1, min(len(tokens), last + 4)):
        if tokens[k].kind != "word":
            return None
        if bare(tokens[k]).lstrip("و").startswith(_OWNED_ATTACKS):
            return _trigger_nationality(tokens, k)
    return None


def _trigger_nationality(tokens: Sequence[Token], last: int) -> ActorMention | None:
    """غارة إسرائيلية، قصف روسي، ضربة جوية أميركية: the adjective names the state whose forces struck; so
    does one the report only suspects (غارات يعتقد أنها إسرائيلية, `alleged_after`)."""
    k = last + 1
    while k < len(tokens) and tokens[k].norm in _MANNER:
        k += 1
    return _demonym_mention(tokens, alleged_after(tokens, k))


def _demonym_mention(tokens: Sequence[Token], k: int) -> ActorMention | None:
    """Token k as the military of the country its nationality word names (روسية، التركي), or None."""
    if k >= len(tokens) or tokens[k].kind != "word" or tokens[k].norm.startswith("و"):
        return None
    try:
        iso = demonym_country(tokens[k].text)
    except (OSError, ValueError):
        return None
    if not iso:
        return None
    t = tokens[k]
    return military_mention(t.start, t.end, t.text, iso)


def _faceless(m: ActorMention) -> bool:
    """An unnamed armed group (مسلحون مجهولون، 30 مسلحا): no side the text names."""
    return m.label.startswith("Unidentified")


def _group_of(m: ActorMention, mentions: Sequence[ActorMention], tokens: Sequence[Token],
              tok_index: dict[int, int]) -> ActorMention:
    """The named group right after faceless men and من (مسلحا من ميليشيات الحوثي) or right after men in the
    construct state (مسلحو داعش، مقاتلو الحركة: the plural that lost its ن to its owner), else the men
    themselves."""
    last = _last_token(tokens, tok_index.get(m.start, 0), m.end)
    owner = last + 2 if last + 2 < len(tokens) and tokens[last + 1].norm == "من" else None
    if owner is None and tokens[last].norm.endswith("و") and not tokens[last].norm.endswith("وا"):
        owner = last + 1
    for n in mentions:
        if owner is not None and tok_index.get(n.start) == owner and not _faceless(n):
            return n
    return m


def _right_after(tokens: Sequence[Token], m: ActorMention, i: int) -> bool:
    """Token i comes straight after mention m (قوات النظام والمسلحين: one conjoined group), or after it
    and up to two more conjoined words (القوات السورية والقوات والميليشيات الإيرانية)."""
    j = i - 1
    while j > 0 and i - j <= 2 and tokens[j].start >= m.end and tokens[j].norm.startswith("و"):
        j -= 1
    return j >= 0 and tokens[j].end >= m.end and tokens[j].start < m.end


def _glued_l(tok: Token, m: ActorMention) -> bool:
    """The mention carries the preposition ل (للجيش، لقوات النظام): whose base or patrol, not who acted."""
    return "ل" in tok.text[: max(0, m.start - tok.start)] or (m.start == tok.start and tok.norm.startswith(("لل", "ولل")))


def _detached_l(tokens: Sequence[Token], i: int) -> bool:
    """ل written apart before the mention, a quote between (المداهمات لـ"خلية إرهابية"): as _glued_l."""
    k = i - 1
    while k >= 0 and tokens[k].kind == "punct" and tokens[k].text in "\"«“'":
        k -= 1
    return k >= 0 and tokens[k].text in ("لـ", "ل")


def _owns_platform(tokens: Sequence[Token], i: int) -> bool:
    """طائرة … تابعة لجيش الاحتلال: the owner of the aircraft or tank that struck is the doer."""
    return any(bare(t) in PLATFORMS for t in tokens[max(0, i - 5) : i])


def _last_token(tokens: Sequence[Token], i: int, end: int) -> int:
    while i + 1 < len(tokens) and tokens[i + 1].start < end:
        i += 1
    return i


#: "a group led by X": the generic group is X's own (بقيادة، يقودها، يتزعمها، بزعامة، التابعة لـ).
_LED_BY = frozenset(
    {"بقياده", "يقودها", "يقوده", "يتزعمها", "بزعامه", "التابعه", "تابعه", "مرتبطون", "مرتبطين", "المرتبطين",
     "المرتبطون", "الموالين", "موالون", "موالين", "الموالون", "ينتمون", "المنتمين"}
)  # fmt: skip


def _led_by(
    generic: ActorMention, mentions: Sequence[ActorMention], tokens: Sequence[Token], tok_index: dict[int, int]
) -> ActorMention | None:
    """The named actor a generic group is said to be led by or to belong to, if the text says so."""
    if generic.generic is None and not generic.needs_country:
        return None  # a named actor is not led by another
    end = tok_index.get(generic.start)
    if end is None:
        return None
    while end + 1 < len(tokens) and tokens[end].end < generic.end:
        end += 1
    for k in range(end + 1, min(len(tokens), end + 8)):
        if tokens[k].kind == "punct" and tokens[k].text in ".،,؛":
            return None
        if tokens[k].norm in _LED_BY:
            named = [m for m in mentions if m.generic is None and m.inter is not None
                     and 0 < tok_index.get(m.start, -1) - k <= 3]
            return named[0] if named else None
    return None


#: Words skipped when reading a role phrase off the trigger: time adverbs and prepositions.
_SKIP = frozenset({"امس", "اليوم", "فجر", "صباح", "مساء", "ليل", "ليلا", "قد", "ايضا", "مجددا"})
_TARGET_PREP = frozenset({"علي", "ضد", "استهدف", "استهدفت", "استهدفوا", "باتجاه", "نحو"})
_STOPWORDS = frozenset(
    {"في", "من", "الي", "عن", "مع", "الذي", "التي", "الذين", "ان", "انه", "بعد", "قبل", "خلال", "حيث", "اثر", "عندما"}
)
_PASSIVE = ("اغتيل", "اصيب", "اختطف", "قتل")


def _instrument(tok: Token) -> bool:
    """بسيارة، بحزام، بقذائف: the means of an attack, not its target."""
    return tok.norm.startswith("ب") and len(tok.norm) > 3 and tok.norm[1:3] != "ين"


_DEMONSTRATIVES = frozenset({"هذه", "هذا", "تلك", "ذلك", "هؤلاء"})


#: Adverbial purposes after a protest's subject (احتجاجا، تنديدا، مطالبين): they end a role phrase.
_PURPOSE = frozenset({"احتجاجا", "تنديدا", "رفضا", "استنكارا", "تضامنا", "تعبيرا", "للاحتجاج", "للمطالبه", "مطالبين",
                      "منددين", "رافعين", "حاملين"})  # fmt: skip


def _phrase(tokens: Sequence[Token], i: int, step: int, limit: int = 2, issue: bool = False) -> tuple[int, int] | None:
    """A role phrase of up to `limit` words from index i in direction `step`.

    Reading forward, a quantity lead is passed over to its head (عدد من الشبان) and kept in the
    span; the head must be a noun that can name a party: not a weapon, a verb, a function word
    or a figure.  The phrase stops at punctuation, a stopword or a verb.
    """
    if step > 0 and 0 <= i < len(tokens) and _instrument(tokens[i]):
        return None
    while 0 <= i < len(tokens) and tokens[i].kind == "word" and tokens[i].norm in _SKIP:
        i += step
    if not 0 <= i < len(tokens):
        return None
    start = i
    if step > 0:
        i = skip_quantity(tokens, i, len(tokens))
        if i > start and tokens[i].norm.lstrip("و") in _PURPOSE:
            return start, i - 1  # تظاهر الآلاف احتجاجا: the figure is the whole phrase
        if i + 1 < len(tokens) and tokens[i].norm in _DEMONSTRATIVES:
            i += 1  # تلك الأعمال: the noun after the demonstrative heads the phrase
    head = tokens[i] if 0 <= i < len(tokens) else None
    if head is None or head.norm in _STOPWORDS or bad_head(head, allow_event=issue):
        return None
    got = [start, i] if step > 0 else [i]
    i += step
    more = limit - 1
    while 0 <= i < len(tokens) and more > 0:
        t = tokens[i]
        if t.norm in _DEMONSTRATIVES and step > 0:
            i += step  # سياسة هذه الدولة: read on to the noun
            continue
        if t.kind not in ("word", "latin") or t.norm in _STOPWORDS or t.norm in FUNCTION_WORDS or is_verbish(t) or _instrument(t):
            break
        if t.norm.lstrip("و") in _PURPOSE:
            break  # تظاهر الآلاف احتجاجا على …: the purpose is no part of the phrase
        if step < 0 and bad_head(t):
            break
        got.append(i)
        i += step
        more -= 1
    return min(got), max(got)


#: Verb stems of the trigger lexicon (shadow form); their inflections are recognised by `is_verb`.
VERB_STEMS = frozenset(
    "قصف هاجم اغتال خطف اختطف اعتقل قتل اقتحم اشتبك استهدف فجر تظاهر احتج اعتصم احتشد تجمهر داهم اعدم ذبح "
    "اغتصب عذب سيطر انسحب نهب اطلق فتح انفجر اعتدي رشق طوق هدم جرف تجمع اوقف احتجز القي القت".split()
)
#: Verbs whose subject is not an agent (the bomb explodes, the sides clash).
INTRANSITIVE = frozenset("انفجر اشتبك انسحب تظاهر احتج اعتصم احتشد تجمهر تجمع".split())


def _verb_stem(form: str) -> str | None:
    w = form.split()[0] if form else ""
    for cand in (w, w[:-2] if w.endswith("وا") else w, w[:-1] if w.endswith("ت") else w, w[1:] if w[:1] in "يت" else w):
        if cand in VERB_STEMS:
            return cand
    return None


def is_verb(form: str) -> bool:
    """Is the lexicon form (shadow form) a finite verb rather than a verbal noun?  قصف مدفعي, قصف جوي: a
    word spelt like a verb before an indefinite adjective is the noun."""
    words = form.split()
    if len(words) > 1 and words[1].endswith("ي") and not words[1].startswith("ال"):
        return False
    return _verb_stem(form) is not None


#: What a protest is against: the phrase after these words (احتجاجا على قرار، تنديدا بالحصار).
_PROTEST_OBJECT = frozenset({"ضد", "علي", "للمطالبه", "مطالبين", "مطالبه", "منددين", "تنديدا", "رفضا", "استنكارا", "امام",
                             "مناهضه", "المناهضه", "مناهضين", "المناهضين", "المناهضون", "المعارضين", "المعارضه",
                             "يطالب", "يطالبون", "تطالب", "طالبوا"})  # fmt: skip
#: The purpose words of a protest (احتجاجا على، للمطالبة ب): unlike a bare على or أمام they name its object
#: however far after the trigger they come (احتشد الآلاف أمس، في طقس ممطر، قبالة البرلمان للمطالبة باستقالة …).
_PROTEST_PURPOSE = frozenset({"احتجاجا", "للاحتجاج", "للمطالبه", "لمطالبه", "مطالبين", "منددين", "تنديدا", "للتنديد", "رفضا",
                              "استنكارا"})  # fmt: skip
#: How far after the trigger a bare marker (على، ضد، أمام) still governs the protest's object.
_NEAR_OBJECT = 12
#: Adverbs between a demand and its object (مطالبين بوضوح برحيل …).
_MANNER_ADVERBS = frozenset({"بوضوح", "بشده", "مجددا", "ايضا", "مره", "خصوصا", "خاصه"})


def protest_target(tokens: Sequence[Token], lo: int, hi: int, last: int) -> tuple[int, int] | None:
    """The object of a protest after the trigger: احتجاجاً على X, ضد X, تنديداً بـX, أمام X, the
    one a demand is made of (مطالبين برحيل X) or a march is against (المسيرة المناهضة للقمة).

    A marker that says what the protest is against (ضد، احتجاجا على، مطالبين) outranks a bare على or أمام
    before it: "احتشدوا على هتافات تطالب بـ«استقالة ثاباتيرو»" is against Zapatero, not the chants, and
    "تظاهروا أمام مقر النقابة احتجاجا على زيارة بوش" against Bush's visit, not the building (the GSR's
    annotators mark what is protested).  A marker whose object cannot be read (a quote, a verb) gives way
    to the next, and "أمام المتظاهرين" (in front of the demonstrators) names no object."""
    for strong in (True, False):
        for j in range(last + 1, hi):
            w = tokens[j].norm.lstrip("و")
            if w in _PROTEST_PURPOSE or (strong and w in _FAR_MARKERS):
                pass
            elif w == "الموت" and j + 1 < hi and tokens[j + 1].norm.startswith("ل") and strong:
                return j + 1, j + 1  # «الموت لأميركا»: a slogan names what the crowd is against
            elif w not in _PROTEST_OBJECT or j >= last + _NEAR_OBJECT or (strong and w in _BARE_MARKERS):
                continue
            elif not strong and w not in _BARE_MARKERS:
                continue
            elif w == "علي" and _not_an_object_ala(tokens, j, hi, last):
                continue
            k = j + 1
            if k < hi and tokens[k].norm in ("علي", "ب"):
                k += 1
            while k < hi and (tokens[k].norm in _MANNER_ADVERBS or tokens[k].norm in _OPEN_QUOTES):
                k += 1
            if k < hi and bare(tokens[k]).startswith(_PROTESTER_STEMS):
                continue  # امام المتظاهرين: the crowd itself
            rng = _protest_object(tokens, k, hi)
            if rng is not None:
                return rng
    return None


#: Markers that name what a protest is against however far after the trigger they come, as the purpose words
#: do: "خرج آلاف المتظاهرين، ضد ما سموه جرائم حماس في غزة، وهتفوا ضد حماس"; "ويعتصم الاف المتظاهرين … ويطالبون
#: باستقالة ساماك".
_FAR_MARKERS = frozenset({"ضد", "يطالبون", "يطالب", "تطالب", "طالبوا"})


def _not_an_object_ala(tokens: Sequence[Token], j: int, hi: int, last: int) -> bool:
    """A bare على at token j that says where or how long, not against what: "الاحتجاجات على طول الحدود"،
    "على التوالي"، "على مدى ثلاث ليال"، or that belongs to another verb ("قوات الأمن قامت على الفور بتفريقها")."""
    if j + 1 < hi and article_stripped(tokens[j + 1].norm) in _EXTENT_WORDS:
        return True
    return j - 1 > last and is_verbish(tokens[j - 1])


#: Words after على that make it a place, a span or a manner (shadow form, article stripped).
_EXTENT_WORDS = frozenset({"طول", "امتداد", "مدي", "توالي", "حدود", "سياج", "وقع", "اثر", "هامش", "رغم", "الاقل", "اقل",
                           "مستوي", "بعد", "قرب", "مقربه", "فور"})  # fmt: skip
#: Markers that only place a protest (أمام البرلمان) or open its object loosely (على): read after the others.
_BARE_MARKERS = frozenset({"علي", "امام"})
_OPEN_QUOTES = frozenset({"«", '"', "“", "ـ"})


def _protest_object(tokens: Sequence[Token], k: int, hi: int) -> tuple[int, int] | None:
    """The phrase a protest word governs from token k; a glued ب or ل (بالحصار، للقمة) belongs to it,
    and a demand's verbal noun takes its object along (برحيل السلطات، باستقالة الحكومة)."""
    if k >= hi:
        return None
    rng = _phrase(tokens, k, 1, issue=True)
    t = tokens[k]
    if rng is None and t.kind == "word" and t.norm.startswith(("ب", "ل")) and len(t.norm) > 3:
        rng = (k, k)  # تنديدا بالحصار: the glued preposition is part of the object here
        nxt = _phrase(tokens, k + 1, 1) if k + 1 < hi else None
        if nxt is not None and nxt[0] == k + 1 and not t.norm.startswith("لل"):
            rng = (k, nxt[1])  # برحيل السلطات العسكرية: the demand and whom it is made of
    return rng if rng and rng[1] < hi else None


#: Nouns for the people who demonstrate (shadow form, article stripped): the source of a protest.
_PROTESTER_STEMS = ("متظاهر", "محتج", "معتصم", "مضرب", "متظاهرو", "متظاهرات")


def protest_source(tokens: Sequence[Token], lo: int, hi: int) -> tuple[int, int] | None:
    """The demonstrators named in a protest sentence (آلاف المتظاهرين، محتجون يساريون), trigger included."""
    for k in range(lo, hi):
        t = tokens[k]
        if t.kind != "word" or not bare(t).startswith(_PROTESTER_STEMS) or bare(t).startswith(("متظاهره", "احتجاج")):
            continue
        start = k
        while start - 1 >= lo and start > k - 3 and (
            (tokens[start - 1].norm == "من" and start - 2 >= lo) or _quantity_word(tokens[start - 1])
        ):
            start -= 1
        while start < k and not _quantity_word(tokens[start]):
            start += 1
        return start, k
    return None


#: Verbs whose subject is the crowd that demonstrates (shadow form, و stripped): تظاهر مئات الأشخاص.
_PROTEST_VERBS = frozenset({"تظاهر", "تظاهرت", "احتشد", "احتشدت", "اعتصم", "اعتصمت", "تجمهر", "تجمع", "تجمعت"})
#: Verbs of going out that make a protest with a protest noun after them: خرج الآلاف في مسيرة.
_GOING_OUT = frozenset({"خرج", "خرجت", "نزل", "نزلت"})
_MARCH_NOUNS = ("مظاهر", "تظاهر", "مسير", "اعتصام", "احتجاج", "الشوارع", "الشارع")


def protest_doer(tokens: Sequence[Token], lo: int, hi: int) -> tuple[int, int] | None:
    """Who the sentence says demonstrated: the subject of its protest verb (تظاهر مئات الأشخاص، خرج
    الآلاف في مسيرة) or the organiser of its march (مظاهرة نظمها حزب البعث).

    The GSR's annotators mark this first-named crowd as the protest's source, not a later "المتظاهرون"
    that refers back to it ("تظاهر مئات الأشخاص في أثينا … واحتشد المتظاهرون أمام مبنى الأكاديمية")."""
    for j in range(lo, hi - 1):
        w = tokens[j].norm.lstrip("و")
        if w in ("نظمها", "نظمته") and j > lo and bare(tokens[j - 1]).startswith(_MARCH_NOUNS):
            rng = _phrase(tokens, j + 1, 1)
        elif w in _PROTEST_VERBS or (
            w in _GOING_OUT and any(bare(t).startswith(_MARCH_NOUNS) for t in tokens[j + 1 : min(hi, j + 13)])
        ):
            rng = _phrase(tokens, j + 1, 1, limit=3)
            if rng is None and _quantity_word(tokens[j + 1]) and tokens[j + 1].norm.startswith("ال"):
                rng = (j + 1, j + 1)  # خرج الآلاف في مسيرة: the figure alone is the crowd
        elif w.endswith("وا") and (w[:-2] in _PROTEST_VERBS or w[:-2] in _GOING_OUT) and j > lo:
            i = j - 1
            while i > lo and tokens[i].norm.lstrip("وب").startswith(_MARCH_NOUNS):
                i -= 1  # أقرباء الرهائن بتظاهرات واعتصموا: the march is no part of the crowd
            rng = _phrase(tokens, i, -1)  # آلاف الإيرانيين قد تظاهروا: the subject came first
            rng = rng if rng is not None and rng[0] >= lo else None
        else:
            continue
        if rng is not None:
            # تظاهر المئات من العراقيين وأغلقوا الطريق: a plural verb glued to و ends the crowd
            cut = next((k for k in range(rng[0] + 1, rng[1] + 1) if _and_they_did(tokens[k])), None)
            rng = (rng[0], cut - 1) if cut is not None else rng
        while rng is not None and rng[1] > rng[0] and article_stripped(tokens[rng[1]].norm) in _DAY_WORDS:
            rng = (rng[0], rng[1] - 1)  # وتجمهر المئات الجمعة: the day is no part of the crowd
        if rng is not None and rng[1] < hi and not _place_or_time(tokens[rng[1]]):
            return rng
    return None


def _and_they_did(t: Token) -> bool:
    """وأغلقوا، ورفعوا: a past plural verb after و (no noun ends so after it)."""
    return t.kind == "word" and t.norm.startswith("و") and t.norm.endswith("وا") and len(t.norm) >= 5


_DAY_WORDS = frozenset({"سبت", "احد", "اثنين", "ثلاثاء", "اربعاء", "خميس", "جمعه", "يوم", "امس", "ليله", "مساء", "صباح"})


def _place_or_time(t: Token) -> bool:
    """A head no crowd has: a weekday or month word, a preposition glued to a place (بالقرب)."""
    return t.norm in _SKIP or t.norm.startswith(("بال", "لل")) or bare(t).startswith(_MARCH_NOUNS)


def _quantity_word(t: Token) -> bool:
    from marsad.events.roles import is_quantity

    return is_quantity(t)


def fallback_roles(
    tokens: Sequence[Token], lo: int, hi: int, first: int, last: int, verbal: bool
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Token ranges (source, target) read off the trigger when no known actor fills a role.

    A verb takes its subject after it (VSO) unless it ends in وا (the subject came first) and
    its object next; a passive (اغتيل) takes its target next; a noun takes its target after a
    following على / ضد.  These spans back the roles; they are not ACLED actor names.
    """
    trig = tokens[first].norm
    src = tgt = None
    stem = _verb_stem(trig.lstrip("و")) if verbal else None
    if stem in INTRANSITIVE:
        if stem in ("تظاهر", "احتج", "اعتصم", "احتشد", "تجمهر", "تجمع"):
            src = _phrase(tokens, last + 1, 1)  # تظاهر الآلاف: the protesters follow the verb
            return (src if src and src[1] < hi else None), None
        return None, None
    if verbal:
        if trig.lstrip("و").startswith(_PASSIVE) and trig.lstrip("و") in ("اغتيل", "اغتيلت", "اصيب", "اصيبت", "اختطف", "قتل"):
            tgt = _phrase(tokens, last + 1, 1)
            return None, tgt if tgt and tgt[1] < hi else None
        if trig.endswith("وا") and first - 1 >= lo:
            src = _phrase(tokens, first - 1, -1)
            tgt = _phrase(tokens, last + 1, 1)
        elif (pre := _subject_before(tokens, lo, first)) is not None:
            src, tgt = pre, _phrase(tokens, last + 1, 1)  # أن قوات أجنبية قتلت تسعة جنود: subject first
        else:
            src = _phrase(tokens, last + 1, 1)
            after = (src[1] + 1) if src else last + 1
            tgt = _phrase(tokens, after, 1)
            if src is not None and is_quantity(tokens[src[0]]):
                src, tgt = None, src  # خطفت 23 من الكوريين: a figure after the verb counts its victims
    else:
        for j in range(last + 1, min(hi, last + 7)):
            if tokens[j].norm.lstrip("و") in _TARGET_PREP:
                tgt = _phrase(tokens, j + 1, 1)
                break
            if tokens[j].kind == "punct" and tokens[j].text in _BREAKS:
                break
        if tgt is None and last + 1 < hi and tokens[last + 1].kind == "word" and tokens[last + 1].norm not in _STOPWORDS:
            tgt = _phrase(tokens, last + 1, 1)  # اغتيال عماد مغنية: the noun's complement
    if src is None:
        src = _agent_after(tokens, last, hi)
    if src is None and not verbal:
        src = _verb_subject(tokens, lo, first)
    if src is not None and passive_subject(tokens, *src):
        src, tgt = None, tgt or src  # ثمانية أشخاص قتلوا في …: the dead of a passive, not its doers
    src = src if src and lo <= src[0] and src[1] < hi else None
    tgt = tgt if tgt and lo <= tgt[0] and tgt[1] < hi else None
    return src, tgt


#: Words after which a subject precedes its verb (أن قوات أجنبية قتلت، وكان مسلح أطلق).
_SUBJECT_FIRST = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه", "لان", "كان", "وكان", "كانت", "وكانت", "كانوا",
                            "وكانوا", "فيما", "بينما", "حين"})  # fmt: skip
#: A doer named after an attack noun: نفذه / تبنته X, من فعل X, نسب إلى X, على يد / من قبل X.
_DOER_AFTER = frozenset({"نفذه", "نفذته", "نفذها", "نفذهما", "تبناه", "تبنته", "تبنتها", "شنه", "شنته", "شنها", "فعل", "تنفيذ"})
_AGENT_CHAIN = {("علي", "يد"), ("من", "قبل"), ("نسب", "الي"), ("نسبت", "الي")}
_AGENT_ONE = frozenset({"بيد", "بايدي"})
_HARD_BREAKS = frozenset(".!?؟؛;:")


def _subject_before(tokens: Sequence[Token], lo: int, first: int) -> tuple[int, int] | None:
    """The subject of a verb told subject first, after أن or كان (أن قوات أجنبية قتلت، وكانت
    مجموعة من ثلاثين مسلحا قد اقتحمت): the phrase after the opener, read forward."""
    for k in range(first - 1, max(lo, first - 12) - 1, -1):
        t = tokens[k]
        if t.norm in _SUBJECT_FIRST:
            if k + 1 >= first:
                return None
            rng = _phrase(tokens, k + 1, 1, limit=3)
            return rng if rng is not None and rng[1] < first else None
        if t.kind != "word" or is_verbish(t) or (t.norm in _STOPWORDS and t.norm != "من"):
            return None
    return None


def _verb_subject(tokens: Sequence[Token], lo: int, first: int) -> tuple[int, int] | None:
    """For an attack noun, the subject of the attack verb before it in its clause (أطلق مسلحون
    النار، أن قوات أجنبية قتلت تسعة جنود في ضربة جوية)."""
    for j in range(first - 1, max(lo, first - 9) - 1, -1):
        t = tokens[j]
        if t.kind == "punct" and t.text in _BREAKS:
            return None
        w = t.norm.lstrip("و")
        if t.kind != "word" or not is_verb(w) or _verb_stem(w) in INTRANSITIVE:
            continue
        if w.endswith("وا"):
            return _phrase(tokens, j - 1, -1) if j - 1 >= lo else None
        rng = _phrase(tokens, j + 1, 1)
        if rng is not None and rng[1] < first and not is_quantity(tokens[rng[0]]):
            return rng
        return _subject_before(tokens, lo, j)
    return None


def _agent_after(tokens: Sequence[Token], last: int, hi: int) -> tuple[int, int] | None:
    """A doer named after the trigger in its clause (هجوم انتحاري تبنته طالبان، اغتيل على يد مسلحين)."""
    for j in range(last + 1, min(hi, last + 6)):
        t = tokens[j]
        if t.kind == "punct" and t.text in _HARD_BREAKS:
            return None
        w = t.norm.lstrip("و")
        k = None
        if w in _DOER_AFTER or w in _AGENT_ONE:
            k = j + 1
        elif j + 1 < hi and (w, tokens[j + 1].norm) in _AGENT_CHAIN:
            k = j + 2
        if k is not None:
            rng = _phrase(tokens, k, 1) if k < hi else None
            return rng if rng and rng[1] < hi else None
    return None
