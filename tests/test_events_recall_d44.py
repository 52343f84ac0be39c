"""Recall rules of round 44 (issue 5): incidents the extractor stayed silent on in recall samples R1, R2 and
the design draw D44. Each test is a constructed sentence, with the sentences the rule must leave alone."""

from __future__ import annotations

import pytest

from marsad.events.assemble import Extractor
from marsad.events.dates import find_dates
from marsad.events.discussed import discussed_with_day
from marsad.events.lexicon import load_lexicon
from marsad.text import tokenize
from tests.test_events_precision import draft_types, ext, make_doc, place

__all__ = ["ext"]  # the shared extractor fixture, used by name


# -- a dual IED (عبوتان ناسفتان) decides the type of the attack word beside it ----------------------------


def test_dual_ied_types_the_attack() -> None:
    cues = next(r for r in load_lexicon().refiners if r.name == "ied").cues
    assert ("عبوتان", "ناسفتان") in cues and ("عبوتين", "ناسفتين") in cues


def test_attack_by_two_ieds_is_an_ied(ext: Extractor) -> None:
    assert draft_types(ext, "استهدفت عبوتان ناسفتان مساء الأحد مكتب حزب معارض في وسط المدينة.") == [
        "Remote explosive/landmine/IED"]


def test_attack_without_an_ied_stays_a_clash(ext: Extractor) -> None:
    assert draft_types(ext, "استهدف مسلحون مساء الأحد مكتب حزب معارض في وسط المدينة.") == ["Armed clash"]


# -- an attack a meeting or inquiry is about, told with its own day ---------------------------------------


@pytest.mark.parametrize("text", [
    "واجتمع المجلس الثلاثاء لمناقشة الهجوم المسلح الذي وقع، الأحد، على حاجز للجيش قرب المدينة.",
    "وبدأت اللجنة عملها للتحقيق في الهجوم المسلح على الحاجز الذي أسفر يوم الأحد عن مقتل جنديين.",
])
def test_discussed_attack_with_its_own_day_is_an_incident(ext: Extractor, text: str) -> None:
    assert draft_types(ext, text) == ["Armed clash"]


@pytest.mark.parametrize(("text", "published"), [
    ("واجتمع المجلس الثلاثاء لمناقشة الهجوم المسلح على الحاجز.", "2018-06-12"),
    ("واجتمع المجلس الثلاثاء لمناقشة الهجمات المسلحة التي تتعرض لها الحواجز.", "2018-06-12"),
    ("واجتمع المجلس لمناقشة الهجوم المسلح الذي وقع في السابع من أبريل على حاجز للجيش.", "2018-06-12"),
])
def test_discussed_attack_without_its_own_recent_day_stays_background(ext: Extractor, text: str, published: str) -> None:
    assert "Armed clash" not in draft_types(ext, text, published)


def test_only_blockers_of_talk_or_inquiry_are_released() -> None:
    text = "الهجوم الذي وقع الأحد على الحاجز."
    toks = tokenize(text)
    dates = find_dates(text, "2018-06-12")
    assert discussed_with_day("reference: لمناقشة", toks, 0, len(toks), dates, "2018-06-12")
    assert discussed_with_day("reference: للتحقيق", toks, 0, len(toks), dates, "2018-06-12")
    assert discussed_with_day("reference: بشأن", toks, 0, len(toks), dates, "2018-06-12")
    assert not discussed_with_day("reference: أعقاب", toks, 0, len(toks), dates, "2018-06-12")
    assert not discussed_with_day("intent: لمناقشة", toks, 0, len(toks), dates, "2018-06-12")
    assert not discussed_with_day("reference: لمناقشة", toks, 0, len(toks), dates, None)


# -- a liberation of ground is a territory gain ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "تمكنت قوات الجيش من تحرير قرية الحصن الخميس بعد معارك مع المسلحين.",
    "نجحت القوات الحكومية في تحرير مطار المدينة من المسلحين يوم الثلاثاء.",
    "وحررت القوات الحكومية بلدة سراقب من المسلحين السبت.",
])
def test_liberated_ground_is_a_territory_gain(ext: Extractor, text: str) -> None:
    doc = make_doc(text, (place("سراقب", text, "Saraqib"),) if "سراقب" in text else ())
    assert [d.fields["sub_event_type"] for d in ext.drafts(doc)] == ["Non-state actor overtakes territory"]
    assert [e.sub_event_type for e in ext(doc).events] == ["Government regains territory"]  # the state's forces


def test_liberated_named_place_without_a_ground_noun(ext: Extractor) -> None:
    text = "وحررت القوات الحكومية سراقب من المسلحين السبت."
    doc = make_doc(text, (place("سراقب", text, "Saraqib"),))
    assert [(e.sub_event_type, e.location.name if e.location else None) for e in ext(doc).events] == [
        ("Government regains territory", "Saraqib")]


@pytest.mark.parametrize("text", [
    "حررت قوات الجيش بإسناد من قوات تحالف دعم الشرعية ميناء المدينة السبت.",
    "حرر الجيش بإسناد من التحالف عددا من المواقع الاستراتيجية في المديرية السبت.",
    "وحررت القوات الحكومية بدعم من الطيران الحربي بلدة الحصن من المسلحين السبت.",
])
def test_backers_and_a_count_before_the_freed_ground(ext: Extractor, text: str) -> None:
    # the backers' من and a count's من are no preposition of the object: the ground after them was freed
    types = draft_types(ext, text)
    assert "Government regains territory" in types or "Non-state actor overtakes territory" in types


def test_backers_name_no_ground(ext: Extractor) -> None:
    # freed people after the backers are still no ground, and a place in the backers' phrase is not what was freed
    text = "وحررت الشرطة بدعم من قوات الأمن في سراقب الرهائن السبت."
    doc = make_doc(text, (place("سراقب", text, "Saraqib"),))
    types = [d.fields["sub_event_type"] for d in ext.drafts(doc)]
    assert "Government regains territory" not in types and "Non-state actor overtakes territory" not in types


@pytest.mark.parametrize("text", [
    "نجحت الوساطة في تحرير الأسرى المحتجزين لدى الجماعة الخميس.",
    "وحررت الشرطة الرهائن في مدينة سراقب السبت.",
    "تمكنت هيئة تحرير الشام من إدخال قافلة إلى المدينة الخميس.",
    "وتمكنت جبهة التحرير من إعادة فتح الطريق الخميس.",
    "وتستعد القوات لتحرير مدينة الحديدة من المسلحين.",
    "وحرر الشرطي محضرا بالواقعة في مدينة سراقب الخميس.",
    "وتنتشر الميليشيات في المناطق التي حررتها القوات من التنظيم.",
])
def test_freeing_people_names_aims_and_reports_are_no_gain(ext: Extractor, text: str) -> None:
    types = draft_types(ext, text)
    assert "Government regains territory" not in types and "Non-state actor overtakes territory" not in types
