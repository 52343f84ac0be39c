"""An attack a meeting or an inquiry is about, told with its own day ("لمناقشة الهجوم الذي وقع السبت").

The reference blockers of talk and inquiry (لمناقشة، لبحث، للتحقيق في، بشأن) rule their trigger out: the
sentence tells the meeting, and the attack is what it is about, usually told elsewhere or long ago. When a
relative clause right after the trigger gives that attack a day of its own, recent enough to be news
("لمناقشة الهجوم الكيماوي المفترض الذي وقع، السبت، في مدينة دوما"), the attack is an incident the report
tells too (recall samples R2 and D44: the Douma attack of 7 April, told only beside the meetings about it).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.answered import dated_answer
from marsad.events.dates import DateMention
from marsad.events.roles import word_indices
from marsad.model import Token
from marsad.text import normalize

#: Reference blockers (shadow forms, clitics and article off) that name what a meeting or inquiry is about.
_ABOUT = frozenset({"مناقشه", "بحث", "تحقيق", "تحقيقا", "بشان", "حول", "حيال", "ازاء"})
#: Relative pronouns that open the attack's own clause.
_RELATIVE = frozenset({"الذي", "التي"})
#: How many words after the trigger its relative pronoun may stand ("الهجوم الكيميائي المفترض في دوما الذي").
RELATIVE_REACH = 4
#: How many words of the relative clause may hold the attack's day ("الذي أدى في السابع من نيسان").
DAY_REACH = 8


#: What a blocker word may open with before the word listed, tried in this order (للتحقيق، بالتحقيق).
PREFIXES = ("لل", "بال", "ال", "ل", "ب")


def bare_blocker(norm: str, listed: frozenset[str], prefixes: tuple[str, ...] = PREFIXES) -> str:
    """A blocker word's shadow form without its و/ف and the first of `prefixes` whose removal leaves a word
    `listed` (للتحقيق → تحقيق); the word as it stands when it is listed itself or no prefix gives one."""
    w = norm.removeprefix("و").removeprefix("ف")
    for pre in prefixes:
        if w not in listed and w.startswith(pre) and w[len(pre):] in listed:
            return w[len(pre):]
    return w


def discussed_with_day(why: str, tokens: Sequence[Token], last: int, hi: int,
                       dates: Sequence[DateMention], published: str | None) -> bool:
    """Whether the trigger ending at token `last`, ruled out by a blocker of talk or inquiry (`why`), is
    followed within RELATIVE_REACH words by a relative pronoun whose next DAY_REACH words (before token
    `hi`, the sentence's end) hold a day-precise date at most 30 days before publication."""
    kind, _, words = why.partition(": ")
    if kind != "reference" or not words or bare_blocker(normalize(words.split()[0]), _ABOUT) not in _ABOUT:
        return False
    after = word_indices(tokens, last + 1, hi)
    rel = next((k for k, i in enumerate(after[:RELATIVE_REACH]) if tokens[i].norm in _RELATIVE), None)
    if rel is None or rel + 1 >= len(after):
        return False
    clause = after[rel + 1 : rel + 1 + DAY_REACH]
    return dated_answer(dates, tokens[after[rel]].end, tokens[clause[-1]].end, published)
