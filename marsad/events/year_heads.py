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

import bisect
import functools
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
    return [int(m.group(1)) for m in _YEAR.finditer(line)]  # int() reads Arabic-Indic digits as well


def _crosshead_year(line: str) -> int | None:
    """The latest year a crosshead names, or None when it names none, counts since one or is long or
    opens a list ("وقد شهد عام 2016 عدة أحداث أدت للتصعيد بين الطرفين منها:" is a sentence)."""
    words = line.split()
    if len(words) > HEAD_WORDS or line.endswith(":") or any(normalize(w) in _SINCE for w in words):
        return None
    years = _years(line)
    return max(years) if years else None


@functools.lru_cache(maxsize=2)
def _crossheads(text: str) -> tuple[list[int], list[int | None]]:
    """The start offsets of the lines after the first that are crossheads (`is_crosshead`), in order, and
    the year each dates (`_crosshead_year`): read once per document, so that each sentence's lookup is a
    bisection, not a walk back over every line above it (quadratic in a long document)."""
    starts: list[int] = []
    years: list[int | None] = []
    pos = text.find("\n") + 1  # the first line is the headline, never a crosshead
    while pos > 0:
        nl = text.find("\n", pos)
        line = text[pos : nl if nl >= 0 else len(text)].strip()
        if is_crosshead(line):
            starts.append(pos)
            years.append(_crosshead_year(line))
        pos = nl + 1
    return starts, years


def past_year_section(text: str, start: int, end: int, published: str | None) -> bool:
    """Does the sentence text[start:end] name no year and lie under a crosshead of a year before the
    publication's?  The nearest crosshead above its line decides (`is_crosshead`; a "read also" line is none)."""
    if not published or _years(text[start:end]):
        return False
    try:
        year = int(published[:4])
    except ValueError:
        return False
    starts, years = _crossheads(text)
    k = bisect.bisect_left(starts, text.rfind("\n", 0, start) + 1) - 1
    head = years[k] if k >= 0 else None
    return head is not None and head < year
