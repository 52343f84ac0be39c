"""Name keys: how a place name is written down for matching, shared by the build and the matcher.

A key is the shadow form (see `marsad.text.normalize`) with hyphens, apostrophes and dots turned
into spaces or dropped and runs of spaces collapsed, so that "Jisr ash-Shughur", "دير الزور" and
"دير  الزور" each give one key.  Latin keys are also folded to ASCII (Idlib/İdlib, Alep/Álep).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Iterable
from functools import lru_cache

from marsad.text.normalize import normalize

_ARABIC_RE = re.compile(r"[\u0600-\u06ff]")
_LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u024f]")
# Letters of Persian, Urdu, Kurdish and Pashto spellings: GeoNames lists those next to the Arabic
# ones, but Arabic news never writes them.
_NON_ARABIC_LETTERS = re.compile("[پچژگڤۆەڕڵێٹڈڑںہےۓکی]")
_SEP_RE = re.compile(r"[\s\-\u2010-\u2015_/]+")
_DROP_RE = re.compile(r"[\u2018\u2019\u02bc\u02bb'`\".()\[\]]")
#: The separators `match_string` turns into spaces (a regex: str.translate looks up every character of the text).
_MATCH_SEPS = re.compile("[-\u2010-\u2015_/\n]")


def is_arabic(s: str) -> bool:
    return bool(_ARABIC_RE.search(s))


@lru_cache(maxsize=1 << 14)
def is_latin(s: str) -> bool:
    """Latin letters and no Arabic ones (cached: the matcher asks of every key it finds in every text)."""
    return bool(_LATIN_RE.search(s)) and not is_arabic(s)


def usable_arabic(s: str) -> bool:
    """An Arabic-script name as Arabic news would write it (no Persian letters, no comma glosses)."""
    return is_arabic(s) and not _NON_ARABIC_LETTERS.search(s) and "،" not in s and "," not in s


def fold_latin(s: str) -> str:
    """Latin text without accents, lower-cased (Ḩārim -> harim, İdlib -> idlib)."""
    decomposed = unicodedata.normalize("NFKD", s.replace("ı", "i"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def plain_latin(s: str) -> str:
    """Latin text without accents, case kept (Ḩārim -> Harim), for display names."""
    decomposed = unicodedata.normalize("NFKD", s.replace("ı", "i"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 14)
def name_key(s: str) -> str:
    """The matching key of a name: shadow form, separators unified, Latin folded (cached: the geocoder keys
    the same entry names and context words in document after document)."""
    s = _DROP_RE.sub("", s)
    if is_latin(s):
        s = fold_latin(s)
    s = normalize(s)
    return _SEP_RE.sub(" ", s).strip()


def match_string(norm: str) -> str:
    """The shadow of a text made comparable with keys, character for character (same length).

    Separators become spaces and accented Latin letters their base letter, so that positions in
    the result are positions in the shadow.  The accented letters are found by a regex, not a
    loop over every character: an Arabic text is never ASCII, and most hold no accented letter.
    """
    out = _MATCH_SEPS.sub(" ", norm)
    if out.isascii():
        return out
    return _ACCENTED.sub(_base_letter, out)


#: Latin letters with accents (Latin-1 Supplement to Latin Extended-B), the ones `match_string` folds.
_ACCENTED = re.compile("[\u00c0-\u024f]")


def _base_letter(m: re.Match[str]) -> str:
    """The accented letter's base letter, or the letter itself where folding gives more than one (ß, Æ)."""
    f = fold_latin(m.group())
    return f if len(f) == 1 else m.group()


#: First words of compound Arabic names that news often writes joined to the rest (خانيونس، كفرنبل).
JOINABLE_HEADS = frozenset({"خان", "كفر", "دير", "بيت", "تل", "عين", "جسر", "راس", "ابو", "ام", "بني", "بير"})


def key_variants(s: str) -> set[str]:
    """Keys of a name: as written; for Latin names also with apostrophes kept; for two-word Arabic
    names that start with خان، كفر، دير … also written joined (خان يونس -> خانيونس)."""
    keys = {name_key(s)}
    if is_latin(s) and any(q in s for q in "'\u2019\u02bc"):
        keys.add(_SEP_RE.sub(" ", normalize(fold_latin(re.sub("[\u2019\u02bc]", "'", s)))).strip())
    first, _, rest = name_key(s).partition(" ")
    if first in JOINABLE_HEADS and len(rest) >= 3 and " " not in rest and not rest.startswith("ال"):
        keys.add(first + rest)
    return {k for k in keys if k}


#: Two-letter names that are places in the news rather than words; every other key needs three
#: letters (إب would be أب, a father).  قم is Qom, a city of 900,000 that was coded to Iran.
SHORT_KEYS = frozenset({"قم"})


def entry_keys(names: Iterable[str], plain: Container[str] = ()) -> list[str]:
    """The matching keys of a place's names; "~key" marks an Arabic name without its article.

    A form in `plain` (see `bare_names`) is a key of its own where the names also write it so.
    Computed once by the build and stored with the row, so loading does no normalising.
    """
    seen: set[str] = set()
    out: list[str] = []
    for n in names:
        for key in sorted(key_variants(n)):
            if key in seen or (len(key.replace(" ", "")) < 3 and key not in SHORT_KEYS) or not (is_arabic(key) or is_latin(key)):
                continue
            seen.add(key)
            out.append(key)
            if is_arabic(key) and key.startswith("ال") and len(key) >= 5 and key[2:] not in seen \
                    and key[2:] not in plain:
                seen.add(key[2:])
                out.append("~" + key[2:])
    return out
