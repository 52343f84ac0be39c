"""Where a name starts inside a token: the proclitics و ف ب ل ك stay outside entity spans.

ANERcorp (and raw text) attach clitics to names (وسوريا، بإدلب، لإسرائيل).  The article ال
is part of a name (المرصد), so from وال/بال/فال only the leading clitic is cut.  Elsewhere a
cut needs evidence: a hamza-alef right after the clitic (بإدلب), or a remainder that is a
known name while the whole token is not (وسوريا: سوريا is known, وسوريا is not).
"""

from __future__ import annotations

from collections.abc import Container

from marsad.text.normalize import drop_marks

SINGLE = "وفبلك"
RUNS = ("وب", "ول", "وك", "فب", "فل", "فك")
_ARTICLE_CLITICS = ("وب", "وك", "فب", "فك", "و", "ف", "ب", "ك")
_HAMZA = "أإآ"


def article_clitic(norm: str) -> int:
    """Length of the clitic run before an article (وال → 1, وبال → 2, الـ/لل → 0).  The article after one
    letter and after two exclude each other (the second letter is ا or it is ب/ك), so each is one test."""
    if norm[1:3] == "ال" and norm[:1] in _ONE and len(norm) >= 5:
        return 1
    if norm[2:4] == "ال" and norm[:2] in _TWO and len(norm) >= 6:
        return 2
    return 0


_ONE = frozenset(r for r in _ARTICLE_CLITICS if len(r) == 1)
_TWO = frozenset(r for r in _ARTICLE_CLITICS if len(r) == 2)


def candidates(norm: str) -> tuple[str, str]:
    """Forms left after cutting one or two clitic letters (empty when too short): CRF features."""
    c1 = norm[1:] if len(norm) >= 4 and norm[0] in SINGLE else ""
    c2 = norm[2:] if len(norm) >= 5 and norm[:2] in RUNS else ""
    return c1, c2


def name_cut(text: str, norm: str, known: Container[str]) -> int:
    """How many shadow characters of a token's start are clitics outside the name."""
    k = article_clitic(norm)
    if k:
        return k
    if norm.startswith("لل"):
        return 0  # ل + ال with the alef elided: cutting would leave a non-word
    plain = drop_marks(text)
    if len(plain) >= 4 and plain[0] in SINGLE and plain[1] in _HAMZA:
        return 1
    if len(plain) >= 5 and plain[:2] in RUNS and plain[2] in _HAMZA:
        return 2
    if norm in known:
        return 0
    c1, c2 = candidates(norm)
    if c2 and c2 in known:
        return 2
    if c1 and len(c1) >= 3 and c1 in known:
        return 1
    return 0



