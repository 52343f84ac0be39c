"""Nationality adjectives and demonyms (فرنسيون، السوري، الشيشانيين): countries for actors, never places.

The curated table lists the masculine singular (سوري) and broken plurals (روس، أتراك); the
article, proclitics and the sound endings (ون، ين، يون، يين، ة، ات، تين) are peeled off here.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from marsad.gazetteer.names import name_key
from marsad.text.tokenize import ARTICLE_RUNS

_ENDINGS = ("يتين", "يين", "يون", "يات", "يتان", "يه", "ين", "ون", "ات", "ه", "")
#: The endings a word may have by its last letter, in `_ENDINGS`' order: "" alone for most words.
_ENDINGS_BY_LAST = {e[-1]: tuple(x for x in _ENDINGS if not x or x[-1] == e[-1]) for e in _ENDINGS if e}
_CLITICS = ("و", "ف", "ب", "ل", "ك")


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    text = (resources.files("marsad.gazetteer") / "data" / "demonyms.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, iso2 = line.split("\t")
            out[name_key(word)] = iso2.strip()
    return out


def _stems(word: str) -> list[str]:
    """The word and the word without its proclitics / article (longest run first)."""
    out = [word]
    for run in ARTICLE_RUNS:
        if word.startswith(run) and len(word) - len(run) >= 3:
            out.append(word[len(run):])
    if word[:1] in _CLITICS and len(word) >= 5:
        out.append(word[1:])
    return out


def demonym_country(word: str) -> str | None:
    """ISO2 of the country a nationality word names (السوري -> SY, الشيشانيين -> RU), or None."""
    if not word or not isinstance(word, str):
        return None
    return _demonym(word)


@lru_cache(maxsize=1 << 16)
def _demonym(word: str) -> str | None:
    """`demonym_country` for a non-empty string (cached: the geocoder asks of every word)."""
    table = _table()
    w = name_key(word.strip())
    if not w or " " in w:
        return None
    for stem in _stems(w):
        for end in _ENDINGS_BY_LAST.get(stem[-1], ("",)):
            if end and not stem.endswith(end):
                continue
            base = stem[: len(stem) - len(end)] if end else stem
            # يون/يين/يه keep the nisba ي of the singular: فرنسيون = فرنسي + ون.  A bare word is
            # never a nisba without its ي: لليمن is the country, not اليمني
            for cand in (base, base + "ي") if end in ("ون", "ين", "ه", "ات") else (base,) if not end else (base + "ي",):
                if len(cand) >= 3 and cand in table:
                    return table[cand]
    return None
