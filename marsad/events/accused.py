"""An attack an accusation names, told with its own day ("اتهام روسيا لإسرائيل بشن هجوم على القاعدة، الإثنين").

The accusation blockers (اتهم، اتهام) rule their trigger out: the sentence tells a claim. When the act
accused has a day of its own right after it, recent enough to be news, the accusation disputes who struck,
not that the strike took place: the attack is an incident the report tells (recall sample R6: the strike on
the T4 base, told only inside Russia's accusation). A charge (بتهمة، متهم) stays blocked: it tells a trial.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from marsad.events.answered import ANSWER_DAYS
from marsad.events.context import CLAUSE_BREAKS, blocked_by
from marsad.events.dates import DAY, DateMention
from marsad.events.discussed import bare_blocker
from marsad.events.lexicon import TriggerHit, TriggerLexicon
from marsad.model import Token
from marsad.text import normalize

#: Accusation words (shadow forms, و/ف/ل and article off) whose intent block a dated act lifts.
_ACCUSE = frozenset(normalize(w) for w in ("اتهام", "اتهامات", "اتهم", "اتهمت", "يتهم", "تتهم"))
#: How many words after the trigger the act's day may stand ("بشن هجوم على قاعدة تيفور الجوية بحمص، الإثنين").
DAY_REACH = 8
#: The accusation word's prefixes (`bare_blocker`): no بال, unlike the talk blockers'.
_PREFIXES = ("لل", "ال", "ل", "ب")


def _bare(norm: str) -> str:
    return bare_blocker(norm, _ACCUSE, _PREFIXES)


def accused_at(lex: TriggerLexicon, why: str, tokens: Sequence[Token], hit: TriggerHit, lo: int, hi: int,
               dates: Sequence[DateMention], published: str | None) -> int | None:
    """The token index of the accusation word that rules the trigger out (`why`), when no other blocker
    follows that word and the trigger is followed within DAY_REACH words, inside its clause or right
    after one comma, by a day-precise date at most ANSWER_DAYS before publication; None otherwise.

    The act's own clause starts after that word: the accusation is no charge in court (`charged`)."""
    kind, _, words = why.partition(": ")
    if kind != "intent" or not words or _bare(normalize(words.split()[0])) not in _ACCUSE or not published:
        return None
    at = next((j for j in range(hit.first - 1, lo - 1, -1) if tokens[j].kind == "word"
               and _bare(tokens[j].norm) in _ACCUSE), None)
    if at is None or blocked_by(lex, tokens, hit, at + 1) is not None:
        return None  # another blocker stands between the accusation and the act ("اتهمه بالتخطيط لهجوم")
    return at if _day_follows(tokens, hit, hi, dates, published) else None


def _day_follows(tokens: Sequence[Token], hit: TriggerHit, hi: int, dates: Sequence[DateMention], published: str) -> bool:
    """A recent day-precise date within DAY_REACH words after the trigger, in its clause or first past a comma."""
    pub = dt.date.fromisoformat(published[:10])
    days = [d for d in dates if d.precision == DAY and 0 <= (pub - dt.date.fromisoformat(d.date)).days <= ANSWER_DAYS]
    words_seen, broken = 0, False
    for j in range(hit.last + 1, hi):
        tok = tokens[j]
        if tok.kind == "punct":
            if tok.text in CLAUSE_BREAKS:
                if broken:
                    return False
                broken = True
            continue
        if any(d.start <= tok.start < d.end for d in days):
            return True
        words_seen += 1
        if broken or words_seen >= DAY_REACH:
            return False  # past a comma only the very next word may be the day
    return False
