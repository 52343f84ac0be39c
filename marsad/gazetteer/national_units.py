"""Unit words only one country uses: "معتمدية حاسي الفريد" is Tunisian (issue 3).

Tunisia's delegations (معتمدية) are called so nowhere else, so the word says the country of the names
around it as a nationality adjective does, and more firmly: a name of the same sentence whose every reading
lies abroad ("سفح جبل السلوم من معتمدية حاسي الفريد", As Sallum of Egypt) is a homonym of a place the data
lack, and the unknown names after the word and after the sentence's site words (بدوار الرقبة) are of that
country.
"""

from __future__ import annotations

import re

from marsad.gazetteer.context import Words
from marsad.gazetteer.names import name_key
from marsad.text.tokenize import CLITIC_RUNS, SINGLE

#: The unit word (shadow form) and the one country that uses it.
NATIONAL_UNITS = {name_key("معتمدية"): "TN"}
#: Each word with the proclitics it may carry (بمعتمدية، ومعتمدية).
_FORMS = {run + w: iso2 for w, iso2 in NATIONAL_UNITS.items() for run in ("", *CLITIC_RUNS, *SINGLE)}
#: The weight of one such word in the document's country prior: more than a name's (1.0), since no
#: homonym weakens it.
WEIGHT = 2.0
_SENTENCE_END = re.compile(r"[.!?؟\n]")


def national_words(words: Words) -> list[tuple[int, str]]:
    """The shadow start of each national unit word of the text and its country."""
    return [(words.spans[k][0], iso2) for k in words.at(_FORMS) if (iso2 := _FORMS[words.word(k)])]


def said_abroad(found: list[tuple[int, str]], m: str, start: int, end: int, countries: set[str]) -> bool:
    """Whether a national unit word in the sentence of shadow span start:end names a country none of
    `countries` (the name's readings) is."""
    for at, iso2 in found:
        lo, hi = (end, at) if at >= end else (at, start)
        if iso2 not in countries and not _SENTENCE_END.search(m, lo, hi):
            return True
    return False
