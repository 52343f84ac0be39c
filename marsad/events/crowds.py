"""Crowds that are not demonstrations: voters and celebrants (issue 5, round 60).

A gathering word (احتشد، تجمع، خرج) says only that people massed.  ACLED's protests are demonstrations
of a grievance or a demand; people massed at polling stations or around a candidate ("احتشد المصريون
أمام لجان الاقتراع"، "مؤيديه الذين احتشدوا … قبل الانتخابات") or dancing in the streets over a result
("انطلقت احتفالات … حيث خرج الآلاف … وهم يرقصون") show none.  The rule asks the whole sentence, since
the vote or the celebration is often told in the clause before the crowd, and stands aside when the
sentence names a grievance or a demand (تجمعوا أمام لجنة الانتخابات احتجاجا على التزوير).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.roles import bare, bare_stem
from marsad.model import Token

#: Gathering verbs and nouns (shadow-form prefixes): the trigger forms that only say a crowd massed.
GATHERING = ("تجمع", "تجمهر", "احتشد", "احتشاد", "خرج")
#: Words of voting and elections (shadow-form prefixes, article off).
_VOTING = ("اقتراع", "تصويت", "انتخاب", "ناخب", "استفتاء")
#: Words of celebrating (shadow-form prefixes, article off).
_CELEBRATING = ("احتفال", "احتفل", "يحتفل", "يحتفلون", "يرقص", "ابتهاج")
#: Words of a grievance or a demand (shadow-form prefixes, article, ب and ل off): with one, a demonstration.
_GRIEVANCE = ("احتج", "تنديد", "تندد", "يندد", "ندد", "رفض", "يرفض", "ترفض", "مطالب", "يطالب", "تطالب", "طالب",
              "هتف", "هتاف", "شعار", "غضب", "اعتصام", "معتصم", "تضامن", "مناهض", "تظاهر", "متظاهر", "مظاهر",
              "اضراب", "ضد")


def voters_or_celebrants(tokens: Sequence[Token], first: int, lo: int, hi: int) -> str | None:
    """Why a gathering trigger at `first` (sentence lo..hi) is no demonstration: the sentence names a vote
    or a celebration and no grievance or demand; else None."""
    if not bare(tokens[first]).startswith(GATHERING):
        return None
    words = [t for t in tokens[lo:hi] if t.kind == "word"]
    if any(bare_stem(t).startswith(_GRIEVANCE) or bare(t).startswith(_GRIEVANCE) for t in words):
        return None
    for t in words:
        if bare(t).startswith(_VOTING):
            return f"voters, not a demonstration: {t.text}"
        if bare(t).startswith(_CELEBRATING):
            return f"celebrants, not a demonstration: {t.text}"
    return None
