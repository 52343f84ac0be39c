"""Round 32 precision rules: totals over a period, campaigns, habits, capabilities and other non-events.

Each test is a short constructed sentence for one structural rule; a paired sentence shows the
incident the rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests.test_events_precision import ext, make_doc
from tests.test_events_recall import _strike_places

__all__ = ["ext"]  # the shared extractor fixture, used by name


@pytest.mark.parametrize(
    "text",
    [
        "وقتلت الهجمات الحكومية أكثر من 1000 شخص معظمهم من المدنيين في البلدات المحاصرة، منذ 18 فبراير الماضي.",
        "وأعلن الجيش مقتل 128 مسلحا في غارات للتحالف ومواجهات مع القوات المشتركة جنوبي المدينة خلال اليومين الماضيين.",
        "وقالت مصادر طبية إن أكثر من 100 شخص قتلوا خلال المواجهات في أقل من أسبوع.",
        "وقال المرصد إن 1401 مدنيا قضوا خلال تصعيد عمليات القصف الجوي والمدفعي على مدن الغوطة.",
        "وتشهد عدة مدن في الجنوب احتجاجات اجتماعية دخلت أسبوعها الثاني.",
        "وبدأت الاحتجاجات في مدن الجنوب تأخذ منحى جديدا مع دخولها أسبوعها الثالث.",
        "وقتل أكثر من 400 شخص جراء قصف للنظام خلال حملة التصعيد الأخيرة.",
        "وقامت مجموعات مسلحة في المحافظة باعتقال من يوقعون اتفاقيات مصالحة مع النظام منذ مطلع أغسطس الماضي.",
    ],
)
def test_a_period_phrase_makes_a_total_not_an_incident(ext, text):
    assert ext(make_doc(text)).events == ()


@pytest.mark.parametrize(
    "text",
    [
        "وقتلت غارة جوية خمسة مدنيين في البلدة اليوم، ليرتفع عدد القتلى منذ 18 فبراير إلى 1000.",
        "واندلعت اشتباكات عنيفة في البلدة منذ 3 ساعات.",
        "وقتل خمسة أشخاص في غارة جوية على البلدة خلال يومين من التصعيد.",
        "وشهدت البلدة أشد المعارك التي عرفتها المنطقة منذ 7 سنوات.",
    ],
)
def test_a_period_that_counts_another_total_leaves_the_incident(ext, text):
    assert ext(make_doc(text)).events


@pytest.mark.parametrize(
    "text",
    [
        "وهذا النظام مصمم لإسقاط الطائرات الحربية والصواريخ والطائرات بدون طيار.",
        "وتشير تقديرات إلى أن روسيا لديها عشرات الطائرات الحربية في القاعدة، بما في ذلك مقاتلات وقاذفات.",
        "وتظهر الغوطة على شكل نصف حوض تطوقه المرتفعات من الشمال والغرب.",
        "ونشرت الرئاسة صورا للأسد أمام دبابة في شارع بدت عليه آثار المعارك.",
        "وتمكن فريق الخبراء من تفحص حطام عشرة صواريخ وعثر على كتابات تشير إلى أصلها الإيراني.",
        "وعثرت القوات على بقايا صاروخ باليستي في الصحراء أمس.",
        "واحتشد عدد من المواطنين أمام لجان الانتخابات في انتظار فتح اللجان للتصويت.",
        "وأشار إلى أن قيام الميليشيات باستخدام الطائرات بدون طيار بأسلوب انتحاري هو عمل إرهابي.",
        "ويتكبد المتمردون خسائر فادحة في مواجهات مع القوات المشتركة على جبهة الساحل.",
        "وقال دبلوماسيون إن الولايات المتحدة أوقفت بيانا أعدته الكويت لمجلس الأمن.",
        "وتتضمن المبادرة الدعوة للاحتشاد في ميدان التحرير يوم 31 أغسطس.",
        "وفجرت الأزمة في العام ذاته حركة احتجاج في البلاد.",
        "وقال السفير إن إيران تدعم أعمال الشغب في القطاع.",
        "وتسيطر القوات على مناطق واسعة، وقد خاضت المعارك الأقسى ضد التنظيم في عدد من هذه المناطق.",
        'وأكد مسؤول حكومي أن الضربات الجوية الروسية والسورية على المحافظة "دقيقة" وموجهة نحو المسلحين.',
        "وصدر التقرير أمس. وتنتقد المنظمة سقوط المدنيين في الغارات الجوية التي يشنها التحالف في اليمن.",
    ],
)
def test_a_capability_an_inventory_or_a_statement_is_no_incident(ext, text):
    assert ext(make_doc(text)).events == ()


@pytest.mark.parametrize(
    "text",
    [
        "أثار مقتل شابة برصاص قوات البحرية قرب الساحل ضجة كبيرة.",
        "وأطلق الحوثيون عشرة صواريخ باليستية على مدينة جازان أمس.",
        "وقال الوزير إن الهجوم الانتحاري على المسجد هو عمل إرهابي.",
        "وتظاهر العشرات أمام المحكمة بانتظار صدور الحكم.",
        "وقال المرصد إن الغارات الجوية قتلت خمسة مدنيين في البلدة.",
        "واندلعت المعارك الأعنف منذ أشهر في أطراف البلدة.",
        "وشنت الطائرات الغارات التي استهدفت مواقع المسلحين في البلدة.",
        "وخرج المئات في مظاهرة استجابة لدعوة للتظاهر أطلقتها النقابات.",
    ],
)
def test_the_look_alikes_still_tell_an_incident(ext, text):
    assert ext(make_doc(text)).events


def test_a_long_list_of_towns_under_one_strike_stays_one_event(ext):
    """A list of an area's towns (six here) is not one event a town; a short list still is."""
    towns = {"زبيد": "Zabid", "التحيتا": "At Tuhayta", "الجراحي": "Al Jarrahi", "حيس": "Hays",
             "الخوخة": "Al Khawkhah", "بيت الفقيه": "Bayt al Faqih"}
    text = "وشنت طائرات التحالف غارات جوية أمس على مديريات " + " و".join(towns) + "."
    assert len(_strike_places(ext, text, towns)) == 1
    three = dict(list(towns.items())[:3])
    text = "وشنت طائرات التحالف غارات جوية أمس على مديريات " + " و".join(three) + "."
    assert len(_strike_places(ext, text, three)) == 3


@pytest.mark.parametrize(
    "text",
    [
        "وعادت الأسر إلى منازلها في البلدة رغم الدمار الذي خلفته المعارك قبل تطهيرها من المسلحين.",
        "وأفاد سكان المدينة بأن القتال والضربات الجوية تسببت في دمار واسع في أنحاء المدينة.",
    ],
)
def test_the_ruin_a_campaign_left_is_no_incident(ext, text):
    """A definite noun of fighting or strikes beside ruin, with no day: what a past campaign left."""
    assert ext(make_doc(text)).events == ()


@pytest.mark.parametrize(
    "text",
    [
        "وتسببت الغارات، فجر الثلاثاء، في دمار ثلاث مركبات قرب البلدة.",
        "وشنت مقاتلات حربية عدة غارات جوية على المدينة، ما تسبب في سقوط جرحى ودمار كبير في الممتلكات.",
    ],
)
def test_ruin_told_with_a_day_or_a_verb_stays_an_incident(ext, text):
    assert ext(make_doc(text)).events
