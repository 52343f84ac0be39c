"""Place names that are also words of a set phrase: "في إطار" (within) is not Atar, "مسقط رأسه" (his
birthplace) is not Muscat, "فتح الباب أمام" (opened the door to) is not Al Bab.  Shared by the geocoder,
which drops such readings, and the events step, which never takes them for a scene.  Also the places that
open or close a body's name (`titled`: صحيفة واشنطن بوست، مصر للطيران، ريال مدريد), which the geocoder drops.
"""

from __future__ import annotations

from marsad.gazetteer.names import name_key


def _words(words: set[str]) -> frozenset[str]:
    return frozenset(name_key(w) for w in words)


#: Names that are words of a set phrase: the words of which one, right before or right after, makes
#: the phrase ("في إطار" within, not Atar; "مسقط رأسه" his birthplace, not Muscat; "فتح الباب أمام"
#: and "الباب الرئيسي" a door, not Al Bab; "فيلق القدس" a force, not Jerusalem; "بعقوبة الإعدام" a death
#: sentence, not Baqubah; "قوات سوريا الديمقراطية" the SDF; "ناطحة سحاب" a skyscraper, not Sahab).  A
#: preposition glued to the name (بإطار) counts as before.
SET_PHRASES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    # "ضمن إطار" and "خارج إطار" (within, outside the frame of) as much as "في إطار"
    "اطار": (_words({"في", "ضمن", "خارج"}), frozenset()),
    # "آتيا من بروكسل" (coming from), not Ati, Chad; "بوجه عام" (in general), not Al Wajh
    "اتيا": (frozenset(), _words({"من", "الي", "اليها", "اليه"})),
    "وجه": (frozenset(), _words({"عام", "خاص", "حق"})),
    # an argument: "حجة الإسلام" (the cleric's title), "لا حجة لهم", "حجة قوية"; after a glued ب see PRETEXTS
    "حجه": (_words({"لا", "ولا"}), _words({"الاسلام", "قويه", "دامغه", "واهيه", "ضعيفه"})),
    # "بخالص التعازي" (with sincere condolences), not Khalis, Iraq; "يا ولاد" (you kids), not Lod
    "خالص": (frozenset(), _words({"التعازي", "العزاء", "تعازيه", "تعازيها", "تعازينا", "الشكر", "التهاني",
                                  "التقدير", "الامتنان"})),
    "لاد": (_words({"يا"}), frozenset()),
    # continents, not the United States: أمريكا اللاتينية، أميركا الجنوبية، أمريكا الشمالية، أمريكا الوسطى
    **{k: (frozenset(), _words({"اللاتينية", "الجنوبية", "الشمالية", "الوسطى"})) for k in _words({"أمريكا", "أميركا"})},
    # the tree (أشجار السرو، خشب السرو), not As Sarw in Damietta
    "السرو": (_words({"شجر", "شجره", "اشجار", "خشب", "اخشاب", "غابات", "غابه"}), frozenset()),
    "مسقط": (frozenset(), _words({"راس", "راسه", "راسها", "راسهم", "راسي"})),
    # a sentence, not Baqubah; tear gas, not M'Sila; a group and a force, not a place
    "بعقوبه": (frozenset(), _words({"الاعدام", "السجن", "الحبس", "المؤبد", "مشدده"})),
    "المسيله": (frozenset(), _words({"للدموع"})),
    "بيت المقدس": (_words({"انصار", "اكناف"}), frozenset()),
    "سوريا": (frozenset(), _words({"الديمقراطيه", "الديموقراطيه"})),
    "سوريه": (frozenset(), _words({"الديمقراطيه", "الديموقراطيه"})),
    # a river's bank, not the West Bank: الضفة الغربية لنهر الفرات، الضفة الشرقية للفرات
    "الضفه الغربيه": (frozenset(), _words({"لنهر", "للنهر", "لنهري", "للفرات", "لدجله", "لقناه", "للقناه"})),
    "الضفه": (frozenset(), _words({"الشرقيه", "الشماليه", "الجنوبيه", "الاخري", "اليمني", "اليسري", "المقابله"})),
    # the Maghreb, not Morocco (القاعدة في بلاد المغرب الإسلامي، دول المغرب العربي)
    "المغرب": (_words({"بلاد"}), _words({"العربي", "الاسلامي", "الكبير"})),
    # an organisation named after the city (فيلق القدس the Quds Force, سرايا القدس, لواء القدس)
    "القدس": (_words({"فيلق", "سرايا", "لواء", "قوه", "جيش", "كتائب"}), frozenset()),
    # the river (نهر الزاب، الزاب الأسفل), not the Zap area of Duhok
    "الزاب": (_words({"نهر", "نهري", "لنهر", "ونهر", "بنهر"}), _words({"الاسفل", "الاعلي", "الكبير", "الصغير"})),
    # a skyscraper (ناطحة سحاب، ناطحات السحاب), not Sahab, Jordan
    "سحاب": (_words({"ناطحه", "ناطحات", "وناطحات", "ناطحتي", "ناطحتا"}), frozenset()),
    "السحاب": (_words({"ناطحه", "ناطحات", "وناطحات", "ناطحتي", "ناطحتا"}), frozenset()),
    # the Ottoman railway (خط الحجاز، سكة حديد الحجاز) and the Saudi Shia group (حزب الله الحجاز), not the region
    "الحجاز": (_words({"خط", "سكه", "سكك", "حديد", "قطار", "الله"}), _words({"للسكك"})),
    "الباب": (_words({"فتح", "يفتح", "تفتح", "فتحت", "اغلق", "اغلقت", "يغلق", "اغلاق", "ابقاء", "طرق", "طرقت"}),
              _words({"امام", "مفتوحا", "مفتوح", "مفتوحه", "الرئيس", "الرئيسي", "الخلفي", "الامامي", "الخارجي",
                      "الحديدي", "العالي", "علي"})),
}


#: Names that after a glued ب are a noun heading a construct: "بحجة أن"، "بحجة مكافحة الإرهاب" (on the
#: pretext of), never Hajjah, which after ب has its unit word (بمحافظة حجة) or ends its clause (بحجة،).
PRETEXTS = _words({"حجة"})
#: Words after a town that say it is one: a compass word (بحجة شمال اليمن).
_COMPASS = _words({"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط"})
#: Opening quotes and brackets before the word a construct takes ("بحجة "أن البرلمان…").
_OPENERS = "\"'«“(["


def _construct_after(nxt: str) -> bool:
    """Whether `nxt` can be the second term of a construct: a word, not a punctuation mark (the clause ends),
    a word joined by و (a list of places: بحجة وصعدة), a nisba adjective (بحجة اليمنية) or a compass word."""
    w = name_key(nxt.lstrip(_OPENERS))
    if not w or not w[0].isalpha() or w[0] == "و" or w in _COMPASS:
        return False
    return not (w.startswith("ال") and w.endswith(("ي", "يه")))


#: Words that close a newspaper's, an airline's or a firm's name opened by a place: "واشنطن بوست"، "نيويورك
#: تايمز"، "مصر للطيران"، "إيران أير"، "كويت إنرجي"، "وكالة السودان للأنباء"؛ the place there names the body,
#: not a place of the story (the labelled sets never tag it).
TITLE_WORDS = _words({"بوست", "تايمز", "هيرالد", "جورنال", "تريبيون", "تلغراف", "إكسبرس", "اكسبريس", "غازيت",
                      "كرونيكل", "للطيران", "للأنباء", "أير", "إير", "إيرويز", "إنرجي", "للفضاء", "يونايتد"})
#: Words that open a body's name before a place: "فلاي دبي" (flydubai), "ريال مدريد"، "سسكا موسكو"، "نادي
#: ليفربول" (clubs), "وكالة البحرين" (a news agency), "صحيفة الرياض"، "راديو إسرائيل"، "تلفزيون فلسطين"،
#: "مجلة باريس ماتش" (media), with و، ل or ب glued or not.  Not قناة (قناة السويس is a canal) nor موقع
#: (a military post: موقع عسقلان).
_BRANDS_BEFORE = _words({"فلاي", "ريال", "سسكا", "أتلتيكو", "بايرن", "نادي", "وكالة", "صحيفة", "راديو",
                         "تلفزيون", "تليفزيون", "إذاعة", "مجلة"})


#: Marks a word may carry at its end that the shadow keeps ("واشنطن بوست، …").
_TRAILING = "،,؛;:!؟?)»”\"'"


def _bare_word(w: str) -> str:
    """The shadow form of `w` without the punctuation glued to its end."""
    return name_key(w.rstrip(_TRAILING))


#: A channel named after a country: قناة before it and one of these after it ("قناة ليبيا الرسمية"، "قناة
#: "روسيا اليوم""; اليوم only inside quotes: "عبرت قناة السويس اليوم" is the canal, today).
_CHANNEL = name_key("قناة")
_CHANNEL_AFTER = _words({"الرسمية", "الفضائية"})
_TODAY = name_key("اليوم")


def titled(prev: str, nxt: str, quoted: bool = False) -> bool:
    """Whether a place name between the words `prev` and `nxt` opens or closes a body's name (a paper, an
    airline, a club, an agency, a channel); `quoted`: a quote mark opens the name."""
    before = name_key(prev.strip("\"'«“"))
    after = _bare_word(nxt)
    if (after in _CHANNEL_AFTER or (quoted and after == _TODAY)) and _CHANNEL in (before, before[1:]):
        return True
    return after in TITLE_WORDS or before in _BRANDS_BEFORE or (
        before[:1] in ("و", "ل", "ب") and before[1:] in _BRANDS_BEFORE)


def set_phrase(name: str, prefix: str, prev: str, nxt: str) -> bool:
    """Whether `name` (shadow form), with the proclitics `prefix` glued to it and the words `prev` and
    `nxt` around it, is a word of its set phrase.  A ب glued to a name whose phrase opens with في
    (بإطار، فيإطار) counts as the phrase too, and so does a ب glued to a pretext word heading a construct."""
    before, after = SET_PHRASES.get(name, (frozenset(), frozenset()))
    glued = "في" in before and prefix.endswith(("ب", "في"))
    pretext = name in PRETEXTS and prefix.endswith("ب") and _construct_after(nxt)
    return glued or pretext or name_key(prev).lstrip("و") in before or _bare_word(nxt) in after
