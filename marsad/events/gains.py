"""A territory gain told with the fighting that won it ("تمكنت القوات من تحرير الجبل بعد معارك").

ACLED codes the gain (Government regains territory / Non-state actor overtakes territory) as the incident
and the fighting that produced it as part of it: a battle word that the sentence gives as what came
before a completed capture (بعد، إثر، عقب) is that capture, not a separate armed clash.  The lexicon's
"سيطرت على" side by side is matched elsewhere; this reads the capture words that take a direct object
(حرر، تحرير، استعادة) or hold one far from their على (أحكمت سيطرتها … على); a capture joined by إذ after
the battle word ("تحتدم المعارك في درعا، إذ سيطرت القوات على عدد من البلدات") is that capture too.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.model import Token

#: Completed capture verbs (shadow forms, a glued و dropped): the ground was taken.
_GAIN_VERBS = frozenset({
    "حررت", "حرر", "حرروا", "استعادت", "استعاد", "استعادوا", "استردت", "استرد", "استردوا",
    "سيطرت", "سيطر", "سيطروا", "احكمت", "احكم", "احكموا",
})
#: Capture verbal nouns; a completed gain only after من or في ("تمكنت من تحرير"، "نجحت في استعادة"),
#: not as an aim (لتحرير، معركة تحرير، إعلان تحرير).
_GAIN_NOUNS = frozenset({"تحرير", "استعاده", "استرداد"})
NOUN_AFTER = frozenset({"من", "في"})
#: Words that give the fighting as what came before the gain.
_AFTER = frozenset({"بعد", "اثر", "عقب"})
#: Relative pronouns: a gain told after one (المناطق التي حررتها) describes ground, not this incident.
RELATIVE = frozenset({"التي", "الذي", "الذين"})
#: How many words before the battle word its بعد/إثر/عقب may stand ("بعد ثلاثة أيام من المعارك").
BRIDGE_REACH = 4
#: How many words before that bridge the capture word may stand.
GAIN_REACH = 20


def _bare(tok: Token) -> str:
    return tok.norm.lstrip("و")


def _is_gain(words: Sequence[Token], k: int) -> bool:
    w = _bare(words[k])
    if k > 0 and _bare(words[k - 1]) in RELATIVE:
        return False
    if w in _GAIN_VERBS:
        return True
    return w in _GAIN_NOUNS and k > 0 and words[k - 1].norm in NOUN_AFTER


def gain_before_battle(tokens: Sequence[Token], lo: int, first: int) -> int | None:
    """The token index of a completed capture told before the battle word at `first`, with the battle
    given as what came before it (بعد/إثر/عقب right before the battle word); None when the sentence
    (from token `lo`) tells none."""
    idx = [i for i in range(lo, first) if tokens[i].kind == "word"]
    bridge = next((n for n in range(len(idx) - 1, max(-1, len(idx) - 1 - BRIDGE_REACH), -1)
                   if tokens[idx[n]].norm in _AFTER), None)
    if bridge is None:
        return None
    words = [tokens[i] for i in idx[:bridge]]
    for k in range(len(words) - 1, max(-1, len(words) - 1 - GAIN_REACH), -1):
        if _is_gain(words, k):
            return idx[k]
    return None


#: The word that joins a completed capture to the fighting told before it as its outcome: "تحتدم المعارك في
#: درعا، إذ سيطرت القوات الحكومية على عدد من البلدات" (as).  Not حيث ("where"): "مواجهات شهدتها عدن حيث
#: سيطر انفصاليون على المدينة" places the fighting, and the sides read from such a sentence are not sure.
_AS = frozenset({"اذ"})


def gain_after_battle(tokens: Sequence[Token], last: int, hi: int) -> int | None:
    """The token index of a completed capture verb joined by إذ within `GAIN_REACH` words after the
    battle word ending at `last`, in its sentence (to token `hi`): the fighting is how the ground was won;
    None when there is none."""
    idx = [i for i in range(last + 1, hi) if tokens[i].kind == "word"][:GAIN_REACH]
    for n in range(1, len(idx)):
        if _bare(tokens[idx[n]]) in _GAIN_VERBS and tokens[idx[n - 1]].norm.lstrip("و") in _AS:
            return idx[n]
    return None
