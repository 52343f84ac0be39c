"""From triggers to coded events: typing, arguments, merging and links to claims.

One pass per sentence: find triggers, drop those a blocker rules out (negation, future,
intent, statement), retype them by context, group what is left by type (one event per
sentence and type), then fill actors, place, date and fatalities, and merge events that share
day, place, actor pair and type across the document (ACLED's rule).  The retelling and merge
tests live in `merge.py`, the passes that fold a second telling into the first in `folds.py`,
the Gaza border demonstrations' tests in `gaza_border.py`, the `Draft` and `Roles` records in `drafts.py`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from itertools import pairwise
from typing import Any

from marsad.events.accused import accused_at
from marsad.events.acled_periods import in_period
from marsad.events.actors import (
    assign_roles,
    can_act,
    fallback_roles,
    is_verb,
    protest_source,
    protest_target,
    supporter,
)
from marsad.events.admitted import admitted_month
from marsad.events.agreements import deal_not_reached, one_deal, place_deal
from marsad.events.aimed import aimed_and_stopped
from marsad.events.air_powers import (
    AIR_STATE_NAMES,
    AIR_STATES,
    AT_WORDS,
    retype_bombers,
    retype_iraqi_strike_in_syria,
    retype_state_bombardment,
    suspected_near,
)
from marsad.events.answered import answered_days, dated_answer
from marsad.events.background import (
    HURT_WORDS,
    accident,
    ambush_for_arrest,
    arrest_not_deed,
    arrests_in_thousands,
    attacker_taken,
    called_for,
    campaign_toll,
    celebration,
    charged,
    cited_as_proof,
    clause_bounds,
    counted,
    denied,
    depicted,
    deployment,
    detention_term,
    discussed,
    early_on,
    ended,
    equipped_with,
    expected,
    footage_shows,
    foreseen,
    habit_opener,
    habitual,
    history_marker,
    holy_site_visit,
    hypothetical,
    in_thousands,
    intensified,
    intercepted,
    judicial,
    lasted_long,
    link_line,
    losses_from,
    may_happen,
    months_ago,
    natural_disaster,
    not_a_crowd,
    not_explosive,
    not_ground,
    not_physical,
    not_violence,
    old_year,
    operation_results,
    operation_tally,
    ordinary_crime,
    period_after,
    period_before,
    pretext,
    previously,
    protest_gesture,
    questioned,
    recent_series,
    result_of_another,
    rumoured,
    set_phrase,
    share_taken,
    since_campaign_owned,
    since_campaign_start,
    since_day,
    since_day_before,
    since_old_year,
    so_far,
    span_before,
    standing_condition,
    stop_not_arrest,
    supported,
    takeover_aim,
    threatened_with,
    told_as_cause,
    trend,
    unceasing,
    undated_pluperfect,
    used_from,
    used_to,
    victims_of,
    waged_since,
    weeks_of_fighting,
    window_total,
    women_fighters,
    year_before_where,
    year_then_when,
)
from marsad.events.capture_fights import retype_capture_fight
from marsad.events.carried_dates import incident_dates, last_year, own_time_end, past_goes_on, resumes, sequel
from marsad.events.chemical_copies import fold_chemical_copies
from marsad.events.civil_targets import retype_civil_target, retype_home_seizure
from marsad.events.claim_dates import date_mentions, told_before
from marsad.events.classifier import SentenceClassifier
from marsad.events.clause_day import own_clause_day
from marsad.events.confrontations import retype_confrontations
from marsad.events.context import (
    AIR_FIELDS,
    CLASH_FIELDS,
    RIOT_FIELDS,
    air_defence_at,
    answered_attack,
    blocked_by,
    carrier_destroyed,
    carrier_struck,
    chemical_word,
    protester_violence,
    refine,
    rocket_attack,
    stem_index,
)
from marsad.events.cordons import drop_cordons, retype_cordons
from marsad.events.country_copies import fold_country_copies
from marsad.events.crimes import fraud_or_graft
from marsad.events.crowd_storming import crowd_storming
from marsad.events.crowds import voters_or_celebrants
from marsad.events.cues import Rule, ask, silent_rules
from marsad.events.dates import after_since, find_dates
from marsad.events.described import fold_described
from marsad.events.discussed import discussed_with_day
from marsad.events.disowned import disowned
from marsad.events.drafts import Draft, Roles
from marsad.events.evidence import AGAINST, CLASSIFIER_WEIGHT, TAKER_REACH, blend, dated_strike, dated_takeover
from marsad.events.exact_tolls import prefer_exact, retold_exact
from marsad.events.fallen_leaders import retype_fallen_leader
from marsad.events.fatalities import Toll, find_tolls
from marsad.events.fighting_fire import retype_fighting_fire
from marsad.events.firebombs import retype_firebombs
from marsad.events.folds import (
    AIR,
    DISRUPTED,
    FIGHTERS,
    RAID_FORMS,
    RAID_NOTE,
    SHELLING,
    STORMING,
    STRIKE_TYPES,
    bombardment_of_air_strikes,
    fold_announced,
    fold_arrests_in_abductions,
    fold_attack_parts,
    fold_battle_shelling,
    fold_bombardment_at_strikes,
    fold_break_ins,
    fold_captures,
    fold_cordons,
    fold_generic,
    fold_headline,
    fold_heard,
    fold_intercepted,
    fold_intervened,
    fold_killings,
    fold_lead,
    fold_peaceful,
    fold_protest_arrests,
    fold_raids,
    fold_riots,
    fold_seizures,
    fold_stopped_copies,
    fold_storming_takings,
    fold_taken_before_release,
    headline_end,
    intercepted_nearby,
    names_captives,
    protest_scene,
)
from marsad.events.found_devices import fold_found_devices
from marsad.events.gains import RELATIVE, gain_after_battle, gain_before_battle
from marsad.events.gaza_border import (
    ARMED_SIDE,
    BORDER_CLASSES,
    BORDER_WORDS,
    FIRE_ON_CROWD,
    MARCH_OF_RETURN,
    deadly_confrontation,
    gaza_border_story,
    shooter,
    told_in_gaza_story,
)
from marsad.events.ground_missiles import retype_ground_missiles
from marsad.events.home import demonym_home
from marsad.events.intent import avoided, intended, operation_aims, provided_for
from marsad.events.intervention import retype_mild_force
from marsad.events.lent_namesakes import fold_lent_namesakes
from marsad.events.lexicon import TriggerHit, TriggerLexicon, candidates, load_lexicon
from marsad.events.liberation import freed_no_ground
from marsad.events.light_verbs import not_done
from marsad.events.location import (
    LEVEL_RANK,
    choose_place,
    in_group_names,
    is_dateline,
    target_noun,
    usable_places,
)
from marsad.events.means import means_of_ruled_out
from marsad.events.mentions import ActorMention, default_actor, find_mentions
from marsad.events.merge import (
    AREA_TYPES,
    DEFINITE_HEADS,
    EXCESSIVE,
    PROTEST_STEMS,
    TERRITORY_TYPES,
    coincides_with_new,
    combine,
    comes_in_context,
    retelling,
)
from marsad.events.mishaps import craft_lost
from marsad.events.month_dated import fold_month_dated
from marsad.events.nonevents import (
    a_topic,
    capability,
    debris_of,
    evaluated,
    fiercest,
    framed_by,
    inventory,
    judged_practice,
    lasting_until,
    listed_means,
    nothing_but,
    protest_and_criticism,
    resolve_rhetoric,
    ruin_left,
    specialised_in,
    suffers_losses,
    terrain_surrounds,
    told_not_done,
    traces_of,
    violence_toll,
    waged_campaign,
    waiting_crowd,
    war_against,
)
from marsad.events.ongoing import ongoing_or_habit
from marsad.events.periods import (
    campaign_span,
    documented_after_period,
    during_escalation,
    operation_begun_back,
    period_across,
    toll_in_aged_wave,
    toll_in_named_wave,
    toll_over_wave,
    wave_age,
    wave_began,
)
from marsad.events.pooled_tolls import strike_tolls
from marsad.events.prayer_day import without_prayer_days
from marsad.events.preludes import battle_ahead, prelude_to, protest_ahead
from marsad.events.prior_tolls import own_tolls
from marsad.events.protest_objects import PROTEST_TYPES, marked_roles, protest_spans
from marsad.events.reaction_days import redate
from marsad.events.regains import not_the_government
from marsad.events.releases import retype_hostage_release
from marsad.events.retype import air_story, may_take_air, retype_air_from_lead
from marsad.events.roles import bad_head, is_quantity, unprefixed
from marsad.events.sentence_tokens import own_tokens
from marsad.events.sides import allies, same_side, state_camp
from marsad.events.stale import RECENT_DAYS, stale
from marsad.events.statements import (
    comes_in_protest,
    deemed,
    described_by_practice,
    diplomatic_protest,
    either_or,
    fled_or_sent,
    grip_on_power,
    warned_outcome,
)
from marsad.events.summaries import QUOTE_MARK, TOLL_MARK, summary_prefix
from marsad.events.sums import counted_dead, counted_incidents, counted_times
from marsad.events.suspects import suspect_in_killing
from marsad.events.told_days import told_day_note
from marsad.events.vague_tolls import fold_span_dated_tolls
from marsad.events.verdicts import archive_lead, verdict_lead
from marsad.events.won_offensives import fold_won_offensives
from marsad.events.year_heads import past_year_section
from marsad.gazetteer.countries import country
from marsad.gazetteer.demonyms import demonym_country
from marsad.model import Claim, Document, Event, Fatalities, Place, Span, Token
from marsad.model.vocab import disorder_type, interaction
from marsad.text import article_stripped, normalize, tokenize
from marsad.text.span_index import ItemIndex

log = logging.getLogger(__name__)
#: The note of a candidate event under the extractor's floor (`candidate_floor`): calibration decides it.
BELOW_FLOOR = "; candidate: under the extractor's floor"
#: How much the sentence classifier weighs in a battle's confidence (0.6 for other events).
BATTLE_WEIGHT = 0.3
#: A battle the lexicon is this sure of (both sides, the place, …) before the classifier weighs in.
STRONG_BATTLE = 0.85

#: How many tokens after a trigger ruled out by أي ("any") a generic verb still tells what it would do.
ANY_REACH = 5
#: The triggers read in one sentence, its first ones: each is weighed against the whole sentence, so a
#: keyword list (قصف قصف قصف …) took minutes; news sentences hold at most 11 (ANT, GSR, ANERcorp).
MAX_SENTENCE_HITS = 50
#: Classes whose triggers are generic: dropped when a more specific trigger shares the sentence.
GENERIC_CLASSES = frozenset({"attack", "kill"})
#: Event types that carry no fatalities of their own (a toll in their sentence is another event's).
NO_TOLL_TYPES = frozenset({"Strategic developments"})
#: A generic attack word this close after a campaign word is the campaign ("حملة أمنية استهدفت").
CAMPAIGN_REACH = 3
#: A reported death toll this large is a running total (حصيلة سبع سنوات), not an incident.
AGGREGATE_TOLL = 1000
#: Wounded counted this high are a running total too (one day of Gaza's border protests wounded 2,400).
AGGREGATE_INJURED = 5000
#: Words for fighters among the dead (shadow form): their killing is combat, not an attack on civilians.
ARMED_VICTIMS = frozenset(
    "عناصر عنصرا عنصر مسلحين مسلحا مسلحي مسلح مقاتلين مقاتلا مقاتلي مقاتل جنود جنديا جنديين جنديان جندي "
    "عسكريين عسكريا ارهابيين ارهابيا متشددين "
    # takfiris and armed infiltrators (تكفيريين، متسللين مسلحين): the state's name for the fighters it kills
    "تكفيريين تكفيريا متسللين متسللا "
    # members of an armed movement or of a force (الحوثيين، المتمردين، جنودها): fighters too
    "حوثيين حوثيا حوثي متمردين متمردا متمردون جنودها جنوده عناصرها عناصره مقاتليها مقاتليه دواعش "
    # militiamen, and the members of a force or group told before (ومقتل عدد من أفراده)
    "ميليشيات مليشيات ميليشيا مليشيا افراده افرادها".split()
)
#: An armed group named as the owner of the dead (قتلى التنظيم، خمسة من داعش; shadow form, article stripped).
_GROUP_DEAD = frozenset({"تنظيم", "داعش"})
#: Words of captives, civilians and executions (shadow-form prefixes, article stripped): fighters killed as
#: prisoners or beside civilians are an attack (an execution of captives stays violence against civilians).
_NOT_IN_COMBAT = ("اسري", "اسير", "معتقل", "سجناء", "سجين", "رهاين", "رهين", "مختطف", "اعدام", "اعدم", "يعدم",
                  "مدني", "اطفال", "طفل", "نساء", "امراه")
#: Weapon words (shadow-form prefixes, article stripped) that make fighters' deaths a strike or a shelling.
_REMOTE_WEAPONS = ("غاره", "غارات", "طاير", "طيران", "مسير", "قصف", "صاروخ", "صواريخ", "قذيف", "قذاي", "مدفع", "هاون")
#: Words before a verbal noun (في قتل، عن مقتل، إثر مصرع): the trigger after them is a noun, its next word the dead.
_NOUN_HEADS = frozenset({"في", "عن", "علي", "الي", "بعد", "اثر", "جراء", "من"})
#: Classes of a strike or a weapon that air defences may intercept (see `intercepted`).
_INTERCEPTABLE = frozenset({"air", "bombard", "attack"})
#: Trigger classes that may name a destroyed explosive boat itself (its مفخخة); a strike or an aim beside it
#: keeps its own type and folds by the usual rules.
_CARRIED = frozenset({"blast"})
#: Longest quote of the trigger's sentence in an event's notes.
SUMMARY_QUOTE = 220
#: Words that make a place the goal of a visit or trip, not the scene of an event.
VISIT_WORDS = ("زياره", "زار", "زيارته", "توجه", "سافر", "وصل")
#: How the role tagger's spans combine with the rules' (see `_pick_roles`).
ROLE_MODES = ("rules", "tagger", "fill", "tagger_first")
#: How many words before a place a blocker still taints it.
TAINT_REACH = 5
#: Titles that name a country as an office ("سفير السعودية في الولايات المتحدة", "وزير خارجية إيران"):
#: the countries of a title are no scene (shadow form, article stripped).
TITLES = frozenset(
    "سفير سفيره سفراء مندوب مندوبه قنصل ممثل مبعوث ملحق وزير وزيره وزراء رئيس ملك امير عهد خارجيه".split()
)
#: How many words before a country a title still governs it.
TITLE_REACH = 3
#: Words before مسيرة that make it no march: an aircraft (طائرة مسيرة, a drone) or a channel (قناة المسيرة,
#: محطة/تلفزيون "المسيرة", the Houthis' television).
_NOT_A_MARCH = ("طاير", "قناه", "محطه", "تلفزيون", "تليفزيون")


def _combat_ruled_out(tokens: Sequence[Any], lo: int, hi: int) -> bool:
    """The sentence tells captives, civilians or an execution, or a weapon of a strike or a shelling: fighters
    hit there are not simply fighters killed in combat."""
    words = [unprefixed(t.norm) for t in tokens[lo:hi] if t.kind == "word"]
    return any(w.startswith((*_NOT_IN_COMBAT, *_REMOTE_WEAPONS)) for w in words)


def _names_demonstration(words: Sequence[str]) -> bool:
    """A word of the sentence (shadow forms, و and article dropped) names a demonstration; مسيرة right after
    a word of aircraft or of a channel is a drone or al-Masirah TV, not a march."""
    for k, w in enumerate(words):
        if not w.startswith(PROTEST_STEMS):
            continue
        if w.startswith("مسير") and k and article_stripped(words[k - 1].lstrip("بل")).startswith(_NOT_A_MARCH):
            continue
        return True
    return False
#: Blade words (shadow form, without و/ب and the article): a stabbing, not gunfire.
_BLADES = frozenset("سكين سكاكين ساطور طعن طعنا طعنه".split())
#: Ramming with a car (shadow forms): like a stabbing, one person's attack when no armed man is named.
_RAMMING = frozenset("دهس دهسا".split())
#: Armed men beside ARMED_VICTIMS whose presence makes a stabbing a fight with the security forces.
_SECURITY_MEN = frozenset("شرطي شرطيا شرطيين شرطه امن ضابط ضابطا ضباط حارس حراس عسكري".split())
_ARMED_OR_SECURITY = ARMED_VICTIMS | _SECURITY_MEN
#: Crowd-control words (shadow form, article stripped): state fire with tear gas and its suffocation cases
#: ("برصاص الجيش والاختناق"، "الغاز المسيل للدموع") is force against a crowd, not a battle.
_CROWD_CONTROL = frozenset({"مسيل", "مسيله", "دموع"})
#: Words of death (shadow form prefixes, article stripped): force that killed.
_DEATHS = ("قتل", "مقتل", "قتيل", "مصرع", "استشهاد", "شهيد", "شهداء", "وفاه", "توفي")
#: Classes of weak violent words (مقتل، معركة، صواريخ): beside a ruled-out strong trigger they are its words.
_VIOLENT_WEAK = frozenset({"kill", "clash", "bombard", "attack"})
#: A dated mention older than this (days before publication) marks a sentence as history: two
#: months back, an incident is the report's background, not its news.
HISTORY_DAYS = 60
#: In a sentence that opens with كان/وكانت (the pluperfect of a recap), a date this old is history.
RECAP_DAYS = 30
#: Trigger forms of fighting between two sides (ACLED's armed clash whatever else the sentence says); armed
#: confrontations (مواجهات مسلحة بين حركة فتح وجماعة متشددة في مخيم للاجئين) are fighting by their adjective,
#: the bare مواجهات (often a protest's) is not.
_FIGHTING = ("اشتباك", "اشتبك", "تشتبك", "يشتبك", "معارك", "معركه", "اقتتال", "تبادل", "مواجهات مسلح", "مواجهه مسلح")
#: Gunfire trigger forms (shadow form): one side's fire, an attack unless the sentence tells a fight.
_GUNFIRE_FORMS = ("اطلاق نار", "اطلاق النار", "اطلق النار", "اطلقوا النار", "اطلقت النار", "فتح النار", "فتحت النار",
            "فتحوا النار", "برصاص", "بالرصاص", "اعيره ناريه", "عيارات ناريه")
#: Words of a fight (shadow-form prefixes, article and ب stripped): gunfire beside them is a clash.
_FIGHT_WORDS = (*_FIGHTING, "مواجه", "كمين")
#: Missile words (shadow form, article stripped): صاروخ، صواريخ، صاروخين، الضربات الصاروخية.
_MISSILE_WORDS = ("صاروخ", "صواريخ", "ضربات", "ضربه")
_RECAP_OPENERS = frozenset({"كان", "كانت", "كانوا"})
#: Trigger classes of fighting or bombardment that a word of its end may govern (انتهاء المعارك).
_ENDABLE = frozenset({"clash", "air", "bombard", "attack"})


def _dates(doc: Document) -> list[Any]:
    try:
        return list(find_dates(doc.text, doc.published))
    except (ValueError, KeyError, IndexError) as err:  # a date lexicon problem must not lose the events
        log.warning("date resolution failed: %s", err)
        return []


def _place_starts(doc: Document) -> frozenset[int]:
    """Where the document's resolved place mentions begin (what a liberation may free)."""
    return frozenset(p.start for p in doc.places)


def not_new(tokens: Sequence[Any], h: TriggerHit, hi: int, clause: tuple[int, int], lo: int | None = None,
            silent: frozenset[Rule] = frozenset()) -> str | None:
    """Why a trigger tells background, a period's sum or a stop rather than a new incident (or None);
    `lo` is the sentence's first token (the clause's when not given); `silent` holds the rules the
    sentence's words cannot fire (`cues.silent_rules` of the sentence lo..hi), which are not asked."""
    lo = clause[0] if lo is None else lo
    why = ask(silent, period_after, tokens, h.last, hi) or period_before(tokens, clause[0], h.first)
    why = why or ask(silent, history_marker, tokens, *clause)
    why = why or ask(silent, campaign_toll, tokens, clause[0], h.first) or equipped_with(tokens, h.first, clause[0])
    why = why or ask(silent, charged, tokens, clause[0], h.first) or ask(silent, cited_as_proof, tokens, clause[0], h.first)
    why = why or hypothetical(tokens, h.first, clause[0]) or ask(silent, habitual, tokens, h.first, h.last, *clause)
    why = why or since_campaign_start(tokens, h.last, clause[1]) or ask(silent, waged_since, tokens, h.first, h.last, lo, hi)
    why = why or pretext(tokens, clause[0], h.first) or told_as_cause(tokens, h.first, clause[0])
    why = why or set_phrase(tokens, h.first, clause[0], h.entry.cls) or ask(silent, discussed, tokens, clause[0], h.first)
    why = why or questioned(tokens, clause[0], h.first)
    why = why or habit_opener(tokens, clause[0], h.first) or ask(silent, span_before, tokens, clause[0], h.first)
    why = why or ask(silent, since_day, tokens, h.last, hi) or standing_condition(tokens, h.first, clause[0])
    why = why or since_day_before(tokens, clause[0], h.first) or victims_of(tokens, h.first, clause[0])
    why = why or ask(silent, depicted, tokens, clause[0], h.first) or counted(tokens, h.first, clause[0], h.entry.cls)
    why = why or ask(silent, footage_shows, tokens, lo, h.first)
    why = why or ask(silent, previously, tokens, clause[0], h.first) or trend(tokens, h.last, hi)
    why = why or expected(tokens, h.last, hi) or may_happen(tokens, clause[0], h.first)
    why = why or ask(silent, foreseen, tokens, lo, h.first)
    why = why or ask(silent, prelude_to, tokens, h.first, clause[0])
    why = why or ask(silent, battle_ahead, tokens, h.first, h.last, *clause)
    why = why or ask(silent, recent_series, tokens, h.first, h.last, hi) or ask(silent, months_ago, tokens, h.last, hi)
    why = why or early_on(tokens, h.last, hi)
    why = why or ask(silent, intensified, tokens, clause[0], h.first, clause[1])
    why = why or ask(silent, so_far, tokens, h.first, h.last, *clause)
    why = why or ask(silent, lasted_long, tokens, h.first, h.last, *clause)
    why = why or ask(silent, window_total, tokens, h.first, h.last, clause[0], hi)
    if h.entry.cls != "kill":  # "قتلوا خلال اليومين الأخيرين في جبل القد، إثر غارات": the strikes' dead
        why = why or ask(silent, period_across, tokens, h.first, h.last, hi)
    why = why or ask(silent, during_escalation, tokens, clause[0], h.first) or ask(silent, wave_age, tokens, h.last, hi)
    why = why or ask(silent, capability, tokens, clause[0], h.first)
    why = why or ask(silent, campaign_span, tokens, h.first, h.last, clause[0], lo, hi)
    why = why or ask(silent, toll_over_wave, tokens, h.first, h.last, clause[0], lo, hi)
    why = why or ask(silent, toll_in_named_wave, tokens, h.first, lo, hi) or wave_began(tokens, h.first, h.last, lo, hi)
    if h.entry.cls == "kill":
        why = why or toll_in_aged_wave(tokens, h.first, lo, hi)
    if h.entry.cls in ("kill", "arrest"):
        why = why or operation_begun_back(tokens, lo, hi)
    why = why or ask(silent, documented_after_period, tokens, h.first, lo, hi)
    why = why or told_not_done(tokens, h.first, h.last, h.entry.cls, clause[0], lo, hi)
    if h.entry.cls in _WEAPON_CLASSES:  # "لديها عشرات الطائرات … بما في ذلك مقاتلات" (not "يملك معلومات عن اعتقال")
        why = why or inventory(tokens, clause[0], h.first)
    why = why or traces_of(tokens, h.first, clause[0]) or suffers_losses(tokens, clause[0], h.first)
    why = why or ask(silent, debris_of, tokens, h.first, clause[0])
    why = why or ask(silent, judged_practice, tokens, h.first, h.last, *clause)
    why = why or fiercest(tokens, h.last, clause[1]) or evaluated(tokens, h.first, h.last, *clause)
    why = why or resolve_rhetoric(tokens, h.first, h.last, clause[1]) or ask(silent, framed_by, tokens, h.first, clause[0])
    why = why or ask(silent, specialised_in, tokens, clause[0], h.first) or ask(silent, nothing_but, tokens, lo, h.first)
    why = why or lasting_until(tokens, h.last, clause[1]) or a_topic(tokens, h.first, clause[0], h.entry.cls == "protest")
    why = why or listed_means(tokens, h.first, clause[0])
    if h.entry.cls == "kill":
        why = why or violence_toll(tokens, h.first, clause[0])
    if lo > 0 and h.entry.cls != "clash":
        # a report's lead ("توقفت مستشفيات بسبب الغارات التي تشنها القوات") names its news strikes, and
        # "المواجهات التي تخوضها المقاومة" are the fighting a Yemeni front report is about
        why = why or waged_campaign(tokens, h.first, h.last, clause[1])
    why = why or threatened_with(tokens, clause[0], h.first) or ask(silent, rumoured, tokens, lo, h.first)
    why = why or ask(silent, used_to, tokens, h.first, lo) or ask(silent, denied, tokens, h.last, hi)
    why = why or ongoing_or_habit(tokens, h.first, h.entry.cls, *clause) or ask(silent, counted_times, tokens, h.first, *clause)
    why = why or losses_from(tokens, h.first, h.last, *clause) or counted_incidents(tokens, h.first, lo, hi)
    why = why or holy_site_visit(tokens, h.first, h.last, lo, hi) or ask(silent, counted_dead, tokens, h.first, *clause)
    why = why or ask(silent, operation_results, tokens, lo, h.first, hi)
    why = why or since_campaign_owned(tokens, h.last, clause[1])
    why = why or ask(silent, intended, tokens, clause[0], h.first, h.entry.cls == "takeover")
    why = why or operation_aims(tokens, clause[0], h.first) or avoided(tokens, clause[0], h.first)
    why = why or not_done(tokens, clause[0], h.first) or provided_for(tokens, clause[0], h.first)
    why = why or ask(silent, disowned, tokens, lo, h.first)
    if why is None and h.entry.cls in _ENDABLE:
        why = ended(tokens, h.first, clause[0]) or supported(tokens, clause[0], h.first)
        why = why or ruin_left(tokens, h.first, lo, hi)
        why = why or fled_or_sent(tokens, h.first, clause[0])
    why = why or described_by_practice(tokens, h.first, clause[0]) or ask(silent, either_or, tokens, h.first, clause[0])
    why = why or warned_outcome(tokens, h.first, clause[0]) or deemed(tokens, h.first, clause[0])
    if why is None and h.entry.cls in ("riot", "protest"):  # "إيران تدعم أعمال الشغب": a standing backing
        why = supported(tokens, clause[0], h.first)
    if why is None:
        why = ask(silent, weeks_of_fighting, tokens, clause[0], h.first, h.last, clause[1])
    if why is None and h.entry.cls in _HABIT_CLASSES:
        why = unceasing(tokens, h.last, hi) or used_from(tokens, h.first, *clause)
    if why is None and (h.entry.cls == "arrest" or h.entry.event_type == "Strategic developments"):
        why = operation_tally(tokens, lo, hi)
    if why is None and h.entry.cls != "protest":  # thousands of demonstrators are one crowd
        why = in_thousands(tokens, h.first, clause[0])
    if why is None and h.entry.cls in ("arrest", "loot", "kill"):
        why = natural_disaster(tokens, lo, hi)
    if why is None and h.entry.form == "مقاتلات":
        why = women_fighters(tokens, h.last, hi)
    if why is None and h.entry.cls == "arrest":
        why = stop_not_arrest(tokens, h.first, h.last, hi) or arrests_in_thousands(tokens, h.last, hi)
        why = why or ordinary_crime(tokens, h.last, hi) or fraud_or_graft(tokens, lo, hi)
        why = why or suspect_in_killing(tokens, h.last, hi)
        why = why or detention_term(tokens, h.first, clause[0]) or grip_on_power(tokens, h.last, clause[1])
        why = why or attacker_taken(tokens, h.last, lo, hi) or arrest_not_deed(tokens, h.first, h.last, lo, hi)
        if why is None and _GRIP.search(tokens[h.first].norm):
            why = f"a grip, not an arrest: {tokens[h.first].text}"  # يحكم قبضته على الحزب
    if why is None and h.entry.cls == "loot":
        why = result_of_another(tokens, h.first, clause[0])
    if why is None and h.entry.cls == "protest":
        why = celebration(tokens, h, *clause) or called_for(tokens, clause[0], h.first)
        why = why or not_a_crowd(tokens, h.first, h.last, *clause, hi)
        why = why or protest_gesture(tokens, h.first, clause[0])
        why = why or comes_in_protest(tokens, h.first, clause[0])
        why = why or waiting_crowd(tokens, h.first, h.last, clause[1])
        why = why or diplomatic_protest(tokens, h.first, h.last, *clause)
        why = why or protest_ahead(tokens, h.first, clause[0])
        why = why or voters_or_celebrants(tokens, h.first, lo, hi)
        why = why or protest_and_criticism(tokens, h.first, h.last, *clause)
    if why is None and h.entry.cls == "clash":
        why = ambush_for_arrest(tokens, h.last, hi) or not_physical(tokens, h.last, hi)
        why = why or war_against(tokens, h.first, h.last, clause[1])
        if why is None and tokens[h.first].norm.lstrip("و").startswith("لمواجه"):
            why = f"aim: {tokens[h.first].text}"  # لمواجهة: "in order to face", no clash yet
    if why is None and h.entry.cls == "encircle":
        why = deployment(tokens, h.first) or terrain_surrounds(tokens, h.last, clause[1])
    if why is None and h.entry.cls in ("blast", "grenade", "bombard"):
        why = not_explosive(tokens, h.last, hi)
    if why is None and h.entry.cls == "attack":
        why = not_violence(tokens, h.last, hi)
    if why is None and h.entry.cls == "kill":
        why = accident(tokens, *clause) or craft_lost(tokens, lo, hi)
    if why is None and h.entry.cls == "execute":
        why = judicial(tokens, h.first, clause[0], hi)
    if why is None and h.entry.cls == "takeover":
        why = not_ground(tokens, h.last, hi) or takeover_aim(tokens, h.first, clause[0])
        why = why or share_taken(tokens, h.last, hi)
    return why


#: Classes whose trigger words name arms (طائرات، مقاتلات، صواريخ): what an inventory may list.
_WEAPON_CLASSES = frozenset({"bombard", "air", "blast", "chemical", "grenade", "suicide"})
#: Classes of fire a position is described by (تستخدمها في قصف المدينة، التي تقصف … منها).
_HABIT_CLASSES = frozenset({"bombard", "air", "attack"})
#: قبضة with a possessive ("قبضته على", "قبضتها على"): someone's grip on something, not an arrest.
_GRIP = re.compile(r"قبضت(?:ه|ها|هم|هما)$")
#: Words that make a visit the time of an event ("تعرض لكمين أثناء زيارته لغريان": the ambush is in Gharyan).
_DURING = frozenset({"اثناء", "خلال", "لدي", "ابان"})


def _during(tokens: Sequence[Any], j: int) -> bool:
    return j > 0 and tokens[j - 1].norm.lstrip("و") in _DURING


def _said_on(text: str, m: Any, trigger_start: int) -> bool:
    """The date expression comes before the trigger with a complementizer (أن، إنه) between: it dates the saying."""
    if m.end > trigger_start:
        return False
    return any(normalize(w).strip("،,\"«»") in _COMPLEMENTIZERS for w in text[m.end : trigger_start].split())


def _ahead(date: str, published: str | None) -> bool:
    """Is the date more than a day after publication?  It schedules something ("الانتخابات المقررة نهاية
    آذار المقبل"); it cannot date an incident the report tells (a day of slack for time zones)."""
    return bool(published) and _too_old(str(published), date, 1)


def _too_old(date: str, published: str | None, days: int = HISTORY_DAYS) -> bool:
    if not published:
        return False
    try:
        return (dt.date.fromisoformat(published[:10]) - dt.date.fromisoformat(date[:10])).days > days
    except ValueError:
        return False


#: Nouns of an incident that a place name after them names ("غداة تفجير الفحيص"، "حادثة الفحيص"): that
#: place belongs to the incident so named, not to another trigger in the sentence.
_INCIDENT_NOUNS = frozenset({"حادثه", "حادث", "تفجير", "تفجيرات", "هجوم", "هجمات", "انفجار", "مجزره", "اعتداء", "اعتداءات"})


def _named_by_incident(text: str, places: Sequence[Place], hits: Sequence[TriggerHit]) -> list[Place]:
    """The places right after an incident noun that is none of the draft's own triggers."""
    out = []
    for p in places:
        before = text[max(0, p.start - 20) : p.start]
        words = before.split()
        if not words or before[-1:] not in " \u00a0":
            continue
        w = normalize(words[-1]).lstrip("و")
        w = w[1:] if w.startswith(("ب", "ل")) and len(w) > 4 else w
        w = article_stripped(w)
        word_start = p.start - len(before) + before.rfind(words[-1])
        if w in _INCIDENT_NOUNS and not any(h.start <= word_start < h.end for h in hits):
            out.append(p)
    return out


def _stale(e: Event, published: str | None) -> bool:
    """The event's date, read at its precision, is past the news window (`marsad.events.stale`)."""
    return stale(e.event_date, e.time_precision, published)


def _recap(sentence: str) -> bool:
    """The sentence opens with كان/وكانت: a recap of something before the news ("وكانت القوات قد …")."""
    words = sentence.split(maxsplit=1)
    return bool(words) and normalize(words[0]).lstrip("و") in _RECAP_OPENERS


#: Words of time that tie a death to a demonstration ("قتلوا خلال التظاهرات"، "استشهد أثناء المسيرة").
_DURING_PROTEST = frozenset({"خلال", "اثناء", "في", "ابان"})


def _killed_during(tokens: Sequence[Any], lo: int, first: int) -> bool:
    """"60 فلسطينيا قتلوا خلال التظاهرات": a death verb, then a word of time, right before the protest
    trigger: the dead are the demonstrators, killed by force against them."""
    if first - 2 < lo or tokens[first - 1].norm.lstrip("و") not in _DURING_PROTEST:
        return False
    verb = article_stripped(tokens[first - 2].norm.lstrip("و"))
    return verb.startswith(("قتل", "استشهد", "لقوا", "لقي")) or verb in ("مصرعهم", "حتفهم")


def _gas_grenades(words: Sequence[str]) -> bool:
    """"قنابل الغاز" / "قنابل غاز": gas grenades, the crowd-control kind unless a chemical word is near."""
    return any(a in ("قنابل", "قنبله") and b.startswith("غاز") for a, b in pairwise(words))


class Extractor:
    """Turns a tokenised, sentence-split Document into events; built once, applied per document."""

    def __init__(
        self,
        lexicon: TriggerLexicon | None = None,
        min_confidence: float = 0.45,
        classifier: Any = None,
        gate: bool = False,
        actors_path: str | None = None,
        role_tagger: Any = None,
        role_mode: str = "fill",
        candidate_floor: float | None = None,
    ) -> None:
        if role_mode not in ROLE_MODES:
            raise ValueError(f"role_mode must be one of {', '.join(ROLE_MODES)}, not {role_mode!r}")
        self.lex = lexicon or load_lexicon()
        self.role_tagger = role_tagger
        self.role_mode = role_mode if role_tagger is not None else "rules"
        self.actors_path = actors_path
        self.min_confidence = min_confidence
        #: Events from here up to `min_confidence` are kept as candidates, marked in their notes (BELOW_FLOOR),
        #: for the calibration step to keep or drop; folds still only fold into events at `min_confidence`.
        self.candidate_floor = min_confidence if candidate_floor is None else min(candidate_floor, min_confidence)
        self.classifier = classifier
        self.gate = gate

    # -- detection -----------------------------------------------------------------------------

    def drafts(self, doc: Document) -> list[Draft]:
        """Unblocked, typed trigger groups, one per sentence and type (no arguments yet)."""
        tokens = doc.tokens
        sentences = doc.sentences
        if not tokens or not sentences:
            return []
        tok_starts = [t.start for t in tokens]
        out: list[Draft] = []
        place_starts = _place_starts(doc)
        found: list[list[Any]] = []

        def dates() -> list[Any]:
            """The document's dates, found once and only when a ruled-out trigger asks for its own day."""
            if not found:
                found.append(_dates(doc))
            return found[0]

        for si, sent in enumerate(sentences):
            lo = bisect.bisect_left(tok_starts, sent.start)
            hi = bisect.bisect_left(tok_starts, sent.end)
            if lo >= hi:
                continue
            hits = self.lex.find(tokens[lo:hi])[:MAX_SENTENCE_HITS]
            if not hits or link_line(doc.text, sent.start):
                continue  # a crosshead or a link to another report tells none of this one's incidents
            if past_year_section(doc.text, sent.start, sent.end, doc.published):
                continue  # a timeline's section under "هجمات العام 2016" tells that year's attacks
            hits = [TriggerHit(h.first + lo, h.last + lo, h.start, h.end, h.entry) for h in hits]
            # a liberation of people, a name or an aim is no trigger at all (liberation.py)
            hits = [h for h in hits if freed_no_ground(tokens, h, lo, hi, place_starts) is None]
            # a deal talked of, hoped for or political is no agreement (agreements.py)
            hits = [h for h in hits if deal_not_reached(tokens, h, lo, hi) is None]
            kept: list[tuple[TriggerHit, dict[str, str], str | None]] = []
            index: dict[str, list[int]] | None = None
            strong_blocked = False
            answered: list[int] = []
            blocked_last = -2
            any_last = -99
            told: list[TriggerHit] = []  # hits not negated, future or intended: what the sentence says happened
            silent = silent_rules(tokens, lo, hi)  # what no trigger of this sentence can fire (`not_new`)
            for h in hits:
                clause = clause_bounds(tokens, lo, hi, h.first, h.last)
                vetoed = blocked_by(self.lex, tokens, h, lo)
                if vetoed and answered_attack(vetoed) and dated_answer(
                        dates(), h.end, tokens[clause[1] - 1].end, doc.published):
                    vetoed = None  # "ردا على هجوم ... في السابع من أبريل": the answered attack, with its own day
                    answered.append(h.first)
                elif vetoed and discussed_with_day(vetoed, tokens, h.last, hi, dates(), doc.published):
                    vetoed = None  # "لمناقشة الهجوم الذي وقع السبت": the attack talk is about, with its own day
                elif vetoed and (at := accused_at(self.lex, vetoed, tokens, h, lo, hi, dates(), doc.published)) is not None:
                    vetoed, clause = None, (at + 1, clause[1])  # "اتهام روسيا … بشن هجوم على القاعدة، الإثنين": its day
                why = vetoed or not_new(tokens, h, hi, clause, lo, silent)
                if not vetoed:
                    told.append(h)
                if why is None and (
                        (h.first == blocked_last + 1 and tokens[h.first].norm.startswith(("و", "ب")))
                        or (h.first == blocked_last + 2 and tokens[h.first - 1].kind == "word"
                            and tokens[h.first - 1].norm.startswith("و") and not tokens[h.first].norm.startswith("و"))):
                    # "لبحث الهجمات بالصواريخ والقذائف"، "عدد الهجمات بطائرات بدون طيار": joined to it or its means;
                    # "تملك ألغاما وقوارب متفجرة": the adjective of a noun joined to it
                    why = "coordinated with a ruled-out trigger"
                if why is None and blocked_last >= lo:
                    why = means_of_ruled_out(tokens, h.first, h.entry.cls, blocked_last)
                if why is None and h.entry.cls in GENERIC_CLASSES and 0 < h.first - any_last <= ANY_REACH:
                    why = "what an imagined attack would do"  # "أي غارات لا بد أن تستهدف"
                if why:
                    blocked_last = h.last
                    if why.startswith("any:"):
                        any_last = h.last
                    log.debug("trigger %s blocked (%s)", h.entry.form, why)
                    alleged = why.startswith("pretext")  # the killer's claim takes nothing from the killing
                    counts = not h.entry.weak and h.entry.cls not in ("protest", "arrest") and not alleged
                    if counts and answered_attack(why):
                        answered.append(h.first)  # "أطلقت صواريخ ردا على هجوم": that attack is another event
                        counts = False
                    strong_blocked = strong_blocked or counts
                    continue
                if index is None:
                    index = stem_index(tokens, lo, hi)
                fields, refiner = refine(self.lex, tokens, h, clause[0], clause[1], index)
                if h.entry.cls in _INTERCEPTABLE:
                    at = intercepted(tokens, h.first, h.last, *clause)
                    if at is not None and not blocked_by(self.lex, tokens, replace(h, first=at, last=at), lo):
                        fields, refiner = dict(DISRUPTED), "interception"
                    elif carrier_struck(tokens, h.last, clause[1]) or air_defence_at(tokens, h.first, clause[0]):
                        fields, refiner = dict(DISRUPTED), "interception"
                if h.entry.cls in _CARRIED and refiner != "interception" and carrier_destroyed(tokens, lo, hi):
                    fields, refiner = dict(DISRUPTED), "interception"
                kept.append((h, fields, refiner))
            if not kept:
                continue
            kept = _absorb_into_campaigns(kept)
            strong = [k for k in kept if not k[0].entry.weak]
            specific = [k for k in strong if k[0].entry.cls not in GENERIC_CLASSES or k[2]]
            use = specific or strong or kept
            reply = [k for k in kept if k[0].entry.weak and answered and k[0].last < min(answered)]
            if reply and all(k[0].first >= min(answered) for k in strong):
                use = [*use, max(reply, key=lambda k: k[0].entry.weight)]  # the reply's own weak words
            if not strong:
                if answered and min(answered) < min(k[0].first for k in kept):
                    strong_blocked = True  # the weak words come after the answered attack: its words
                if strong_blocked and all(k[0].entry.cls in _VIOLENT_WEAK for k in kept):
                    continue  # "مقتل" beside a ruled-out "اشتباكات": the death belongs to that event
                # only weak triggers: keep the best one
                use = [max(kept, key=lambda k: k[0].entry.weight)]
            groups: dict[tuple[str, str], Draft] = {}
            for h, fields, refiner in use:
                key = (fields["event_type"], fields["sub_event_type"])
                d = groups.get(key)
                if d is None:
                    d = groups[key] = Draft(si, [], fields, h.entry.weight)
                    if refiner:
                        d.notes.append(f"type: {h.entry.form} retyped by context ({refiner})")
                d.hits.append(h)
                d.weight = max(d.weight, h.entry.weight)
            _capture_by_battle(groups, tokens, lo, hi)
            out.extend(_fold_in_sentence(groups, told, tokens))
        return out

    # -- arguments -----------------------------------------------------------------------------

    def __call__(self, doc: Document) -> Document:
        return self.run(doc)[0]

    def run(self, doc: Document) -> tuple[Document, list[Roles]]:
        """The document with its events, and each event's actor1/actor2 mention spans (for scoring)."""
        out, roles, _ = self.run_with_mentions(doc)
        return out, roles

    def run_with_mentions(self, doc: Document) -> tuple[Document, list[Roles], list[ActorMention]]:
        """`run`, and the document's actor mentions it read (the side passes read them again)."""
        drafts = self.drafts(doc)
        if not drafts:
            return doc.replace(events=(), claims=tuple(c if not c.events else _with_events(c, ()) for c in doc.claims)), [], []
        text, tokens, sentences = doc.text, doc.tokens, doc.sentences
        tok_starts = [t.start for t in tokens]
        # a mention may start behind a proclitic (قوات in وقوات): index the first offsets of each token
        tok_index = {t.start + k: i for i, t in enumerate(tokens) for k in range(min(4, t.end - t.start))}
        dates = _dates(doc)
        # a claim or a side told with its own earlier date is an earlier attack's (claim_dates.py)
        mentions = date_mentions(find_mentions(doc, self.actors_path), dates, [s.start for s in sentences], text)
        tainted = self._tainted(doc) | in_group_names(
            doc.places, [*((e.start, e.end, e.text) for e in doc.entities if e.label == "ORG"),
                         *((m.start, m.end, m.text) for m in mentions if m.start >= 0)])
        # the dateline says where the report was filed (دبي، الإمارات (CNN)): not the document's country
        doc_iso = _main_country([p for p in doc.places if not is_dateline(doc.text, p)])
        # Bucket what each trigger looks at by sentence once, so that a long document costs a pass
        # over its places, mentions and dates rather than one pass per trigger.
        sent_starts = [s.start for s in sentences]
        places_by = _by_sentence(usable_places(text, doc.places, tainted, doc_iso), sent_starts)
        mentions_by = _by_sentence(mentions, sent_starts)
        # a date ahead of publication schedules something; it dates no incident, here or in a later sentence
        dates_by = _by_sentence([m for m in dates if not _ahead(m.date, doc.published)], sent_starts)
        if not doc.places:
            places_by = {}
        views: dict[int, Any] = {}
        spans = (ItemIndex(doc.entities), ItemIndex(mentions))  # by position, for the role tagger's sentence views
        tolls_by: dict[int, list[Toll]] = {}
        gaza_story: bool | None = None
        air_told: bool | None = None  # read once per document, at its first draft that asks (`may_take_air`)
        # in a verdict's report an undated incident is the case judged (verdicts.py): asked once per document
        lead = (bisect.bisect_left(tok_starts, sentences[0].start), bisect.bisect_left(tok_starts, sentences[0].end))
        # … and so, in a report that opens on documents revealed, an undated incident is the archives' past
        verdict = bool(doc.published) and (verdict_lead(tokens, *lead) or archive_lead(tokens, *lead))
        for d in drafts:
            sent = sentences[d.sent_idx]
            lo = bisect.bisect_left(tok_starts, sent.start)
            hi = bisect.bisect_left(tok_starts, sent.end)
            trig = d.hits[0]
            d.evidence = [Span(sent.start, sent.end, sent.text)]
            d.claims = [c for c in doc.claims if c.start <= trig.start and trig.end <= c.end]
            d.in_context = comes_in_context(tokens, lo, trig)
            d.coincides = coincides_with_new(tokens, lo, d, drafts)
            self._date(d, doc, dates_by, trig, verdict)
            cs, ce = clause_bounds(tokens, lo, hi, trig.first, trig.last)
            why_old = None if d.history else (
                old_year(tokens, cs, ce, doc.published)
                or year_before_where(tokens, lo, trig.first, doc.published)
                or year_then_when(tokens, lo, trig.first, doc.published)
                or since_old_year(tokens, lo, hi, (cs, ce), trig.first, doc.published, trig.entry.cls == "arrest"))
            if why_old:
                d.history = True
                d.notes.append(why_old)
            clause = (tokens[cs].start, tokens[ce - 1].end)
            named = _named_by_incident(text, places_by.get(d.sent_idx, ()), d.hits)
            pb = {**places_by, d.sent_idx: [p for p in places_by[d.sent_idx] if p not in named]} if named else places_by
            d.place, reason = choose_place(text, pb, d.sent_idx, trig.start, clause, doc_iso, doc.places)
            if one_deal(d.fields):  # the area a deal covers, or none (agreements.py)
                d.place, reason, unplaced = place_deal(text, pb.get(d.sent_idx, ()), trig.start, d.place, reason)
                d.history = d.history or unplaced
            if named:
                reason += f"; not {named[0].text}, the name of another incident"
            if not doc.places:
                reason = "no place in the document"
            d.own_place = d.place is not None and "in the trigger's" in reason
            if d.fields["sub_event_type"] in TERRITORY_TYPES and d.own_place:
                # ground changes hands at a place: a takeover the sentence does not place is no territory event
                d.state_taker = _state_taker(tokens, cs, trig.first)
            d.notes.append(reason)
            # a word of a multi-word trigger (انتحاري in هجوم انتحاري) is not an actor
            inside = [(h.start, h.end) for h in d.hits if h.last > h.first]
            ments = [m for m in mentions_by.get(d.sent_idx, ()) if not any(a <= m.start < b for a, b in inside)]
            verbal = is_verb(trig.entry.form)
            a1, a2, why = assign_roles(ments, tokens, tok_index, trig.first, trig.last, d.fields["event_type"], verbal)
            d.notes.extend(why)
            if d.fields["event_type"] == "Battles" and a1 is not None and a2 is None:
                a2 = _fought_with(ments, tokens, tok_index, a1)
                if a2 is not None:
                    d.notes.append(f"actor2 {a2.text}, fought with (معارك مع) in the sentence")
            if d.fields["event_type"] == "Battles" and a1 is not None and a2 is None:
                a2 = self._context_opponent(mentions, sentences, d.sent_idx, a1, dates_by, d.date, text)
                if a2 is not None:
                    d.notes.append(f"actor2 {a2.text} from the sentence before")
            d.actor1, d.actor2 = a1, a2
            backing = supporter(ments, tokens, tok_index, (a1, a2))
            if backing is not None:
                d.assoc[backing[0]] = backing[1]
                d.notes.append(f"associated actor{backing[0] + 1} {backing[1].text} (in support)")
            if d.fields["event_type"] in PROTEST_TYPES:
                d.marked_source, d.marked_target = marked_roles(text, tokens, lo, hi, trig.last)
                marked = zip(("source", "target"), (d.marked_source, d.marked_target), strict=True)
                said = [f"{n} «{x.text}»" for n, x in marked if x is not None]
                if said:
                    d.notes.append("protest roles marked: " + ", ".join(said))
            if a1 is None or a2 is None:
                fs, ft = fallback_roles(tokens, lo, hi, trig.first, trig.last, verbal)
                if d.fields["event_type"] in ("Protests", "Riots"):
                    ft = protest_target(tokens, lo, hi, trig.last)
                    fs = fs or protest_source(tokens, lo, hi)
                if a1 is None and fs:
                    d.role_spans[0] = _tok_span(text, tokens, fs)
                if a2 is None and ft and (a1 is None or not (a1.start <= tokens[ft[0]].start < a1.end)):
                    d.role_spans[1] = _tok_span(text, tokens, ft)
                    d.notes.append(f"target: {d.role_spans[1].text}")
            if self.role_mode != "rules":
                self._tag_roles(d, doc, lo, hi, mentions, views, spans)
                near = [m for m in ments if _same_clause(tokens, tok_index.get(m.start, -1), trig.first, trig.last)]
                _actors_from_tags(d, near)
            self._retype_by_target(d)
            _retype_foreign_taker(d, text, d.place.iso2 if d.place else doc_iso)
            self._retype_clash_weapons(d, tokens, hi)
            self._retype_coinciding_shelling(d, tokens, hi)
            self._retype_killed_by_aircraft(d, tokens, hi)
            self._retype_missiles_on_syria(d, tokens, lo, hi)
            retype_state_bombardment(d, tokens, lo, hi)
            retype_iraqi_strike_in_syria(d, tokens, lo, hi)
            retype_bombers(d, tokens)
            if air_told is None and may_take_air(d):
                air_told = air_story(tokens, sentences)
            retype_air_from_lead(d, tokens, lo, hi, bool(air_told), ments)
            if d.sent_idx > 0:
                plo = bisect.bisect_left(tok_starts, sentences[d.sent_idx - 1].start)
                self._retype_air_follow_up(d, tokens, plo, lo, cs, ments)
            retype_ground_missiles(d, tokens, lo, hi)
            self._retype_blade(d, tokens, lo, hi)
            self._retype_force_on_protesters(d, tokens, lo, hi)
            tolls = tolls_by.get(d.sent_idx)
            if tolls is None:  # the sentence's figures, read once for all its drafts
                tolls = tolls_by[d.sent_idx] = find_tolls(text, tokens, lo, hi)
            self._retype_deadly_protest(d, tolls, tokens, lo, ments)
            self._retype_rioters(d, tokens)
            crowd_storming(d, tokens, lo, hi)
            if gaza_story is None:  # read once per document, at its first draft
                gaza_story = gaza_border_story(tokens)
            self._retype_gaza_border(d, tolls, tokens, lo, hi, gaza_story)
            retype_confrontations(d, tokens, lo, hi, tok_starts, sentences)
            self._retype_crowd_violence(d, tokens, lo, hi, tok_starts, sentences)
            self._retype_one_sided_fire(d, tokens, lo, hi)
            retype_mild_force(d, tokens, lo, hi)
            retype_civil_target(d, tokens, lo, hi)
            retype_home_seizure(d, tokens, lo, hi)
            retype_capture_fight(d, tokens, lo, hi)
            retype_fighting_fire(d, tokens, lo, hi)
            retype_hostage_release(d, tokens, lo, hi)
            retype_firebombs(d, tokens, lo, hi)
            if d.fields["event_type"] in ("Protests", "Riots") and d.actor1 is None and d.fields["sub_event_type"] != EXCESSIVE:
                d.actor1 = default_actor("protesters")
            self._retype_armed_target(d, tokens, lo, hi)
            if d.fields["event_type"] == "Violence against civilians" and (d.actor2 is None or d.actor2.inter != 7):
                if d.actor2 is not None and d.actor1 is None and d.actor2.kind not in ("protesters", "rioters"):
                    d.actor1 = d.actor2  # an armed actor beside a killing of civilians is its perpetrator
                d.actor2 = default_actor("civilians")
            if (d.fields["sub_event_type"] == "Arrests" and d.actor2 is None and d.actor1 is not None
                    and d.actor1.inter in (2, 3) and d.actor1.start > d.hits[0].start
                    and (not is_verb(d.hits[0].entry.form) or d.actor1.generic is not None)):
                # "إلقاء القبض على 86 من العناصر الإرهابية": an armed group named after the arrest noun was taken
                # (after a verb a named group is the subject, اعتقلت هيئة تحرير الشام; a faceless cell never is)
                d.actor1, d.actor2 = None, d.actor1
                d.notes.append(f"actor2 {d.actor2.text}: the armed group named after the arrest, the arrested")
            if (d.fields["sub_event_type"] == "Arrests" and d.actor2 is None and d.actor1 is not None
                    and not _militants_taken(tokens, d.hits[-1].last)):
                # ACLED's side of the arrested when the report names no group of theirs: civilians
                d.actor2 = default_actor("civilians")
                d.notes.append("actor2 civilians: the arrested, no group of theirs named")
            if d.fields["event_type"] not in NO_TOLL_TYPES and d.fields["sub_event_type"] != "Peaceful protest":
                d.tolls = own_tolls(tokens, tolls, d.hits[0].end)  # not a toll "after" it (بعد مقتل …)
            if d.role_spans[1] is None and (d.actor2 is None or d.actor2.start < 0) and d.tolls:
                d.role_spans[1] = _victims(text, tokens, tok_index, d.tolls)
            self._retype_by_victims(d, tokens, tok_index, lo, hi)
            retype_fallen_leader(d, tokens, lo, hi)
        _share_tolls(drafts)
        for d in drafts:
            if d.fields["sub_event_type"] in (AIR, SHELLING):  # a front's dead of raids and battles are no strike's
                d.tolls = strike_tolls(tokens, d.tolls, sentences[d.sent_idx].end)
        drafts = [d for d in drafts if not d.history and not _aggregate(d.tolls)]
        drafts = _split_places(text, drafts, places_by)
        merged, roles = self._merge(doc, drafts, doc_iso)
        merged, roles = fold_headline(text, sentences, merged, roles)
        merged, roles = fold_generic(merged, roles)
        merged, roles = fold_raids(merged, roles)
        merged, roles = fold_killings(merged, roles, self.min_confidence)
        merged = intercepted_nearby(doc, merged)
        merged = aimed_and_stopped(doc, merged)
        merged, roles = fold_intercepted(text, merged, roles)
        merged, roles = fold_stopped_copies(merged, roles, self.min_confidence)
        merged, roles = bombardment_of_air_strikes(text, merged, roles)
        merged, roles = fold_bombardment_at_strikes(text, merged, roles)
        merged, roles = fold_heard(text, merged, roles)
        merged, roles = fold_attack_parts(text, merged, roles, self.min_confidence)
        merged, roles = fold_cordons(merged, roles, self.min_confidence)
        merged, roles = fold_taken_before_release(merged, roles)
        merged = retype_cordons(doc, merged)
        merged, roles = drop_cordons(doc, merged, roles)
        merged, roles = fold_battle_shelling(text, sentences, merged, roles)
        merged, roles = fold_lead(sentences, merged, roles, self.min_confidence)
        merged, roles = fold_announced(sentences, merged, roles, self.min_confidence)
        merged, roles = fold_lent_namesakes(sentences, merged, roles, self.min_confidence)
        merged, roles = fold_country_copies(merged, roles, self.min_confidence)
        merged, roles = fold_chemical_copies(merged, roles)
        merged, roles = fold_span_dated_tolls(merged, roles, self.min_confidence)
        merged, roles = fold_month_dated(merged, roles, self.min_confidence)
        merged, roles = fold_found_devices(text, merged, roles, self.min_confidence)
        merged, roles = fold_described(text, merged, roles, self.min_confidence)
        merged, roles = protest_scene(text, merged, roles, self.min_confidence)
        merged, roles = fold_peaceful(merged, roles, self.min_confidence)
        merged, roles = fold_intervened(merged, roles)
        # force at a demonstration, typed so only now (protest_scene), may be its copy across the border
        merged, roles = fold_country_copies(merged, roles, self.min_confidence, exact=True)
        merged, roles = fold_protest_arrests(text, merged, roles, self.min_confidence)
        merged, roles = fold_riots(merged, roles)
        merged, roles = fold_break_ins(merged, roles)
        merged, roles = fold_storming_takings(merged, roles)
        merged, roles = fold_captures(text, merged, roles)
        merged, roles = fold_won_offensives(text, sentences, merged, roles, self.min_confidence)
        merged, roles = fold_seizures(merged, roles, self.min_confidence)
        merged, roles = fold_arrests_in_abductions(merged, roles, self.min_confidence)
        keep = [i for i, e in enumerate(merged) if e.confidence >= self.candidate_floor and not _stale(e, doc.published)]
        merged = [e if e.confidence >= self.min_confidence else replace(e, notes=e.notes + BELOW_FLOOR) for e in merged]
        home = _home_place(text, [p for ps in places_by.values() for p in ps], doc_iso)
        if home is None and any(merged[i].location is None for i in keep):
            # the country named only by its towns and its nationality word (الدفاعات الجوية السورية)
            dateline = _DATELINE.match(text)
            home = demonym_home(text, doc_iso, dateline.end() if dateline else 0, doc.places)
        events = [_renumber(_placed(_authority_placed(text, merged[i]), home), k) for k, i in enumerate(keep, 1)]
        claims = self._link_claims(doc.claims, events)
        return doc.replace(events=tuple(events), claims=claims), [roles[i] for i in keep], mentions

    def _tag_roles(
        self, d: Draft, doc: Document, lo: int, hi: int, mentions: Sequence[ActorMention], views: dict[int, Any],
        spans: tuple[ItemIndex, ItemIndex] | None = None,
    ) -> None:
        """The role tagger's source and target spans for the draft's sentence (tagged once per sentence)."""
        from marsad.events.role_tagger import sentence_view, to_span

        if d.sent_idx not in views:
            view = sentence_view(doc, lo, hi, mentions, self.lex, spans)
            views[d.sent_idx] = (view, self.role_tagger.roles(view))
        view, (src, tgt) = views[d.sent_idx]
        d.tagged = [to_span(doc, view.tokens, src), to_span(doc, view.tokens, tgt)]
        said = [f"{name} «{x.text}»" for name, x in zip(("source", "target"), d.tagged, strict=True) if x is not None]
        if said:
            d.notes.append("role tagger: " + ", ".join(said))

    def _date(
        self, d: Draft, doc: Document, dates_by: Mapping[int, Sequence[Any]], trig: TriggerHit, verdict: bool = False
    ) -> None:
        # "منذ 18 شباط" opens a period (a running toll, a campaign): it does not date an incident
        inside = [m for m in dates_by.get(d.sent_idx, ()) if not after_since(doc.text, m.start)]
        if answered := answered_days(doc.text, trig.end, inside):
            # "ردا على هجوم … في 7 أبريل" dates the attack answered; the reply came after it, so an answered
            # day too old to be news still tells the reply is history ("ردا على هجوم … في 4 أبريل 2017")
            if not any(_too_old(m.date, doc.published) for m in answered):
                inside = [m for m in inside if m not in answered]
        # "قال لرويترز، الخميس، إن السلطات اعتقلته في فبراير": a date before the أن of a report dates the
        # report; the incident's own date, when the sentence gives one, is another
        own = [m for m in inside if not _said_on(doc.text, m, trig.start)]
        told = bool(inside) and not own  # only the saying is dated: the incident's day is untold (`told_days`)
        inside = without_prayer_days(doc.text, own or inside)  # "16 فبراير، خرجوا بعد صلاة الجمعة": 16 Feb
        if inside:
            m = min(inside, key=lambda m: abs(m.start - trig.start))
            if (own_day := own_clause_day(doc.text, inside, trig.start, trig.end)) is not None:
                d.notes.append(f"date: {own_day.text} in the trigger's clause, not {m.text} before it")
                m = own_day
            recap = _recap(doc.sentences[d.sent_idx].text)
            if _too_old(m.date, doc.published, RECAP_DAYS if recap else HISTORY_DAYS):
                d.history = True
                d.notes.append(f"history: dated {m.date} ({m.text}), not a current incident")
            d.date, d.precision, d.date_text = m.date, m.precision, m.text
            d.notes.append(f"date: {m.text} in the trigger's sentence")
            redate(d, doc.text, doc.sentences[d.sent_idx], m, trig, inside)  # a reaction's day: the week before it
            if told:
                d.notes.append(told_day_note(m.text))
            d.own_date = True
            return
        if verdict:
            # "قضت محكمة … بسجن عشرة جنود لقتلهم صحفيا": in a verdict's report an incident with no day of its
            # own is the case judged, months or years back, not news (and the verdict's day is not its own)
            d.history = True
            d.notes.append("history: an undated incident in a verdict's or archives' report (the case judged)")
            return
        for c in d.claims:
            if c.date:
                d.date, d.precision, d.date_text = c.date[:10], 1, None
                d.notes.append(f"date: from the post of {c.source.text}")
                return
        sent_text = doc.sentences[d.sent_idx].text
        after_that = sequel(sent_text)
        for back in (1, 2):
            told = dates_by.get(d.sent_idx - back)
            prev = incident_dates(doc.text, told) if told else told
            if told and not prev:
                break  # the sentence before dates only a campaign's start: no incident's day to borrow
            if prev:
                m = prev[-1]
                if after_that and _too_old(m.date, doc.published, RECENT_DAYS):
                    # "قصفت بعد ذلك منشأة": what came after a day two months back is history too
                    d.history = True
                    d.date, d.precision, d.date_text = m.date, m.precision, m.text
                    d.notes.append(f"history: after {m.text} ({m.date}), {back} sentence(s) before")
                    return
                if not _too_old(m.date, doc.published):
                    d.date, d.precision, d.date_text = m.date, m.precision, m.text
                    d.notes.append(f"date: {m.text} from {back} sentence(s) before")
                    return
                goes_on = back == 1 or past_goes_on(doc.sentences[d.sent_idx - 1].text, sent_text)
                if goes_on and all(_too_old(x.date, doc.published) for x in prev):
                    # the narrative goes on in the past the sentence before set ("خلال حرب 2014، … . وأطلقت
                    # إسرائيل قصفا …"): an undated sentence right after it (or two after, `past_goes_on`) tells the same past
                    d.history = True
                    d.notes.append(f"history: the sentence before is dated {m.date} ({m.text})")
                    return
            elif back == 1 and d.sent_idx and not resumes(sent_text) and (why := self._past_year(doc, d.sent_idx - 1)):
                d.history = True  # "أمر ترامب العام الماضي بضربة … . وأطلقت البحرية 59 صاروخا": that past goes on
                d.notes.append(f"history: the sentence before is set in {why}")
                return
        if doc.published and undated_pluperfect(doc.tokens, trig.first):
            # "ويذكر أن التنظيم كان قد سيطر على 300 قرية": in a dated report, a recap in the pluperfect with
            # no day anywhere near it tells the report's background, not its news (a sentence read alone,
            # with no report around it, has no news to be the background of)
            d.history = True
            d.notes.append("history: an undated pluperfect recap (كان … قد)")
            return
        if doc.published and _undated_arrest_recap(d, doc.tokens, trig):
            # "وكان شوكان عند توقيفه يبلغ 26 عاما"، "واعتقلت السلطات التركية عشرات الصحفيين": an arrest told
            # past the lead with no day in its sentence or the two before is the story's background (a
            # trial, a sentence, a release, a row), not its news; ACLED dates every arrest it codes
            d.history = True
            d.notes.append("history: an undated arrest past the lead")
            return
        if doc.published:
            d.date, d.precision = doc.published, 1
            d.notes.append("date: publication date (no date expression near the trigger)")
            admitted_month(d, doc, trig.start)  # "اعترف … أن … قصف": an older act, the report's month

    @staticmethod
    def _past_year(doc: Document, k: int) -> str | None:
        """Sentence k, undated, sets its story in a past year ("العام الماضي"، "خلال حرب 2014")."""
        sent = doc.sentences[k]
        end = own_time_end(sent.text)
        why = last_year(sent.text[:end])
        if why or not doc.published:
            return why
        lo = bisect.bisect_left(doc.tokens, sent.start, key=lambda t: t.start)
        hi = bisect.bisect_left(doc.tokens, sent.start + end, key=lambda t: t.start)
        return old_year(doc.tokens, lo, hi, doc.published)

    def _tainted(self, doc: Document) -> frozenset[tuple[int, int]]:
        """Places named right after a blocker (intent, future, negation) or a visit, in one clause."""
        if not doc.places:
            return frozenset()
        toks = doc.tokens
        starts = [t.start for t in toks]
        out = set()
        for p in doc.places:
            i = bisect.bisect_right(starts, p.start) - 1  # the token holding the place's start (tokens are disjoint)
            if i < 0 or p.start >= toks[i].end:
                continue
            j, words = i - 1, 0
            while j >= 0 and words < TAINT_REACH:
                t = toks[j]
                if t.kind == "punct":
                    if t.text in ".،,؛;:!?؟\n":
                        break
                    j -= 1
                    continue
                m = self.lex.blocker(toks, j)
                visit = t.norm.lstrip("و").startswith(VISIT_WORDS) and not _during(toks, j)
                title = p.level == "country" and words < TITLE_REACH and article_stripped(t.norm.lstrip("و")) in TITLES
                if m and m[1] == "intent" and j > 0 and target_noun([toks[j - 1].norm, t.norm]):
                    m = None  # غارة جوية ضد هدف في ليبيا: a target struck, no aim
                if (m and m[1] in ("intent", "future", "negation")) or visit or title:
                    out.add((p.start, p.end))
                    break
                words += 1
                j -= 1
        return frozenset(out)

    @staticmethod
    def _context_opponent(
        mentions: Sequence[ActorMention], sentences: Sequence[Span], si: int, a1: ActorMention,
        dates_by: Mapping[int, Sequence[Any]] | None = None, when: str | None = None, text: str = "",
    ) -> ActorMention | None:
        """The opponent of a battle with one side named, from one or two sentences before; not past a sentence
        its own date puts before the event (وفي مايو الماضي، أعلن التنظيم مسؤوليته …): its sides are an
        earlier incident's."""
        for back in (1, 2):
            k = si - back
            if k < 0:
                return None
            if dates_by and any(told_before((m.date, m.precision), when)
                                for m in dates_by.get(k, ()) if not after_since(text, m.start)):
                return None
            s = sentences[k]
            for m in mentions:
                if s.start <= m.start < s.end and _may_oppose(m, a1):
                    if (m.inter is not None and m.inter != 1) or a1.inter not in (None, 1):
                        return m
        return None

    @staticmethod
    def _retype_armed_target(d: Draft, tokens: Sequence[Any], lo: int, hi: int) -> None:
        """An attack whose target is a named armed side (قتلت قوات الأمن ستة متسللين مسلحين) by a state force or
        another armed group is an armed clash: ACLED's Attack takes unarmed victims.  Not when the sentence
        tells captives, civilians or an execution, nor when a weapon makes it a strike or a shelling."""
        f, h = d.fields, d.hits[0]
        if f["sub_event_type"] != "Attack" or h.entry.cls not in ("kill", "attack"):
            return
        if d.retyped:
            return  # its sentence typed it (a blade, one-sided fire, a target)
        a1, a2 = d.actor1, d.actor2
        if a2 is None or a2.start < 0 or a2.inter not in _ARMED_INTERS or a2.kind in _VICTIM_KINDS:
            return
        if a1 is not None and (a1.inter not in _ARMED_INTERS or a1.start == a2.start):
            return
        if a2.start < h.start:
            return  # a side named before the trigger is its doer more often than its victim
        if _combat_ruled_out(tokens, lo, hi):
            return
        f.update(CLASH_FIELDS)
        d.notes.append(f"type: the target is an armed side ({a2.text})")

    @staticmethod
    def _retype_by_victims(d: Draft, tokens: Sequence[Any], tok_index: dict[int, int], lo: int = 0, hi: int = 0) -> None:
        """A bare killing (مقتل 5 من عناصر الحركة) whose dead are fighters is combat, not violence against civilians."""
        if d.hits[0].entry.cls != "kill" or d.fields["event_type"] != "Violence against civilians":
            return
        # where the dead are named: after each toll's number, and right after a verbal noun of killing ("مصرع
        # عشرات الحوثيين"، "نجحت في قتل وأسر عناصر حوثية"; after a verb, "قتل جنود شابا", come the killers)
        h = d.hits[0]
        nominal = not is_verb(h.entry.form) or (h.first > 0 and tokens[h.first - 1].norm.lstrip("و") in _NOUN_HEADS)
        starts = [i for t in d.tolls if (i := tok_index.get(t.quantity.start)) is not None]
        starts += [h.last + 1] if nominal else []
        for i in starts:
            near = {w for tok in tokens[i : i + 4] for w in (tok.norm.lstrip("و"), article_stripped(tok.norm.lstrip("و")))}
            group = near & _GROUP_DEAD and (hi <= lo or not _combat_ruled_out(tokens, lo, hi))
            if near & ARMED_VICTIMS or group:
                d.fields.update(event_type="Battles", sub_event_type="Armed clash", plover_mode="firearms")
                if d.actor2 is not None and d.actor2.start < 0:
                    d.actor2 = None
                d.notes.append("type: the dead are fighters")
                return

    @staticmethod
    def _retype_air_follow_up(d: Draft, tokens: Sequence[Any], plo: int, lo: int, cs: int, ments: Sequence[Any]) -> None:
        """A targeting word with no doer before it in its clause ("كما استهدفت مواقع لهم في مديرية زبيد"،
        "تم مساء الجمعة استهداف الرادارات") goes on from the sentence before: when that one tells aircraft
        or raids (نفذت طائرات التحالف غارات), the targeting is theirs, an air strike, not a clash."""
        f, trig = d.fields, d.hits[0]
        if f["sub_event_type"] not in ("Armed clash", "Attack") or trig.entry.cls != "attack":
            return
        if d.retyped:
            return  # its own sentence typed it (a weapon, a blade, a target)
        if not tokens[trig.first].norm.lstrip("وف").removeprefix("ل").startswith(("استهدف", "تستهدف", "يستهدف")):
            return
        after = tokens[trig.last + 1] if trig.last + 1 < len(tokens) else None
        if d.actor1 is not None or any(tokens[cs].start <= m.start < tokens[trig.first].start for m in ments):
            return  # a doer of its own before it (القوات الحكومية … استهدفت)
        if after is not None and any(after.start <= m.start < after.end for m in ments):
            return  # or right after the verb (واستهدفت قوات النظام مواقع …)
        words = {_bare_norm(t) for t in tokens[plo:lo] if t.kind == "word"}
        if not words & _AIRCRAFT:
            return
        f.update(AIR_FIELDS)
        d.notes.append("type: targeting after a sentence of aircraft (air)")

    @staticmethod
    def _retype_blade(d: Draft, tokens: Sequence[Any], lo: int, hi: int) -> None:
        """A stabbing ("هجوم بسكين"، "طعن مستوطنا") or a car-ramming ("قتلت مستوطنة في عملية دهس") with no
        fighter, soldier or policeman named in its sentence is one person's attack on civilians (ACLED's
        Attack), not an armed clash."""
        f = d.fields
        if f["sub_event_type"] != "Armed clash" or not any(h.entry.cls in ("attack", "kill") for h in d.hits):
            return
        words = {_bare_norm(t) for t in tokens[lo:hi] if t.kind == "word"}
        if not words & (_BLADES | _RAMMING) or words & _ARMED_OR_SECURITY:
            return
        f.update(event_type="Violence against civilians", sub_event_type="Attack", plover_mode="beat")
        d.notes.append("type: a stabbing of civilians" if words & _BLADES else "type: a ramming of civilians")

    @staticmethod
    def _retype_force_on_protesters(d: Draft, tokens: Sequence[Any], lo: int, hi: int) -> None:
        """State forces shooting or killing where the sentence is about a demonstration ("برصاص القوات
        الإسرائيلية الذي استهدف آلاف المتظاهرين") or firing tear gas at a crowd ("برصاص الجيش والاختناق")
        is ACLED's excessive force against protesters, not a clash or an attack on civilians."""
        f = d.fields
        if f["event_type"] not in ("Battles", "Violence against civilians") or d.hits[0].entry.cls not in (
                "kill", "attack", "clash"):
            return
        words = [article_stripped(t.norm.lstrip("و")) for t in tokens[lo:hi] if t.kind == "word"]
        # suffocation beside a chemical word is a chemical attack's, not tear gas (suffocation counts as
        # tear gas only beside live fire, "برصاص الجيش والاختناق"; alone it may be smoke or a fire's)
        chemical = any(chemical_word(w) for w in words)
        gassed = any(w in _CROWD_CONTROL for w in words) or (
            ("اختناق" in words or _gas_grenades(words)) and any(w.startswith(("رصاص", "برصاص")) for w in words)
            and not chemical)
        if d.actor1 is None and not gassed:
            return  # tear gas is the state's whoever the sentence names; other force needs a state side
        if d.actor1 is not None and d.actor1.inter not in (1, 8):
            return
        if not gassed and not _names_demonstration(words):
            return
        crowd_side = d.actor2 is not None and d.actor2.kind == "protesters"
        killed = any(w.removeprefix("ب").startswith(_DEATHS) for w in words)
        if d.hits[0].entry.cls == "clash" and crowd_side and not gassed and not killed:
            return  # a clash with demonstrators that killed no one is their riot (`_retype_rioters`)
        f.update(event_type="Protests", sub_event_type="Excessive force against protesters")
        d.actor2 = default_actor("protesters")
        d.notes.append("type: state force against a demonstration")

    @staticmethod
    def _retype_deadly_protest(
        d: Draft, tolls: Sequence[Toll], tokens: Sequence[Any], lo: int, mentions: Sequence[ActorMention]
    ) -> None:
        """A demonstration whose sentence tells of people killed by state forces ("قُتل سبعة متظاهرين
        برصاص القوات … عندما تظاهر الآلاف") is ACLED's excessive force against protesters."""
        f = d.fields
        if f["event_type"] != "Protests" or f["sub_event_type"] == "Excessive force against protesters":
            return
        force = next((m for m in mentions if m.inter in (1, 3, 8) and m.kind not in _VICTIM_KINDS and can_act(m)), None)
        if not any(t.kind == "killed" for t in tolls):
            return
        if force is None and not _killed_during(tokens, lo, d.hits[0].first):
            return
        f.update(sub_event_type="Excessive force against protesters")
        d.actor2 = default_actor("protesters")
        if force is not None:
            d.actor1 = force
            d.notes.append(f"type: protesters killed, {force.text} in the sentence")
        else:
            d.notes.append("type: people killed during the demonstration")

    @staticmethod
    def _retype_rioters(d: Draft, tokens: Sequence[Any] | None = None) -> None:
        """Violence whose doers are the demonstrators ("اقتحم المحتجون مقر …، أشعلوا النيران") is a
        riot (ACLED's violent demonstration), not an armed clash; so is a clash whose one side is the
        demonstrators ("اشتباكات بين قوات الأمن ومحتجين")."""
        if d.fields["event_type"] != "Battles" or d.fields["sub_event_type"] != "Armed clash":
            return
        if d.actor2 is not None and d.actor2.kind == "protesters":
            other = d.actor1
            # ACLED's type moves to the riot; the PLOVER reading stays the trigger's (a clash is an ASSAULT)
            d.fields.update(event_type="Riots", sub_event_type="Violent demonstration")
            d.actor1 = default_actor("rioters")
            d.actor2 = other if other is not None and other.kind not in _VICTIM_KINDS else None
            d.notes.append("type: a clash with demonstrators")
            return
        # a storming verb with the demonstrators as its subject right after it (اقتحمه متظاهرون غاضبون)
        h = d.hits[0]
        nxt = tokens[h.last + 1] if tokens is not None and h.last + 1 < len(tokens) else None
        src: Span | None = None
        if nxt is not None and any(c.startswith(STORMING) for c in candidates(h.entry.form)) and (
                article_stripped(nxt.norm.lstrip("و")).startswith(PROTEST_STEMS)):
            src = Span(nxt.start, nxt.end, nxt.text)
        elif d.actor1 is not None and d.actor1.kind not in _VICTIM_KINDS:
            return
        else:
            src = d.tagged[0] or d.role_spans[0]
            words = [article_stripped(normalize(w).lstrip("و")) for w in src.text.split()] if src is not None else []
            if src is None or not any(w.startswith(PROTEST_STEMS) for w in words):
                return
        d.fields.update(RIOT_FIELDS)
        d.actor1 = default_actor("rioters")
        d.notes.append(f"type: the doers are demonstrators ({src.text})")

    @staticmethod
    def _retype_crowd_violence(
        d: Draft, tokens: Sequence[Any], lo: int, hi: int, tok_starts: Sequence[int], sentences: Sequence[Any]
    ) -> None:
        """A demonstration whose sentence tells the crowd's own violence (grenades, petrol bombs, a building
        or tyres set on fire, security men hurt: `context.protester_violence`) is ACLED's violent
        demonstration.  So is a clash of protesters and security forces (اشتباكات, read as force against
        protesters) when that violence is told in its sentence, the next one, or a sentence that names the
        clashes again (قنبلة يدوية خلال الاشتباكات): the judges keep excessive force for stories of the
        security forces' fire alone.  Not the Gaza border protests, whose force rule stands."""
        sub = d.fields["sub_event_type"]
        if d.fields["event_type"] != "Protests" or "Gaza border" in " ".join(d.notes):
            return
        why = protester_violence(tokens, lo, hi) if sub in ("Peaceful protest", "Protest with intervention", EXCESSIVE) else None
        clashes = d.hits[0].entry.cls == "clash" and _bare_norm(tokens[d.hits[0].first]).startswith("اشتباك")
        if why is None and sub == EXCESSIVE and clashes:
            for k, sent in enumerate(sentences):
                if k == d.sent_idx:
                    continue
                a = bisect.bisect_left(tok_starts, sent.start)
                b = bisect.bisect_left(tok_starts, sent.end)
                if k != d.sent_idx + 1 and not any(
                        _bare_norm(t).startswith("اشتباك") for t in tokens[a:b] if t.kind == "word"):
                    continue
                why = protester_violence(tokens, a, b)
                if why is not None:
                    break
        if why is None:
            return
        d.fields.update(RIOT_FIELDS)
        force = d.actor1 if sub == EXCESSIVE and d.actor1 is not None and d.actor1.kind not in _VICTIM_KINDS else None
        d.actor1 = default_actor("rioters")
        d.actor2 = force
        d.notes.append(f"type: the crowd's own violence ({why})")

    @staticmethod
    def _retype_one_sided_fire(d: Draft, tokens: Sequence[Any], lo: int, hi: int) -> None:
        """Gunfire opened on someone (قتل بالرصاص شابا، قتل المرشح جراء إطلاق نار، أطلقوا النار على السجناء)
        whose sentence tells no fight (no clash, exchange or battle word), no second armed side and no
        fighter, soldier or policeman among those hit is one side's attack (ACLED's Attack), not an armed
        clash: a clash takes two armed sides."""
        f, h = d.fields, d.hits[0]
        if f["sub_event_type"] != "Armed clash" or h.entry.cls != "attack" or d.retyped:
            return
        if not normalize(h.entry.form).startswith(_GUNFIRE_FORMS):
            return
        if d.actor1 is not None and d.actor2 is not None and d.actor2.inter != 7:
            return  # two named sides
        words = [article_stripped(t.norm.lstrip("و").removeprefix("ب")) for t in tokens[lo:hi] if t.kind == "word"]
        if any(w.startswith(_FIGHT_WORDS) for w in words):
            return
        # a force named after عن is the news's source (نقلا عن الشرطة), not a side hit
        if any((w in _ARMED_OR_SECURITY or w.removeprefix("ل") in _ARMED_OR_SECURITY) and not (k and words[k - 1] == "عن")
               for k, w in enumerate(words)):
            return
        if not any(w.removeprefix("ف").startswith((*_DEATHS, *HURT_WORDS)) for w in words):
            return  # no one told hit: a warning shot, a rule of engagement
        f.update(event_type="Violence against civilians", sub_event_type="Attack")
        d.notes.append("type: one-sided gunfire, no fight told")

    @staticmethod
    def _retype_gaza_border(d: Draft, tolls: Sequence[Toll], tokens: Sequence[Any], lo: int, hi: int,
                            story: bool = False) -> None:
        """Israeli fire on Palestinians at the Gaza border fence during the Great March of Return
        ("مواجهات مع الجيش الإسرائيلي على حدود قطاع غزة"، "مقتل 60 فلسطينيا على الحدود بين إسرائيل وقطاع
        غزة"، "المواجهات التي اندلعت في الأسبوع السابع من مظاهرات مسيرة العودة"، a Gaza demonstration that
        left dead) is ACLED's excessive force against protesters: the border confrontations of those months
        were the weekly demonstrations, not battles or attacks on civilians.  A sentence that names an
        armed side (rockets, shells, gunmen, infiltrators, air strikes, a soldier hit) keeps its type.  In a
        story of the border demonstrations (`gaza_border_story`) a sentence that no longer names Gaza or
        Israel tells the same crowds: Palestinians killed by gunfire, in confrontations or clashes, at the
        fence or while protesting (قتلت رزان النجار بالرصاص أثناء ركضها تجاه الجدار الحدودي، حدادا على القتلى
        في المواجهات، قتلت القوات 19 فلسطينيا خلال صدامات مشابهة); not a West Bank scene."""
        f = d.fields
        cls = d.hits[0].entry.cls
        if cls not in BORDER_CLASSES or f["sub_event_type"] == EXCESSIVE:
            return
        if f["event_type"] not in ("Battles", "Violence against civilians", "Protests", "Riots"):
            return
        if d.date is not None and not (MARCH_OF_RETURN[0] <= d.date[:10] <= MARCH_OF_RETURN[1]):
            return
        words = [article_stripped(t.norm.lstrip("و").removeprefix("ب")) for t in tokens[lo:hi] if t.kind == "word"]
        if any(w.startswith(ARMED_SIDE) and not shooter(words, k) for k, w in enumerate(words)):
            return
        gaza = any(w in ("غزه", "قطاع") for w in words)
        border = gaza and any(w.startswith(BORDER_WORDS) for w in words) and any(
            w.startswith("اسراييل") or w == "احتلال" for w in words)
        # مسيرة العودة، لمسيرة العودة (the ل of "the second Friday of the March of Return")
        march = any(a.removeprefix("ل").startswith("مسير") and b == "عوده" for a, b in pairwise(words))
        killed = any(t.kind == "killed" for t in tolls) or any(w.startswith((*_DEATHS, "حتف")) for w in words)
        # victims fallen in confrontations, bloody confrontations (الضحايا الذين سقطوا خلال مواجهات، مواجهات دامية)
        killed = killed or (cls == "clash" and any(w.startswith(("ضحايا", "دامي")) for w in words))
        # a massacre that claimed Palestinians (مجزرة راح ضحيتها أكثر من 60 فلسطينيا تظاهروا)
        killed = killed or any(w.startswith(("مجزر", "ضحيت")) for w in words)
        # a demonstration in Gaza that left dead (مظاهرات بقطاع غزة خلفت 17 قتيلا): the dead were shot at the fence
        crowd = gaza and killed and _names_demonstration(words)
        confronted = killed and deadly_confrontation(words, tokens[d.hits[0].first], gaza)
        # Palestinians shot dead by the Israeli army in Gaza (قتل عشرات الفلسطينيين في قطاع غزة برصاص الجيش
        # الإسرائيلي), no armed side named: in those months, the crowds shot at the fence
        shot = gaza and killed and any(w.startswith("رصاص") for w in words) and any(
            w.startswith("اسراييل") for w in words)
        if not (border or march or crowd or confronted or shot or told_in_gaza_story(d, words, killed, story)):
            return
        fired = any(w.startswith(FIRE_ON_CROWD) for w in words)
        if cls == "protest" and not killed and not fired:
            return  # a march at the fence that nobody fired on stays a protest
        if not tolls and not killed and not fired and not march:
            # no one hit and no fire on a crowd: talk of the fence (قواعد إطلاق النار على الحدود), or the
            # crowd's own doing (اقتحم متظاهرون السياج وقصوا أجزاء منه)
            return
        # force that wounded and killed no one is an intervention; deadly fire is excessive force
        sub = EXCESSIVE if killed or not tolls else "Protest with intervention"
        f.update(event_type="Protests", sub_event_type=sub)
        if d.actor1 is not None and (d.actor1.kind in _VICTIM_KINDS or d.actor1.kind == "rioters"
                                     or d.actor1.inter not in (1, 3, 8)):
            d.actor1 = None
        d.actor2 = default_actor("protesters")
        d.notes.append("type: force at the Gaza border protests")

    @staticmethod
    def _retype_clash_weapons(d: Draft, tokens: Sequence[Any], hi: int) -> None:
        """Weapons a sentence says were used in the fighting (واستخدمت الأسلحة الرشاشة والقذائف الصاروخية في
        المواجهات) are that clash's arms, not a shelling of their own: the draft is the armed clash, which the
        merge then joins to the clash told elsewhere."""
        if d.fields["sub_event_type"] != SHELLING:
            return
        h = d.hits[0]
        before = [article_stripped(t.norm.lstrip("و")) for t in tokens[max(0, h.first - 6) : h.first] if t.kind == "word"]
        if not any(w.startswith(_USE_VERBS) for w in before):
            return
        after = [t for t in tokens[h.last + 1 : min(hi, h.last + 8)] if t.kind == "word"]
        if not any(a.norm in ("في", "خلال") and b.norm.startswith("ال") and article_stripped(b.norm).startswith(_FIGHTS)
                   for a, b in pairwise(after)):
            return
        d.fields.update(CLASH_FIELDS)
        d.notes.append("type: weapons used in the fighting")

    @staticmethod
    def _retype_killed_by_aircraft(d: Draft, tokens: Sequence[Any], hi: int) -> None:
        """Deaths whose sentence gives them to aircraft after the trigger (عدد القتلى بلغ 20 مدنيا … في جريمة
        جديدة لطائرات التحالف؛ قتل ثلاثة بطائرة مسيرة) are an air strike's toll, not an attack or a clash."""
        f, h = d.fields, d.hits[0]
        if f["sub_event_type"] not in ("Attack", "Armed clash") or h.entry.cls != "kill":
            return
        if d.retyped:
            return  # its own sentence typed it (a blade, a demonstration, a target)
        after = [t.norm.lstrip("و") for t in tokens[h.last + 1 : min(hi, h.last + 30)] if t.kind == "word"]
        if not any(w[:1] in ("ل", "ب") and article_stripped(w[1:].removeprefix("ل")) in _WARPLANES for w in after):
            return
        f.update(AIR_FIELDS)
        d.notes.append("type: deaths its sentence gives to aircraft (air)")

    @staticmethod
    def _retype_missiles_on_syria(d: Draft, tokens: Sequence[Any], lo: int, hi: int) -> None:
        """Missiles that Israel or the Western states fire into Syria (صاروخين إسرائيليين سقطا في محيط مطار
        دمشق، إطلاق 110 صواريخ على سوريا زعمت أمريكا) come from aircraft or warships: ACLED codes them as
        air strikes, not shelling.  The firing state is named in the trigger's sentence, never as the target
        (على مواقع إسرائيلية), and the sentence names no other doer; a suspicion (بما يحتمل أنه صاروخ إسرائيلي،
        أصابع الاتهام إلى إسرائيل) leaves the launcher unknown and the type as told."""
        f, h = d.fields, d.hits[0]
        if f["sub_event_type"] != SHELLING or d.place is None or d.place.iso2 != "SY":
            return
        if not any(_bare_norm(t).startswith(_MISSILE_WORDS) for t in tokens[h.first : h.last + 1]) and not rocket_attack(
                tokens, h, lo, hi):  # "شن الجيش الإسرائيلي هجوما صاروخيا": the missiles named by the adjective
            return
        if d.actor1 is not None and not any(n in d.actor1.name(d.place.iso2) for n in AIR_STATE_NAMES):
            return
        words = [_bare_norm(t) for t in tokens[lo:hi] if t.kind == "word"]
        named = [k for k, w in enumerate(words) if w.startswith(AIR_STATES)]
        if suspected_near(words, named, sum(t.kind == "word" for t in tokens[lo : h.first])):
            return
        if any(not any(v in AT_WORDS for v in words[max(0, k - 2) : k]) for k in named):
            f.update(AIR_FIELDS)
            d.notes.append("type: missiles a state fires into Syria from the air (air)")

    @staticmethod
    def _retype_coinciding_shelling(d: Draft, tokens: Sequence[Any], hi: int) -> None:
        """Strikes already told that a sentence says coincided with a shelling (وتزامنت الغارات مع قصف مدفعي
        وصاروخي): the sentence's news is the artillery, so the draft is a shelling."""
        if d.fields["sub_event_type"] != AIR:
            return
        h = d.hits[0]
        if not tokens[h.first].norm.lstrip("و").startswith("ال") or h.first == 0:
            return
        verb = article_stripped(tokens[h.first - 1].norm.lstrip("و"))
        after = [t.norm for t in tokens[h.last + 1 : min(hi, h.last + 5)] if t.kind == "word"]
        if not verb.startswith(_COINCIDE) or after[:1] != ["مع"] or len(after) < 3:
            return
        if not (after[1].startswith("قصف") and after[2].startswith(_GROUND_FIRE_ADJ)):
            return
        d.fields.update(event_type="Explosions/Remote violence", sub_event_type=SHELLING, plover_mode="heavy-weapons")
        d.notes.append("type: the shelling the strikes coincided with")
        d.coincides = False  # the draft is now the complement's shelling, the sentence's news: no retelling

    @staticmethod
    def _retype_by_target(d: Draft) -> None:
        """An attack on civilians is violence against civilians; a takeover by the state is a regain.

        Fighting (معارك، اشتباكات، اقتتال، تبادل إطلاق النار) takes two armed sides whoever the sentence
        names as hit: civilians beside it are another deed's victims, so it stays an armed clash."""
        f = d.fields
        raid = f["sub_event_type"] == "Armed clash" and any(h.entry.cls == "arrest" for h in d.hits)
        if raid and d.actor2 is not None and d.actor2.inter == 7:
            d.actor2 = None  # a raid that met fire fought the raided, whoever it names as victims
        if f["event_type"] == "Battles" and d.actor2 is not None and d.actor2.inter == 7 and not all(
                h.entry.form.startswith(_FIGHTING) for h in d.hits):
            f.update(event_type="Violence against civilians", sub_event_type="Attack")
            d.notes.append("type: the target is civilians")
        if f["sub_event_type"] == "Non-state actor overtakes territory" and (
                d.state_taker or (d.actor1 is not None and (d.actor1.inter == 1 or state_camp(d.actor1.label)))):
            f["sub_event_type"] = "Government regains territory"

    # -- assembly ------------------------------------------------------------------------------

    def _merge(self, doc: Document, drafts: list[Draft], doc_iso: str | None) -> tuple[list[Event], list[Roles]]:
        head_end = headline_end(doc.text, doc.sentences)
        events: list[Event] = []
        roles: list[Roles] = []
        index: dict[tuple[Any, ...], int] = {}
        for d in drafts:
            iso = d.place.iso2 if d.place else doc_iso
            a1 = in_period(d.actor1.name(iso), d.date) if d.actor1 else None
            a2 = in_period(d.actor2.name(iso), d.date) if d.actor2 else None
            assoc1, assoc2 = (in_period(m.name(iso), d.date) if m else None for m in d.assoc)
            i1 = d.actor1.inter_in(iso) if d.actor1 else None
            i2 = d.actor2.inter_in(iso) if d.actor2 else None
            place_key = (d.place.name, d.place.admin1) if d.place else None
            key: tuple[Any, ...] = (d.fields["event_type"], d.fields["sub_event_type"], d.date, place_key, a1, a2)
            if d.fields["sub_event_type"] in AREA_TYPES:
                # a campaign or deployment is one development per day and country, whoever is named
                key = (d.fields["event_type"], d.fields["sub_event_type"], d.date, iso)
            sources = tuple(dict.fromkeys(c.source.canonical or c.source.text for c in d.claims if c.source.text))
            fat = _fatalities(d.tolls, sources)
            conf = d.weight + 0.04 * sum(x is not None for x in (d.place, d.actor1, d.actor2)) + (0.04 if fat.text else 0)
            if any(c.modality in ("alleged", "uncertain") for c in d.claims):
                conf -= 0.1
            if self.classifier is not None:
                plover = "ARREST" if d.operation else d.fields.get("plover_type")
                sent = doc.sentences[d.sent_idx]
                if isinstance(self.classifier, SentenceClassifier):  # the sentence's tokens spare it a tokenisation
                    ok, p = self.classifier.passes(sent.text, plover, tokens=own_tokens(doc, sent))
                else:
                    ok, p = self.classifier.passes(sent.text, plover)
                if not ok and self.gate:
                    log.debug("event %s dropped by the sentence classifier (p=%.2f)", d.fields["sub_event_type"], p or 0.0)
                    continue
                if p is not None:
                    # the classifier learnt the GSR's ASSAULT, which leaves conventional combat out (DESIGN.md
                    # §3): a battle's low probability says less, so it weighs less against the lexicon
                    battle = d.fields["event_type"] == "Battles" and (conf >= STRONG_BATTLE or d.state_taker)
                    # nor aerial or artillery fire (the 2018 PLOVER's FIGHT): a new strike at a town its clause names
                    battle = battle or _placed_strike(d, doc.tokens)
                    # nor a takeover its own sentence dates at a named town, as ACLED codes one (evidence.py)
                    # and an explosion or strike told as done, dated by its own sentence at a named town (evidence.py)
                    w = BATTLE_WEIGHT if battle or dated_takeover(d, doc) or dated_strike(d, doc) else CLASSIFIER_WEIGHT
                    conf = blend(conf, p, w)
                    d.notes.append(f"classifier: p={p:.2f}")
            conf = max(0.05, min(0.95, conf))
            trig = d.hits[0]
            ev = Event(
                id="",
                event_type=d.fields["event_type"],
                sub_event_type=d.fields["sub_event_type"],
                disorder_type=disorder_type(d.fields["event_type"], d.fields["sub_event_type"]),
                plover_type=d.fields.get("plover_type"),
                plover_mode=d.fields.get("plover_mode"),
                event_date=d.date,
                time_precision=d.precision,
                date_text=d.date_text,
                actor1=a1,
                assoc_actor_1=assoc1 if assoc1 not in (a1, a2) else None,
                inter1=i1,
                actor2=a2,
                assoc_actor_2=assoc2 if assoc2 not in (a1, a2) else None,
                inter2=i2,
                interaction=interaction(i1, i2),
                civilian_targeting=d.fields["event_type"] == "Violence against civilians" or i2 == 7,
                location=d.place,
                fatalities=fat,
                claims=tuple(c.id for c in d.claims),
                sources=sources,
                trigger=Span(trig.start, trig.end, doc.text[trig.start : trig.end]),
                evidence=tuple(
                    dict.fromkeys(
                        (
                            *d.evidence,
                            *(Span(m.start, m.end, m.text) for m in (d.actor1, d.actor2) if m is not None and m.start >= 0),
                            *(Span(h.start, h.end, doc.text[h.start : h.end]) for h in d.hits[1:]),
                            *(x for x in d.tagged if x is not None),
                            *(x for x in (d.marked_source, d.marked_target) if x is not None),
                        )
                    )
                ),
                confidence=conf,
                notes=_summary(d, a1, a2, doc.sentences[d.sent_idx].text) + " | coding: " + "; ".join(dict.fromkeys(d.notes)),
            )
            spans1 = [Span(d.actor1.start, d.actor1.end, d.actor1.text)] if d.actor1 and d.actor1.start >= 0 else []
            spans2 = [Span(d.actor2.start, d.actor2.end, d.actor2.text)] if d.actor2 and d.actor2.start >= 0 else []
            spans1 = spans1 or [x for x in d.role_spans[:1] if x is not None]
            spans2 = spans2 or [x for x in d.role_spans[1:] if x is not None]
            spans1 = _pick_roles(self.role_mode, spans1, d.tagged[0])
            spans2 = _pick_roles(self.role_mode, spans2, d.tagged[1])
            spans1 = protest_spans(d.fields["event_type"], d.marked_source, spans1)
            spans2 = protest_spans(d.fields["event_type"], d.marked_target, spans2)
            k = index.get(key)
            if k is None and a1 is not None and a2 is not None:
                k = index.get((*key[:4], a2, a1))  # the same clash told from the other side
            retold = False
            if k is None:
                k = retelling(events, ev, d, doc.tokens, head_end, bool(doc.places), doc.sentences)
                retold = k is not None
            if k is not None:
                if retold and events[k].fatalities.best is not None and not retold_exact(events[k].fatalities, ev.fatalities):
                    ev = replace(ev, fatalities=Fatalities())  # the fuller account's toll stands
                conf = max(events[k].confidence, ev.confidence)
                events[k] = combine(events[k], ev, doc.text)
                if retold:  # a retelling is no second source: no confidence bonus
                    events[k] = replace(events[k], confidence=conf)
                roles[k] = Roles(roles[k].actor1 + spans1, roles[k].actor2 + spans2)
            else:
                index[key] = len(events)
                events.append(ev)
                roles.append(Roles(spans1, spans2))
        return events, roles

    @staticmethod
    def _link_claims(claims: Sequence[Claim], events: Sequence[Event]) -> tuple[Claim, ...]:
        by_claim: dict[str, list[str]] = {}
        for e in events:
            for cid in e.claims:
                by_claim.setdefault(cid, []).append(e.id)
        return tuple(_with_events(c, tuple(by_claim.get(c.id, ()))) for c in claims)
#: Classes whose words in a raid's sentence say it met armed resistance; the blasts of the raided
#: ("تحصن فيه مسلحون وفجروا منزلا") are part of that clash.  Of the attack words only gunfire counts
#: (a raid that "targeted the banks" met none), and storming (اقتحام) is the raid itself.
_RAID_FORCE = frozenset({"kill", "clash", "blast", "grenade"})
_GUNFIRE = ("نار", "رصاص", "عيار", "اعيره")


def _resistance(h: TriggerHit) -> bool:
    """The hit tells of killing, fighting, blasts or gunfire (what a raid meets when it is resisted)."""
    form = h.entry.form
    if h.entry.cls == "attack":
        return any(g in form for g in _GUNFIRE)
    return h.entry.cls in _RAID_FORCE and not form.lstrip("و").startswith("اقتح")
#: How many tokens before a raid word ("قتل ثلاثة … في مداهمة") and after it ("مداهمة … أسفرت عن مقتل جندي")
#: the killing or fire it met may stand: its outcome is told after it, its frame only just before.
RAID_BEFORE = 10
RAID_AFTER = 20


def _frames_sentence(tokens: Sequence[Any], h: TriggerHit) -> bool:
    """The raid word follows خلال / أثناء (خلال عملية المداهمة): all the sentence tells happened during the raid."""
    j = h.first - 1
    if j >= 0 and article_stripped(tokens[j].norm.lstrip("و")) == "عمليه":
        j -= 1
    return j >= 0 and tokens[j].norm.lstrip("و") in _DURING


def _near(a: TriggerHit, b: TriggerHit, before: int, after: int) -> bool:
    """Hit `a` lies at most `before` tokens before hit `b` or at most `after` tokens after it."""
    return b.first - a.last <= before and a.first - b.last <= after
#: Aircraft (shadow form, article dropped) that deaths are given to with ل or ب (لطائرات التحالف، بطائرة مسيرة).
_WARPLANES = frozenset({"طايرات", "طايره", "طيران", "مقاتلات", "مقاتله", "مروحيات", "مروحيه"})
#: Verbs of using weapons (shadow form, article dropped): استخدمت، استعملت، استخدام.
_USE_VERBS = ("استخدم", "استعمل", "تستخدم", "يستخدم")
#: Nouns of fighting after في (article dropped): the clash the weapons were used in.
_FIGHTS = ("مواجه", "اشتباك", "معارك", "معركه", "اقتتال")
#: Verbs of coinciding (تزامنت، ترافقت) before a definite strikes noun.
_COINCIDE = ("تزامن", "ترافق", "تتزامن", "يتزامن")
#: Adjectives of ground fire after قصف (مدفعي، صاروخي، مدفعية).
_GROUND_FIRE_ADJ = ("مدفع", "صاروخ")


#: Words for militants among the dead (shadow form): "مقتل 3 إرهابيين واعتقال 5" is an operation against a cell.
_MILITANTS = frozenset("ارهابيين ارهابيا ارهابي مسلحين مسلحا مسلح متشددين متشددا عناصر عنصرا مطلوبين مطلوبا".split())


def _operation(drafts: Sequence[Draft], told: Sequence[TriggerHit], tokens: Sequence[Any]) -> Draft | None:
    """An arrest told within a raid's reach of a killing of militants (مقتل 3 إرهابيين واعتقال 5 آخرين):
    one security operation that met resistance, coded as a raid is."""
    arrest = next((d for d in drafts if d.fields["sub_event_type"] == "Arrests"), None)
    if arrest is None:
        return None
    for h in told:
        if h.entry.cls != "kill" or not _near(h, arrest.hits[0], RAID_BEFORE, RAID_AFTER):
            continue
        if any(article_stripped(t.norm.lstrip("و")) in _MILITANTS for t in tokens[h.last + 1 : h.last + 4]):
            return arrest
    return None


#: Capture verbs whose object comes after their subject ("سيطرت القوات الشرعية، بإسناد من …، على منطقة"),
#: out of the lexicon's reach, which matches "سيطرت على" only side by side.
_CAPTURE_VERBS = frozenset({"سيطرت", "سيطر", "سيطروا", "استعادت", "استعاد", "استعادوا", "حررت", "حرر", "حرروا",
                            "استردت", "استرد", "استردوا"})
#: How many words may lie between a capture verb and its على.
CAPTURE_GAP = 12
#: Words of a state force after the verb: the state took the ground back.
_STATE_SIDE = frozenset({"الجيش", "جيش", "الحكوميه", "الشرعيه", "النظاميه", "النظام", "الحكومه", "الامن"})
#: The state's forces as the doer of a takeover told before its verb (الجيش السوري الحر is not one of them).
_STATE_FORCES = frozenset({"الجيش", "النظام", "الحكومه", "الحكوميه", "الشرعيه", "النظاميه"})


#: Trigger classes that name bombardment itself.
_BOMBARDMENT = frozenset({"air", "bombard"})


def _placed_strike(d: Draft, tokens: Sequence[Any]) -> bool:
    """An air or artillery strike told by a word of bombardment (غارات، قصفت، قذائف; not a generic هجوم or
    استهدف retyped by its context), indefinite (الغارات mostly points back), at a place finer than a
    country that its own clause names."""
    if d.fields["sub_event_type"] not in STRIKE_TYPES or not d.own_place or d.place is None:
        return False
    if d.hits[0].entry.cls not in _BOMBARDMENT:
        return False
    if LEVEL_RANK.get(d.place.level, 6) >= LEVEL_RANK["country"]:
        return False
    return not tokens[d.hits[0].first].norm.startswith(DEFINITE_HEADS)


def _retype_foreign_taker(d: Draft, text: str, iso2: str | None) -> None:
    """A regain whose doer is a foreign army or the Free Syrian Army is a non-state actor's takeover: ACLED
    keeps "Government regains territory" for the country's own government and the forces acting for it."""
    if d.fields["sub_event_type"] != "Government regains territory":
        return
    why = not_the_government(text, d.actor1, iso2)
    if why:
        d.fields["sub_event_type"] = "Non-state actor overtakes territory"
        d.notes.append(f"type: {why}, no regain by the government")


def _state_taker(tokens: Sequence[Any], start: int, first: int) -> bool:
    """The state's forces named within `TAKER_REACH` words before a takeover, in its clause, with no relative
    pronoun between ("الميليشيات التي سيطرت على" tells what another group holds) and not as the side fought
    ("بدأوا قتال القوات الحكومية لينجحوا في السيطرة")."""
    words = [i for i in range(start, first) if tokens[i].kind == "word"][-TAKER_REACH:]
    for k, i in enumerate(words):
        if tokens[i].norm.lstrip("و") not in _STATE_FORCES:
            continue
        before = [tokens[j].norm.lstrip("و") for j in words[max(0, k - 2) : k]]
        if any(w in AGAINST for w in before):
            continue
        after = [tokens[j].norm.lstrip("و") for j in words[k + 1 :]]
        if "الحر" in after[:2] or any(w in RELATIVE for w in after):
            continue
        return True
    return False
_TAKEOVER_FIELDS = {"event_type": "Battles", "plover_type": "ASSAULT", "plover_mode": "firearms"}


def _capture_by_battle(groups: dict[tuple[str, str], Draft], tokens: Sequence[Any], lo: int, hi: int) -> None:
    """"سيطرت القوات الشرعية … على منطقة الشريجة، بعد معارك عنيفة": a battle in a sentence whose capture
    verb stands apart from its على is the territory change (ACLED codes the change, the fighting in it)."""
    clash = groups.get(("Battles", "Armed clash"))
    if clash is None or any(k[1] in TERRITORY_TYPES for k in groups):
        return
    for i in range(lo, min(hi, clash.hits[0].first)):
        if tokens[i].norm.lstrip("و") not in _CAPTURE_VERBS:
            continue
        ahead = [t.norm for t in tokens[i + 1 : hi] if t.kind == "word"][: CAPTURE_GAP + 1]
        if "علي" not in ahead[1:] or ahead[:1] == ["علي"]:
            break  # no object, or side by side (the lexicon's own match)
        state = bool(set(ahead[: ahead.index("علي")]) & _STATE_SIDE)
        _retype_clash(groups, clash, state, f"type: the battle won ground ({tokens[i].text} … على)")
        return
    gain = gain_before_battle(tokens, lo, clash.hits[0].first)
    if gain is None:
        after = gain_after_battle(tokens, clash.hits[-1].last, hi)
        if after is not None:
            ahead = [t.norm.lstrip("و") for t in tokens[after + 1 : hi] if t.kind == "word"][:CAPTURE_GAP + 1]
            state = bool(set(ahead[: ahead.index("علي")] if "علي" in ahead else ahead) & _STATE_SIDE)
            note = f"type: the battle won ground ({clash.hits[0].entry.form} … {tokens[after].text})"
            _retype_clash(groups, clash, state, note)
        return
    words = [t.norm.lstrip("و") for t in tokens[gain + 1 : clash.hits[0].first] if t.kind == "word"]
    state = _state_taker(tokens, lo, gain) or bool(set(words) & _STATE_SIDE)
    _retype_clash(groups, clash, state, f"type: the battle won ground ({tokens[gain].text} … {clash.hits[0].entry.form})")


def _retype_clash(groups: dict[tuple[str, str], Draft], clash: Draft, state: bool, note: str) -> None:
    """Make the sentence's armed clash the territory change it won (the government's when `state`)."""
    sub = "Government regains territory" if state else "Non-state actor overtakes territory"
    clash.fields = dict(clash.fields, sub_event_type=sub, **_TAKEOVER_FIELDS)
    clash.notes.append(note)
    del groups[("Battles", "Armed clash")]
    groups[("Battles", sub)] = clash


def _fold_in_sentence(groups: dict[tuple[str, str], Draft], told: Sequence[TriggerHit], tokens: Sequence[Any]) -> list[Draft]:
    """One incident told by several trigger types in one sentence becomes one draft: a battle beside
    the territory it won is the territory change; a raid that met armed resistance is an armed clash,
    the blasts and fighting of the raid included.  `told` are the sentence's hits that no negation,
    future or intent rules out (a death in a raid's collapse counts even where it is no event itself)."""
    drafts = list(groups.values())
    terr = next((d for d in drafts if d.fields["sub_event_type"] in TERRITORY_TYPES), None)
    if terr is not None:
        clashes = [d for d in drafts if d.fields["sub_event_type"] == "Armed clash"]
        # "معركة استعادة السيطرة": the change is the battle's aim, not its outcome
        aim = any(h.entry.cls == "clash" and h.last + 1 == t.first for h in told for t in terr.hits)
        for d in [] if aim else clashes:
            terr.hits.extend(d.hits)
            terr.weight = min(0.95, max(terr.weight, d.weight) + 0.05)  # two words of one battle agree
            terr.notes.append(f"the fighting ({d.hits[0].entry.form}) is part of the territory change")
            drafts.remove(d)
    raid = next(
        (d for d in drafts if d.fields["sub_event_type"] == "Arrests"
         and any(h.entry.form.lstrip("و").startswith(RAID_FORMS) for h in d.hits)),
        None,
    )
    if raid is None:
        raid = _operation(drafts, told, tokens)
        if raid is not None:
            raid.operation = True
    framing = raid is not None and _frames_sentence(tokens, raid.hits[0])
    force = [
        h for h in told
        if _resistance(h) and raid is not None and (framing or _near(h, raid.hits[0], RAID_BEFORE, RAID_AFTER))
    ]
    victim = next((d for d in drafts if d.fields["event_type"] == "Violence against civilians"), None)
    if raid is not None and force and victim is not None:
        # "اغتالوا المرشح بعدما داهموا منزله": breaking in was the way to the killing, not a clash
        victim.hits.extend(raid.hits)
        victim.notes.append(f"the raid ({raid.hits[0].entry.form}) is the way to the attack")
        drafts.remove(raid)
    elif raid is not None and force:
        raid.fields = dict(raid.fields, **CLASH_FIELDS)
        raid.notes.append(f"{RAID_NOTE} {force[0].entry.form} is an armed clash")
        for d in [d for d in drafts if d is not raid and d.fields["event_type"] in ("Battles", "Explosions/Remote violence")]:
            raid.hits.extend(d.hits)
            raid.weight = max(raid.weight, d.weight)
            drafts.remove(d)
    return drafts


#: Actor kinds that are never the doer of an attack (the tagger sometimes reads a passive's victims as its subject).
_VICTIM_KINDS = frozenset({"civilians", "protesters"})
#: ACLED interaction codes of armed sides: state forces, rebels, political and identity militias, external forces.
_ARMED_INTERS = frozenset({1, 2, 3, 4, 8})


#: Words that open a reported clause (قال إن …، أوضح أن …): a mention before them is the speaker's side, not a party.
_COMPLEMENTIZERS = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "لان"})
_CLAUSE_BREAKS = frozenset("؛;:.!?؟")


def _same_clause(tokens: Sequence[Any], i: int, first: int, last: int) -> bool:
    """Token i and the trigger share a clause: no complementizer or sentence break between them."""
    if i < 0:
        return False
    lo, hi = (i + 1, first) if i < first else (last + 1, i)
    return not any(
        (t.kind == "punct" and t.text in _CLAUSE_BREAKS) or t.norm.lstrip("و") in _COMPLEMENTIZERS for t in tokens[lo:hi]
    )


#: Nouns of fighting whose "مع X" names the other side (بعد مواجهات مع ميليشيات الحوثي).
_FIGHT_NOUNS = ("معارك", "مواجهات", "اشتباكات", "قتال", "معركه", "مواجهه")


def _fought_with(ments: Sequence[ActorMention], tokens: Sequence[Any], tok_index: dict[int, int],
                 a1: ActorMention) -> ActorMention | None:
    """The side the sentence has the doer fight (سيطرت القوات على القرى بعد مواجهات مع ميليشيات الحوثي): the
    mention right after مع that follows a noun of fighting, not the doer's side nor its ally."""
    for m in ments:
        i = tok_index.get(m.start, -1)
        if (i >= 2 and tokens[i - 1].norm == "مع" and article_stripped(tokens[i - 2].norm.lstrip("و")).startswith(_FIGHT_NOUNS)
                and _may_oppose(m, a1)):
            return m
    return None


def _may_oppose(m: ActorMention, a1: ActorMention) -> bool:
    """Whether `m` can be the opponent of `a1` in a battle: not the dead or the crowd, not a body that reports
    (the UN), not `a1`'s own side nor its ally."""
    return m.kind not in ("civilians", "protesters", "organization") and not same_side(m.name(None), a1.name(None))


def _allied(a: str | None, b: str | None) -> bool:
    """One name, or two states of one camp (القوات الإماراتية beside the coalition): never each other's
    opponent.  Two names of one state are left to the later passes (the rules' guess may be the slip)."""
    return a == b or allies(a, b)


def _actors_from_tags(d: Draft, mentions: Sequence[ActorMention]) -> None:
    """Fill a role the rules left without an actor from the mention the role tagger's span overlaps.

    The ACLED names stay the rules' where they found one (a group resolved to its leader's
    faction, an agent after على يد): the tagger fills gaps and supplies the role spans.  It never
    gives both roles one side, never makes civilians or protesters the doer of violence, and
    leaves the actors of protests and riots to the rules (ACLED names a protest's target only when
    it intervenes; the tagger's protest spans are what a protest is against).
    """
    if d.fields["event_type"] in ("Protests", "Riots"):
        return
    for k, span in enumerate(d.tagged):
        if span is None:
            continue
        m = next((m for m in mentions if m.start >= 0 and m.start < span.end and span.start < m.end), None)
        if m is None:
            continue
        cur, other = (d.actor1, d.actor2) if k == 0 else (d.actor2, d.actor1)
        if cur is not None or (other is not None and _allied(other.name(None), m.name(None))):
            continue
        if k == 0 and (m.kind in _VICTIM_KINDS or not can_act(m)):
            continue
        if k == 0:
            d.actor1 = m
        else:
            d.actor2 = m
        d.notes.append(f"actor{k + 1} {m.text} from the role tagger")


def _pick_roles(mode: str, rule: list[Span], tagged: Span | None) -> list[Span]:
    """One role's spans under a role mode: the rules', the tagger's, or one filling the other's gap."""
    tag = [tagged] if tagged is not None else []
    if mode == "tagger":
        return tag
    if mode == "fill":
        return rule or tag
    if mode == "tagger_first":
        return tag or rule
    return rule


def _summary(d: Draft, a1: str | None, a2: str | None, sentence: str) -> str:
    """One line an analyst can read: what, where, when, who, the toll's words, and the sentence."""
    killed = [t.text for t in d.tolls if t.kind == "killed"]
    toll = f"{TOLL_MARK}{killed[0]}" if killed else ""
    quote = sentence if len(sentence) <= SUMMARY_QUOTE else sentence[: SUMMARY_QUOTE - 1] + "…"
    return summary_prefix(d.fields["sub_event_type"], d.place, d.date, a1, a2) + f"{toll}{QUOTE_MARK}{quote}»"


#: Place levels one event may be split over: towns and districts, not countries or regions.
_SPLIT_LEVELS = frozenset({"populated_place", "admin3", "admin2"})
#: How many more places joined to an event's own make its list an area's towns, not targets: a toll or a
#: campaign over "دوما وحرستا وعربين وزملكا وحمورية وجسرين …" stays one event (the judged splits have 2-3).
SPLIT_LIST_MAX = 5
#: What may stand between two places of a list, spaces removed: و, a comma, or both.
_JOINS = frozenset({"و", "،", ",", "،و", ",و"})


def _split_places(text: str, drafts: list[Draft], places_by: Mapping[int, Sequence[Place]]) -> list[Draft]:
    """"غارات على مواقع في زبيد والتحيتا": ACLED codes one event per location, so a trigger whose own
    clause names its place and, joined to it by و, more places of the same kind gets one event at
    each (the figures stay with the first, so that an export's sum counts them once).  The list is
    read both ways from the event's place, since the place kept may be its last member (مستشفيات صيدا
    والجيزة والمسيفرة).  A pair after بين (a clash between two towns) is one event, and so is a list of
    `SPLIT_LIST_MAX` or more places joined to its own (an area's towns under one toll)."""
    out: list[Draft] = []
    for d in drafts:
        out.append(d)
        p = d.place
        if p is None or not d.own_place or p.level not in _SPLIT_LEVELS or one_deal(d.fields):
            continue
        same = sorted(places_by.get(d.sent_idx, ()), key=lambda q: q.start)
        if p not in same:
            continue
        k = same.index(p)
        before = _joined_run(text, p, same[:k][::-1], backward=True)
        first = before[-1] if before else p
        if "بين" in text[max(0, first.start - 16) : first.start]:
            continue
        run = before[::-1] + _joined_run(text, p, same[k + 1 :], backward=False)
        if len(run) >= SPLIT_LIST_MAX:
            continue  # "القصف على مدن وبلدات دوما وحرستا وعربين وزملكا …": an area's towns under one toll
        for q in run:
            note = f"place: {q.text}, joined to {p.text} by و (one event a place)"
            out.append(replace(d, place=q, tolls=[], notes=[*d.notes, note], evidence=list(d.evidence),
                               claims=list(d.claims), hits=list(d.hits), fields=dict(d.fields),
                               role_spans=list(d.role_spans), tagged=list(d.tagged)))
    return out


def _joined_run(text: str, p: Place, others: Sequence[Place], backward: bool) -> list[Place]:
    """The places of the list p stands in, read away from p (nearest first): each joined to the one
    before by و or a comma alone, a town or district, and not p again."""
    run, last = [], p
    for q in others:
        gap = text[q.end : last.start] if backward else text[last.end : q.start]
        if "".join(gap.split()) not in _JOINS or q.level not in _SPLIT_LEVELS or (q.iso2, q.name) == (p.iso2, p.name):
            break
        run.append(q)
        last = q
    return run


def _share_tolls(drafts: Sequence[Draft]) -> None:
    """A figure counts once: in a sentence with several events ("المواجهات والغارات … 255 قتيلا") it
    stays with the event whose trigger is nearest, so that summing an export does not count it twice."""
    holders: dict[tuple[int, int], tuple[Toll, list[Draft]]] = {}
    for d in drafts:
        for t in d.tolls:
            holders.setdefault((t.start, t.end), (t, []))[1].append(d)
    for (s, e), (toll, ds) in holders.items():
        if len(ds) < 2:
            continue
        keep = min(ds, key=lambda d: min((abs(h.start - s) for h in d.hits), default=1 << 30))
        for d in ds:
            if d is not keep:
                d.tolls = [t for t in d.tolls if (t.start, t.end) != (s, e)]
                d.notes.append(f"toll {toll.text!r} left to the nearer {keep.fields['sub_event_type']}")
#: Words of aircraft and raids (shadow form, article and و/ب stripped) in the sentence before a targeting
#: word with no doer: the targeting is theirs.
_AIRCRAFT = frozenset({"طايرات", "طايره", "مقاتلات", "مقاتله", "غارات", "غاره", "غارتين", "طيران", "مروحيات",
                       "مروحيه", "الطايرات", "المقاتلات"})


def _bare_norm(tok: Token) -> str:
    """The token's shadow form without glued و/ب and the article (وبالاشتباكات → اشتباكات)."""
    return article_stripped(tok.norm.lstrip("وب"))


def _aggregate(tolls: Sequence[Toll]) -> bool:
    """A toll of dead in the thousands (or of wounded beyond `AGGREGATE_INJURED`) is a war's or a
    campaign's running total, not one incident's."""
    return any((t.quantity.best or 0) >= (AGGREGATE_TOLL if t.kind == "killed" else AGGREGATE_INJURED) for t in tolls)


def _victims(text: str, tokens: Sequence[Any], tok_index: dict[int, int], tolls: Sequence[Toll]) -> Span | None:
    """The figure and the noun it counts in the first toll (ثمانية أشخاص، أربعة من عناصر الشرطة):
    who was hit, for the target role; None when no noun that can name a party follows the figure."""
    t = tolls[0]
    i = tok_index.get(t.quantity.start)
    if i is None:
        return None
    j = i
    while j + 1 < len(tokens) and tokens[j + 1].end <= t.quantity.end:
        j += 1
    k = j + 1
    if k < len(tokens) and tokens[k].norm == "من":
        k += 1
    if k >= len(tokens) or bad_head(tokens[k]):
        # مقتل شخص: the figure is the noun itself; مقتل 13 وجرح: no noun, no target
        return None if is_quantity(tokens[j]) else _tok_span(text, tokens, (i, j))
    if k + 1 < len(tokens) and tokens[k + 1].kind == "word" and not bad_head(tokens[k + 1]) and k + 1 - i <= 3:
        k += 1  # عناصر الشرطة، جنود أميركيين: the noun and its complement
    return _tok_span(text, tokens, (i, k))


def _tok_span(text: str, tokens: Sequence[Any], rng: tuple[int, int]) -> Span:
    s, e = tokens[rng[0]].start, tokens[rng[1]].end
    return Span(s, e, text[s:e])


def _absorb_into_campaigns(kept: list[Any]) -> list[Any]:
    """Drop generic attack triggers that only describe a campaign right before them."""
    camps = [h for h, _, _ in kept if h.entry.cls == "encircle"]
    if not camps:
        return kept
    return [
        k
        for k in kept
        if not (k[0].entry.cls in GENERIC_CLASSES and not k[2] and any(0 < k[0].first - c.last <= CAMPAIGN_REACH for c in camps))
    ]


def _with_events(c: Claim, ids: tuple[str, ...]) -> Claim:

    return replace(c, events=ids)


def _renumber(e: Event, k: int) -> Event:

    return replace(e, id=f"e{k}")


#: A dateline ("دبي، الإمارات العربية المتحدة (CNN)—"): where the report was filed, not where things happened.
_DATELINE = re.compile(r"^[^\n]{0,80}?\((?:CNN|رويترز|أ ف ب|د ب أ)\)")


def _home_place(text: str, places: Sequence[Place], iso2: str | None) -> Place | None:
    """The first usable mention of the document's own country, named as a country (مصر، في الكويت),
    outside a dateline."""
    m = _DATELINE.match(text)
    after = m.end() if m else 0
    return next((p for p in sorted(places, key=lambda p: p.start)
                 if iso2 and p.iso2 == iso2 and p.level == "country" and p.start >= after), None)


def _placed(e: Event, home: Place | None) -> Event:
    """ACLED codes every event somewhere: one nothing near its trigger places (an arrest in an Egypt
    story told without a town) takes the document's country, precision 3, after the merges (so a
    retelling without a place still folds into its event)."""
    if e.location is not None or home is None:
        return e
    note = f"place: none near the trigger; the document's country, {home.text}"
    return replace(e, location=replace(home, geo_precision=3), notes=f"{e.notes}; {note}" if e.notes else note)


#: Nouns of a state's own police, security, courts and interior (الأمن المغربي، السلطات البحرينية، وزارة
#: الداخلية المغربية): an authority that arrests at home.  Not the army, which arrests abroad too.
_DOMESTIC_AUTHORITIES = ("امن", "شرطه", "سلطات", "داخليه", "مخابرات", "استخبارات", "اجهزه", "قضاييه", "نيابه")


def _authority_country(text: str, e: Event) -> Place | None:
    """The country named by the nationality word right after a domestic authority (الأمن المغربي) before an
    arrest trigger in its sentence, or as the subject right after it (اعتقلت الشرطة الإسبانية: the verb
    comes first in Arabic), as a country-level place over that word; the nearest such authority."""
    if e.trigger is None or not e.evidence:
        return None
    sent = e.evidence[0]
    words = [t for t in tokenize(text[sent.start : e.trigger.start]) if t.kind == "word"]
    # three words after: a verbal noun's subject may be a force's body first (اعتقال قوات الأمن العراقية)
    after = tokenize(text[e.trigger.end : max(sent.end, e.trigger.end)])[:3]
    tail = list(pairwise(after[: next((k for k, t in enumerate(after) if t.kind != "word"), len(after))]))[::-1]
    offsets = [sent.start] * (len(words) - 1) + [e.trigger.end] * len(tail)
    pairs = [*pairwise(words), *tail]
    for (a, b), base in reversed(list(zip(pairs, offsets, strict=True))):
        if not article_stripped(a.norm.lstrip("و")).startswith(_DOMESTIC_AUTHORITIES):
            continue
        iso = demonym_country(b.text)
        c = country(iso)
        if c is None:
            continue
        start = base + b.start
        return Place(start, start + len(b.text), b.text, c.name, name_ar=c.name_ar, country=c.name, iso2=c.iso2,
                     lat=c.lat, lon=c.lon, level="country", geo_precision=3,
                     reason=f"the arresting authority's country ({a.text} {b.text})")
    return None


def _authority_placed(text: str, e: Event) -> Event:
    """An arrest by a state's own police or security (ألقى الأمن المغربي القبض، أعلنت السلطات البحرينية
    اعتقال) is made at home: with no place, or only another country (a story's other country, the arrested's
    origin), it takes the authority's country; a finer place keeps its own."""
    if e.sub_event_type != "Arrests" or (e.location is not None and e.location.level != "country"):
        return e
    home = _authority_country(text, e)
    if home is None or (e.location is not None and e.location.iso2 == home.iso2):
        return e
    note = f"place: {home.reason}"
    return replace(e, location=home, notes=f"{e.notes}; {note}" if e.notes else note)


def _main_country(places: Sequence[Place]) -> str | None:
    counts: dict[str, int] = {}
    for p in places:
        if p.iso2:
            counts[p.iso2] = counts.get(p.iso2, 0) + (2 if p.level != "country" else 1)
    return max(counts, key=lambda k: counts[k]) if counts else None


def _fatalities(tolls: Sequence[Toll], sources: tuple[str, ...]) -> Fatalities:
    """ACLED's conservative figure: the lowest best among the killed figures, a vague amount only where no
    exact figure is told (`prefer_exact`); injured apart."""
    killed = prefer_exact([t for t in tolls if t.kind == "killed"])
    hurt = [t for t in tolls if t.kind == "injured"]
    injured = min((t.quantity.best for t in hurt if t.quantity.best is not None), default=None)
    if not killed:
        return Fatalities(injured=injured)
    bests = [t.quantity.best for t in killed if t.quantity.best is not None]
    lows = [t.quantity.low for t in killed if t.quantity.low is not None]
    highs = [t.quantity.high for t in killed if t.quantity.high is not None]
    return Fatalities(
        best=min(bests) if bests else None,
        low=min(lows) if lows else None,
        high=max(highs) if highs else None,
        text="; ".join(dict.fromkeys(t.text for t in killed)),
        injured=injured,
        claimed_by=sources,
    )


def _by_sentence(items: Sequence[Any], sent_starts: list[int]) -> dict[int, list[Any]]:
    """Items with a `.start`, grouped by the index of the sentence they start in."""
    out: dict[int, list[Any]] = {}
    for it in items:
        out.setdefault(bisect.bisect_right(sent_starts, it.start) - 1, []).append(it)
    return out


#: Words after an arrest that make the arrested militants or members of a group, not civilians.
_MILITANT_WORDS = FIGHTERS | frozenset("عناصر جهاديين جهاديا خليه قيادي قياديين قياديا امير قاده عنصرا".split())


#: Words of a campaign right before an arrest trigger (حملة مداهمات، حملة اعتقالات): a wave an authority is
#: waging, news though undated.
_CAMPAIGN_HEADS = frozenset({"حمله", "حملات"})


def _undated_arrest_recap(d: Draft, tokens: Sequence[Token], trig: TriggerHit) -> bool:
    """An arrest after the report's first sentence, left undated (the caller asks only then), that is
    neither a campaign (حملة اعتقالات) nor a capture of militants (توقيف خمسة عناصر إرهابية, an operation's
    news the statement lists)."""
    if d.fields["sub_event_type"] != "Arrests" or d.sent_idx == 0:
        return False
    before = [t for t in tokens[max(0, trig.first - 2) : trig.first] if t.kind == "word"]
    if trig.entry.form.startswith("حمل") or (before and article_stripped(before[-1].norm.lstrip("و")) in _CAMPAIGN_HEADS):
        return False
    return not _militants_taken(tokens, d.hits[-1].last)


def _militants_taken(tokens: Sequence[Token], last: int) -> bool:
    """The six words after an arrest trigger name militants or a group's members (اعتقال خمسة من قادة
    الجهاديين، القبض على عناصر خلية)."""
    norms = [t.norm for t in tokens[last + 1 : last + 9] if t.kind == "word"]
    return names_captives(norms, 6, _MILITANT_WORDS, ("عناصر", "قياد"))
