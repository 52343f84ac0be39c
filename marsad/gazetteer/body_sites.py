"""Site and land words of body sentences that introduce a name the gazetteer lacks (issue 3, round 17).

Body sentences name stations, markets, parks, municipalities, deserts, hills, ridges and cemeteries (محطة
المرازيق، سوق الاثنين، متنزه الصقلاوية، بلدية العناصر، صحراء الثرثار، تبة أبو عقال، حيد الأصم، مقبرة تل البيعة)
that no source has.  Each word
is also an ordinary noun, so, like the other generic sites, it needs a definite or compound name after it, and the
words after it that make a common phrase (سوق العمل، محطة الكهرباء) are refused here.
"""

from __future__ import annotations

from marsad.gazetteer.mention import shadow_set

#: The site words (shadow forms).
BODY_SITES = shadow_set({"محطة", "سوق", "متنزه", "بلدية", "صحراء", "تبة", "حيد", "مقبرة"})

#: Words after a site word that make a common phrase, not a name: markets of goods and money, stations of a
#: utility or a service, the occupation's municipality.
BODY_NOT_AFTER = {
    "سوق": shadow_set({"العمل", "الأسهم", "المال", "النفط", "الصرف", "السلاح", "الأسلحة", "الذهب", "السيارات",
                       "العقارات", "الأوراق", "السندات", "الطاقة", "الغاز", "الانتقالات", "العملات", "الخضار",
                       "الخضروات", "الأسماك", "المواشي", "السوداء", "الدين", "الديون", "الاستهلاك", "التجزئة",
                       "الجملة", "البورصة", "الأموال", "الإعلانات", "الإعلان", "النخاسة", "الرقيق", "البشر",
                       "المشتقات", "المحروقات", "السلع", "الخدمات", "الاتصالات", "الأدوية", "الأغذية", "الحبوب"}),
    "محطه": shadow_set({"الكهرباء", "الوقود", "القطار", "القطارات", "الحافلات", "المياه", "الضخ", "البنزين",
                        "الفضاء", "التلفزيون", "التلفاز", "الإذاعة", "الإرسال", "التحلية", "الرادار", "الطاقة",
                        "الغاز", "المترو", "الركاب", "الأرصاد", "التقوية", "المعالجة", "الصرف", "الشحن", "الإطفاء",
                        "الرصد", "التوليد", "المحروقات", "الاستقبال", "الانطلاق", "البداية", "النهاية",
                        "الأخيرة", "الأولى", "مهمة", "هامة", "رئيسية", "أخيرة"}),
    "بلديه": shadow_set({"الاحتلال", "المدينة", "العاصمة"}),
    # the cemetery of a place named before (مقبرة المدينة), of a family, or of the dead it holds; Israel's
    # "numbers cemeteries" (مقابر الأرقام) are several and unnamed
    "مقبره": shadow_set({"المدينة", "البلدة", "القرية", "المخيم", "العائلة", "الأسرة", "العاصمة", "المنطقة",
                         "الأرقام", "الضحايا", "القتلى", "الجنود", "الجماعية"}),
}

#: The dual of جبهة (front), which takes two names (جبهتي المليل والعطفين); the plural (جبهات عدة، جبهات القتال،
#: جبهات الحوثيين) names a place too rarely to count.
FRONT_DUAL = "جبهتي"
#: A quoted name after محطة is a broadcaster (لمحطة "سي.أن.أن"), not a station of a town.
UNQUOTED_SITES = shadow_set({"محطة"})
