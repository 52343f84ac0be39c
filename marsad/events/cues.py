"""Which of `not_new`'s rules a sentence can fire at all, read once per sentence.

Each rule in `GATED` returns None unless a token of the trigger's sentence holds one of its cue words (the
`*_CUES` set its module defines beside it): the rules test the shadow form, its bare form, a form with its
و stripped or its prefix, each a piece of the shadow form, so a cue that no token's shadow form contains
is in none of those pieces either.  A trigger's `not_new` skips the rules whose cues its sentence lacks,
instead of walking the clause once more for each (most sentences hold few of the cues).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from marsad.events.background import (
    CAMPAIGN_TOLL_CUES,
    CHARGE_CUES,
    DENIED_CUES,
    DEPICTED_CUES,
    DISCUSSED_CUES,
    FOOTAGE_CUES,
    FORESEEN_CUES,
    HABIT_CUES,
    HISTORY_CUES,
    INTENSIFIED_CUES,
    LASTED_CUES,
    MONTHS_AGO_CUES,
    OPERATION_CUES,
    PERIOD_AFTER_CUES,
    PREVIOUSLY_CUES,
    PROOF_CUES,
    RECENT_SERIES_CUES,
    RUMOUR_CUES,
    SINCE_DAY_CUES,
    SO_FAR_CUES,
    SPAN_BEFORE_CUES,
    USED_TO_CUES,
    WAGED_SINCE_CUES,
    WEEKS_CUES,
    WINDOW_CUES,
    campaign_toll,
    charged,
    cited_as_proof,
    denied,
    depicted,
    discussed,
    footage_shows,
    foreseen,
    habitual,
    history_marker,
    intensified,
    lasted_long,
    months_ago,
    operation_results,
    period_after,
    previously,
    recent_series,
    rumoured,
    since_day,
    so_far,
    span_before,
    used_to,
    waged_since,
    weeks_of_fighting,
    window_total,
)
from marsad.events.disowned import DISOWNED_CUES, disowned
from marsad.events.intent import INTENT_CUES, intended
from marsad.events.nonevents import (
    CAPABLE_CUES,
    DEBRIS_CUES,
    FRAME_CUES,
    NOTHING_BUT_CUES,
    PRACTICE_CUES,
    SPECIALISED_CUES,
    capability,
    debris_of,
    framed_by,
    judged_practice,
    nothing_but,
    specialised_in,
)
from marsad.events.periods import (
    CAMPAIGN_SPAN_CUES,
    DOCUMENTED_CUES,
    ESCALATION_CUES,
    NAMED_WAVE_CUES,
    PERIOD_ACROSS_CUES,
    WAVE_AGE_CUES,
    WAVE_TOLL_CUES,
    campaign_span,
    documented_after_period,
    during_escalation,
    period_across,
    toll_in_named_wave,
    toll_over_wave,
    wave_age,
)
from marsad.events.preludes import BATTLE_AHEAD_CUES, PRELUDE_CUES, battle_ahead, prelude_to
from marsad.events.statements import WHETHER_CUES, either_or
from marsad.events.sums import HUNDREDS_CUES, TIMES_CUES, counted_dead, counted_times
from marsad.model import Token

Rule = Callable[..., str | None]

#: The rules `not_new` asks only where their sentence holds a cue, each with its cue words.
GATED: dict[Rule, frozenset[str]] = {
    history_marker: HISTORY_CUES,
    operation_results: OPERATION_CUES,
    period_across: PERIOD_ACROSS_CUES,
    habitual: HABIT_CUES,
    window_total: WINDOW_CUES,
    so_far: SO_FAR_CUES,
    charged: CHARGE_CUES,
    footage_shows: FOOTAGE_CUES,
    recent_series: RECENT_SERIES_CUES,
    period_after: PERIOD_AFTER_CUES,
    wave_age: WAVE_AGE_CUES,
    foreseen: FORESEEN_CUES,
    documented_after_period: DOCUMENTED_CUES,
    during_escalation: ESCALATION_CUES,
    lasted_long: LASTED_CUES,
    toll_over_wave: WAVE_TOLL_CUES,
    toll_in_named_wave: NAMED_WAVE_CUES,
    campaign_toll: CAMPAIGN_TOLL_CUES,
    cited_as_proof: PROOF_CUES,
    discussed: DISCUSSED_CUES,
    span_before: SPAN_BEFORE_CUES,
    since_day: SINCE_DAY_CUES,
    depicted: DEPICTED_CUES,
    previously: PREVIOUSLY_CUES,
    months_ago: MONTHS_AGO_CUES,
    intensified: INTENSIFIED_CUES,
    waged_since: WAGED_SINCE_CUES,
    rumoured: RUMOUR_CUES,
    used_to: USED_TO_CUES,
    denied: DENIED_CUES,
    counted_times: TIMES_CUES,
    counted_dead: HUNDREDS_CUES,
    weeks_of_fighting: WEEKS_CUES,
    campaign_span: CAMPAIGN_SPAN_CUES,
    debris_of: DEBRIS_CUES,
    judged_practice: PRACTICE_CUES,
    specialised_in: SPECIALISED_CUES,
    framed_by: FRAME_CUES,
    nothing_but: NOTHING_BUT_CUES,
    capability: CAPABLE_CUES,
    either_or: WHETHER_CUES,
    intended: INTENT_CUES,
    battle_ahead: BATTLE_AHEAD_CUES,
    prelude_to: PRELUDE_CUES,
    disowned: DISOWNED_CUES,
}


def _trie(words: Sequence[str]) -> str:
    """One regex alternation of the words, shaped as their trie (one branch per next letter): at a position
    it tests one letter per level instead of every word, and, greedy, it gives the longest word that starts
    there (every shorter one that does is a prefix of it)."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + branch(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return branch(trie)


#: The gated rules in a fixed order: bit k of a mask is `_RULES[k]`.
_RULES: tuple[Rule, ...] = tuple(GATED)
_CUES = sorted({w for cues in GATED.values() for w in cues})
#: Every position where a cue starts, with the longest cue there (a zero-width look, so cues may overlap).
_CUE_RE = re.compile(f"(?=({_trie(_CUES)}))")
#: The rules a cue found at a position enables: those with that cue or one of its prefixes (found there too).
_CUE_MASK = {c: sum(1 << k for k, cues in enumerate(GATED.values()) if any(c.startswith(w) for w in cues)) for c in _CUES}


@lru_cache(maxsize=1024)
def _silent(mask: int) -> frozenset[Rule]:
    return frozenset(rule for k, rule in enumerate(_RULES) if not mask >> k & 1)


def silent_rules(tokens: Sequence[Token], lo: int, hi: int) -> frozenset[Rule]:
    """The rules of `GATED` that cannot fire on a trigger of the sentence lo..hi: none of their cues is in
    any of its tokens' shadow forms (joined by spaces, which no cue holds), all found in one search."""
    mask = 0
    for cue in _CUE_RE.findall(" ".join(t.norm for t in tokens[lo:hi])):
        mask |= _CUE_MASK[cue]
    return _silent(mask)


def ask(silent: frozenset[Rule], rule: Rule, *args: Any) -> str | None:
    """`rule(*args)`, or None where the sentence holds none of its cues (`silent_rules`)."""
    return None if rule in silent else rule(*args)
