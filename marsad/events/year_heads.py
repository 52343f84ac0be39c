"""Whether a sentence lies in a section of a timeline that a crosshead dates to an earlier year.

A timeline of attacks ("هجمات العام 2016"، "- 2017 -") gives each paragraph a day and month only
("وفي العشرين من نيسان/أبريل، قُتل الشرطي …"); the year is in the crosshead above it.  Read alone, such
a day falls in the publication's year and the incident looks like news; ACLED would code it years back,
and the judged samples count it too old.  The section runs from its crosshead to the next crosshead
(a line of the same shape: few words, no final stop), so "اعتداءات العام 2018" opens a section of news.
A crosshead that counts since a year ("منذ تأسيس المنظمة العام 2013") dates nothing, and a sentence
that names its own year is left to the date resolver.
"""

from __future__ import annotations

import re

from marsad.events.background import is_crosshead
from marsad.text import normalize

#: A year of the last century or this one, in Western or Arabic-Indic digits.
_YEAR = re.compile(r"(?<![0-9٠-٩])((?:19|20|١٩|٢٠)[0-9٠-٩]{2})(?![0-9٠-٩])")
#: Words that make a crosshead's year the start of a count, not its date (shadow form).
_SINCE = frozenset({"منذ", "ومنذ"})
#: The most words a crosshead that dates its section may have ("هجمات العام 2015 هي الأسوأ في تاريخ فرنسا").
HEAD_WORDS = 8


def _years(line: str) -> list[int]:
    return [int(m.group(1).translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))) for m in _YEAR.finditer(line)]


def _crosshead_year(line: str) -> int | None:
    """The latest year a crosshead names, or None when it names none, counts since one or is long or
    opens a list ("وقد شهد عام 2016 عدة أحداث أدت للتصعيد بين الطرفين منها:" is a sentence)."""
    words = line.split()
    if len(words) > HEAD_WORDS or line.endswith(":") or any(normalize(w) in _SINCE for w in words):
        return None
    years = _years(line)
    return max(years) if years else None


def past_year_section(text: str, start: int, end: int, published: str | None) -> bool:
    """Does the sentence text[start:end] name no year and lie under a crosshead of a year before the
    publication's?  The nearest crosshead above it decides (`is_crosshead`; a "read also" line is none)."""
    if not published or _years(text[start:end]):
        return False
    try:
        year = int(published[:4])
    except ValueError:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    while line_start > 0:
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        line = text[prev_start : line_start - 1].strip()
        if prev_start > 0 and is_crosshead(line):
            head = _crosshead_year(line)
            return head is not None and head < year
        line_start = prev_start
    return False

