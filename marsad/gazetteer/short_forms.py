"""Short forms of a name the story gives in full or sets the scene for: الصحراء for the Western Sahara,
الولايات for the US, الدلتا for the Nile Delta.

Moroccan and Maghrebi copy, and the UN's Arabic, call the Western Sahara "الصحراء" once the full name,
the Polisario or MINURSO has set the scene ("المبعوث الخاص إلى الصحراء الغربية … النزاع حول الصحراء").
Elsewhere the word is any desert (الصحراء السورية، أفريقيا جنوب الصحراء), so the short form is read
only in such a story and only where nothing qualifies it.  So is الدلتا, the Nile Delta in Egyptian copy
("ملاحقة البؤر الإرهابية بالدلتا") and any delta elsewhere, read only in a story of Egypt.
"""

from __future__ import annotations

from marsad.gazetteer.context import Words
from marsad.gazetteer.mention import shadow_set
from marsad.gazetteer.store import Gazetteer
from marsad.gazetteer.unknown import PRECISION, entry_place, overlaps
from marsad.model import Place
from marsad.text.normalize import Shadow
from marsad.text.tokenize import proclitic_ok

#: American adjectives: with them a story is about the United States, and after الولايات they say it.
_AMERICAN = shadow_set({"الامريكيه", "الاميركيه", "الامريكي", "الاميركي", "الامريكيين", "الاميركيين", "واشنطن"})
#: Egypt and its words: a story of them calls the Nile Delta "الدلتا".
_EGYPTIAN = shadow_set({"مصر", "المصري", "المصريه", "المصريين", "المصريون", "مصري", "مصريه", "مصريين", "القاهره",
                        "سيناء"})
#: short form -> (gazetteer id of the place, words of the story that set the scene for it, full names that
#: do, words before the short form that make it something else, adjectives after it that keep it)
_SHORT = {"الصحراء": ("c:EH", shadow_set({"البوليساريو", "البوليزاريو", "مينورسو", "المينورسو"}),
                      ("الصحراء الغربيه", "الصحراء المغربيه"),
                      # another desert: "جنوب الصحراء" (sub-Saharan), "الساحل والصحراء"
                      shadow_set({"جنوب", "الساحل", "رمال", "قلب", "عمق", "وسط"}), frozenset()),
          # "الولايات" cut from الولايات المتحدة ("للحصول من الولايات على إعفاء من العقوبات الأمريكية",
          # "الولايات والاتحاد الأوروبي") in a story of American words; a country's states are counted or
          # qualified ("بعض الولايات"، "الولايات الكبرى"، "بين الولايات شبه المستقلة")
          "الولايات": ("c:US", _AMERICAN, (), shadow_set({"بعض", "كل", "جميع", "بين", "معظم", "باقي", "سائر", "عواصم",
                                                         "احدي", "عدد", "مختلف", "ولاة", "حكام", "مجالس", "عشرات"}),
                       _AMERICAN),
          # "الدلتا" cut from دلتا النيل in a story of Egypt ("ملاحقة البؤر الإرهابية بالدلتا والظهير الصحراوي",
          # "مناطق من الدلتا والصحراء الغربية"); any other delta is named in full (دلتا النيجر)
          "الدلتا": ("rg:nile-delta", _EGYPTIAN, (), shadow_set({"شكل", "حرف", "جناح"}), shadow_set({"المصريه"}))}


def short_forms(gaz: Gazetteer, text: str, sh: Shadow, words: Words, places: list[Place]) -> list[Place]:
    """The short forms of the text read as the place the story names in full."""
    out: list[Place] = []
    for short, (entry_id, scene_words, scene_names, not_after, adjectives) in _SHORT.items():
        if short not in words.m or _all_covered(short, sh, words.m, places):
            continue  # most الولايات are الولايات المتحدة, found whole
        scene = any(n in words.m for n in scene_names) or any(
            words.word(k).lstrip("وبل") in scene_words for k in range(len(words.spans)))
        entry = gaz.get(entry_id)
        if not scene or entry is None:
            continue
        for k in range(len(words.spans)):
            w = words.word(k)
            if w.endswith(short):
                cut = len(w) - len(short)
            elif w.endswith("لل" + short[2:]):
                cut = len(w) - len(short) + 2  # للصحراء: ل + the article written لل
            else:
                continue
            if not proclitic_ok(w[:cut]):
                continue
            s, e = words.spans[k]
            o_s, o_e = sh.to_orig(s + cut, e)
            if overlaps(places, o_s, o_e):
                continue
            prev = words.prev_word(k)
            if prev in not_after or (w[:cut].startswith("و") and prev == "الساحل"):
                continue
            nxt = words.next_word(k)
            if (nxt.startswith("ال") and nxt not in adjectives) or nxt in ("ودول", "شبه"):
                continue  # الصحراء الكبرى، الصحراء السورية: a desert named by its adjective
            out.append(entry_place(entry, text, o_s, o_e, entry.level, PRECISION.get(entry.level, 2),
                                   f"{text[o_s:o_e]!r}: the short form of {entry.name} in a story that names "
                                   f"it in full or words that set its scene"))
    return out


def _all_covered(short: str, sh: Shadow, m: str, places: list[Place]) -> bool:
    """Every occurrence of `short` in the shadow `m` lies inside a place already found."""
    i = m.find(short)
    while i >= 0:
        o_s = sh.orig(i)
        if not any(p.start <= o_s < p.end for p in places):
            return False
        i = m.find(short, i + 1)
    return True
