"""Date expressions in Arabic news, resolved against the publication date (DESIGN.md §4).

Matching runs on the shadow form (digits ASCII, hamza/ta-marbuta unified) and maps back to the
original text, so every `DateMention` is an exact span.  Decisions a coder could make otherwise:

- A weekday (الأربعاء) is the latest such day on or before publication; with الماضي/الفائت it is
  strictly before publication (a Wednesday report's "الأربعاء الماضي" is a week earlier).
- "Last night" (الليلة الفائتة/الماضية، ليلة أمس) is dated the day before publication: news
  published in the morning reports the previous evening's events.
- A week-precision expression (الأسبوع الماضي) is dated seven days before publication, the
  middle of the week it names; a month-precision one (الشهر الماضي، أكتوبر 2025) the 15th of
  that month, the 5th of its early part (مطلع، أوائل، بداية), the 25th of its late part (أواخر) and
  the 28th of its end (نهاية), but never after publication.
- A year-less date takes the publication year, or the year before when that would put it after
  publication.
- A day of a month named by its place (السابع من الشهر الجاري، 3 من الشهر الماضي) is that day of the
  month the words name: a day, not the month it sits in.
- Adjacent day expressions are one mention: "أمس الثلاثاء"، "اليوم الأربعاء"; a night written
  across two days ("ليل الثلاثاء - الأربعاء"، "ليل السادس والسابع من أبريل") is dated its first day.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from marsad.events.week_parts import WEEK_PART_RE, week_part_day
from marsad.ner.lexicon import gpe_names
from marsad.text.normalize import Shadow, normalize
from marsad.text.normalize import shadow as make_shadow
from marsad.text.numbers import parse_number

DAY, WEEK, MONTH = 1, 2, 3
#: Words of a part of a month ("أواخر يناير"، "مطلع آذار"), shadow form: a month after them is a date
#: as surely as after في.
_MONTH_PARTS = ("اوايل", "اواخر", "اواسط", "منتصف", "مطلع", "بدايه", "نهايه")


@dataclass(frozen=True)
class DateMention:
    """A date expression: its exact span, the resolved day (YYYY-MM-DD) and how precise it is."""

    start: int
    end: int
    text: str
    date: str
    precision: int
    relative: bool


@dataclass(frozen=True)
class _Lexicon:
    months: dict[str, int]
    ambiguous: frozenset[str]
    weekdays: dict[str, int]
    ordinals: dict[str, int]
    ordinal_re: re.Pattern[str]
    future: frozenset[str]
    current: frozenset[str]
    not_today_after: frozenset[str]
    not_today_before: frozenset[str]
    relative: dict[str, tuple[int, int, int]]  # norm phrase -> (days, months, precision)
    units: dict[str, int]
    explicit_re: re.Pattern[str]
    english_re: re.Pattern[str]
    month_year_re: re.Pattern[str]
    weekday_re: re.Pattern[str]
    relative_re: re.Pattern[str]
    ago_re: re.Pattern[str]
    lead_re: re.Pattern[str]
    month_day_re: re.Pattern[str]
    #: Words one of which every match of `ordinal_re` / `ago_re` holds (`_holds`).
    ordinal_words: tuple[str, ...]
    ago_words: tuple[str, ...]
    unit_words: tuple[str, ...]


_W = r"(?<![^\W\d_])"  # no letter before
_E = r"(?![^\W\d_])"  # no letter after
_CLITIC = r"(?:وب|فب|و|ف|ب)?"
_NUMERIC_DMY = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/.-]|\.\d)")
_NUMERIC_ISO = re.compile(r"(?<![\d/.-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d/-])")
#: Four digits in a row: what a day/month/year date (`_NUMERIC_DMY`) ends with.
_FOUR_DIGITS = re.compile(r"\d{4}")
_YEAR = r"(?:\s*[،,]?\s*(?:(?:من\s+)?(?:ال)?(?:عام|سنه)\s+)?(\d{4})(?!\d))"


def _alt(words: list[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    """The month/weekday/relative lexicon, loaded once from `marsad/lexicons/months.json`."""
    raw: dict[str, Any] = json.loads(resources.files("marsad.lexicons").joinpath("months.json").read_text("utf-8"))
    months = {normalize(k): v for fam in raw["months"].values() for k, v in fam.items()}
    weekdays = {normalize(k): v for k, v in raw["weekdays"].items()}
    relative = {
        normalize(r["text"]): (int(r.get("days", 0)), int(r.get("months", 0)), int(r["precision"])) for r in raw["relative"]
    }
    units = {normalize(k): v for k, v in raw["days_ago"]["units"].items()}
    month_alt = _alt(list(months))
    past = _alt([normalize(w) for w in raw["past_words"]])
    lead = _alt([normalize(w) for w in raw["time_of_day"]])
    before = _alt([normalize(w) for w in raw["days_ago"]["before"]])
    future = _alt([normalize(w) for w in raw["future_words"]])
    current = _alt([normalize(w) for w in raw["current_words"]])
    explicit_re = re.compile(
        rf"(?<!\d)(\d{{1,2}})\s*(?:من\s+)?(?:(?:شهر|الشهر)\s+)?{_W}({month_alt}){_E}"
        rf"(?:\s*[/\\(-]\s*({month_alt}){_E}\)?)?"
        rf"(?:\s+({past}|{future}|{current}){_E})?{_YEAR}?"
    )
    ordinals = {normalize(k): v for k, v in raw["ordinal_days"].items()}
    ordinal_alt = _alt(list(ordinals))
    # "ليل السادس والسابع من أبريل": a night across two days in a row is dated its first (`_night_or_day`)
    ordinal_re = re.compile(
        rf"{_W}(?:(?:يوم|في)\s+)?({ordinal_alt})(?:\s+و({ordinal_alt}){_E})?\s+(?:من\s+)(?:(?:شهر|الشهر)\s+)?"
        rf"({month_alt}){_E}"
        rf"(?:\s*[/\\(-]\s*(?:{month_alt}){_E}\)?)?"
        rf"(?:\s+({past}|{future}|{current}){_E})?{_YEAR}?"
    )
    english_re = re.compile(rf"{_W}({month_alt})\.?\s+(\d{{1,2}})(?!\d)(?:,?\s+(\d{{4}})(?!\d))?")
    month_year_re = re.compile(
        rf"{_W}{_CLITIC}((?:ال)?شهر\s+)?({month_alt}){_E}(?:\s*[/\\(-]\s*(?:{month_alt}){_E}\)?)?"
        rf"(?:\s+({past}|{future}|{current}){_E})?{_YEAR}?"
    )
    weekday_re = re.compile(rf"{_W}{_CLITIC}({_alt(list(weekdays))}){_E}(?:\s+({past}){_E})?")
    relative_re = re.compile(rf"{_W}{_CLITIC}({_alt(list(relative))}){_E}")
    ago_re = re.compile(rf"{_W}{_CLITIC}((?:{before})\s+(\d+|[^\W\d_]+(?:\s+و[^\W\d_]+)?)\s+({_alt(list(units))}){_E})")
    lead_re = re.compile(rf"{_W}{_CLITIC}((?:(?:{lead})\s+)+)$")
    # "في السابع من الشهر الجاري"، "الـ3 من الشهر الماضي": a day of the month the words place, read before
    # `relative_re` takes "الشهر الجاري" alone as the month
    month_day_re = re.compile(
        rf"{_W}(?:(?:يوم|في)\s+)?(?:(?:ال)?(\d{{1,2}})(?!\d)|({ordinal_alt}){_E})\s+من\s+"
        rf"(?:الشهر\s+({past}|{future}|{current})|هذا\s+الشهر){_E}"
    )
    return _Lexicon(
        months,
        frozenset(normalize(w) for w in raw["ambiguous_alone"]),
        weekdays,
        ordinals,
        ordinal_re,
        frozenset(normalize(w) for w in raw["future_words"]),
        frozenset(normalize(w) for w in raw["current_words"]),
        frozenset(normalize(w) for w in raw["not_today_after"]),
        frozenset(normalize(w) for w in raw["not_today_before"]),
        relative,
        units,
        explicit_re,
        english_re,
        month_year_re,
        weekday_re,
        relative_re,
        ago_re,
        lead_re,
        month_day_re,
        tuple(sorted({w.split()[0] for w in ordinals})),
        tuple(sorted({normalize(w).split()[0] for w in raw["days_ago"]["before"]})),
        tuple(sorted({w.split()[0] for w in units})),
    )


def _holds(norm: str, words: tuple[str, ...]) -> bool:
    """Whether one of the words is in the text: a pass whose every match holds one of them cannot match a
    text that holds none, and is not run (most texts have no "قبل 3 أيام", no ISO date, no "الشهر الماضي";
    each pass is a search from every position of the text)."""
    return any(w in norm for w in words)


def _day(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _year_for(month: int, day: int, pub: dt.date | None) -> dt.date | None:
    """A year-less date: the publication year, or the one before when it would be after publication."""
    if pub is None:
        return None
    d = _day(pub.year, month, day)
    if d is None or d > pub:
        d = _day(pub.year - 1, month, day)
    return d


#: The day a part of a month names (shadow form), the middle of that part, as ACLED dates a period it
#: knows only roughly at its middle: early (the 1st-10th) the 5th, late (the 21st on) the 25th, the
#: month's end (its last days) the 28th.
_PART_DAYS = {"اوايل": 5, "مطلع": 5, "بدايه": 5, "اواسط": 15, "منتصف": 15, "اواخر": 25, "نهايه": 28}


def _part_day(norm: str, start: int) -> int:
    """The day of the month part right before `start` ("أواخر يناير": the 25th; "بنهاية الشهر الماضي":
    the 28th; "مطلع آذار": the 5th); the 15th, the month's middle, without one.  A late-month incident dated
    the 15th looked ten days older than it was, and past the 30 days of news too soon."""
    words = norm[max(0, start - 12) : start].split()
    w = words[-1] if words else ""
    if w not in _PART_DAYS and w[:1] in ("و", "ب", "ف", "ل"):
        w = w[1:]
    return _PART_DAYS.get(w, 15)


def _mid_month(year: int, month: int, pub: dt.date | None, day: int = 15) -> dt.date | None:
    """The day that dates a month; None for a year no calendar has ("يناير 0000", the month before
    January of year 1)."""
    d = _day(year, month, day)
    if d is not None and pub is not None and d > pub and (d.year, d.month) == (pub.year, pub.month):
        return pub
    return d


def _plus(d: dt.date, days: int) -> dt.date | None:
    """`d` moved by `days`; None past the calendar's ends (أمس for a report published 0001-01-01)."""
    try:
        return d + dt.timedelta(days=days)
    except OverflowError:
        return None


def _shift_months(d: dt.date, months: int) -> tuple[int, int]:
    k = d.year * 12 + (d.month - 1) + months
    return k // 12, k % 12 + 1


class _Collector:
    """Gathers mentions on the shadow, longest first, dropping any that overlap an earlier one."""

    def __init__(self, sh: Shadow) -> None:
        self.sh = sh
        # Spans taken by earlier passes, sorted and disjoint, so overlap is a neighbour check; the
        # current pass (left to right) collects in `pending` and is merged in by `commit`.
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.pending: list[tuple[int, int]] = []
        self.found: list[DateMention] = []

    def free(self, s: int, e: int) -> bool:
        if self.pending and self.pending[-1][1] > s:
            return False
        k = bisect.bisect_right(self.starts, s)
        if k and self.ends[k - 1] > s:
            return False
        return k == len(self.starts) or self.starts[k] >= e

    def commit(self) -> None:
        if self.pending:
            merged = sorted([*zip(self.starts, self.ends, strict=True), *self.pending])
            self.starts = [a for a, _ in merged]
            self.ends = [b for _, b in merged]
            self.pending = []

    def add(self, s: int, e: int, date: dt.date | None, precision: int, relative: bool) -> None:
        if date is None or not self.free(s, e):
            return
        self.pending.append((s, e))
        os_, oe = self.sh.to_orig(s, e)
        self.found.append(DateMention(os_, oe, self.sh.text[os_:oe], date.isoformat(), precision, relative))


def _lead(lex: _Lexicon, norm: str, s: int) -> int:
    """Extend a mention left over time-of-day words (صباح، مساء، فجر، يوم، ليلة)."""
    m = lex.lead_re.search(norm[max(0, s - 40) : s])
    if m:
        return s - (m.end() - m.start(1))
    return s


def after_since(text: str, start: int) -> bool:
    """The date expression at `start` follows منذ ("since"): a span's start, not the day of what the
    sentence tells."""
    before = text[max(0, start - 8) : start].split()
    return (bool(before) and normalize(before[-1]).lstrip("و") == "منذ") or running_span(text, start)


#: Words of something still going on (المستمرة، المتواصلة، الدائرة، تتواصل), shadow form: "منذ أيام" after them
#: measures how long it has run.
_RUNNING = frozenset({
    "مستمره", "متواصله", "مستمر", "متواصل", "دايره", "جاريه", "تتواصل", "يتواصل", "تستمر", "يستمر", "تدور",
    "يدور", "مستمرين", "متواصلين",
})


def running_span(text: str, start: int) -> bool:
    """The expression at `start` is "منذ أيام" (or another منذ-span) after a word of something going on
    ("معركته المستمرة منذ أيام"): how long a battle or a campaign has run, not the day of an incident, so
    neither its sentence's incident nor a later sentence's takes its day.  So is a span that measures a
    state or compares (`measured_span`)."""
    if not normalize(text[start : start + 4]).startswith("منذ"):
        return False
    before = text[max(0, start - 20) : start].split()
    if not before:
        return False
    w = normalize(before[-1]).lstrip("و")
    return (w[2:] if w.startswith("ال") else w) in _RUNNING or measured_span(text, start)


#: Superlatives (shadow form, article stripped): "أعنف هجوم منذ شهر" compares with a month back, no date.
_SUPERLATIVES = frozenset({"اعنف", "اكبر", "اكثر", "اول", "اعلي", "اسوا", "اشد", "اخطر", "ادمي", "اوسع", "اضخم"})
#: Nouns of a lasting state a منذ-duration measures ("وحصار مواقع الحوثي منذ أسبوع": besieged for a week).
_STATE_NOUNS = frozenset({"حصار", "حصارها", "حصاره", "حصارهم"})
#: Perfect verbs that begin with ت or ي (تم اعتقاله منذ أسبوع: a week ago), not an imperfect's prefix.
_NOT_IMPERFECT = frozenset({"تم", "توفي", "تعرض", "تمكن", "تولي", "تسلم", "تبني", "تحول", "تلقي", "توجه"})
#: How many words before منذ a superlative, a state noun or an imperfect verb still governs the span.
MEASURE_REACH = 4
#: How far back (characters) the clause of a منذ-span is read: its opening verb governs it at any distance.
CLAUSE_REACH = 120
_CLAUSE_END = re.compile(r"[.!?؟؛:\n]")
#: Complementizers (shadow form): the words after one are a clause of their own.
_THAT = frozenset({"ان", "انه", "انها", "بان", "بانه"})


def _imperfect(w: str) -> bool:
    """A word shaped as an imperfect verb (يفعل، تتواصل; و/ف and ال already stripped).  A ت-form perfect
    ends in its ت ("وتعرضت المدينة لقصف منذ أيام": days ago), a plural noun in ات, a تفعيل verbal noun has ي
    before its last letter ("قتل ثلاثة في تفجير منذ يومين": two days ago), and a month or a place may be
    shaped so too (يونيو، تركيا، تدمر)."""
    if len(w) < 4 or w[0] not in ("ي", "ت") or w in _NOT_IMPERFECT or w.endswith(("ات", "ه")):
        return False
    if w[0] == "ت" and (w.endswith("ت") or w[-2] == "ي"):
        return False
    return w not in lexicon().months and w not in gpe_names()


def _bare_word(w: str) -> str:
    bare = w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w
    return bare[2:] if bare.startswith("ال") else bare


def measured_span(text: str, start: int) -> bool:
    """"منذ أسبوع"/"منذ شهر" at `start` measures or compares rather than dates: after a superlative ("أعنف
    هجوم منذ شهر", the fiercest in a month), after a state noun ("وحصار مواقع … منذ أسبوع", besieged for a
    week) or after an imperfect verb near it or opening its clause ("وتتواصل التظاهرات منذ أسبوع"، "ويفرض
    الجيش إجراءات أمنية مشددة منذ 3 أيام": going on for that long).  A duration read as "a week ago" put
    the incident a week or a month before its day (merge check 19).  "واختفى خاشقجي منذ أسبوعين" (a perfect
    verb) is still a date."""
    lo = max(0, start - CLAUSE_REACH)
    head = text[lo:start]
    ends = [m.end() for m in _CLAUSE_END.finditer(head)]
    words = [_bare_word(normalize(w).strip("،,\"«»()")) for w in head[ends[-1] if ends else 0 :].split()]
    # a complementizer opens a clause of its own: "وتشير التقارير إلى أن تأشيرته انتهت منذ ثلاثة أسابيع"
    cut = max((k + 1 for k, w in enumerate(words) if w in _THAT), default=0)
    words, opened = words[cut:], bool(ends) or lo == 0 or cut > 0
    for bare in words[-MEASURE_REACH:]:
        if bare in _SUPERLATIVES or bare in _STATE_NOUNS or (bare[1:] in _STATE_NOUNS and bare[:1] in ("ب", "ل")):
            return True
        if _imperfect(bare):
            return True
    # the clause's opening word, when its start is in reach
    return bool(words) and opened and _imperfect(words[0])


# any day serves: only which expressions need a publication date to resolve is asked of it
_SOME_DAY = "2000-07-01"


def unresolved_days(text: str, start: int, end: int) -> list[DateMention]:
    """The date expressions in text[start:end] that only a publication date would resolve (أمس،
    الخميس الماضي، 15 مايو), for a document that has none: the event keeps the words (`date_text`),
    so that a user who knows the day can resolve them, and no day is guessed."""
    dated = {(m.start, m.end) for m in find_dates(text, None)}
    return [m for m in find_dates(text, _SOME_DAY) if start <= m.start and m.end <= end
            and (m.start, m.end) not in dated and not after_since(text, m.start)]


def find_dates(text: str, published: str | None, shadow: Shadow | None = None) -> list[DateMention]:
    """Every resolvable date expression in `text`, in text order.

    Relative and year-less expressions need `published`; without it only dates that carry their
    year come back.  An unparseable `published` is treated as absent.  Results are cached per
    (text, published), since the claims and the events components both ask.
    """
    if not text:
        return []
    if shadow is not None and shadow.text == text:
        return _scan(text, published, shadow)
    return list(_find_dates(text, published))


@lru_cache(maxsize=32)
def _find_dates(text: str, published: str | None) -> tuple[DateMention, ...]:
    return tuple(_scan(text, published, make_shadow(text)))


def _scan(text: str, published: str | None, sh: Shadow) -> list[DateMention]:
    norm = sh.norm
    lex = lexicon()
    pub: dt.date | None = None
    if published:
        try:
            pub = dt.date.fromisoformat(str(published)[:10])
        except ValueError:
            pub = None
    col = _Collector(sh)

    for m in _NUMERIC_ISO.finditer(norm) if "-" in norm else ():
        col.add(m.start(), m.end(), _day(int(m[1]), int(m[2]), int(m[3])), DAY, False)
    col.commit()
    for m in _NUMERIC_DMY.finditer(norm) if _FOUR_DIGITS.search(norm) else ():
        col.add(m.start(), m.end(), _day(int(m[4]), int(m[3]), int(m[1])), DAY, False)
    explicit = [(m.start(), m.end(), int(m[1]), m[2], m[4], m[5]) for m in lex.explicit_re.finditer(norm)]
    if _holds(norm, lex.ordinal_words):
        explicit += [(m.start(1), m.end(), lex.ordinals[_squash(m[1])], m[3], m[4], m[5])
                     for m in lex.ordinal_re.finditer(norm) if _night_or_day(lex, m[1], m[2])]
    explicit.sort()
    col.commit()
    for m_start, m_end, day, month_name, marker, year in explicit:
        month = lex.months[_squash(month_name)]
        if year:
            date = _day(int(year), month, day)
        elif pub is not None and marker in lex.future:
            date = _day(pub.year, month, day)  # "15 مايو المقبل": the coming one
            date = date if date is None or date >= pub else _day(pub.year + 1, month, day)
        elif pub is not None and marker in lex.current:
            date = _day(pub.year, month, day)  # "24 يونيو الجاري": this year, even ahead of publication
        else:
            date = _year_for(month, day, pub)
        col.add(_weekday_lead(lex, norm, m_start), m_end, date, DAY, False)
    col.commit()
    for m in lex.english_re.finditer(norm):
        month, day = lex.months[_squash(m[1])], int(m[2])
        date = _day(int(m[3]), month, day) if m[3] else _year_for(month, day, pub)
        col.add(m.start(), m.end(), date, DAY, False)
    col.commit()
    for m in lex.month_year_re.finditer(norm):
        head, name, marker, year = m[1], _squash(m[2]), m[3], m[4]
        past = marker if marker and marker not in lex.future and marker not in lex.current else None
        # "في نوفمبر" dates as surely as "شهر نوفمبر" (but not an ambiguous name: في آب)
        before = norm[max(0, m.start(2) - 8) : m.start(2)].rstrip()
        after_fi = not head and (before.endswith("في") or before.endswith(_MONTH_PARTS))
        if not (year or past or head or (after_fi and name not in lex.ambiguous)) or (
                name in lex.ambiguous and not (year or head)):
            continue  # a bare month name is too ambiguous (مارس "he practised", آب "August"/"father")
        month = lex.months[name]
        part = _part_day(norm, m.start(1) if head else m.start(2))
        if year:
            date = _mid_month(int(year), month, pub, part)
        elif pub is not None and marker in lex.future:
            y = pub.year if month > pub.month else pub.year + 1  # "أواخر يوليو المقبل": the coming July
            date = _mid_month(y, month, pub, part)
        elif pub is not None and marker in lex.current:
            date = _mid_month(pub.year, month, pub, part)  # "يوليو الجاري": this year's
        elif pub is not None:
            y = pub.year if month < pub.month or (month == pub.month and not past) else pub.year - 1
            date = _mid_month(y, month, pub, part)
        else:
            continue
        col.add(m.start(1) if head else m.start(2), m.end(), date, MONTH, not year)
    col.commit()
    if pub is None:
        return sorted(col.found, key=lambda d: d.start)

    for m in lex.month_day_re.finditer(norm) if "الشهر" in norm else ():
        marker = m[3] or ""
        shift = -1 if marker and marker not in lex.future and marker not in lex.current else int(marker in lex.future)
        y, mo = _shift_months(pub, shift)
        day = int(m[1]) if m[1] else lex.ordinals[_squash(m[2])]
        col.add(_weekday_lead(lex, norm, m.start(1) if m[1] else m.start(2)), m.end(), _day(y, mo, day), DAY, True)
    col.commit()
    ago = _holds(norm, lex.ago_words) and _holds(norm, lex.unit_words)
    for m in lex.ago_re.finditer(norm) if ago else ():
        n = int(m[2]) if m[2].isdigit() else parse_number(m[2].split())
        if n is None or n > 400:
            continue
        unit = lex.units[_squash(m[3])]
        col.add(m.start(1), m.end(), _plus(pub, -n * unit), DAY if unit == 1 else WEEK, True)
    col.commit()
    for m in WEEK_PART_RE.finditer(norm) if "الاسبوع" in norm else ():  # before "الأسبوع الماضي" alone takes the week's middle
        col.add(m.start(1), m.end(), week_part_day(_squash(m[1]), m[2], pub), WEEK, True)
    col.commit()
    for m in lex.relative_re.finditer(norm):
        phrase = _squash(m[1])
        if phrase == "اليوم" and _not_today(lex, norm, m.start(1), m.end()):
            continue
        days, months, precision = lex.relative[phrase]
        if months or (precision == MONTH and not days):
            # "قبل أسابيع" (weeks ago) counts days back at month precision: a span, not the current month
            y, mo = _shift_months(pub, months)
            date = _mid_month(y, mo, pub, _part_day(norm, m.start(1)))
        else:
            date = _plus(pub, days)
        col.add(_lead(lex, norm, m.start(1)), m.end(), date, precision, True)
    col.commit()
    for m in lex.weekday_re.finditer(norm):
        if _MARKET_RE.search(norm, 0, m.start(1)):
            continue  # "سوق الاثنين": a market named by the day it is held, no date
        wd = lex.weekdays[m[1]]
        back = (pub.weekday() - wd) % 7
        if m[2] and back == 0:
            back = 7
        col.add(_lead(lex, norm, m.start(1)), m.end(), _plus(pub, -back), DAY, True)
    return _merge_adjacent(text, sorted(col.found, key=lambda d: d.start))


#: A market's noun right before a weekday (بالقرب من "سوق الاثنين"، سوق الخميس): the weekday names the market.
_MARKET_RE = re.compile(r"(?<![^\W\d_])[وب]?سوق[\s\"«]*$")


_JOIN_RE = re.compile(r"[ \t]*[-/–][ \t]*|[ \t]+")


def _merge_adjacent(text: str, found: list[DateMention]) -> list[DateMention]:
    """One mention for "أمس الثلاثاء"، "اليوم الأربعاء" and the night "ليل الثلاثاء - الأربعاء" (its first day)."""
    out: list[DateMention] = []
    for d in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.relative
            and d.relative
            and prev.precision == d.precision == DAY
            and _JOIN_RE.fullmatch(text[prev.end : d.start])
            and abs((dt.date.fromisoformat(prev.date) - dt.date.fromisoformat(d.date)).days) <= 1
        ):
            out[-1] = DateMention(prev.start, d.end, text[prev.start : d.end], min(prev.date, d.date), DAY, True)
            continue
        out.append(d)
    return out


#: Words before اليوم that make it "all day" (طوال اليوم، طيلة اليوم، على مدار اليوم).
_ALL_DAY = frozenset({"طوال", "طيله", "مدار"})


def _not_today(lex: _Lexicon, norm: str, s: int, e: int) -> bool:
    """اليوم الأول من الهدنة، 22 ساعة في اليوم، طوال اليوم: a day, not the publication day."""
    after = norm[e : e + 20].split()
    if after and after[0] in lex.not_today_after:
        return True
    before = norm[max(0, s - 20) : s].split()
    if before and before[-1].removeprefix("و") in _ALL_DAY:
        return True  # طوال اليوم: all day long, not today
    return len(before) >= 2 and before[-1] == "في" and before[-2] in lex.not_today_before


def _night_or_day(lex: _Lexicon, first: str, second: str | None) -> bool:
    """One ordinal day, or two in a row (a night across them); "بين الثالث والعاشر" is a span, no day."""
    return second is None or lex.ordinals[_squash(second)] == lex.ordinals[_squash(first)] + 1


def _squash(s: str) -> str:
    return " ".join(s.split())


def _weekday_lead(lex: _Lexicon, norm: str, s: int) -> int:
    """Start an explicit date at a weekday right before it ("الأربعاء 22 أكتوبر")."""
    head = norm[max(0, s - 30) : s]
    m = re.search(rf"{lex.weekday_re.pattern}[\s،,]*$", head)
    if m:
        return _lead(lex, norm, s - len(head) + m.start(1))
    return _lead(lex, norm, s)
