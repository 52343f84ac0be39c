"""Words before a country spelt like its feminine adjective that make it the country: "تدعم سورية" (issue 3).

سورية and تركية are the country and the feminine adjective alike; after an indefinite noun the adjective is
meant (فصائل سورية), but an adjective never follows a verb, so there the word is the country, the verb's
subject or object.  No lexicon of verbs is at hand, so the imperfect's shape is read: a prefix ت or ي and a
root of three letters with no long vowel (تدعم، يقصف، تهدد), which nouns of four letters seldom have
(تلال، تجار carry an alif); or of the third form, with the alif after the first root letter (تطالب، يساعد),
whose noun twins are masdars (تعاون، تبادل), masculine, and so no noun a feminine adjective agrees with.
The perfect's feminine ending ت after a root letter (ساعدت، قصفت) is read the same way: nouns so ending
(بيت، صوت) are masculine too.  Copulas are left out: their predicate is the adjective ("ما إذا كانت سورية أو
روسية", planes Syrian or Russian).

A feminine adjective agrees in gender, so it cannot follow a masculine singular noun either: "مستقبل سورية"
(Syria's future) is the country.  A word of four letters or more with no long vowel, no hamza, and neither
ه nor ت at its end is such a noun (مستقبل، مجلس، مركز); the plurals a feminine adjective follows carry a long
vowel (مناطق، فصائل، أهداف) or the feminine ending (قوات، أسلحة), and the three-letter ones (مدن، دول، صحف)
are left alone.

The masdars of the derived forms VII, VIII and X (انضمام، انتساب، احتلال، استقرار) are masculine singulars too,
though they carry an alif: six letters from an alif with another alif before the last, or seven from است.
Broken plurals of that length (أفاعيل) carry ي before the last letter; the sound feminine plural (انتخابات)
ends in ت and is left out.
"""

from __future__ import annotations

#: كان and its sisters in the feminine perfect: their predicate is the adjective, not the country.
_COPULAS = frozenset({"كانت", "اصبحت", "صارت", "باتت", "ظلت", "ليست", "بقيت", "اضحت", "امست", "مازالت",
                      "لازالت", "مادامت", "عادت", "غدت"})

#: Broken plurals of the third form's shape: a feminine adjective follows them (تجارب سورية).
_PLURALS = frozenset({"تجارب", "توابع", "توابل"})


def _bare(word: str, size: int) -> str:
    """`word` without a leading و or ف when that leaves a word of `size` letters."""
    return word[1:] if word[:1] in ("و", "ف") and len(word) == size + 1 else word


def verb_before(word: str) -> bool:
    """Whether `word` (shadow form) has the shape of an imperfect verb of the first or third form."""
    four = _bare(word, 4)
    if len(four) == 4 and four[0] in "تي" and not any(c in four for c in "اىء") and four[-1] not in "هي":
        return True
    five = _bare(word, 5)
    return (len(five) == 5 and five[0] in "تي" and five[2] == "ا" and not any(c in five[3:] for c in "اويىءه")
            and five not in _PLURALS)


def perfect_before(word: str) -> bool:
    """Whether `word` (shadow form) ends like a feminine perfect verb (ساعدت، وقصفت), no copula."""
    copula = word in _COPULAS or (word[:1] in ("و", "ف") and word[1:] in _COPULAS)
    return len(word) >= 4 and word.endswith("ت") and word[-2] not in "اوي" and not copula


def masculine_before(word: str) -> bool:
    """Whether `word` (shadow form) reads as a masculine singular noun (مستقبل), no adjective's plural."""
    return len(word) >= 4 and not any(c in word for c in "اويىء") and word[-1] not in "هت"


def masdar_before(word: str) -> bool:
    """Whether `word` (shadow form) has the shape of a masdar of the derived forms (انتساب، احتلال، استقرار)."""
    for cut in range(3):  # behind a proclitic run of و، ف، ب، ل (وباحتلال)
        if cut and word[cut - 1] not in "وفبل":
            break
        w = word[cut:]
        size = 7 if w.startswith("است") else 6
        if (len(w) == size and w[0] == "ا" and w[-2] == "ا" and not any(c in w[1:-2] for c in "اويىء")
                and w[-1] not in "هت"):
            return True
    return False
