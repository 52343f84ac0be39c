"""Quantities in Arabic text: digits, number words and vague amounts, with their raw words kept.

Values follow ACLED's conventions for vague amounts: "tens" (عشرات) = 10, "dozens" = 12,
"hundreds" (مئات) = 100, "thousands" (آلاف) = 1000.  "A number of" (عدد من) and "a few"
(بضعة) have no best figure, only a low bound of 2; a coder must not invent one.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.model import Token
from marsad.text.normalize import normalize
from marsad.text.tokenize import tokenize

_UNITS = {
    "واحد": 1, "واحده": 1, "احد": 1, "احدى": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
    "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2, "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4,
    "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8,
    "ثمانيه": 8, "تسع": 9, "تسعه": 9,
}  # fmt: skip
_TEN = {"عشر", "عشره"}
_TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}  # fmt: skip
_HUNDREDS = {"مئه": 100, "مائه": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200, "مئتي": 200, "مائتي": 200}
for _w, _v in list(_UNITS.items()):
    if 3 <= _v <= 9:
        for _h in ("مئه", "مائه"):
            _HUNDREDS[_w + _h] = _v * 100
            if _w.endswith("ه"):
                _HUNDREDS[_w[:-1] + _h] = _v * 100
_SCALES = {"الف": 1000, "الفا": 1000, "الاف": 1000, "الفان": 2000, "الفين": 2000, "مليون": 10**6, "ملايين": 10**6}
# Vague amounts: shadow form -> (best, low, high)
_VAGUE = {
    "عشرات": (10, 10, 99), "العشرات": (10, 10, 99), "مئات": (100, 100, 999), "المئات": (100, 100, 999),
    "الاف": (1000, 1000, None), "الالاف": (1000, 1000, None), "بضعه": (None, 2, 9), "بضع": (None, 2, 9),
    "عده": (None, 2, None), "العديد": (None, 2, None), "اعداد": (None, 2, None),
}  # fmt: skip
_UNITS = {normalize(k): v for k, v in _UNITS.items()}
_HUNDREDS = {normalize(k): v for k, v in _HUNDREDS.items()}
_SCALES = {normalize(k): v for k, v in _SCALES.items()}
_VAGUE = {normalize(k): v for k, v in _VAGUE.items()}
_APPROX = {"نحو", "حوالي", "قرابه", "زهاء", "قرابة", "تقريبا", "حوالى"}
_MORE = {"اكثر", "ازيد"}


_ALL_WORDS = set(_UNITS) | _TEN | set(_TENS) | set(_HUNDREDS) | set(_SCALES)
#: The number words the parser reads (shadow form), for other steps that must recognise a figure.
NUMBER_WORDS = frozenset(_ALL_WORDS)
_FIRST = _ALL_WORDS | set(_VAGUE) | {"عدد"}
#: Shadow forms a quantity can start with (bare or with a proclitic): the scan skips everything else.
_STARTS = frozenset(_FIRST | {p + w for p in "وبل" for w in _FIRST} | _APPROX | _MORE)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number in the text: `best` is the figure to code (None when only vague), raw text kept."""

    start: int
    end: int
    text: str
    best: int | None
    low: int | None
    high: int | None
    vague: bool = False
    approx: bool = False


def _bare(norm: str, first: bool) -> str:
    """Drop a conjunction و (and ب/ل on the first word) so وعشرين reads as عشرين."""
    if not first and norm.startswith("و") and len(norm) > 2:
        return norm[1:]
    if first and norm[:1] in "وبل" and len(norm) > 3 and (norm[1:] in _ALL_WORDS or norm[1:] in _VAGUE):
        return norm[1:]
    return norm


def _digits(tok: Token) -> int | None:
    """The figure a digit token writes, or None where it is none: a run of over 308 digits is past
    float's range (infinity, which int() refuses), junk rather than a count."""
    s = tok.norm.replace(",", "").replace("\u066c", "")
    s = s.replace("\u066b", ".")
    try:
        return int(float(s))
    except (ValueError, OverflowError):
        return None


def parse_number(words: list[str]) -> int | None:
    """Value of a run of shadow-form number words (["خمسه", "وعشرين"] -> 25), or None."""
    total, current, seen = 0, 0, False
    prev_unit = False
    for i, raw in enumerate(words):
        w = _bare(raw, i == 0)
        if w in _UNITS:
            current += _UNITS[w]
            prev_unit = True
        elif w in _TEN:
            current += 10
            prev_unit = False
        elif w in _TENS:
            current += _TENS[w]
            prev_unit = False
        elif w in _HUNDREDS:
            v = _HUNDREDS[w]
            current = (current or 1) * v if v == 100 and prev_unit else current + v
            prev_unit = False
        elif w in _SCALES:
            total += (current or 1) * _SCALES[w]
            current = 0
            prev_unit = False
        else:
            return None
        seen = True
    return total + current if seen else None


def find_quantities(text: str, tokens: list[Token] | None = None) -> list[Quantity]:
    """Every quantity in `text`, left to right, with its original span."""
    toks = tokens if tokens is not None else tokenize(text)
    out: list[Quantity] = []
    n = len(toks)
    done = 0  # first token index not yet consumed by a quantity
    starts = _STARTS
    for i in [k for k, t in enumerate(toks) if t[4] == "number" or t[3] in starts]:
        if i < done:
            continue
        t = toks[i]
        approx = more = False
        j = i
        # approximation words before the figure: نحو، حوالي، أكثر من، ما لا يقل عن
        if t.norm in _APPROX and i + 1 < n:
            approx, j = True, i + 1
        elif t.norm in _MORE and i + 2 < n and toks[i + 1].norm == "من":
            more, j = True, i + 2
        q = _read_at(text, toks, j)
        if q is None:
            continue
        end_idx, best, low, high, vague = q
        start = toks[i].start if (approx or more) else toks[j].start
        end = toks[end_idx].end
        if more and best is not None:
            low = best
        out.append(Quantity(start, end, text[start:end], best, low, high, vague, approx))
        done = end_idx + 1
    return out


def _read_at(text: str, toks: list[Token], j: int) -> tuple[int, int | None, int | None, int | None, bool] | None:
    """Read one quantity starting at token `j`: (last token index, best, low, high, vague)."""
    t = toks[j]
    n = len(toks)
    if t.kind == "number":
        v = _digits(t)
        if v is None:
            return None
        k = j
        if k + 1 < n and _bare(toks[k + 1].norm, False) in _SCALES:
            k += 1
            v *= _SCALES[_bare(toks[k].norm, False)]
        return k, v, v, v, False
    if t.norm in ("عدد", "وعدد", "بعدد") and j + 1 < n and toks[j + 1].norm == "من":
        return j + 1, None, 2, None, True
    bare = _bare(t.norm, True)
    if bare in _VAGUE and not (bare == "الاف" and j > 0 and toks[j - 1].kind == "number"):
        best, low, high = _VAGUE[bare]
        return j, best, low, high, True
    if bare not in _ALL_WORDS:
        return None
    words = [t.norm]
    k = j
    while k + 1 < n and _bare(toks[k + 1].norm, False) in _ALL_WORDS:
        k += 1
        words.append(toks[k].norm)
    v = parse_number(words)
    if v is None:
        return None
    return k, v, v, v, False
