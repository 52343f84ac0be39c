"""Finite verbs before a country spelt like its feminine adjective: "تدعم سورية" (issue 3).

سورية and تركية are the country and the feminine adjective alike; after an indefinite noun the adjective is
meant (فصائل سورية), but an adjective never follows a verb, so there the word is the country, the verb's
subject or object.  No lexicon of verbs is at hand, so the imperfect's shape is read: a prefix ت or ي and a
root of three letters with no long vowel (تدعم، يقصف، تهدد), which nouns of four letters seldom have
(تلال، تجار carry an alif).  Copulas are left out: their predicate is the adjective ("ما إذا كانت سورية أو
روسية", planes Syrian or Russian).
"""

from __future__ import annotations


def verb_before(word: str) -> bool:
    """Whether `word` (shadow form) has the shape of an imperfect verb of three root letters."""
    if word[:1] in ("و", "ف") and len(word) == 5:
        word = word[1:]
    return len(word) == 4 and word[0] in "تي" and not any(c in word for c in "اىء") and word[-1] not in "هي"
