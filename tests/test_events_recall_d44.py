"""Recall rules of round 44 (issue 5): incidents the extractor stayed silent on in recall samples R1, R2 and
the design draw D44. Each test is a constructed sentence, with the sentences the rule must leave alone."""

from __future__ import annotations

from marsad.events.assemble import Extractor
from marsad.events.lexicon import load_lexicon
from tests.test_events_precision import ext, make_doc

__all__ = ["ext"]  # the shared extractor fixture, used by name


def _types(ext: Extractor, text: str, published: str = "2018-06-12") -> list[str]:
    return sorted(d.fields["sub_event_type"] for d in ext.drafts(make_doc(text, published=published)))


# -- a dual IED (عبوتان ناسفتان) decides the type of the attack word beside it ----------------------------


def test_dual_ied_types_the_attack() -> None:
    cues = next(r for r in load_lexicon().refiners if r.name == "ied").cues
    assert ("عبوتان", "ناسفتان") in cues and ("عبوتين", "ناسفتين") in cues


def test_attack_by_two_ieds_is_an_ied(ext: Extractor) -> None:
    assert _types(ext, "استهدفت عبوتان ناسفتان مساء الأحد مكتب حزب معارض في وسط المدينة.") == [
        "Remote explosive/landmine/IED"]


def test_attack_without_an_ied_stays_a_clash(ext: Extractor) -> None:
    assert _types(ext, "استهدف مسلحون مساء الأحد مكتب حزب معارض في وسط المدينة.") == ["Armed clash"]
