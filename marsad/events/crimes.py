"""Arrests for fraud, forgery, stolen goods or graft: policing that ACLED leaves out.

`background.ordinary_crime` reads a crime named after the arrest (بتهمة السرقة).  The judged samples
showed another shape: the sentence names forged passports, counterfeit goods, a stolen object or a
corruption inquiry anywhere, often before the arrest ("في إطار التحقيقات في قضايا الفساد … أوقفت
الشرطة"، "اعتقال 14 إيرانيا دخلوا بجوازات سفر مزورة").  Protesters or activists among the words keep
the arrest: a crackdown on a protest against corruption is in scope.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.roles import bare
from marsad.model import Token

#: Words of fraud and graft (shadow-form prefixes, article stripped).
_FRAUDS = ("فساد", "مزور", "مزيف", "مقلد", "مسروق", "رشاوي")
#: Words of dissent (shadow-form prefixes, article stripped): their arrest is political whatever the topic.
_DISSENT = ("متظاهر", "محتج", "احتجاج", "تظاهر", "مظاهر", "ناشط", "معارض", "صحفي", "مدون")


def _forms(t: Token) -> tuple[str, ...]:
    """The word with and without a glued و, ب or ل and the article (bare() also drops a leading ف,
    which فساد begins with)."""
    w = t.norm.removeprefix("و")
    w = w.removeprefix("ب").removeprefix("ل") if len(w) > 4 else w
    return (bare(t), w, w.removeprefix("ال"), w.removeprefix("ل"))


def fraud_or_graft(tokens: Sequence[Token], lo: int, hi: int) -> str | None:
    """An arrest whose sentence (tokens lo..hi) names fraud, forgery, stolen goods or graft and no
    protester or activist: an ordinary criminal case, not political violence or repression."""
    found: Token | None = None
    for t in tokens[lo:hi]:
        if t.kind != "word":
            continue
        forms = _forms(t)
        if any(f.startswith(_DISSENT) for f in forms):
            return None
        if found is None and any(f.startswith(_FRAUDS) for f in forms):
            found = t
    return f"ordinary crime: {found.text}" if found is not None else None
