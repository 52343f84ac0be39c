"""Trigger words a sentence uses to describe, not to report, give no event."""

from __future__ import annotations

import pytest

from marsad.events import statements as st
from marsad.events.assemble import Extractor
from marsad.model import Document
from marsad.pipeline import make_document
from marsad.text import split_sentences, tokenize


def _doc(text: str) -> Document:
    doc = make_document(text, published="2018-06-10", lang="ar")
    return doc.replace(tokens=tuple(tokenize(doc.text)), sentences=tuple(split_sentences(doc.text)))


def _at(text: str, word: str) -> tuple[list, int]:
    tokens = tokenize(text)
    return tokens, next(i for i, t in enumerate(tokens) if t.text == word)


@pytest.fixture(scope="module")
def ext() -> Extractor:
    return Extractor(classifier=None)


def _triggers(ext: Extractor, text: str) -> list[str]:
    return [e.trigger.text for e in ext(_doc(text)).events if e.trigger]


def test_a_states_protest_is_diplomatic():
    for text in ("سلمت الخارجية السفير مذكرة احتجاج على التصريحات.", "أبلغت الوزارة احتجاج السودان على المشهد.",
                 "قدمت الحكومة احتجاج رسمي على القرار."):
        tokens, i = _at(text, "احتجاج")
        assert st.diplomatic_protest(tokens, i, i, 0, len(tokens)) is not None, text
    tokens, i = _at("خرج المئات في احتجاجات السودان على الغلاء.", "احتجاجات")
    assert st.diplomatic_protest(tokens, i, i, 0, len(tokens)) is None


def test_a_grip_on_power_is_no_arrest():
    tokens, i = _at("يحتاج الرئيس إليهم للاستمرار بالقبض على مقاليد الحكم.", "على")
    assert st.grip_on_power(tokens, i, len(tokens)) is not None
    tokens, i = _at("ألقت الشرطة القبض على مطلوبين في المدينة.", "على")
    assert st.grip_on_power(tokens, i, len(tokens)) is None


def test_no_events_from_descriptions(ext):
    assert _triggers(ext, "قال المتحدث إن ميليشيات الحوثي جندت آلاف الأطفال في المعارك.") == []
    assert _triggers(ext, "وقال إن الدور على المسلحين الذين ما زالوا يقصفون دمشق ويمنعون وصول المساعدات.") == []


def test_a_destroyed_explosive_boat_is_disrupted(ext):
    from marsad.events.context import carrier_destroyed

    tokens = tokenize("وتمكنت سفن التحالف البحرية من تدمير 3 زوارق سريعة مفخخة ومسيرة عن بعد.")
    assert carrier_destroyed(tokens, 0, len(tokens))
    tokens = tokenize("أدى الانفجار إلى تدمير زورق صيد في الميناء.")
    assert not carrier_destroyed(tokens, 0, len(tokens))
    doc = ext(_doc("وتمكنت سفن التحالف البحرية من تدمير 3 زوارق سريعة مفخخة قرب ميناء الحديدة."))
    assert [e.sub_event_type for e in doc.events] == ["Disrupted weapons use"]


def test_an_increase_of_strikes_is_a_trend():
    from marsad.events.background import intensified

    tokens, i = _at("وإثر زيادة الضربات الجوية للتحالف ضد آخر المناطق استأنفت القوات هجماتها.", "الضربات")
    assert intensified(tokens, 0, i, len(tokens)) is not None


def test_the_attack_told_after_a_chemical_attack_is_that_attack():
    from marsad.events.context import chemical_antecedent

    text = ("يناقش المجلس تقارير عن هجوم بالأسلحة الكيماوية في سوريا. وقال الدفاع المدني إن 49 شخصا لقوا حتفهم "
            "في الهجوم الذي وقع مساء السبت في مدينة دوما.")
    tokens, i = _at(text, "الهجوم")
    assert chemical_antecedent(tokens, i)
    tokens, i = _at("قصفت الطائرات مواقع الأسلحة الكيماوية. وقتل 3 في الهجوم على البلدة.", "الهجوم")
    assert not chemical_antecedent(tokens, i)
    tokens, i = _at("وقع هجوم على حاجز للجيش. وقتل 3 في الهجوم الذي تبناه التنظيم.", "الهجوم")
    assert not chemical_antecedent(tokens, i)
    tokens, i = _at("ردا على الهجوم الكيماوي في دوما. واتهمت دمشق إسرائيل، وقتل 14 في الهجوم.", "الهجوم")
    assert not chemical_antecedent(tokens, i)


def test_a_battle_as_forces_took_towns_is_the_gain(ext):
    from marsad.events.gains import gain_after_battle

    text = "وتحتدم المعارك حاليا في درعا، إذ سيطرت القوات الحكومية على عدد من البلدات المهمة."
    tokens, i = _at(text, "المعارك")
    assert gain_after_battle(tokens, i, len(tokens)) is not None
    tokens, i = _at("وتحتدم المعارك حاليا في درعا بين القوات الحكومية والفصائل.", "المعارك")
    assert gain_after_battle(tokens, i, len(tokens)) is None
    subs = [e.sub_event_type for e in ext(_doc(text)).events]
    assert "Armed clash" not in subs and "Government regains territory" in subs


#: (rule, sentence, trigger word, whether the rule reads it as no incident) for the rules called as
#: rule(tokens, first, clause_start).
_CASES = [
    (st.fled_or_sent, "باتت المدينة مكتظة بالنازحين والفارين من المعارك.", "المعارك", True),
    (st.fled_or_sent, "قال المتحدث إن الميليشيات جندت آلاف الأطفال في المعارك.", "المعارك", True),
    (st.fled_or_sent, "تمارس الميليشيا تجنيد الأطفال والزج بهم في أرض المعركة.", "المعركة", True),
    (st.fled_or_sent, "قتل عشرة مقاتلين في المعارك شمال المدينة.", "المعارك", False),
    (st.described_by_practice, "الدور على المسلحين الذين ما زالوا يقصفون دمشق.", "يقصفون", True),
    (st.described_by_practice, "قال إن المسلحين يقصفون دمشق منذ الصباح.", "يقصفون", False),
    (st.either_or, "تستعد القوات للقصاص من الإرهابيين سواء بقتلهم في الاشتباكات المتبادلة أو القبض عليهم.",
     "الاشتباكات", True),
    (st.either_or, "قتل ثلاثة مسلحين في الاشتباكات المتبادلة مع الشرطة.", "الاشتباكات", False),
    (st.warned_outcome, "حذر المفوض من كارثة ستقع على المدنيين في مدينة درعا جراء القصف الجوي على المدينة.",
     "القصف", True),
    (st.warned_outcome, "قتل خمسة مدنيين في مدينة درعا جراء القصف الجوي على المدينة.", "القصف", False),
    (st.deemed, "ووصف محللون القبض على عشماوي حيا بالإنجاز الكبير للأمن.", "القبض", True),
    (st.deemed, "وقال محللون إن القبض على عشماوي تم في درنة.", "القبض", False),
]


@pytest.mark.parametrize(("rule", "text", "word", "fires"), _CASES)
def test_a_description_is_no_incident(rule, text, word, fires):
    tokens, i = _at(text, word)
    assert (rule(tokens, i, 0) is not None) == fires
