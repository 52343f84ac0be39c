"""A toll as a story writes it (29 طفلا، 44 شخصا): a number and the people it counts.

A story that opens on a coarse place often retells its incident a few sentences on, where the same
figure comes with the village or market it struck (وقتل 29 طفلا ... في سوق في ضحيان).  The same figure
of the same people ties the two sentences to one incident more surely than any place name can.
"""

from __future__ import annotations

import re

from marsad.text import normalize

#: Stems of the people a toll counts, article and proclitics stripped (طفلا، الأطفال، مدنيين، قتيلا).
_PEOPLE = ("طفل", "اطفال", "شخص", "اشخاص", "مدني", "قتيل", "قتلي", "مسلح", "عنصر", "عناصر", "جندي", "جنود",
           "فلسطيني", "شهيد", "شهداء", "مقاتل", "امراه", "نساء", "مواطن", "متظاهر", "عسكري")
#: A figure in digits, then at most one word (على الأقل comes after the noun) and the noun.
_TOLL_RE = re.compile(r"(?<![\d/.-])(\d{1,4})\s+(?:من\s+)?(\S+)")


def _person(word: str) -> str | None:
    """The stem of a word naming people (الأطفال → اطفال), or None."""
    w = normalize(word).strip('"«»(),.،')
    for proclitic in ("و", "ب", "ل"):
        if w.startswith(proclitic + "ال"):
            w = w[1:]
    w = w.removeprefix("ال")
    return next((stem for stem in _PEOPLE if w.startswith(stem)), None)


def tolls(sentence: str) -> set[tuple[str, str]]:
    """The (figure, people) pairs a sentence states (قتل 29 طفلا → {("29", "طفل")})."""
    found = set()
    for m in _TOLL_RE.finditer(sentence):
        stem = _person(m[2])
        if stem is not None and int(m[1]) > 1:  # one killed is no figure to match a retelling by
            found.add((m[1], stem))
    return found
