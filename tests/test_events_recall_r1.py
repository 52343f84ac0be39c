"""Recall rules from the first recall sample (R1, issue 5): incidents told in articles the extractor
stayed silent on. Each test is a constructed sentence, with the sentence the rule must leave alone."""

from __future__ import annotations

import pytest

from marsad.events.answered import dated_answer
from marsad.events.assemble import Extractor
from marsad.events.context import answered_attack, blocked_by
from marsad.events.dates import find_dates
from marsad.events.lexicon import load_lexicon
from marsad.text import tokenize
from tests.test_events_precision import ext, make_doc, place

__all__ = ["ext"]  # the shared extractor fixture, used by name


def _subtypes(text: str) -> list[str]:
    return [h.entry.sub_event_type for h in load_lexicon().find(tokenize(text))]


def _drafted(ext: Extractor, text: str) -> list[str]:
    return [d.fields["sub_event_type"] for d in ext.drafts(make_doc(text))]


# -- Agreement: concluded or carried-out deals between conflict actors ----------------------------------


@pytest.mark.parametrize("text", [
    "وكانت آخر عملية تبادل في السادس من يونيو في مدينة هجين.",
    "تم تبادل الأسرى بين الطرفين الخميس عند معبر أبو الزندين.",
    "بدأ تنفيذ اتفاق الإجلاء في بلدتي كفريا والفوعة الأربعاء.",
    "شهدت المدينة خروج الدفعة الأولى من المقاتلين وعائلاتهم الخميس.",
    "قال المرصد إن التنظيم بدأ إجلاء مسلحيه من آخر موقع له قرب العاصمة الأحد.",
    "بدأت عملية إجلاء مقاتلي الفصائل المعارضة وعائلاتهم الأحد من مدينة درعا.",
])
def test_concluded_deal_is_an_agreement(ext: Extractor, text: str) -> None:
    assert "Agreement" in _drafted(ext, text)


@pytest.mark.parametrize("text", [
    "وتسعى الأطراف للتوصل إلى اتفاق لوقف القتال في درعا.",
    "وقعت مصر والأردن اتفاقية تجارية في عمان الاثنين.",
    "وتواصلت المحادثات بين الطرفين في جنيف حول اتفاق محتمل.",
    "وقال المتحدث إن الاتفاق سيتم تنفيذه الأسبوع المقبل.",
    "وتعاونت الحركة مع الجهود المصرية في ملفات مهمة كتبادل الأسرى والتهدئة.",
    "وقال الوزير إنه تم تبادل وجهات النظر حول الأوضاع في سوريا.",
    "تجمعت حافلات الجمعة في القنيطرة تمهيدا لبدء عملية إجلاء المقاتلين إلى شمال البلاد.",
    "ويأتي هذا فيما تتواصل عمليات إجلاء المقاتلين وعائلاتهم من مناطق أخرى في الغوطة.",
])
def test_talks_trade_and_intent_are_no_agreement(ext: Extractor, text: str) -> None:
    assert "Agreement" not in _drafted(ext, text)


def test_prisoner_exchange_has_its_day_and_place(ext: Extractor) -> None:
    text = "وكانت آخر عملية تبادل في السادس من يونيو في مدينة هجين في محافظة دير الزور."
    doc = ext(make_doc(text, (place("هجين", text, "Hajin", admin1="Dayr Az Zawr"),), published="2018-06-15"))
    assert [(e.sub_event_type, e.location.name if e.location else None, e.event_date) for e in doc.events] == [
        ("Agreement", "Hajin", "2018-06-06")]


# -- chemical attacks: the forms that were missing, the overlap, the organisation's name -------------------


@pytest.mark.parametrize("text", [
    "الموقع الذي تعرض لهجوم كيميائي في دوما.",
    "ردا على هجوم بغاز سام في دوما.",
    "اتهمت واشنطن النظام باستخدام الأسلحة الكيماوية في مدينة دوما.",
])
def test_chemical_forms_are_chemical_triggers(text: str) -> None:
    assert _subtypes(text) == ["Chemical weapon"]


@pytest.mark.parametrize("text", [
    "وقع هجوم كيمياوي في دوما السبت.",
    "شن هجوم بأسلحة كيمياوية على دوما السبت.",
    "قصفت الطائرات بلدة دوما بالغاز الكيمياوي السبت.",
])
def test_kimiyawi_spelling_is_chemical(ext: Extractor, text: str) -> None:
    """BBC's كيمياوي (for كيماوي/كيميائي): a chemical attack, not an armed clash."""
    assert _drafted(ext, text) == ["Chemical weapon"]


def test_denied_kimiyawi_attack_is_none(ext: Extractor) -> None:
    assert _drafted(ext, "ونفت روسيا وجود أي هجوم كيمياوي في سوريا.") == []


def test_gas_leak_is_no_chemical_trigger() -> None:
    assert _subtypes("توفي عامل إثر تسرب غاز سام في مصنع بالمدينة.") == []


def _block(text: str, form: str) -> str | None:
    tokens = tokenize(text)
    lex = load_lexicon()
    hit = next(h for h in lex.find(tokens) if h.entry.form == form)
    return blocked_by(lex, tokens, hit, 0)


def test_ban_in_the_opcw_name_is_no_intent() -> None:
    assert _block("خبراء منظمة حظر الأسلحة الكيميائية الهجوم الكيماوي في دوما", "هجوم كيماوي") is None
    assert _block("قرار حظر الهجوم على المدينة", "هجوم") is not None  # a ban on an attack still blocks


# -- a reply's own weak words are not the attack it answers ------------------------------------------------


def test_answered_attack_is_a_retaliation_reference() -> None:
    assert answered_attack("reference: ردا على")
    assert answered_attack("reference: رداً على")
    assert not answered_attack("reference: أعقاب")
    assert not answered_attack("intent: ردا على")


def test_missiles_before_the_answered_attack_are_the_reply(ext: Extractor) -> None:
    text = "وأطلقت الولايات المتحدة فجر السبت 105 صواريخ على منشآت في سوريا، ردا على هجوم مسلح في دوما."
    assert _drafted(ext, text) == ["Shelling/artillery/missile attack"]


def test_missiles_after_the_answered_attack_stay_its_words(ext: Extractor) -> None:
    text = "ردا على هجوم مسلح في دوما، حيث سقطت صواريخ على المدينة."
    assert _drafted(ext, text) == []


# -- the answered attack told with its own day ------------------------------------------------------------


def _types(ext: Extractor, text: str, published: str = "2018-04-16") -> list[str]:
    return sorted(d.fields["sub_event_type"] for d in ext.drafts(make_doc(text, published=published)))


def test_answered_attack_with_its_own_day_is_an_incident(ext: Extractor) -> None:
    text = "وأطلقت الولايات المتحدة فجر السبت 105 صواريخ على منشآت في سوريا، ردا على هجوم بغاز سام في دوما في السابع من أبريل."
    assert _types(ext, text) == ["Chemical weapon", "Shelling/artillery/missile attack"]


@pytest.mark.parametrize(("text", "published"), [
    ("وأطلقت الولايات المتحدة صواريخ على منشآت في سوريا، ردا على هجوم بغاز سام في دوما.", "2018-04-16"),
    ("وأطلقت الولايات المتحدة صواريخ على منشآت في سوريا، ردا على هجوم بغاز سام في دوما في السابع من أبريل.",
     "2018-06-16"),
])
def test_answered_attack_without_a_recent_day_stays_background(ext: Extractor, text: str, published: str) -> None:
    assert "Chemical weapon" not in _types(ext, text, published)


def test_dated_answer_needs_a_recent_day() -> None:
    text = "ردا على هجوم في دوما في السابع من أبريل."
    dates = find_dates(text, "2018-04-16")
    assert dated_answer(dates, 0, len(text), "2018-04-16")
    assert not dated_answer(dates, 0, 12, "2018-04-16")  # the day outside the span
    assert not dated_answer(find_dates(text, "2018-06-16"), 0, len(text), "2018-06-16")
    assert not dated_answer(dates, 0, len(text), None)
