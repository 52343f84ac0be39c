"""Which earlier sentence may lend an undated incident its date, and when that date makes it history.

An undated sentence borrows its date from the sentence before (`Assembler._date`).  Three ways that
borrowing went wrong in judged samples (round 39):

- the sentence before sets the story in a past year ("أمر ترامب العام الماضي بضربة … . وأطلقت
  البحرية 59 صاروخا"، "خلال حرب 2014، … . وأطلقت إسرائيل قصفا"): it carries no day, so nothing was
  borrowed and the incident took the publication date;
- the sentence says its incident came "after that" (بعد ذلك، إثر ذلك، ثم): it goes on from the last
  dated sentence even when that date is months old, which the usual 60-day limit on borrowing skipped;
- the date before dates a campaign's start ("بالتزامن مع حملة عسكرية … في 18 فبراير"), not an
  incident, so the next sentence's rocket strike must not take it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from marsad.events.dates import running_span
from marsad.text.normalize import normalize

#: "Last year" in the shadow form (العام الماضي، السنة الماضية، العام الفائت/المنصرم).
_LAST_YEAR = re.compile(
    r"(?<![^\s،,(])(?:و|ف|ب)?(?:ال)?(?:عام|سنه)\s+(?:ال)?(?:ماضي|ماضيه|فايت|فايته|منصرم|منصرمه)(?![^\W\d_])"
)
#: Words before "last year" that make it a period or a comparison, not the time of what is told.
_NOT_THEN = frozenset({"منذ", "مقارنه", "عن", "من"})
#: A quotation: a speaker's "what we did last year" sets no time for the narrative around it.
_QUOTED = re.compile(r'"[^"]*"|«[^»]*»|“[^”]*”')
#: Openers that turn the story back to the present (shadow form): في غضون ذلك، من ناحية أخرى، وفي السياق.
_RESUMES = re.compile(
    r"^\s*(?:و)?(?:في غضون ذلك|من ناحيه اخري|من جهه اخري|في السياق|في سياق متصل|في الاثناء|في هذه الاثناء|الي ذلك"
    r"|في الوقت نفسه|في الوقت ذاته|في تطور اخر)(?![^\W\d_])"
)
#: Words that open a sequel to what the text told before (shadow form).
_SEQUEL = re.compile(r"(?<!\S)(?:و|ف)?(?:بعد|اثر|عقب|اعقاب)\s+ذلك(?![^\W\d_])|(?<!\S)(?:و|ف)?بعدها(?![^\W\d_])")
#: "Then" at the sentence's head (ثم); the other openers of a sequel are `_SEQUEL`'s anywhere.
_OPENS_THEN = re.compile(r"^\s*ثم(?![^\W\d_])")
#: Words of a campaign's or a war's start (shadow form, article stripped): a date after them opens a period.
#: (Not a bare منذ: "تشن منذ فجر السبت هجوما" dates the offensive the next sentence goes on telling.)
_STARTS = frozenset({"حمله", "حملته", "حملتها", "بدء", "بدايه", "انطلاق", "اطلاق"})
#: How many words before a date a word of a start may stand ("حملة عسكرية لقوات النظام السوري في 18 فبراير").
START_REACH = 6


def last_year(sentence: str) -> str | None:
    """The sentence sets what it tells in the year before publication ("العام الماضي"), not after
    منذ or in a comparison ("منذ العام الماضي"، "مقارنة بالعام الماضي"); the phrase, or None."""
    norm = normalize(_QUOTED.sub(" ", sentence))
    for m in _LAST_YEAR.finditer(norm):
        before = norm[: m.start()].split()
        if before and before[-1].lstrip("و") in _NOT_THEN:
            continue
        if m.group(0).startswith("ب") and before and before[-1].lstrip("و") == "مقارنه":
            continue
        return m.group(0)
    return None


#: Where a sentence stops telling its own time: a relative clause (التي أعلنها عام 2014), a منذ phrase,
#: an agreement's name (اتفاق عام 1974) or a quotation describe something else, not when the story is.
_OWN_TIME_ENDS = re.compile(
    r"(?<!\S)[وف]?(?:الذي|التي|الذين|اللذين|اللتين|اللواتي|اللاتي|منذ)(?!\S)|اتفاق|معاهد|[\"«“]"
)


def own_time_end(sentence: str) -> int:
    """How far (characters) a sentence tells its own time: up to its first relative clause, منذ,
    agreement or quotation."""
    m = _OWN_TIME_ENDS.search(sentence)
    return m.start() if m else len(sentence)


def resumes(sentence: str) -> bool:
    """The sentence opens by turning back to the present (في غضون ذلك، من ناحية أخرى): it does not go
    on in a past the sentence before set."""
    return bool(_RESUMES.match(normalize(sentence)))


#: Adverbs of the present (shadow form): a sentence with one speaks of now, whatever the story before it.
_NOW = re.compile(r"(?<!\S)(?:و)?(?:حاليا|الان|راهنا)(?![^\W\d_])")


def past_goes_on(between: str, sentence: str) -> bool:
    """An undated sentence two after a sentence dated months back goes on in that past when neither it
    nor the undated sentence between turns back to the present (في غضون ذلك، حاليا، الآن): a
    retrospective paragraph ("وكان آخرها في يونيو الماضي … . وحينها أضرمت … . وفي غضون أيام تمكن الجيش
    من تحرير المنطقة عبر قصف …") tells history for as long as nothing brings it back to the news (ACLED
    codes an event at the time it took place, not the time a report retells it)."""
    return not any(resumes(s) or _NOW.search(normalize(s)) for s in (between, sentence))


def sequel(sentence: str) -> bool:
    """The sentence tells what came after the one before it (بعد ذلك، إثر ذلك، بعدها، ثم at its head)."""
    norm = normalize(sentence)
    return bool(_SEQUEL.search(norm) or _OPENS_THEN.match(norm))


def opens_period(text: str, start: int) -> bool:
    """The date at `start` dates a campaign's or a war's start ("منذ بدء الحملة في 18 شباط"، "حملة
    عسكرية … في 18 فبراير"): a period, which no later sentence's incident may borrow as its day."""
    head = text[max(0, start - 80) : start]
    for stop in ".،,؛;:":
        head = head.rsplit(stop, 1)[-1]
    for w in head.split()[-START_REACH:]:
        n = normalize(w).lstrip("و")
        n = n[2:] if n.startswith("ال") else n
        n = n[1:] if n.startswith(("ب", "ل")) and n[1:] in _STARTS else n
        if n in _STARTS:
            return True
    return False


def incident_dates(text: str, mentions: Sequence[Any]) -> list[Any]:
    """The mentions of a sentence that may date a later sentence's incident (not a campaign's start)."""
    return [m for m in mentions if not opens_period(text, m.start) and not running_span(text, m.start)]
