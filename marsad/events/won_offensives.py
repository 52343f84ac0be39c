"""An offensive that ground was won after is the territory change, not a clash besides it.

"أحرز الجيش الوطني، السبت، تقدما ميدانيا في محافظة صعدة، عقب هجوم مباغت له على مواقع لميليشيا الحوثي في
جبهة الملاحيظ" tells the advance and the attack that won it; the next sentence names the village freed
("شنت هجوما مباغتا تمكنت خلاله من تحرير قرية المشابيح").  ACLED codes such an offensive once, as "Government
regains territory" (or the non-state side's overtaking); the judged samples call the attack kept beside the
gain a wrong type or a copy.  Only the attack noun (هجوم، هجمات): "fierce battles" (بعد معارك عنيفة) an
advance came after are judged a clash of their own, and stay.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.drafts import Roles
from marsad.events.folds import fold_matches, sentence_of
from marsad.events.merge import TERRITORY_TYPES, compatible_actors, same_day, same_scene, shared_actor
from marsad.model import Event, Span
from marsad.text import article_stripped, normalize

#: The attack nouns (shadow form, article stripped): هجوم، هجوما، هجمات.
_OFFENSIVE = ("هجوم", "هجمات")
#: Marks that set the attack before what the sentence tells (shadow form, و stripped): بعد، عقب، إثر.
_AFTER = frozenset({"بعد", "عقب", "اثر"})
#: Words of an advance or of ground taken (shadow-form prefixes, و and article stripped): تقدما، أحرز،
#: تحرير، حررت، سيطرت، السيطرة، استعادت، استردت، طهرت، تطهير.
_GAIN = ("تقدم", "احراز", "احرز", "تحرير", "حرر", "سيطر", "استعاد", "استرد", "طهر", "تطهير")
#: The words that open a sentence pointing back at the one before: "وجاء ذلك بعد هجوم …".
_THAT_CAME = (("جاء", "ذلك"), ("جاءت", "ذلك"))


def _bare(word: str) -> str:
    """Shadow form with a glued و and the article dropped."""
    return article_stripped(normalize(word).lstrip("و"))


def _gain_in(words: Sequence[str]) -> bool:
    return any(_bare(w).startswith(_GAIN) for w in words)


def won_offensive(text: str, sentences: Sequence[Span], e: Event) -> bool:
    """An armed clash whose trigger is an attack noun right after بعد/عقب/إثر, in a sentence that tells an
    advance or a gain before it ("تقدما … عقب هجوم"), or that opens with "وجاء ذلك" after a sentence that
    tells one."""
    if e.sub_event_type != "Armed clash" or e.trigger is None:
        return False
    if not _bare(e.trigger.text).startswith(_OFFENSIVE):
        return False
    sent = sentence_of(sentences, e)
    if sent is None:
        return False
    before = text[sent.start : e.trigger.start].split()
    if not before or _bare(before[-1]) not in _AFTER:
        return False
    if _gain_in(before[:-1]):
        return True
    opening = tuple(normalize(w).lstrip("و") for w in before[:2])
    if opening not in _THAT_CAME:
        return False
    k = sentences.index(sent)
    if k == 0:
        return False
    prev = sentences[k - 1]
    return _gain_in(text[prev.start : prev.end].split())


def fold_won_offensives(text: str, sentences: Sequence[Span], events: list[Event], roles: list[Roles],
                        min_confidence: float = 0.0) -> tuple[list[Event], list[Roles]]:
    """A won offensive (`won_offensive`) folds into a territory change the output keeps, of the same day, at
    its place or one holding it or inside it, with sides that agree or one side shared, or told in the
    offensive's sentence or the next (the attacker may be named as its ally: the coalition for the army);
    the change's type, sides and place stand."""
    return fold_matches(
        events, roles,
        kept=lambda k: k.sub_event_type in TERRITORY_TYPES and k.confidence >= min_confidence,
        folded=lambda e: won_offensive(text, sentences, e),
        match=lambda k, e: same_day(k, e) and same_scene(k.location, e.location)
        and (compatible_actors(k, e) or shared_actor(k, e) or _told_next(sentences, e, k)),
        keep_scene=True)


def _told_next(sentences: Sequence[Span], e: Event, k: Event) -> bool:
    """The change `k` is told in the sentence of `e` or in the one right after it."""
    a, b = sentence_of(sentences, e), sentence_of(sentences, k)
    if a is None or b is None:
        return False
    i, j = sentences.index(a), sentences.index(b)
    return 0 <= j - i <= 1
