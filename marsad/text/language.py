"""Offline language identification (ar, en, fr) with py3langid, whose model ships in its wheel.

Arabic script is decided by counting letters first: it is exact, free, and right for the short
and mixed texts (a tweet with a hashtag in Latin) where a character n-gram model hesitates.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

SUPPORTED = ("ar", "en", "fr")
#: Runs of Arabic and of Latin letters: counted by runs, one string per word rather than per letter.
_ARABIC_RUN_RE = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]+")
_LATIN_RUN_RE = re.compile(r"[A-Za-z\u00c0-\u024f]+")


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(SUPPORTED))
    return ident


def detect(text: str, sample: int = 4000) -> str | None:
    """The language code of `text` among ar/en/fr, or None when there are no letters to judge."""
    head = text[:sample]
    arabic = sum(map(len, _ARABIC_RUN_RE.findall(head)))
    latin = sum(map(len, _LATIN_RUN_RE.findall(head)))
    if arabic == 0 and latin == 0:
        return None
    if arabic >= latin:
        return "ar"
    lang, _ = _identifier().classify(head)
    return str(lang)
