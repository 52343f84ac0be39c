"""Places the gazetteer lacks or that only the text frames.

"شمال غرب البلاد" and "الجنوب السوري" (parts of a country), names after a type word ("قرية X بريف
إدلب"), lists of places ("مدن وبلدات نوى وكحيل …") and old towns: each is coded as ACLED does, to the
smallest unit the text names, with the reason.  `Geocoder` inherits these steps.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from marsad.gazetteer.body_sites import BODY_NOT_AFTER, BODY_SITES, FRONT_DUAL, UNQUOTED_SITES
from marsad.gazetteer.construct_demonyms import name_tail
from marsad.gazetteer.context import VILLAGE_WORDS, Words, capital_of, direction_of, is_connector, type_of
from marsad.gazetteer.countries import country
from marsad.gazetteer.demonyms import demonym_country
from marsad.gazetteer.lists import LIST_HEADS, list_items, opens_among, opens_list
from marsad.gazetteer.mention import Mention, shadow_set
from marsad.gazetteer.names import JOINABLE_HEADS
from marsad.gazetteer.national_units import NATIONAL_UNITS
from marsad.gazetteer.store import Entry, Gazetteer
from marsad.gazetteer.transliterated import guess_abroad
from marsad.model import Place
from marsad.text.normalize import Shadow
from marsad.text.span_index import SpanIndex
from marsad.text.tokenize import CLITIC_RUNS, SINGLE, proclitic_ok

#: Words that introduce a place name even when the gazetteer lacks it; the generic ones (منطقة،
#: إقليم) only before a definite or compound name ("منطقة الصدرية", not "منطقة عسكرية").
_GENERIC_TYPES = frozenset({"منطقه", "اقليم", "ساحه", "ميدان", "قضاء"})
#: The generic area words (squares are `squares`' to read).
_AREAS = _GENERIC_TYPES - {"ساحه", "ميدان"}
#: The levels of the administrative units (admin1 to admin3).
UNIT_LEVELS = frozenset({"admin1", "admin2", "admin3"})
#: Sites inside a town and land features (شارع السعدون، مسجد سلمان، جبل قنديل، مطار التيفور): no source
#: has them, so they are coded to the unit the text names with them.  Those that are also ordinary
#: nouns (قاعدة بيانات، حقل تجارب) need a definite or compound name, as the generic types do.  Left
#: out after a corpus check: سجن (also "imprisonment of"), بوابة (news portals), مستشفى (hospitals
#: named for their patients or owners, and a hospital is where the hurt are taken, not a scene).
_SITE_TYPES = frozenset({"جبل", "جبال", "مسجد", "جبهه"})
#: Ports, airports and camps whose indefinite name (ميناء حبل بمحافظة حجة) the unit named right after
#: vouches for: an ordinary noun there would be an adjective (ميناء تجاري، مطار دولي).
_PORTS = frozenset({"ميناء", "مطار", "مرفا", "معسكر"})
#: Airports and ports named after an institution (مطار الرئاسة في العاصمة الإماراتية): an ordinary word after
#: them is their name when في and a definite word follow at once.
_AIRPORTS = frozenset({"مطار", "ميناء"})
#: Type words whose indefinite name the unit right after vouches for: ports and the generic area words
#: (منطقة فضحه في مديرية الملاجم: an adjective would not be followed at once by "in district X"; nisba
#: adjectives, منطقة جبلية في محافظة, are refused by `_unit_after`).
_VOUCHED = _PORTS | _GENERIC_TYPES
#: Camps, barracks, wadis and islands (معسكر العمري، ثكنة الغلاوية، وادي الفرع، جزيرة حنيش) came in after
#: the blind sets' misses, then wells, straits and border posts (بئر، مضيق، منفذ: منفذ الهجوم is the attacker, see
#: `_NOT_AFTER`); سد (also "to fill", سد الفراغ) stays out.
_GENERIC_SITES = frozenset({"شارع", "مطار", "ميناء", "قاعده", "دوار", "حقل", "كنيسه", "مرفا", "معسكر", "ثكنه",
                            "وادي", "جزيره", "بئر", "مضيق", "منفذ", "منتجع"}) | BODY_SITES
#: Resorts (بمنتجع بورتوروز في سلوفينيا): like an airport's, a resort's transliterated name is placed by the town
#: or country right after it (`_town_after`); an Arabic word there is its kind (منتجع سياحي، منتجع فاخر).
_RESORTS = frozenset({"منتجع"})
#: The site words whose transliterated name the town after it places: airports' and resorts', built once.
_PLACED_BY_TOWN = _AIRPORTS | _RESORTS
_SITES = _SITE_TYPES | _GENERIC_SITES
_SITE_FORMS = _SITES | shadow_set({"منطقه"})
#: "إلحاق بلدتي بعشيقة وبحزاني بإقليم كردستان": after a word of annexing, the unit glued with ب is where
#: the places are to be joined, not where they lie.
_ANNEXING = shadow_set({p + w for p in ("", "و", "ل", "ب") for w in ("إلحاق", "ضم", "ربط")})
#: Fronts that are movements (جبهة النصرة، جبهة تحرير، جبهة البوليساريو) or no place (جبهة جديدة), not battle lines.
FRONT_MOVEMENTS = shadow_set({"النصره", "تحرير", "التحرير", "فتح", "الانقاذ", "البوليساريو", "الخلاص", "النضال",
                              "العمل", "القوي", "المعارضه", "ثوار", "انصار", "اهل", "الشعبيه", "الديمقراطيه",
                              "الاصاله", "الحريه", "التغيير", "الصمود", "التصدي", "الممانعه", "المقاومه",
                              "الجهاد", "العداله", "الوفاق", "مواجهه", "داخليه", "سياسيه", "موحده", "عريضه",
                              "جديده", "واحده", "اسلاميه", "وطنيه", "شعبيه", "مشتركه", "عسكريه", "قتال",
                              "الارهاب", "النصر", "الرفض", "الحرب", "اخري", "ثانيه", "ثالثه"})
#: Words after one type word that make a phrase, not a name: the Arabian Peninsula (AQAP's جزيرة العرب)
#: and the political camps (معسكر المعارضة).
_NOT_AFTER = {"جزيره": shadow_set({"العرب"}),
              # a well of oil or water (بئر النفط); the perpetrator of an attack (منفذ الهجوم)
              "بئر": shadow_set({"النفط", "الماء", "المياه", "البترول", "الغاز"}),
              "منفذ": shadow_set({"الهجوم", "الهجمات", "العمليه", "الاعتداء", "التفجير", "الجريمه", "المجزره",
                                  "الحادث", "الحادثه", "الطعن", "الدهس", "الاغتيال", "الاعتداءات"}),
              "جبهه": FRONT_MOVEMENTS, **BODY_NOT_AFTER,
              "معسكر": shadow_set({"المعارضه", "الموالاه", "الممانعه", "المقاومه", "الاعتدال", "السلام", "الغرب",
                                   "الشرق", "العمل", "الاعتقال", "الاحتجاز", "الاشتراكي", "الراسماليه", "الصقور"})}
#: A settlement outpost (بؤرة "نتييف هأفوت"): بؤرة is also a hotbed (بؤرة التوتر، بؤرة استيطانية), so only a
#: quoted name follows it as a place.
_OUTPOST = "بوره"
#: Type words that need a definite or compound name after them.
_NEEDS_NAME = _GENERIC_TYPES | _GENERIC_SITES | {_OUTPOST}
#: "بضاحية إكسارشيا وسط العاصمة أثينا": a suburb, named as a quarter is; محلة is the quarter of Baghdad's,
#: Mosul's and Beirut's usage ("في محلة الشواكة").
_SUBURB = "ضاحيه"
_MAHALLA = "محله"
#: حارة, the alley quarter of Cairo's and Damascus's old cities ("في حارة درب قرمز … بالقاهرة القديمة"); also the
#: adjective "hot" (أجواء حارة) and, glued to ب, sailors (بحارة), so a name only bare after a preposition.
_HARA = "حاره"
_HARA_BEFORE = shadow_set({"في", "وفي", "من", "الي", "الى", "داخل", "قرب"})
#: Settlements (مستوطنة عمونا، مستعمرة تقوع: the Palestinian press's word for them): GeoNames lacks most
#: outposts and spells the rest its own way, so the name after the word is a village the data lack.
SETTLEMENTS = frozenset({"مستوطنه", "مستعمره"})
#: The countries whose rows a settlement word names.
SETTLED_IN = frozenset({"PS", "IL"})
#: A settlement the text places by Jerusalem (شمال القدس، قرب القدس) lies beyond the Green Line: the labelled sets
#: code them (جبعات زئيف، آدم، نتييف هأفوت) to the West Bank, not to GeoNames' Jerusalem (Israel).
_JERUSALEM_UNIT = ("IL", "Jerusalem")
_WEST_BANK = ("PS", "West Bank")
#: Hebrew first words of settlement names (جبعات زئيف، كريات أربع، معاليه أدوميم، كفار عتصيون): a name after
#: a settlement word goes on past them.
_HEBREW_HEADS = shadow_set({"جبعات", "جفعات", "كريات", "كفار", "معاليه", "بسغات", "حفات", "نفيه", "رمات", "ميفو",
                            "كرمي", "الون", "بيتار", "شافي", "عيلي"})
#: Prisons and detention camps (سجن رومية، معتقل علي آغا).  سجن is also "the imprisonment of" (سجن الصحفيين،
#: بسجن الزفزافي 20 عاما), so the word after one is a name only where the text places the prison at once
#: (see `_prison_placed`).
PRISONS = frozenset({"سجن", "معتقل"})
#: A province (مقاطعة الفداء بولاية الدار البيضاء، بمقاطعة ثوليا غرب البلاد) outside the units the data have.
#: مقاطعة is also "the boycott of" (مقاطعة الانتخابات في محافظة الأنبار), so the word after it is a name only
#: where a unit or a compass word and a place follow at once, and never one of the things boycotted.
_PROVINCE = "مقاطعه"
_BOYCOTTED = shadow_set({"الانتخابات", "انتخابات", "الاستفتاء", "الحوار", "الجلسه", "الجلسات", "المنتجات",
                         "البضائع", "السلع", "الاجتماع", "الاجتماعات", "المؤتمر", "القمه", "الحكومه", "العمليه",
                         "الدراسه", "الامتحانات", "المفاوضات", "المحادثات", "الاحتفالات", "المهرجان", "الزياره"})
_UNKNOWN_TYPES = VILLAGE_WORDS | SETTLEMENTS | _GENERIC_TYPES | _SITES | PRISONS | frozenset({
    "مدينه", "معبر", "مديريه", "ناحيه", "قضاء", _OUTPOST, _SUBURB, _MAHALLA, _HARA, _PROVINCE,
    *NATIONAL_UNITS})
#: Each such word with the proclitics it may carry (بمدينة، وقرية), never the article; "لقضاء" is
#: "to spend" (لقضاء عطلة), not "to the district", and ك never comes before a body site ("كتبه" is "he wrote it").
_UNKNOWN_FORMS = {run + t: t for t in _UNKNOWN_TYPES for run in ("", *CLITIC_RUNS, *SINGLE)
                  if not (t == "قضاء" and "ل" in run) and not (t in BODY_SITES and "ك" in run)}
#: The type words that introduce unknown names, in every form (حقل، بحقل): no names themselves.
UNKNOWN_TYPE_FORMS = frozenset(_UNKNOWN_FORMS)
#: Dual type words in construct (بلدتي الفوعة وكفريا، مديريتي التحيتا والجراحي): two names joined by و.
_DUALS = {"قريتي": "قريه", "بلدتي": "بلده", "مدينتي": "مدينه", "مديريتي": "مديريه", "ناحيتي": "ناحيه",
          "محافظتي": "محافظه", "منطقتي": "منطقه", FRONT_DUAL: "جبهه",
          # the duals of site words (ميناءي راس لانوف والسدرة، معبري نصيب وجابر، مطاري صنعاء وعدن)
          "ميناءي": "ميناء", "مينايي": "ميناء", "مطاري": "مطار", "معبري": "معبر", "مخيمي": "مخيم", "حقلي": "حقل"}
_BORDER_ADJ = shadow_set({"الحدودي", "الحدوديه"})
#: "داخل الأراضي السورية" after a name: inside that country's territory, whatever the actors' country
_INSIDE = shadow_set({"داخل"})
_TERRITORY = shadow_set({"الاراضي", "الاراضى"})
_DUAL_UNITS = frozenset({"مديريه", "ناحيه", "محافظه"})
_DUAL_FORMS = {run + d: t for d, t in _DUALS.items() for run in ("", *CLITIC_RUNS, *SINGLE)}
#: The words that may head an unknown name: a type word or a dual, in any form.
_NAME_TYPES = frozenset(_UNKNOWN_FORMS) | frozenset(_DUAL_FORMS)
#: First words of compound names (كفر نبل، بيت الفقيه، خان شيخون، مثلث ماسبيرو، بن طلحة، درب قرمز: a Cairene lane).
_NAME_HEADS = JOINABLE_HEADS | shadow_set({"قلعه", "جبل", "حاسي", "حمام", "وادي", "باب", "سوق", "مزرعه", "حي", "ساحه", "الخان",
                                           "الوادي", "التل", "العين", "عبد", "الملك", "الامير", "الشيخ", "الامام",
                                           "النبي", "ذي", "ذو", "مثلث", "بن", "درب"})
#: Head words that name nothing alone (a name cut after "جبل راس" loses its last word); جبل and حي are
#: names of their own kind here.
_DANGLING_HEADS = _NAME_HEADS - shadow_set({"جبل", "حي"})
#: Adjectives that continue a name (الخان الأحمر، الوادي الأحمر) rather than describe a known place.
NAME_ADJ = shadow_set({"الاحمر", "الابيض", "الاسود", "الاخضر", "الكبير", "الكبيره", "الصغير", "الصغيره", "الجديد",
                       "الجديده", "القديم", "القديمه", "العليا", "السفلي", "الفوقاني", "التحتاني", "الفوقا", "التحتا"})
#: Indefinite adjectives of places (قرى جديدة، مناطق متفرقة، قرية نائية): after a type word or a plural of
#: places they describe it, whatever town they also name (Judaydah); the one list the geocoder and the
#: unknown-name steps share.
PLACE_ADJECTIVES = shadow_set({"جديده", "عديده", "كثيره", "اخري", "مجاوره", "قريبه", "بعيده", "متفرقه", "مختلفه",
                               "محرره", "صغيره", "كبيره", "نائيه", "حدوديه", "عربيه", "اجنبيه", "امنه",
                               "هادئه", "مدمره", "منكوبه", "ساحليه", "سياحيه", "مقدسه",
                               # what kind of town or village (مدينة ترفيهية، أول مدينة إسلامية، قرية بدوية، 300
                               # قرية كردية، مدينة أوروبية أخرى): nisba adjectives no data file has as a name
                               "ترفيهيه", "تاريخيه", "اسلاميه", "عالميه", "اوروبيه", "كرديه", "بدويه", "اثريه",
                               "صناعيه", "سكنيه", "زراعيه", "جبليه", "صحراويه", "ريفيه", "نموذجيه", "رياضيه",
                               "جامعيه", "ذكيه", "تجاريه", "عسكريه", "مسيحيه", "شيعيه", "سنيه", "درزيه", "علويه",
                               "يهوديه"})
#: Words after a type word that are not names: relations, times, generic areas.
NOT_NAMES = shadow_set({"القريبه", "التشييع", "المجاوره", "الواقعه", "المحاذيه", "المحيطه", "فجر", "صباح", "مساء", "امس",
                        "اليوم", "ليل", "ليله", "الحدود", "الحدوديه", "العمليات", "النزاع", "القتال", "المعارك",
                        "الاشتباكات", "العازله", "الامنيه", "العسكريه", "المحتله", "المنكوبه", "الصناعيه",
                        "السكنيه", "المحرره", "المحاصره", "الشرق", "الخليج", "العربيه", "التي", "الذي", "نفسها",
                        "نفسه", "ذاتها", "كامله", "باكملها", "بكاملها", "اخري", "ثانيه", "ثالثه", "اولي", "واحده",
                        "الامن", "امن", "عشوائي", "عشوائيه", "شعبي", "سكني", "نازحي", "النازحين", "لنازحي", "للنازحين",
                        "اللاجئين", "للاجئين", "لاجئين", "الصحه", "التربيه", "الزراعه", "الاوقاف", "الشوون",
                        "الماليه", "العامه", "النخيل", "المعركه", "الحرب", "الرمايه", "التدريب", "المواجهه",
                        "الاعتصام", "الاحتجاج", "المسجد", "المنزل", "الجامعه", "المدرسه", "السياسيه", "الدار",
                        "الوقت", "العطله", "الاجازه", "العقوبه", "المحكوميه", "الحاجه", "الحاجات", "الديون", "الاحتلال",
                        "العاصمه", "الرئاسه", "الصواريخ", "التحالف", "الضرائب", "الطاقه", "الاداره", "المجلس", "القوات",
                        "استراتيجي", "استراتيجيه", "رئيسي", "رئيسيه", "تابع", "تابعه", "كبير", "صغير", "قريب", "جديد",
                        "اخر", "عال", "عالي", "مرتفع", "حدودي", "الحدودي", "الحب", "الاحلام", "الاشباح",
                        "محاصره", "ذات", "ذاته", "الحكم", "التدريبات", "تم", "يتم", "سيتم", "تمت", "ستتم",
                        "العمل", "التوجيه", "كانت", "يكون", "تكون", "ليس", "ليست",
                        # indefinite plurals whose hamza the shadow drops, so they look definite (حقل ألغام)
                        "الغام", "الاف", "الف", "الات", "اليات", "الوان", "الواح",
                        # de-escalation zones (منطقة خفض التصعيد، منطقة التصعيد): an agreement's, not a name
                        "التصعيد", "التوتر",
                        # "وصولاً إلى" (as far as) closes a list of places, it is no item of it
                        "وصولا", "صولا",
                        # what a camp is for (معسكر تدريب، مخيم نزوح), not its name
                        "تدريب", "تجنيد", "اعتقال", "احتجاز", "لجوء", "نزوح", "ايواء", "تاهيل",
                        # round 64 (ANT): a preposition, a copula or a verb opening a clause (مدينة إلى أخرى، مخيم
                        # كانوا يحتجزون فيه، مدينة تقع جنوب طرابلس، مدينة يبلغ عمرها; not كان: مدينة كان is
                        # Cannes), an elative or an adjective (مدينة أقرب إلى الحدود، مدينة كبرى، مدينة محتلة،
                        # حي هادئ، حي تجاري) and what an area is for (منطقة الانتظار، منطقة الصيد، مخيم الاحتجاز)
                        "الي", "كانوا", "تقع", "يقع", "تضم", "يضم", "يبلغ", "تبلغ", "اقرب", "كبري",
                        "محتله", "منزوعه", "خاضعه", "هادي", "هادئ", "هادئه", "تجاري", "الانتظار", "الدفاعات",
                        "السياج", "الصيد", "الانتخابات", "الاحتجاز"}) | PLACE_ADJECTIVES
#: What a directorate runs (مديرية الصحة، مديرية صحة إدلب، مديرية الدفاع المدني، مديرية المخابرات): مديرية is
#: also a ministry's office, and a word of its field after it names that office, not a district.
_DIRECTORATE = "مديريه"
_FIELDS = shadow_set({f for w in ("صحة", "تربية", "زراعة", "أوقاف", "مالية", "دفاع", "مسارح", "مخابرات", "مراسم",
                                  "أمن", "شرطة", "جوازات", "أحوال", "جمارك", "مرور", "استخبارات", "إعلام", "أشغال",
                                  "مياه", "كهرباء", "بلديات", "سياحة", "آثار", "توجيه", "شؤون", "تخطيط", "نقل",
                                  "اتصالات", "صناعة", "تجارة", "اقتصاد", "طرق", "خدمات", "موارد", "تعليم", "شباب",
                                  "رياضة", "ثقافة", "عمل", "إمداد", "تموين", "هجرة", "سجون", "أدلة", "طوارئ",
                                  "إسعاف", "عمليات", "دعم", "حماية")
                     for f in (w, "ال" + w)})
#: Seas and oceans named after a type word (منطقة البحر الأحمر): no unit holds them.
_SEA_HEADS = shadow_set({"البحر", "المحيط"})
#: A pronoun after the word (مدينة يسيطر عليها، منطقة تقع فيها) makes it the verb of a relative clause,
#: not a name: no name is followed by "on it" or "in it".
_CLAUSE_PRONOUNS = shadow_set({"عليها", "عليه", "فيها", "فيه", "بها", "به", "منها", "منه", "لها", "له", "اليها",
                               "اليه", "عنها", "عنه"})

#: "الجنوب السوري": the compass nouns and the direction adjectives between them and the nationality.
_COMPASS_NOUNS = shadow_set({"الجنوب", "الشمال", "الشرق", "الغرب"})
_COMPASS_ADJECTIVES = shadow_set({"الغربي", "الشرقي"})
#: Each compass noun with the proclitics it may carry (بالشمال، وبالجنوب), to the noun itself and the
#: proclitics' length; ل before the article drops its alef (للجنوب، وللشمال), and the span keeps the article's ل
#: ("لجنوب"), as the labels mark للولايات المتحدة.
_COMPASS_FORMS = {run + noun: (noun, len(run)) for noun in _COMPASS_NOUNS for run in ("", *SINGLE, *CLITIC_RUNS)} | {
    run + "ل" + noun[1:]: (noun, len(run) + 1) for noun in _COMPASS_NOUNS for run in ("", "و", "ف")}
#: "البلدة القديمة": the old town of the place the sentence names (it never stands alone).
#: GeoNames' Jerusalem (IL) and its Old City row (PS, West Bank): "البلدة القديمة بالقدس" is the latter.
_JERUSALEM = 281184
_OLD_CITY = "gn:6945291"
_OLD_TOWN = re.compile(r"(?<![\w])(?:[وفب]?ب?)(ال(?:بلده|مدينه) القديمه)(?![\w])")
#: "بالمحافظة" / "في المديرية" after an unknown name: the unit of the place named before (see `_unit_named_back`).
_BACK_UNITS = {"بالمحافظه": "admin1", "بالمديريه": "admin2"}
SENTENCE_END_CHARS = ".!?؟\n:;؛"
SENTENCE_END = re.compile(f"[{SENTENCE_END_CHARS}]")
#: The words every reason of a name the gazetteer lacks carries (`fallback` and the steps that place one):
#: later steps test for them to know a reading is only a fallback.
NOT_IN_GAZETTEER = "is not in the gazetteer"
#: The marks that end a sentence whatever its clauses (no colon or semicolon): archive captions and history
#: passages run on past them.
FULL_STOP_CHARS = ".!?؟\n"
PRECISION = {"populated_place": 1, "admin3": 2, "admin2": 3, "admin1": 3, "country": 3, "region": 3}


def sentence_start(m: str, pos: int) -> int:
    """Where the sentence holding `pos` starts in `m`: after the last `SENTENCE_END` before it (a search back from
    `pos`, not a scan from the text's start: that is quadratic over a long document's many calls)."""
    return max(m.rfind(c, 0, pos) for c in SENTENCE_END_CHARS) + 1


def sentence_bounds(m: str, start: int, end: int, stops: str = SENTENCE_END_CHARS) -> tuple[int, int]:
    """The bounds of the sentence of `m` around `start:end`, ended by any of `stops`: after the last stop before
    `start` (searched back, as `sentence_start` does) up to the first at or after `end`."""
    before = max(m.rfind(c, 0, start) for c in stops) + 1
    after = min((i for c in stops if (i := m.find(c, end)) >= 0), default=len(m))
    return before, after


def _object_verb(word: str) -> bool:
    """An indefinite imperfect verb carrying an object pronoun (تقطنها، يسكنها، تحيطهم): no place name
    is a verb of the third person with "her/them" glued to it, so after a type word it opens a clause."""
    return len(word) >= 5 and word[0] in "تي" and word.endswith(("ها", "هم", "هن"))


#: Squares: abroad they are named in the local tongue (ميدان تيانانمن، ساحة لابورتا ديل سول، ميدان «لافاييت»);
#: `squares` reads a country named after one as the square.
SQUARES = frozenset({"ميدان", "ساحه"})
#: Long vowel letters a transliterated word writes and an Arabic noun after a square word does not (ساحة
#: حرب، ساحة ابتزاز: two at most).
_TRANSLIT_VOWELS = 3


def _transliterated(word: str) -> bool:
    """A word shaped as a foreign name: `_TRANSLIT_VOWELS` long vowel letters or more, no article, no
    pronoun suffix and no nisba ending (ساحة أوروبية is an adjective)."""
    if word.startswith(("ال", "لل")) or word.endswith(("ي", "يه", "ها", "هم", "نا")) or demonym_country(word):
        return False
    return sum(ch in "اوي" for ch in word) >= _TRANSLIT_VOWELS


def settlement_adjective(text: str, sh: Shadow, words: Words, ns: int) -> bool:
    """The first word after مستوطنة/مستعمرة agrees with it or opens a clause: it ends in ة (يهودية، سابقة) or
    ى (كبرى، صغرى), or in the ت of a past verb (بنيت، أقيمت; not the plural ات of جبعات، كريات, nor بيت)."""
    k = words.index_at(ns)
    if k < 0 or words.spans[k][0] != ns:
        return False
    word = text[slice(*sh.to_orig(*words.spans[k]))]
    return word.endswith(("ة", "ى")) or (word.endswith("ت") and not word.endswith("ات")
                                          and words.word(k) not in _NAME_HEADS)


#: How far before "غربي البلاد" a town still says which country the phrase means, within one clause.
_TOWN_BEFORE = 40
_CLAUSE_END = re.compile(r"[.!?؟\n:;؛،,]")


def _town_before(text: str, places: Sequence[Place], at: int) -> Place | None:
    """The town or unit named last before `at` in the same clause, within `_TOWN_BEFORE` characters."""
    best = None
    for p in places:
        if p.end <= at and at - p.end <= _TOWN_BEFORE and p.level in ("populated_place", "admin1", "admin2") \
                and not _CLAUSE_END.search(text, p.end, at) and (best is None or p.end > best.end):
            best = p
    return best


class FramedPlaces:
    """The geocoder's steps for places framed by the text rather than found in the gazetteer."""

    gaz: Gazetteer

    def _country_regions(self, text: str, sh: Shadow, words: Words, prior: dict[str, float],
                         places: Sequence[Place]) -> list[Place]:
        """"شمال غرب البلاد": a part of the document's country, precision 3; "الجنوب السوري": of Syria.

        A town named just before in the sentence says which country (في مدينة أزمير غربي البلاد: Turkey,
        in a story the United States dominates)."""
        out = self._adjective_regions(text, sh, words, {(p.start, p.end) for p in places})
        if not prior:
            return out
        own = story_country(prior)
        if country(own) is None or "البلاد" not in words.m:  # no word holds it: most texts
            return out
        for k, (s, e) in enumerate(words.spans):
            w = words.word(k)
            i = w.find("البلاد")
            if i < 0 or s + i + 6 != e or (i and not proclitic_ok(w[:i])):
                continue
            a = words.around(s, e)
            if not a.dir_before:
                continue
            o_s, o_e = sh.to_orig(s + i, e)
            near = _town_before(text, places, o_s)
            iso2 = near.iso2 if near is not None and near.iso2 else own
            c = country(iso2)
            if c is None:
                continue
            why = (f"the country of {near.text!r} named just before it" if iso2 != own and near is not None
                   else f"the document's country {c.name} (prior {prior[iso2]:.2f})")
            out.append(Place(start=o_s, end=o_e, text=text[o_s:o_e], name=f"{a.dir_before} {c.name}", name_ar=None,
                             country=c.name, iso2=iso2, lat=c.lat, lon=c.lon, level="region", geo_precision=3,
                             reason=f"country-relative region: {a.dir_before} of {why}"))
        return out

    def _adjective_regions(self, text: str, sh: Shadow, words: Words, taken: set[tuple[int, int]]) -> list[Place]:
        """"الجنوب السوري"، "بالشمال الغربي السوري": a definite compass noun, an optional second
        direction and a nationality adjective name a part of that country (precision 3).

        Where the country has a unit named by the bare compass noun (Lebanon's الجنوب and الشمال
        governorates, also "جنوب لبنان"), "الجنوب اللبناني" is that unit."""
        out = []
        n = len(words.spans)
        for k in words.at(_COMPASS_FORMS):
            if k >= n - 1:
                break
            head, cut = _COMPASS_FORMS[words.word(k)]
            j = k + 1
            if j < n - 1 and words.word(j) in _COMPASS_ADJECTIVES:
                j += 1
            adj = words.word(j)
            iso2 = demonym_country(adj) if adj.startswith("ال") and not adj.endswith("ه") else None
            c = country(iso2) if iso2 else None
            if c is None or not words.clean_gap(words.spans[k][1], words.spans[j][0]):
                continue
            ns = words.spans[k][0] + cut
            o_s, o_e = sh.to_orig(ns, words.spans[j][1])
            if any(a < o_e and o_s < b for a, b in taken):
                continue
            d = "-".join(direction_of(words.word(i)) or "" for i in range(k, j))
            unit = self._compass_unit(head, c.iso2) if j == k + 1 else None
            if unit is not None:
                out.append(entry_place(unit, text, o_s, o_e, "admin1", 3,
                                       f"{unit.label()}: the {d} of {c.name}, the unit named by the compass noun"))
                continue
            out.append(Place(start=o_s, end=o_e, text=text[o_s:o_e], name=f"{d} {c.name}", name_ar=None,
                             country=c.name, iso2=c.iso2, lat=c.lat, lon=c.lon, level="region", geo_precision=3,
                             reason=f"country-relative region: {d} of {c.name}, named by its nationality adjective"))
        return out

    def _compass_unit(self, noun: str, iso2: str) -> Entry | None:
        """The one admin1 unit of `iso2` called by the bare compass noun (Lebanon's الجنوب: South), or None."""
        units = [e for e in self.gaz.lookup(noun, iso2=iso2, level="admin1") if noun in e.keys]
        return units[0] if len(units) == 1 else None

    def _villages(self, text: str, sh: Shadow, words: Words, mentions: list[Mention],
                  places: list[Place], prior: dict[str, float], by_actors: bool = False) -> list[Place]:
        """"قرية X في ريف إدلب", "حي الشجاعية، شرق مدينة غزة" with X unknown: X is a place all the same.

        It is coded to the smallest unit the text names with it (a linked name, else the nearest
        place of the sentence), precision 2; failing that to the document's country, precision 3.
        """
        out = []
        by_start = {p.start: p for p in places}
        # a name that read as no place (its one reading abroad lost to the story's country: بلدة الشيخ سعد
        # in a Daraa story, Ash Shaykh Sa'd of the West Bank) is a village the data lack like any other
        covered: list[tuple[int, int]] = []
        towns: list[tuple[int, int]] = []  # those read as no country: what places a square (ميدان طلعت حرب وسط القاهرة)
        # by position: a million-character document has thousands of places, mentions and names to test
        placed = SpanIndex((p.start, p.end) for p in places)
        for mn in mentions:
            read = [p for i in placed.near_ids(mn.start, mn.end) if (p := places[i]).start < mn.end and mn.start < p.end]
            if read:
                covered.append((mn.nstart, mn.nend))
            if any(p.level != "country" for p in read):
                towns.append((mn.nstart, mn.nend))
        for hit in _OLD_TOWN.finditer(words.m):
            ns, ne = hit.span(1)
            unit = None if any(cs < ne and ns < ce for cs, ce in covered) else self._nearest(
                words, ns, ne, mentions, by_start)
            if unit is not None and unit.level == "populated_place":
                o_s, o_e = sh.to_orig(ns, ne)
                here = unknown_place(text, o_s, o_e)
                old_city = self.gaz.get(_OLD_CITY) if unit.geonameid == _JERUSALEM else None
                if old_city is not None:  # the house convention: Jerusalem's Old City is GeoNames' PS row
                    out.append(entry_place(old_city, text, o_s, o_e, "populated_place", 1,
                                           f"{old_city.label()}: the old town of Jerusalem, GeoNames' Old City "
                                           "row, as the labelled sets code a place named in it"))
                    continue
                out.append(replace(fallback(here, unit, "the old town of the place named with it"), geo_precision=1))
        spans: list[tuple[int, int, int, bool, int, int]] = []
        for k in words.at(_NAME_TYPES):  # most words head no name (`_unknown_name` says None at once)
            if k >= len(words.spans) - 1:
                break
            w = words.word(k)
            span = self._unknown_name(words, k, covered, towns)
            if span is not None:
                spans.append((k, *span, span[0], span[1]))
            if w in _DUAL_FORMS:
                spans += [(k, a, b, False, *pair) for a, b, pair in _dual_names(words, k, covered)]
        # shadow starts of the places and of the names a type word's name may be linked to (few documents need them)
        place_at = SpanIndex((n, n) for n in (sh.to_norm(p.start) for p in places)) if spans else SpanIndex()
        mention_at = SpanIndex((n, n) for n in (mn.nstart - len(mn.prefix) for mn in mentions)) if spans else SpanIndex()
        for k, ns, ne, site, pair_start, pair_end in spans:
            kind = _UNKNOWN_FORMS.get(words.word(k))  # the type word heading the name (بلدة، مستوطنة)
            if kind == "وادي" and _verb_not_wadi(text, *sh.to_orig(*words.spans[k])):
                continue
            if kind in ("بلده", _MAHALLA) and text[sh.to_orig(*words.spans[k])[1] - 1] == "ه":
                continue  # "بلده يتجه"، "ليحل محله": written with ه it is 'his country', 'his place', not بلدة or محلة
            if kind == _HARA and (words.word(k) != _HARA or words.prev_word(k) not in _HARA_BEFORE):
                continue  # "أجواء حارة خانقة": the adjective hot; "بحارة": sailors
            if kind in SETTLEMENTS and settlement_adjective(text, sh, words, ns):
                continue  # "مستوطنة يهودية"، "مستوطنة كبرى"، "مستوطنة بنيت": an adjective or a verb, no name
            if kind in SQUARES and _transliterated(words.m[ns:ne].split(" ")[0]) \
                    and self.gaz.lookup(words.m[ns:ne]):
                continue  # ميدان «لافاييت»: a name the gazetteer has (Lafayette, US) is the resolver's to weigh
            o_s, o_e = sh.to_orig(ns, ne)
            if overlaps(out, o_s, o_e):
                continue  # "منطقة وادي النطرون": the name the first type word introduced holds the second's
            row = self._settlement_row(words.m[ns:ne]) if kind in SETTLEMENTS else None
            if row is not None:  # مستوطنة "آدم": GeoNames' name with the word (مستوطنة آدم), a quote between
                out.append(entry_place(row, text, o_s, o_e, "populated_place", 1,
                                       f"{row.label()}: GeoNames names the settlement with its settlement word"))
                continue
            here = unknown_place(text, o_s, o_e)
            why = f"{text[o_s:o_e]!r} {NOT_IN_GAZETTEER}"
            if ne - ns < 3 and kind == "مدينه":
                city = self._short_city(words.m[ns:ne], prior)
                if city is not None:
                    out.append(entry_place(city, text, o_s, o_e, "populated_place", 1,
                                           f"{city.label()}: a two-letter name, read only after a city word"))
                    continue
            # past a closing quote (قاعدة "تيفور" بحمص), and a ب glued to the unit is "in"
            # a dual's unit comes after both names (محافظتي المجاردة وبارق بمنطقة عسير): the other is no container
            after = pair_end
            while after < len(words.m) and words.m[after] in _CLOSING:
                after += 1
            target = _annexed_to(words, k, pair_end)
            stop = words.stop_at(after)  # `links` from `after` reaches no name past the sentence's punctuation
            parent = None if target else next((mn for i in mention_at.near_ids(after, stop) if (mn := mentions[i]).nstart
                                               >= pair_end and words.links(after, mn.nstart - len(mn.prefix),
                                                                           glued=mn.prefix.endswith("ب"))), None)
            unit = by_start.get(parent.start) if parent is not None else None
            # "مطار الرئاسة في العاصمة الإماراتية": a place phrase no gazetteer name matched (nationals.py)
            if unit is None and not target:
                unit = next((q for i in place_at.near_ids(after, stop) if (q := places[i]).level != "country"
                             and words.links(after, sh.to_norm(q.start))), None)
            iso2 = story_country(prior)
            # two units are never each other's container (مديريتي غمر ورازح); twin villages lie side by side
            pair = (pair_start, pair_end) if _DUAL_FORMS.get(words.word(k)) in _DUAL_UNITS else (ns, ne)
            # "بين منطقتي الشريجة والراهدة": the two ends of a line, in two units maybe, are no container of each other
            apart = _DUAL_FORMS.get(words.word(k)) is not None and k > 0 and words.word(k - 1) == "بين"
            near = None if unit or apart else self._nearest(words, ns, ne, [
                mn for mn in mentions if not (pair[0] <= mn.nstart < pair[1] or pair_end <= mn.nstart < target)], by_start)
            if near is not None and iso2 and prior[iso2] >= 0.5 and _foreign(near.iso2, iso2, prior, site):
                near = None  # a place of another country nearby (ضربة على مطار التيفور، قالت واشنطن) is no container
            unit = unit or near
            # "مدينة الصخيرات المغربية": the nationality adjective after the name says its country
            nxt = words.index_at(ne) + 1
            adj = words.word(nxt) if nxt < len(words.spans) and words.clean_gap(ne, words.spans[nxt][0]) else ""
            said = demonym_country(adj) if adj.startswith("ال") else None
            if said and name_tail(kind, words.m[ns:ne], adj):  # "منطقة عرب العراقي": the name's word, not Iraq
                said, ne = None, words.spans[nxt][1]
                o_s, o_e = sh.to_orig(ns, ne)
                here, why = unknown_place(text, o_s, o_e), f"{text[o_s:o_e]!r} {NOT_IN_GAZETTEER}"
            territory = None if said else _inside_territory(words, nxt)
            if territory is not None:  # the story's unit of that country if it has one, else the country
                iso2 = territory[0]
                if unit is not None and unit.iso2 != iso2:
                    unit = None
            if unit is not None and said and unit.iso2 not in (said, None):
                unit = None
            if unit is not None and kind in SETTLEMENTS \
                    and (unit.iso2, unit.admin1) == _JERUSALEM_UNIT:
                bank = self.gaz.admin1_entry(*_WEST_BANK)
                if bank is not None:  # "مستوطنة جبعات زئيف شمال القدس": beyond the Green Line, as the sets code it
                    unit = admin1_place(bank, text, o_s, o_e)
                    why += "; a settlement placed by Jerusalem lies in the West Bank"
            if unit is not None:
                out.append(fallback(here, unit, why))
                continue
            if said and (c := country(said)) is not None:
                out.append(replace(here, name=c.name, country=c.name, iso2=c.iso2, lat=c.lat, lon=c.lon,
                                   level="country", geo_precision=3,
                                   reason=f"{why}; its nationality adjective {adj!r} names {c.name}: coded to "
                                          f"that country"))
                continue
            back = self._unit_named_back(words, nxt, adj, places, here.start, iso2)
            if back is not None:
                out.append(fallback(here, back, f"{why}; the unit word after it points to the place named last"))
                continue
            # "منفذ البقع الحدودي مع السعودية": a border post is on the line, the story's country may be the other side
            border = site and adj in _BORDER_ADJ and nxt + 1 < len(words.spans) and words.word(nxt + 1) == "مع"
            c = country(iso2) if iso2 and (territory or prior[iso2] >= 0.5) and not border else None
            if c is not None and not territory and guess_abroad(words.m[ns:ne], iso2):
                c = None  # قاعدة "نورث هولت" in a Saudi story: an English name, not in Saudi Arabia (transliterated.py)
            same = next((q for q in out if q.text == here.text and q.level != "country"), None)
            if same is not None:  # "برط، الجوف … بمديرية برط": the unit it was coded to before
                out.append(replace(same, start=here.start, end=here.end, reason=f"{why}; named before: {same.reason}"))
                continue
            quarter = in_quarter(words, k) or kind in (_MAHALLA, _HARA)
            town = _dateline_town(text, places, iso2) if quarter else None
            if town is not None:  # "بغداد - … في حي الطالبية": a quarter of the city the story is datelined in
                out.append(fallback(here, town, f"{why} and its sentence names no unit; a quarter (حي) of the city "
                                                f"of the story's dateline"))
                continue
            town = _only_town(places, iso2) if quarter else None
            if town is not None:  # "تظاهروا في بيروت … أمام منزله في محلة عائشة بكار": the one city named
                out.append(fallback(here, town, f"{why} and its sentence names no unit; a quarter (حي، محلة) of "
                                                f"the one town the story names in {town.country}"))
                continue
            one = self._one_admin1(places, iso2, here.start) if c is not None else None
            if one is not None:
                out.append(fallback(here, one, f"{why}; the story's places of {c.name if c else iso2} lie in "
                                               f"{one.admin1}, or it named that unit just before"))
                continue
            if c is not None:
                out.append(replace(here, name=c.name, country=c.name, iso2=c.iso2, lat=c.lat, lon=c.lon,
                                   level="country", geo_precision=3,
                                   reason=f"{why} and the text names no unit with it: coded to " + (
                                       f"{c.name}, as {' '.join(territory[1:])!r} says" if territory else
                                       f"the country of the story's local armed groups, {c.name}" if by_actors else
                                       f"the document's country {c.name} (prior {prior[iso2]:.2f})")))
        return out

    def _lists(self, text: str, sh: Shadow, words: Words, mentions: list[Mention],
               places: list[Place], prior: dict[str, float] | None = None) -> list[Place]:
        """"مدن وبلدات نوى وكحيل وصيدا وطفس …": the items of a list of places share a unit.

        When most resolved items lie in one admin1 (two at least), an unknown item joined by و is a
        place of that unit (precision 2), and an item read elsewhere (صيدا as Sidon) takes a reading
        inside the unit or, failing one, the unit itself.
        """
        out = list(places)
        last = -1
        # a bare list of names joined by و ("صيدا والجيزة والمسيفرة") opens at its first place
        firsts = {words.index_at(mn.nstart) for mn in mentions
                  if mn.nstart > 0 and words.m[mn.nend : mn.nend + 3].lstrip(" ،,")[:1] == "و"}
        # a list opens at a plural type word, at "منها" (`opens_among`) or before a bare list's first name
        heads = set(words.at(LIST_HEADS)) | {f - 1 for f in firsts}
        for k in sorted(h for h in heads if 0 <= h < len(words.spans) - 1):
            typed = opens_list(words.word(k)) or opens_among(words, k)
            if k <= last or not (typed or k + 1 in firsts):
                continue
            items = list_items(words, k)
            if not typed:
                items = _joined_run(items)
            if len(items) < (1 if typed else 2):
                continue
            last = words.index_at(items[-1][1] - 1)
            spans = [sh.to_orig(ns, ne) for ns, ne, _ in items]
            found = [next((i for i, p in enumerate(out) if p.start < oe and os_ < p.end), None) for os_, oe in spans]
            if typed and prior:
                self._abroad_items(text, words.word(k), found, out, prior)
            units = Counter((out[i].iso2, out[i].admin1) for i in found if i is not None and out[i].admin1)
            if not units:
                continue
            (iso2, admin1), n = units.most_common(1)[0]
            unit_e = self.gaz.admin1_entry(iso2 or "", admin1 or "")
            if n < 2 or 2 * n <= sum(i is not None for i in found) or unit_e is None:
                continue
            listed = (f"listed after {words.word(k)!r} with {n} places of {admin1}" if typed
                      else f"joined by و to {n} places of {admin1}")
            for (ns, ne, joined), (os_, oe), i in zip(items, spans, found, strict=True):
                here = unknown_place(text, os_, oe)
                if i is None:
                    name_words = words.m[ns:ne].split()
                    known = _typed_elsewhere(words, sh, out, words.m[ns:ne])
                    if known is not None:  # "جبال قنديل … مناطق الزاب وقنديل": the range, not the list's unit
                        out.append(replace(known, start=os_, end=oe, text=text[os_:oe], runner_up=None,
                                           reason=f"{text[os_:oe]!r}: the story names it as {known.text!r}; "
                                                  f"{known.reason}"))
                        continue
                    if typed and joined and not any(w in NOT_NAMES or opens_list(w) or opens_list(w[2:]) or demonym_country(w)
                                          for w in name_words):
                        out.append(fallback(here, admin1_place(unit_e, text, os_, oe),
                                             f"{text[os_:oe]!r} {NOT_IN_GAZETTEER} but is {listed}"))
                    continue
                p = out[i]
                if p.iso2 == iso2 or p.level in ("country", "admin1", "region"):
                    continue  # another unit of the same country may be meant (طنجة والناظور وتطوان)
                mn = next((m for m in mentions if m.start == p.start), None)
                inside = [self.gaz.entries[h.entry] for h in (mn.hits if mn else [])
                          if (self.gaz.entries[h.entry].iso2, self.gaz.entries[h.entry].admin1) == (iso2, admin1)]
                if inside:
                    e = max(inside, key=lambda e: e.pop)
                    out[i] = entry_place(e, text, p.start, p.end, e.level, PRECISION.get(e.level, 2),
                                          f"{e.label()}: {listed}, rather than {p.name} ({p.iso2})", p.name)
                else:
                    out[i] = fallback(p, admin1_place(unit_e, text, p.start, p.end),
                                       f"{listed}; no reading of {p.text!r} lies there")
        return out

    def _abroad_items(self, text: str, head: str, found: list[int | None], out: list[Place],
                      prior: dict[str, float]) -> None:
        """"قرى شقرا والحصان والجيعة والجنينة" in a Syrian story: an item read as a town abroad (Geneina,
        Sudan) among items that all lie in one admin1 of the story's country (or, none read, where the
        story's places of that country all lie in one admin1) is a village of that unit the data lack;
        recoded in `out` in place."""
        own = story_country(prior)
        if own is None or prior[own] < 0.5:
            return
        for i in found:
            if i is None or out[i].iso2 == own or out[i].level != "populated_place":
                continue
            p = out[i]
            rest = [out[x] for x in found if x is not None and x != i]
            if not rest:  # no other item read: the one admin1 the story's places of its country lie in
                one = self._one_admin1([q for q in out if q is not p], own, p.start)
                rest = [one] if one is not None else []
            units = {(q.iso2, q.admin1) for q in rest}
            if len(units) != 1 or rest[0].iso2 != own or (unit := self.gaz.admin1_entry(own, rest[0].admin1 or "")) is None:
                continue
            out[i] = fallback(p, admin1_place(unit, text, p.start, p.end),
                              f"listed after {head!r} with places of {unit.name}; {p.name} ({p.iso2}) lies abroad")

    def _unit_named_back(self, words: Words, nxt: int, adj: str, places: list[Place], start: int,
                         iso2: str | None) -> Place | None:
        """"منطقة بير باشا بالمحافظة اليمنية": a definite unit word right after the name (`adj`, word
        `nxt`, "" when none follows cleanly) points back to the unit of the place the story named last
        (مدينة تعز: Ta'iz governorate); the district word (بالمديرية) to a district named last."""
        w = "ب" + words.next_word(nxt) if adj == "في" else adj
        level = _BACK_UNITS.get(w)
        if level is None:
            return None
        before = [p for p in places if p.end <= start and p.admin1 and p.level != "country"
                  and (iso2 is None or p.iso2 == iso2)]
        if not before:
            return None
        last = max(before, key=lambda p: p.end)
        if level == "admin2":
            return last if last.level == "admin2" else None
        unit = self.gaz.admin1_entry(last.iso2 or "", last.admin1 or "")
        return admin1_place(unit, words.m, last.start, last.end) if unit is not None else None

    @staticmethod
    def _one_admin1(places: list[Place], iso2: str | None, start: int) -> Place | None:
        """The admin1 unit the story names (محافظة إدلب) when every place it names in `iso2` below the
        country lies in that unit: a village the data lack is then there ("قرية كفر بطيخ", the story
        of an Idlib strike), not just somewhere in the country."""
        inner = [p for p in places if p.iso2 == iso2 and p.level != "country"]
        units = [p for p in inner if p.level == "admin1"]
        if units and len({p.admin1 for p in inner}) == 1 and None not in {p.admin1 for p in inner}:
            return units[0]
        # else the unit named last before it, close by, with nothing of another unit between them
        # ("في قرية بمحافظة إدلب … القصف الجوي على قرية كفر بطيخ")
        before = sorted((p for p in inner if p.end <= start and start - p.end <= _RECENT), key=lambda p: p.end)
        if before and before[-1].level == "admin1" and before[-1].admin1:
            return before[-1]
        return None

    @staticmethod
    def _unknown_name(words: Words, k: int, covered: list[tuple[int, int]],
                      towns: list[tuple[int, int]]) -> tuple[int, int, bool] | None:
        """The shadow span of the unknown name a type word at `k` introduces and whether it names a
        site (a street, base, mountain …) rather than a settlement, or None.  `covered` holds the names read
        as places, `towns` those of them that are no country."""
        w = words.word(k)
        # indefinite only: "المدينة" / "القرية" refer back to a place already named
        word_type = _UNKNOWN_FORMS.get(w)
        if word_type is None:
            return None
        name_words: list[int] = []
        # a quoted name (قاعدة "تيفور") is a name whatever its form and runs to the closing quote
        quoted = k + 1 < len(words.spans) and _opens_quote(words.m[words.spans[k][1]:words.spans[k + 1][0]])
        for j in range(k + 1, min(k + 4, len(words.spans))):
            s, e = words.spans[j]
            nw = words.word(j)
            if any(cs < e and s < ce for cs, ce in covered) or is_connector(nw) or not nw.isalpha():
                break
            institution = not name_words and word_type in _AIRPORTS and _placed_after(words, j)
            if not words.quote_gap(words.spans[j - 1][1], s) or (nw in NOT_NAMES and not institution) \
                    or demonym_country(nw):
                break
            if name_words and quoted and _closes_quote(words.m[words.spans[j - 1][1]:s]):
                break
            # a name goes on after a head word (كفر نبل، الملك عبد العزيز), with an adjective of names, or
            # inside quotes
            if name_words and not (words.word(name_words[-1]) in _NAME_HEADS or nw in NAME_ADJ or quoted
                                   or (word_type in SETTLEMENTS and words.word(name_words[-1]) in _HEBREW_HEADS)):
                break
            if not name_words and nw[0] == "و" and nw not in _NAME_HEADS and not (
                    word_type in _VOUCHED and _unit_after(words, [j])) and not (
                    word_type in _AREAS and _glued_place_after(words, [j], covered)):
                break  # "مسجد وتعطيله": the conjunction starts a new phrase, not a name ("منطقة ورزان بمديرية" is one)
            if not name_words and nw.startswith(("بال", "لل", "كال", "فال")):
                break  # "برصاص حي بالصدر": a noun in construct takes no preposition, so no name
            name_words.append(j)
        while name_words and words.word(name_words[-1]) in _DANGLING_HEADS:
            name_words.pop()  # "جبل راس" cut short: a head word alone names nothing
        if not name_words:
            return None
        after = name_words[-1] + 1
        if not quoted and after < len(words.spans) and words.word(after) in _CLAUSE_PRONOUNS:
            return None  # "آخر مدينة يسيطر عليها المقاتلون": a relative clause's verb
        if not quoted and len(name_words) == 1 and _object_verb(words.word(name_words[0])):
            return None  # "قرية تقطنها أغلبية درزية": a relative clause's verb with its object pronoun
        if not quoted and len(name_words) == 1 and after < len(words.spans) and _object_verb(words.word(after)):
            return None  # "قرية عائمة يسكنها": a clause with no التي follows an indefinite noun, so the word is its adjective
        if word_type == _DIRECTORATE and words.word(name_words[0]) in _FIELDS:
            return None  # "مديرية صحة إدلب"، "مديرية المخابرات": a ministry's office, not a district
        if k and word_type == "ناحيه" and words.word(k - 1) == "من":
            return None  # "من ناحية الحصول على …": 'as regards', not a subdistrict
        if k and w == "وحي" and words.word(k - 1) == "من":
            return None  # "من وحي خيال": 'inspired by' (وحي, revelation), not "and the quarter of"
        first = words.word(name_words[0])
        if len(name_words) == 1 and first == "ال":
            return None  # مطار الـ"تيفور": the article cut off by a tatweel is no name
        if quoted and word_type in UNQUOTED_SITES:
            return None  # لمحطة "الغد": a quoted name after محطة is a broadcaster, not a station
        if first in _SEA_HEADS and word_type != "شارع":
            return None  # منطقة البحر الأحمر: a sea, no village (شارع البحر الأعظم is a street)
        # a quoted name after a site word (قاعدة "تيفور"); منطقة "خفض التوتر" is a zone, not a name
        if first in _NOT_AFTER.get(word_type, ()) or (k and words.word(k - 1) == "شبه"):
            return None  # القاعدة في جزيرة العرب، شبه جزيرة القرم، معسكر المعارضة
        if word_type == _OUTPOST and not quoted:
            return None  # بؤرة التوتر: a hotbed, not an outpost
        if word_type in SQUARES and not quoted and len(name_words) == 1 \
                and (last := _square_placed(words, k, towns)) is not None:
            return words.spans[k + 1][0], words.spans[last][1], True  # "ميدان طلعت حرب وسط القاهرة"
        if word_type in _NEEDS_NAME and not (first.startswith("ال") or first in _NAME_HEADS
                                             or (quoted and word_type in _SITES | {_OUTPOST})
                                             or (quoted and word_type in _GENERIC_TYPES
                                                 and _quoted_placed(words, name_words))
                                             or _belongs(words, name_words[-1])
                                             or (word_type in _VOUCHED and _unit_after(words, name_words))
                                             or (word_type in _VOUCHED and _direction_after(words, name_words, covered))
                                             or (word_type in _AREAS and _glued_place_after(words, name_words, covered))
                                             or (word_type == "حقل" and _of_oil(words, name_words))
                                             or (word_type in _PLACED_BY_TOWN and _town_after(words, name_words, covered))
                                             or (word_type in SQUARES and _transliterated(first))):
            return None  # منطقة عسكرية: an area, not a name
        if word_type == "جبال" and not quoted and (first.endswith("ه") or (first.endswith("اء") and first[:2] != "ال")):
            return None  # جبال شاهقة، جبال جرداء: an adjective agreeing with the plural, not a range's name
        if word_type == _PROVINCE and (first in _BOYCOTTED or first.endswith("ات") or not (
                _unit_after(words, name_words) or _direction_after(words, name_words, covered))):
            return None  # "بمقاطعة الانتخابات": the boycott of something, no province's name
        if word_type in PRISONS and not _prison_placed(words, name_words, covered):
            return None  # "بسجن الزفزافي 20 عاما"، "سجن الصحفيين": the imprisonment of someone, no prison's name
        return words.spans[name_words[0]][0], words.spans[name_words[-1]][1], word_type in _SITES | PRISONS

    def _settlement_row(self, name: str) -> Entry | None:
        """The row of Israel or Palestine that GeoNames names with a settlement word before `name`
        (مستوطنة آدم, Geva Binyamin): the text split them with a quote or a bracket (مستوطنة "آدم"، (مستوطنة) آدم),
        so the whole name never matched."""
        for word in sorted(SETTLEMENTS):  # a fixed order: the same row in every process
            rows = [e for e in self.gaz.lookup(f"{word} {name}") if e.iso2 in SETTLED_IN]
            if rows:
                return rows[0]
        return None

    def _short_city(self, key: str, prior: dict[str, float]) -> Entry | None:
        """The one city of that short name in a country the document is about (prior 0.1)."""
        found = [e for e in self.gaz.short_cities(key) if prior.get(e.iso2, 0.0) >= 0.1]
        return found[0] if len(found) == 1 else None

    @staticmethod
    def _nearest(words: Words, ns: int, ne: int, mentions: list[Mention],
                 by_start: dict[int, Place]) -> Place | None:
        """The closest resolved place of the same sentence, within a few words (after it first)."""
        best: tuple[int, int, Place] | None = None
        for i, mn in enumerate(mentions):
            p = by_start.get(mn.start)
            if p is None or p.level == "country":
                continue
            a, b = (ne, mn.nstart) if mn.nstart >= ne else (mn.nend, ns)
            if a > b or SENTENCE_END.search(words.m, a, b):
                continue
            between = words.between(a, b)
            if mn.nstart < ne and ")" in words.m[a:b]:
                continue  # "(القاهرة – قنا) جنحت عند محطة المرازيق": a place in a closed bracket is an aside
            if len(between) > 8 or _moves_between(between) or _between_pair(words, i, mentions, by_start):
                continue
            rank = (len(between), 0 if mn.nstart >= ne else 1)
            if best is None or rank < best[:2]:
                best = (*rank, p)
        return best[2] if best else None


#: "من قرية الحامضة إلى الأراضي السورية بمنطقة حارم", "من دوما إلى معبر أبو الزندين": إلى between two
#: places puts them at the two ends of a journey, so the one is not the other's container (نحو and
#: باتجاه point within a front: "غرب بيت الفقيه نحو منطقة الجاح" is in Bayt al-Faqih).
_MOVES = shadow_set({"الي"})
#: "جبال زاغروس، على بعد نحو 500 كلم من طهران": a place 100 km or more away holds nothing (10 km west of
#: Isfahan is still in its province).
_FAR_KM = 100


def _annexed_to(words: Words, k: int, end: int) -> int:
    """After a word of annexing (إلحاق بلدتي X وY بإقليم كردستان), the shadow end of the ب-phrase that
    follows the names at `end` (the unit they are to join, two words at most); 0 when there is none."""
    if k == 0 or words.word(k - 1) not in _ANNEXING:
        return 0
    j = words.index_at(max(end - 1, 0)) + 1
    if j >= len(words.spans) or not words.word(j).startswith("ب"):
        return 0
    return words.spans[min(j + 1, len(words.spans) - 1)][1]


def _far(between: list[str]) -> bool:
    """"على بعد [نحو] N كلم/ميل": the words between measure a distance of `_FAR_KM` or more."""
    for i in range(len(between) - 2):
        if between[i] == "علي" and between[i + 1] == "بعد":
            n = next((w for w in between[i + 2:i + 5] if w.isdigit()), None)
            return n is not None and int(n) >= _FAR_KM
    return False


def _between_pair(words: Words, i: int, mentions: list[Mention], by_start: dict[int, Place]) -> bool:
    """"بين تعز والحديدة في منطقة الرمادة": a place of a بين X وY pair whose other end lies in another
    admin1 is one end of the line the name lies on, not its container (بين الخوخة والتحيتا: both
    Hodeidah's, so the unit holds either way)."""
    mn = mentions[i]
    before = words.between(max(0, mn.nstart - len(mn.prefix) - 40), mn.nstart - len(mn.prefix))
    if before and before[-1] == "بين":
        other = next((x for x in mentions[i + 1:i + 3] if x.prefix.startswith("و")), None)
    elif mn.prefix.startswith("و") and "بين" in before[-4:]:
        other = next((x for x in reversed(mentions[max(0, i - 2):i])), None)
    else:
        return False
    here, there = by_start.get(mn.start), by_start.get(other.start) if other is not None else None
    return here is not None and there is not None and (here.iso2, here.admin1) != (there.iso2, there.admin1)


def _typed_elsewhere(words: Words, sh: Shadow, places: list[Place], name: str) -> Place | None:
    """The place the story names elsewhere as a type word and `name` (جبال قنديل for a bare قنديل)."""
    for q in places:
        key = words.m[sh.to_norm(q.start):sh.to_norm(q.end)]
        head, _, rest = key.partition(" ")
        if rest == name and head in _SITE_FORMS and q.level != "country":
            return q
    return None


def _moves_between(between: list[str]) -> bool:
    """A movement word lies between, and no compass noun ("إلى الشرق من حلب" places, it does not move)
    nor a renaming ("ميدان السبعين، الذي تم تغيير اسمه إلى ميدان الصماد" is one square); or a distance
    is measured from the place (على بعد 500 كلم من طهران)."""
    return (any(w in _MOVES for w in between) and not any(w in _COMPASS_NOUNS for w in between)
            and not any(w.startswith("اسم") for w in between)) or _far(between)


_CLOSING = frozenset(" »\"”'")
#: How far back (characters) the last unit a story named still frames a village it names next.
_RECENT = 250
#: "منطقة قانيسة التابعة لمحافظة البيضاء": the definite التابعة (belonging to) after an indefinite word
#: says the word is the name of an area of the unit (an adjective would agree: منطقة عسكرية تابعة).
_BELONGING = shadow_set({"التابعه", "التابع"})


def _belongs(words: Words, last: int) -> bool:
    """The word after the name at index `last` is التابعة/التابع or a definite nationality adjective
    (جزيرة كورسيكا الفرنسية: a definite adjective cannot qualify the indefinite word, so it qualifies the
    construct and the word is a name), with nothing but a space between."""
    nxt = last + 1
    if nxt >= len(words.spans) or words.m[words.spans[last][1]:words.spans[nxt][0]].strip():
        return False
    w = words.word(nxt)
    if w in _BELONGING:
        return True
    # a singular adjective (السورين is "the two walls", not Syrians) after a bare word (للجيش المصري: ل + the army)
    return (w.startswith("ال") and w.endswith(("يه", "ي")) and not words.word(last).startswith("لل")
            and demonym_country(w) is not None)



def _unit_after(words: Words, name_words: list[int]) -> bool:
    """One indefinite word (not a nisba adjective: ميناء تجاري) followed at once by ب/في and a unit word
    (ميناء حبل بمحافظة حجة، مطار بربينيان في مدينة): the unit places a named port, so the word is its name."""
    if len(name_words) != 1 or words.word(name_words[0]).endswith(("ي", "يه")):
        return False
    nxt = name_words[0] + 1
    # "منطقة فوش الراقية في العاصمة باريس": a definite feminine adjective agreeing with the type word may
    # come between the name and the unit
    if _AGREEING_ADJ.fullmatch(words.next_word(nxt - 1)):
        nxt += 1
    if nxt < len(words.spans) and words.word(nxt) == "في":
        nxt += 1
    if nxt >= len(words.spans) or not words.clean_gap(words.spans[nxt - 1][1], words.spans[nxt][0]):
        return False
    w = words.word(nxt)
    if words.word(nxt - 1) == "في" and capital_of(w) and nxt + 1 < len(words.spans):
        return True  # "في العاصمة باريس": the capital and its name place the word
    # an indefinite unit word, which a name follows (في مديرية الملاجم); "منطقة نفوذ في المنطقة الشمالية" names none
    return ((w.startswith("ب") or words.word(nxt - 1) == "في") and not w.removeprefix("ب").startswith("ال")
            and type_of(w) in UNIT_LEVELS)


#: Words that place a site in the town right after them (مطار X قرب باريس، ميناء X وسط المدينة).
_PLACING = shadow_set({"في", "قرب", "بالقرب", "وسط", "بوسط"})
#: Long vowel letters of a foreign airport's or port's name (هيثرو، سوفارنابومي): an Arabic adjective after
#: مطار or ميناء (صغير، جديد، كبير، بديل) writes one at most.
_FOREIGN_VOWELS = 2


def _town_after(words: Words, name_words: list[int], covered: list[tuple[int, int]]) -> bool:
    """One indefinite word shaped as a transliteration after an airport or port word, then at once في, قرب
    or وسط and a place the gazetteer has, or that place glued to ب ("مطار هيثرو بلندن"، "مطار سوفارنابومي في
    بانكوك"، "مطار فيلاكوبليه قرب باريس"): the town places the airport, so the word is its name.  An Arabic
    adjective there (مطار دولي، ميناء تجاري، مطار صغير، مطار احتياطي) writes too few long vowels for its ending."""
    if len(name_words) != 1:
        return False
    w = words.word(name_words[0])
    vowels = sum(ch in "اوي" for ch in w)
    # a masculine nisba (احتياطي، استراتيجي) agrees with مطار: only a long foreign word ends so; a feminine
    # ending cannot qualify the masculine type word, but a noun in construct ends in ة too (مطار قاعدة)
    need = 5 if w.endswith("ي") else _TRANSLIT_VOWELS if w.endswith(("ه", "ات", "ين", "ون")) else _FOREIGN_VOWELS
    if w.startswith(("ال", "لل")) or vowels < need:
        return False
    nxt = name_words[0] + 1
    if nxt >= len(words.spans) or not words.clean_gap(words.spans[nxt - 1][1], words.spans[nxt][0]):
        return False
    if words.word(nxt) in _PLACING:
        nxt += 1
        if nxt >= len(words.spans) or not words.clean_gap(words.spans[nxt - 1][1], words.spans[nxt][0]):
            return False
        s, e = words.spans[nxt]
        return any(cs <= s and e <= ce for cs, ce in covered)
    return words.word(nxt).startswith("ب") and any(cs == words.spans[nxt][0] + 1 for cs, _ in covered)


#: Words that place a square in the town right after them (ميدان X وسط القاهرة، ساحة X في النجف).
_SQUARE_PLACING = shadow_set({"في", "وسط", "بوسط"})
#: A field of strife (ساحة قتال عنيف في حلب، ساحة صراع إقليمي، ميدان معركة): the noun after the square word is
#: the kind of arena, not the first word of a name.
_ARENAS = shadow_set({"حرب", "حروب", "قتال", "معركه", "معارك", "صراع", "صراعات", "نزاع", "مواجهه", "مواجهات",
                      "اشتباك", "اشتباكات", "تنافس", "نفوذ", "عمليات", "تصفيه", "تصفيات", "سباق", "تجاذب",
                      "مفتوحه", "لعب", "تدريب", "رمايه", "اعتصام", "تظاهر"})


def _square_placed(words: Words, k: int, towns: Sequence[tuple[int, int]]) -> int | None:
    """The last word of a two- or three-word indefinite name after the square word at `k` that في or وسط
    and a place the gazetteer has, not a country (`towns`), follow at once ("ميدان طلعت حرب وسط القاهرة"،
    "ساحة ثورة العشرين في النجف"): squares are named after men and events, and the town says where the
    square lies.  A nisba or a feminine adjective agreeing with ساحة (ساحة حرب مفتوحة، ساحة صراع دولي)
    ends the phrase as a label, so it names nothing."""
    n = len(words.spans)
    for last in range(k + 2, min(k + 4, n - 2)):
        name = range(k + 1, last + 1)
        if not all(words.quote_gap(words.spans[j - 1][1], words.spans[j][0]) for j in (*name, last + 1, last + 2)):
            return None
        ws = [words.word(j) for j in name]
        if ws[0].startswith("ال") or ws[0] in _ARENAS or ws[-1].endswith("ه") or any(
                not w.isalpha() or is_connector(w) or w in NOT_NAMES or demonym_country(w) or w.endswith(("ي", "يه"))
                for w in ws):
            return None
        if words.word(last + 1) not in _SQUARE_PLACING:
            continue
        s, e = words.spans[last + 2]
        if any(cs <= s and e <= ce for cs, ce in towns):
            return last
    return None


def _direction_after(words: Words, name_words: list[int], covered: list[tuple[int, int]]) -> bool:
    """One indefinite word with no adjective's or plural's ending, then a compass word and a place the
    gazetteer has ("منطقة كجبار شمال السودان"، "بشمال السودان"): the direction places the word, so it is a
    name.  "منطقة آمنة شمال سوريا"، "منطقة عمليات شمال حلب" end like an adjective or a plural and stay labels."""
    if len(name_words) != 1 or words.word(name_words[0]).endswith(("ي", "ه", "ات")):
        return False
    nxt = name_words[0] + 1
    if nxt < len(words.spans) and words.word(nxt) == "في":
        nxt += 1
    if nxt + 1 >= len(words.spans) or not all(words.clean_gap(words.spans[j - 1][1], words.spans[j][0])
                                              for j in (nxt, nxt + 1)):
        return False
    d = words.word(nxt)
    if not direction_of(d) or d.startswith(("ال", "وال")):
        return False
    s, e = words.spans[nxt + 1]
    return any(cs <= s and e <= ce for cs, ce in covered)


def _glued_place_after(words: Words, name_words: list[int], covered: list[tuple[int, int]]) -> bool:
    """One indefinite word spelt as a transliteration (see `_transliterated`), then at once a place the
    gazetteer has glued to ب ("منطقة ويعلما باريتريا"، "منطقة باندايب بوادي سوات"): the place says where the
    area lies, so the word is its name, as a unit word after it says in `_unit_after`.  An Arabic noun there
    is the area's kind (منطقة نفوذ بسوريا، منطقة حرب بالعراق), hence the transliteration's vowels."""
    if len(name_words) != 1 or words.word(name_words[0]).endswith(("ه", "ات")) \
            or not _transliterated(words.word(name_words[0])):
        return False
    nxt = name_words[0] + 1
    if nxt >= len(words.spans) or not words.clean_gap(words.spans[nxt - 1][1], words.spans[nxt][0]) \
            or not words.word(nxt).startswith("ب"):
        return False
    s = words.spans[nxt][0]
    return any(cs == s + 1 for cs, _ in covered)


def _quoted_placed(words: Words, name_words: list[int]) -> bool:
    """A quoted name after an area word that في or a glued ب and a place's name follow past the closing quote
    (منطقة "مشيرب" في الدوحة): the place says where the area lies, so the quote holds its name; a quoted
    adjective agreeing with the area word (منطقة "آمنة"، منطقة "عازلة" في سوريا) stays a label."""
    last = name_words[-1]
    if len(name_words) == 1 and words.word(last).endswith(("ه", "ي", "يه")):
        return False
    nxt = last + 1
    if nxt >= len(words.spans) or not words.quote_gap(words.spans[last][1], words.spans[nxt][0]):
        return False
    w = words.word(nxt)
    # round 44: past an adjective agreeing with the area word, and "في وسط" or "بوسط" before the place
    # (منطقة «بارك لين» الرئيسية في وسط لندن)
    if _AGREEING_ADJ.fullmatch(w) and words.next_word(nxt):
        nxt += 1
        w = words.word(nxt)
    if w == "في" and nxt + 1 < len(words.spans):
        nxt += 1
        w = words.word(nxt)
    elif w.startswith("ب"):
        w = w[1:]
    else:
        return False
    if w in _MIDDLE and words.next_word(nxt):
        w = words.next_word(nxt)
    return (len(w) > 2 and w not in NOT_NAMES and type_of(w) is None and direction_of(w) is None
            and demonym_country(w) is None)


#: "في وسط لندن"، "بوسط المدينة": the middle of the place named next.
_MIDDLE = shadow_set({"وسط"})


#: A definite feminine adjective (الراقية، الشعبية، الصناعية), as one agreeing with منطقة or مدينة.
_AGREEING_ADJ = re.compile(r"ال\w{2,}يه")


#: "سجن رومية المركزي": the central prison of a town; no one's imprisonment is "central".
_CENTRAL = shadow_set({"المركزي", "المركزى"})
#: Plural endings: "سجن صحفيين في طهران", "بسجن ناشطين في السعودية" are the imprisonment of people there, not a
#: prison; foreign names end in -ين too (ايوين، برلين), so a word so ending stays a name only when it is shaped as
#: a transliteration (`_transliterated`).
_PLURAL_ENDS = ("ين", "ون", "ات")


def _prison_placed(words: Words, name_words: list[int], covered: list[tuple[int, int]]) -> bool:
    """The name after a prison word (see `PRISONS`) is the prison's where the words right after it place a
    prison: "المركزي" (سجن رومية المركزي), a compass word and a place the gazetteer has (بسجن «عدرا» شمال دمشق),
    or, after one indefinite singular word, في or a glued ب and such a place (سجن ايوين في طهران).  A person
    imprisoned is followed by a term (20 عاما), a comma or a clause instead."""
    last = name_words[-1]
    nxt = last + 1
    if nxt >= len(words.spans) or not words.quote_gap(words.spans[last][1], words.spans[nxt][0]):
        return False
    w = words.word(nxt)

    def known(j: int) -> bool:
        if j >= len(words.spans):
            return False
        s, e = words.spans[j]
        return any(cs <= s and e <= ce for cs, ce in covered)

    if w in _CENTRAL:
        return True
    if direction_of(w) and not w.startswith(("ال", "وال")):
        return nxt + 1 < len(words.spans) and words.clean_gap(words.spans[nxt][1], words.spans[nxt + 1][0]) \
            and known(nxt + 1)
    first = words.word(name_words[0])
    if len(name_words) != 1 or first.startswith("ال") or first in NOT_NAMES \
            or (first.endswith(_PLURAL_ENDS) and not (first.endswith("ين") and _transliterated(first))):
        return False
    if w == "في":
        return known(nxt + 1)
    return w.startswith("ب") and any(cs == words.spans[nxt][0] + 1 for cs, _ in covered)


def _placed_after(words: Words, j: int) -> bool:
    """Word `j` is followed at once by في and a definite word (مطار الرئاسة في العاصمة): the phrase says where."""
    return words.next_word(j) == "في" and words.next_word(j + 1).startswith("ال")


#: What an oil or gas field holds (حقل فارس للغاز، حقل العمر النفطي): after one word they make it the field's name.
_FIELD_OF = shadow_set({"للغاز", "للنفط", "النفطي", "الغازي"})


def _of_oil(words: Words, name_words: list[int]) -> bool:
    """One word after حقل followed at once by "of gas/oil" (حقل فارس للغاز): a field named so; حقل ألغام
    and حقل تجارب are never followed by للغاز."""
    nxt = name_words[-1] + 1
    return (len(name_words) == 1 and nxt < len(words.spans) and words.word(nxt) in _FIELD_OF
            and words.clean_gap(words.spans[nxt - 1][1], words.spans[nxt][0]))


def _dual_names(words: Words, k: int,
                covered: list[tuple[int, int]]) -> list[tuple[int, int, tuple[int, int]]]:
    """The unknown names after a dual type word at `k` (بلدتي بصر الحرير ومليحة العطش): the first runs to
    the word with a glued و, the second is as many words long; none unless both are there ("بلدتي تبعد"
    is "my town")."""
    end = min(k + 4, len(words.spans))
    j = next((i for i in range(k + 2, end) if words.word(i).startswith("و")), None)
    if j is None or j + (j - k - 1) > len(words.spans):
        return []
    first, second = list(range(k + 1, j)), list(range(j, j + (j - k - 1)))
    if len(second) > 1 and (w := words.word(second[-1])).startswith("ال") and w.endswith("يين"):
        second.pop()  # "ميناءي راس لانوف والسدرة النفطيين": the dual's nisba adjective ends the second name
    for i in first + second:
        w = words.word(i).removeprefix("و") if i == j else words.word(i)
        if not w.isalpha() or len(w) < 3 or w in NOT_NAMES or demonym_country(w) or is_connector(w) \
                or (i > k + 1 and not words.clean_gap(words.spans[i - 1][1], words.spans[i][0])):
            return []
    out = []
    for run, skip in ((first, 0), (second, 1)):
        s, e = words.spans[run[0]][0] + skip, words.spans[run[-1]][1]
        if not any(cs < e and s < ce for cs, ce in covered):
            out.append((s, e, (words.spans[first[0]][0], words.spans[second[-1]][1])))
    return out


def _verb_not_wadi(text: str, start: int, end: int) -> bool:
    """"وأدى الانفجار إلى" (and it led to) has the shadow of وادي (a wadi): the hamza or the final ى
    of the original says it is the verb."""
    w = text[start:end]
    return "أ" in w or w.endswith("ى") or w.endswith("ىٰ")


def _opens_quote(gap: str) -> bool:
    return any(q in gap for q in "«\"“(")


def _closes_quote(gap: str) -> bool:
    return any(q in gap for q in "»\"”)")


def _joined_run(items: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """The items of a bare list up to the first one not joined by و: without a plural type word
    only "X وY وZ" says the names belong together."""
    run = items[:1]
    for it in items[1:]:
        if not it[2]:
            break
        run.append(it)
    return run


def _foreign(near: str | None, main: str, prior: dict[str, float], site: bool) -> bool:
    """Is a nearby place's country `near` too foreign to contain an unknown name of a document about
    `main`?  A site must lie in the document's country (Israel and Palestine count as one here); a
    village only in a country the document is about at all (prior 0.1)."""
    if site:
        return near != main and {near, main} != {"IL", "PS"}
    return prior.get(near or "", 0.0) < 0.1


def entry_place(e: Entry, text: str, start: int, end: int, level: str, precision: int, reason: str,
                 runner: str | None = None) -> Place:
    """The Place of gazetteer entry `e` for the span start:end of `text`."""
    c = country(e.iso2)
    return Place(
        start=start, end=end, text=text[start:end], name=e.name, name_ar=e.name_ar or None,
        country=c.name if c else (e.iso2 or None), iso2=e.iso2 or None, admin1=e.admin1 or None,
        admin2=e.admin2 or None, admin3=e.admin3 or None, pcode=e.pcode or None, geonameid=e.geonameid,
        lat=e.lat, lon=e.lon, level=level, geo_precision=precision, reason=reason, runner_up=runner,
    )


def admin1_place(e: Entry, text: str, start: int, end: int) -> Place:
    """The Place of admin1 entry `e` for the span start:end of `text`, precision 3, no reason: the unit a
    `fallback` codes a place to."""
    return entry_place(e, text, start, end, "admin1", 3, "")


#: The quarter word with the proclitics it carries (بحي، وحي، في حي is two words).
QUARTER_FORMS = frozenset({"حي", "بحي", "وحي", "وبحي", "لحي"})
#: Its forms glued to "in" or "to", a quarter whatever the word before; وحي is also "revelation" (من وحي).
_GLUED_QUARTER = QUARTER_FORMS - {"حي", "وحي"}
#: Words before a bare حي that make it "in/near the quarter of": حي alone is also 'alive' (حي يرزق).
_TO_QUARTER = shadow_set({"في", "من", "الي", "علي", "قرب", "داخل", "وسط", "شرق", "غرب", "شمال", "جنوب"})


def in_quarter(words: Words, k: int) -> bool:
    """Is the word at `k` حي as a quarter: بحي، لحي، or حي after a preposition (في حي)?"""
    w = words.word(k)
    return w in _GLUED_QUARTER or (w == "حي" and k > 0 and words.word(k - 1) in _TO_QUARTER)


def _dateline_town(text: str, places: Sequence[Place], iso2: str | None) -> Place | None:
    """The town that opens the text's first line (its dateline: "بغداد (رويترز) -"), a city of the
    story's country `iso2`, or None."""
    first = min(places, key=lambda p: p.start, default=None)
    if first is None or first.level != "populated_place" or first.iso2 != iso2 or iso2 is None:
        return None
    return first if not text[:first.start].strip() else None


def _only_town(places: Sequence[Place], iso2: str | None) -> Place | None:
    """The one town the story names in `iso2` when every place it names there below the country is that
    town (a quarter of it is then there), else None."""
    inner = [p for p in places if p.iso2 == iso2 and iso2 is not None and p.level != "country"]
    if not inner or any(p.level != "populated_place" or p.geonameid != inner[0].geonameid for p in inner):
        return None
    return inner[0] if inner[0].geonameid is not None else None


def story_country(prior: dict[str, float]) -> str | None:
    """The country the story is most about (the first of equal priors), None for an empty prior."""
    return max(prior, key=lambda c: prior[c]) if prior else None


def overlaps(places: list[Place], start: int, end: int) -> bool:
    """Whether some place of `places` overlaps the span start:end."""
    return any(p.start < end and start < p.end for p in places)


def spans_at_city(gaz: Gazetteer, key: str, iso2: str, text: str, sh: Shadow, spans: Iterable[tuple[int, int]],
                  places: list[Place], precision: int, reason: Callable[[str, Entry], str]) -> list[Place]:
    """Shadow-text `spans` coded to the town named `key` in `iso2` (none when the data lack it), each span the
    earlier `places` leave free; `reason(mention, town)` says why.  For names the data keep under a fuller
    form or lack (bare المدينة, منى) that a story's words tie to one known town."""
    town = next(iter(gaz.lookup(key, iso2=iso2, level="populated_place")), None)
    out: list[Place] = []
    for s, e in spans if town is not None else ():
        o_s, o_e = sh.to_orig(s, e)
        if not overlaps(places, o_s, o_e) and not overlaps(out, o_s, o_e):
            out.append(entry_place(town, text, o_s, o_e, "populated_place", precision, reason(text[o_s:o_e], town)))
    return out


def unknown_place(text: str, start: int, end: int) -> Place:
    """The name at `start:end` of `text` as a place the gazetteer lacks, not yet placed (see `fallback`)."""
    return Place(start=start, end=end, text=text[start:end], name=text[start:end], level="populated_place")


def fallback(place: Place, unit: Place, why: str) -> Place:
    """`place`'s span coded to the containing `unit` the text names, precision 2 (ACLED's rule)."""
    return replace(unit, start=place.start, end=place.end, text=place.text, geo_precision=2,
                   runner_up=None, reason=f"{why}: coded to the smallest containing unit the text names, "
                                               f"{unit.name} ({unit.level})")


def _inside_territory(words: Words, k: int) -> tuple[str, str] | None:
    """"الدشيشة داخل الأراضي السورية": the country whose territory the name is said to lie inside, and
    the phrase; it beats the prior of the story's actors (an Iraqi raid across the border)."""
    if k + 2 >= len(words.spans) or words.word(k) not in _INSIDE or words.word(k + 1) not in _TERRITORY:
        return None
    said = demonym_country(words.word(k + 2))
    return (said, " ".join(words.word(j) for j in range(k, k + 3))) if said else None
