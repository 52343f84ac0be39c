"""Round 72 precision rules: too-old incidents told as a verdict's case; duplicates.

Each test is a short constructed sentence for one structural rule; a paired sentence shows the
incident the rule must leave alone.
"""

from __future__ import annotations

import pytest

from marsad.events.verdicts import verdict_lead
from marsad.text import tokenize
from tests.test_events_precision import ext, make_doc

__all__ = ["ext"]  # the shared extractor fixture, used by name

#: A verdict's lead with a day: the sentences after it tell the case.
_VERDICT = "أصدرت المحكمة الجنائية العراقية الأحد أحكاما بالسجن المؤبد بحق 29 أجنبية بعد إدانتهن بالانتماء إلى التنظيم. "


def _lead(text: str) -> bool:
    tokens = tokenize(text)
    return verdict_lead(tokens, 0, len(tokens))


@pytest.mark.parametrize(
    "text",
    [
        "قضت محكمة عسكرية في جنوب السودان بسجن عشرة جنود لقتلهم صحفيا.",
        "أصدر القضاء العراقي الثلاثاء حكما بالسجن المؤبد على 29 جهادية أجنبية.",
        "حكم القضاء العراقي الاثنين على فرنسي وألمانية بالسجن المؤبد.",
        "صدر حكم الإعدام بحق زوجين في الكويت.",
        "منعت قاضية لبنانية هانيبال القذافي من مغادرة البلاد بسبب دعوى قضائية.",
        "القدس (CNN)-- حكمت محكمة عسكرية إسرائيلية، الأربعاء، على الفتاة بالسجن لمدة 8 أشهر.",
    ],
)
def test_a_verdict_lead(text):
    assert _lead(text)


@pytest.mark.parametrize(
    "text",
    [
        "أمرت النيابة العامة المصرية بحبس مدون ساخر خمسة عشر يوما على ذمة التحقيقات.",
        "أصدر الجيش بيانا عن القضاء على خلية إرهابية في السلط.",
        "قال إن حماس غير مؤهلة لحكم القطاع.",
        "بدأ مدعي عام محكمة أمن الدولة الأردني، الاثنين، التحقيق مع عناصر خلية السلط الإرهابية.",
        "أعلن القضاء على خلية إرهابية في السلط.",
    ],
)
def test_a_detention_order_a_statement_or_rule_is_no_verdict(text):
    assert not _lead(text)


@pytest.mark.parametrize(
    "text",
    [
        _VERDICT + "وقالت إحدى المتهمات إن زوجها قتل بغارة شنتها طائرات التحالف الدولي في الموصل.",
        "قضت محكمة عسكرية في جنوب السودان بسجن عشرة جنود لقتلهم صحفيا واغتصابهم عاملات إغاثة أجنبيات.",
        "منعت قاضية لبنانية هانيبال القذافي من مغادرة البلاد، وفق ما ذكرت وسائل إعلام محلية الاثنين. وكان حبيش قد تعرض "
        "للخطف في ليبيا على يد عصابات تابعة له إثر توقيف الأخير في لبنان.",
    ],
)
def test_an_undated_incident_in_a_verdict_s_report_is_the_case(ext, text):
    assert ext(make_doc(text)).events == ()


@pytest.mark.parametrize(
    "text",
    [
        _VERDICT + "وفي تطور آخر، قتل ثلاثة مدنيين الاثنين بغارة شنتها طائرات التحالف الدولي في الموصل.",
        "أعلنت الشرطة العراقية الأحد توقيف أربعة أشخاص. وقالت إحدى المتهمات إن زوجها قتل بغارة شنتها طائرات "
        "التحالف الدولي في الموصل.",
    ],
)
def test_a_dated_incident_or_one_in_another_report_stays(ext, text):
    assert ext(make_doc(text)).events
