"""The sentence pre-filter of `not_new` (marsad/events/cues.py): a rule it skips could not have fired.

The examples are the Arabic quotes in the gated rules' own docstrings, most of which fire their rule: at
every trigger the lexicon finds in them, each gated rule that fires must not be among the sentence's silent
rules, and `not_new` must say the same with the pre-filter as without it.
"""

from __future__ import annotations

import re

import pytest

from marsad.events.assemble import not_new
from marsad.events.background import clause_bounds
from marsad.events.cues import GATED, silent_rules
from marsad.events.lexicon import load_lexicon
from marsad.text import tokenize

_QUOTE = re.compile(r'"([^"]*[\u0600-\u06ff][^"]*)"')
EXAMPLES = sorted({q for rule in GATED for q in _QUOTE.findall(rule.__doc__ or "")})


def _triggers(text: str) -> tuple[list, list]:
    tokens = tokenize(text)
    return tokens, load_lexicon().find(tokens)


def test_examples_found() -> None:
    assert len(EXAMPLES) > 60
    assert sum(bool(_triggers(t)[1]) for t in EXAMPLES) > 40


@pytest.mark.parametrize("text", EXAMPLES)
def test_not_new_same_with_the_prefilter(text: str) -> None:
    tokens, hits = _triggers(text)
    silent = silent_rules(tokens, 0, len(tokens))
    for h in hits:
        clause = clause_bounds(tokens, 0, len(tokens), h.first, h.last)
        assert not_new(tokens, h, len(tokens), clause, 0, silent) == not_new(tokens, h, len(tokens), clause, 0)


def test_a_fired_rule_is_never_silent() -> None:
    """The rules that fire on their own examples (`history_marker` on آنذاك …) keep their cue in the sentence."""
    from marsad.events.background import history_marker, months_ago

    tokens = tokenize("قتل عشرة أشخاص آنذاك في قصف على المدينة")
    assert history_marker(tokens, 0, len(tokens)) is not None
    assert history_marker not in silent_rules(tokens, 0, len(tokens))
    tokens = tokenize("قتل عشرة أشخاص في قصف على المدينة")
    assert history_marker(tokens, 0, len(tokens)) is None
    assert months_ago in silent_rules(tokens, 0, len(tokens))


def test_every_cue_is_one_word() -> None:
    """A cue is looked for inside one token's shadow form: a cue of two words could never be found."""
    assert all(w and " " not in w for cues in GATED.values() for w in cues)


@pytest.mark.parametrize("text", EXAMPLES[:20])
def test_silent_rules_by_brute_force(text: str) -> None:
    """The one trie search per sentence finds what testing every cue of every rule in every word finds."""
    tokens = tokenize(text)
    norms = [t.norm for t in tokens]
    brute = frozenset(rule for rule, cues in GATED.items() if not any(w in n for n in norms for w in cues))
    assert silent_rules(tokens, 0, len(tokens)) == brute


def test_overlapping_and_nested_cues() -> None:
    """A cue inside a longer one at the same place (حصيل in حصيلة) and cues that overlap are all found."""
    from marsad.events.background import campaign_toll, history_marker

    tokens = tokenize("ارتفعت حصيلة القتلى آنذاك")
    silent = silent_rules(tokens, 0, len(tokens))
    assert campaign_toll not in silent and history_marker not in silent
