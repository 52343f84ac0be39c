"""A trigger in the complement of a verb of intent, preparation or (for a takeover) attempt is an aim."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from marsad.events.assemble import Extractor
from marsad.events.intent import avoided, intended, operation_aims, provided_for
from marsad.model import Document, Token
from marsad.pipeline import make_document
from marsad.text import split_sentences, tokenize


def _doc(text: str) -> Document:
    doc = make_document(text, published="2018-06-10", lang="ar")
    return doc.replace(tokens=tuple(tokenize(doc.text)), sentences=tuple(split_sentences(doc.text)))


def rule_at(rule: Callable[[list[Token], int, int], str | None], text: str, trigger: str) -> str | None:
    """What `rule` says of the token `trigger` in `text`, the text one clause (test_events_light_verbs asks too)."""
    tokens = tokenize(text)
    first = next(i for i, t in enumerate(tokens) if t.text == trigger)
    return rule(tokens, 0, first)


def _why(text: str, trigger: str, takeover: bool = False) -> str | None:
    return rule_at(lambda tokens, start, first: intended(tokens, start, first, takeover), text, trigger)


@pytest.fixture(scope="module")
def ext() -> Extractor:
    return Extractor(classifier=None)


def _triggers(ext: Extractor, text: str) -> list[str]:
    return [e.trigger.text for e in ext(_doc(text)).events if e.trigger]


def test_what_a_side_seeks_is_no_incident(ext):
    assert _triggers(ext, "تسعى القوات الحكومية إلى السيطرة على البلدة.") == []
    assert _triggers(ext, "تسعى الفصائل إلى اقتحام مواقع الجيش والاشتباك مع عناصره.") == []


def test_a_repelled_attempt_to_take_ground_is_no_takeover(ext):
    assert _triggers(ext, "صدت الكتائب محاولة القوات الحكومية السيطرة على التلة.") == []


def test_the_complement_of_an_intent_word_is_an_aim():
    assert _why("تسعى الكتائب إلى اقتحام المعسكر", "اقتحام") == "aim: تسعى"
    assert _why("وضعت الجماعة خطة لاعتقال القاضي", "لاعتقال") == "aim: خطة"
    assert _why("يهدف الجيش من العملية إلى السيطرة على التلال", "السيطرة") == "aim: يهدف"


def test_no_opener_or_a_clause_break_keeps_the_incident():
    # the intent word's complement ends at the comma: the strike after it happened
    assert _why("وتزامنا مع الاستعداد للمعركة، قصفت الطائرات المواقع", "قصفت") is None
    # a subordinator starts another clause
    assert _why("تستعد القوات للمعركة بعد أن استؤنفت الغارات", "الغارات") is None
    # no إلى/أن/ل between: the intent word does not govern the trigger
    assert _why("خطة الحكومة فشلت وقتل مسلحون الحارس", "وقتل") is None


def test_an_attempted_takeover_is_no_takeover_but_an_attempted_strike_is_a_strike():
    assert _why("صدت الكتائب محاولة القوات السيطرة على التلة", "السيطرة", takeover=True) == "attempt: محاولة"
    assert _why("صدت الكتائب محاولة القوات قصف التلة", "قصف") is None


def _aim(text: str, trigger: str) -> str | None:
    return rule_at(operation_aims, text, trigger)


def test_what_an_operation_targets_is_its_aim():
    assert _aim("وتؤكد أنقرة أن هذه العملية تستهدف وحدات حماية الشعب", "تستهدف") == "aim: العملية تستهدف"
    assert _aim("جاء ذلك بعد نحو أسبوعين من حملة تستهدف استعادة آخر منطقة", "تستهدف") == "aim: حملة تستهدف"


def test_a_past_copula_or_another_subject_keeps_the_targeting():
    # the drone was on its way: an act, not an aim
    assert _aim("وقال إن إحدى الطائرتين كانت تستهدف مطار أبها", "تستهدف") is None
    # "the third time the jets target": the jets are the subject
    assert _aim("وتعد هذه ثالث مرة تستهدف فيها الطائرات التركية مواقع المقاتلين", "تستهدف") is None


def test_an_operations_aim_gives_no_event(ext):
    assert _triggers(ext, "وتؤكد أنقرة أن هذه العملية تستهدف وحدات حماية الشعب الكردية في عفرين.") == []


def _avoided(text: str, trigger: str) -> str | None:
    return rule_at(avoided, text, trigger)


def test_what_a_side_acts_to_avoid_has_not_happened():
    assert _avoided("ترصد المدفعية الإحداثيات لتجنب استهداف المدنيين", "استهداف") == "aim: لتجنب"
    assert _avoided('يحاول المبعوث التفاوض مع الطرفين لتجنب "معركة دامية" في المدينة', "معركة") == "aim: لتجنب"


def test_strikes_dodged_as_they_fall_stay():
    # with the article the trigger names the strikes the report tells, evaded as they fall
    assert _avoided("أحرق المسلحون الإطارات لحجب الرؤية لتفادي الضربات الجوية", "الضربات") is None
    # a comma ends the clause of avoiding
    assert _avoided("انسحبوا لتجنب الخسائر، وقصفت الطائرات مواقعهم", "وقصفت") is None


def test_an_avoided_targeting_gives_no_event(ext):
    text = "ترصد المدفعية الإماراتية الإحداثيات الدقيقة في الحديدة لتجنب استهداف المدنيين."
    assert _triggers(ext, text) == []


def test_a_verb_of_providing_for_governs_its_clause():
    tokens = tokenize("قرار ينص على وقف الأعمال القتالية وسحب القوات من المدينة")
    assert provided_for(tokens, 0, 4) == "terms: ينص"
    tokens = tokenize("وقع الطرفان اتفاقا ينص على الهدنة، ثم اندلعت الاشتباكات")
    assert provided_for(tokens, 0, len(tokens) - 1) is None


def test_a_deals_terms_are_no_incident(ext):
    # what a deal provides for (يقضي ب، ينص على) has not happened
    text = "بدأ المفاوضون محادثات حول اتفاق يقضي باستعادة الحكومة السيطرة على مدينة درعا."
    assert _triggers(ext, text) == []
