"""Bare names after a preposition that a direction or a countryside places: "في القطابا شمال الخوخة",
"من كفريا والفوعة بريف إدلب" (issue 3).

Villages and hamlets the data lack are often named with no type word, right after في/من/إلى, and placed at
once by a compass word and a known town or by the countryside (ريف) of a known place.  One or two such words
(joined by و) are then names, coded to that place, precision 2, as ACLED codes a locality by the place the
text puts it near.  Words that are no names stay out: verbal nouns of the fighting (في القصف شمال حلب),
plurals, the unit and direction words, nationality adjectives.
"""

from __future__ import annotations

import re
from dataclasses import replace

from marsad.gazetteer.context import Words, direction_of, type_of
from marsad.gazetteer.demonyms import demonym_country
from marsad.gazetteer.mention import shadow_set
from marsad.gazetteer.unknown import NOT_NAMES, UNKNOWN_TYPE_FORMS, fallback, overlaps, unknown_place
from marsad.model import Place
from marsad.text.normalize import Shadow

_NAME = r"[^\W\d_]{3,}"
#: A preposition, one or two names joined by و, and the placing word: a compass word or the countryside.
_RUN = re.compile(rf"(?:^|(?<=\s))و?(?P<prep>في|من|الي|علي|قرب) (?P<a>{_NAME})(?: و(?P<b>{_NAME}))? "
                  rf"(?P<how>بريف|في ريف|(?:في )?{_NAME}) (?:(?P<dir2>{_NAME}) )?")
#: Sound plurals and the ة of verbal nouns of one act are common words far more often than names here.
_PLURAL_ENDS = ("ين", "ون", "ات")
#: What a fighting report puts in a place (في القصف شمال حلب، في الهجوم غرب الموصل): no names.
_NOT_NAMES = shadow_set({"القصف", "الهجوم", "القتال", "التفجير", "الانفجار", "الاشتباك", "المعارك", "الغارة",
                         "الغارات", "الحملة", "العملية", "المواجهات", "الكمين", "الاقتحام", "التقدم", "الطريق",
                         "الريف", "المحور", "الجبهة", "الاتجاه", "القطاع", "الساحل", "الداخل", "الخارج",
                         "الوسط", "الاطراف", "الضواحي", "الاحياء", "المدن", "القرى", "البلدات", "المخيم",
                         "المخيمات", "الصحراء", "البادية", "الجبال", "المرتفعات", "التلال", "السهل", "الحدود",
                         "المناطق", "المنطقة", "الاراضي", "البلاد", "الدولة", "الحرب", "الصراع", "المعركة",
                         "الشطر", "الجزء", "القسم", "وسط", "اطراف", "مناطق", "احياء", "قري", "مدن", "بلدات",
                         "سكان", "اهالي", "ابناء", "ريف", "محيط", "ضواحي", "جنوب", "شمال", "شرق", "غرب"})


def is_bare_name(w: str) -> bool:
    """One word that may be a name: no stop word, plural, unit, site or direction word, and no indefinite
    noun in ة (أبنية غربي الحجر الأسود: a noun in construct)."""
    if not w.startswith("ال") and w.endswith("ه"):
        return False
    return (w not in NOT_NAMES and w not in UNKNOWN_TYPE_FORMS and w not in _NOT_NAMES
            and not w.endswith(_PLURAL_ENDS) and type_of(w) is None and direction_of(w) is None
            and demonym_country(w) is None)


def placed_names(text: str, sh: Shadow, words: Words, places: list[Place]) -> list[Place]:
    """Each bare name of such a run that a known place follows right after the placing word."""
    out: list[Place] = []
    for run in _RUN.finditer(words.m):
        how = run.group("how")
        # a compass noun (شمال، غربي), not an adjective describing the name (الشطر الغربي); "في شمال غرب
        # البلاد" (قرب كوسونغ في شمال غرب البلاد) places it in a part of the country
        bare = how.removeprefix("في ")
        if how not in ("بريف", "في ريف") and (direction_of(bare) is None or bare.startswith(("ال", "و"))):
            continue
        if how.startswith("في ") and how != "في ريف" and run.group("prep") != "قرب":
            continue  # "من التنظيم في شمال سوريا": only "near X in the north" names X by a part of a country
        # a second compass word (شمال غرب) is part of the placing phrase; any other word there opens the place
        second = run.group("dir2")
        end = run.start("dir2") if second and (not direction_of(second) or second.startswith("ال")) else run.end()
        after = sh.to_orig(end, end)[0]
        unit = next((p for p in places if after <= p.start <= after + 1 and p.level != "country"
                     and ("ريف" in how or p.level == "populated_place"
                          or (how.startswith("في ") and p.level == "region"))), None)
        if unit is None:
            continue
        names = [g for g in ("a", "b") if run.group(g)]
        if not all(is_bare_name(run.group(g)) for g in names):
            continue
        for g in names:
            o_s, o_e = sh.to_orig(*run.span(g))
            if overlaps(places, o_s, o_e) or overlaps(out, o_s, o_e):
                continue
            here = unknown_place(text, o_s, o_e)
            place = fallback(here, unit, f"{text[o_s:o_e]!r}, named after a preposition and placed by "
                                         f"{how!r} and {unit.text!r}, is not in the gazetteer")
            # a part of a country (شمال غرب البلاد) says no more than the country: precision 3
            out.append(replace(place, geo_precision=3) if unit.level == "region" else place)
    return out
