"""A word of negation or prospect before a light verb rules out the verb's object, past a long subject.

"لا تنفذ وزارة الدفاع ضربات جوية في سوريا"، "احتمال شن القوات السورية والمتحالفة معها هجوما على إدلب": the
negation or the prospect governs the verb (شن، نفذ), whose object is the trigger; the blockers' own reach (three
or four words, `context.blocked_by`) ends inside the subject.  سوى/إلا after the verb ("لم تنفذ سوى غارة
واحدة") makes the object done, and a word that opens another clause ends the verb's reach.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.roles import bare
from marsad.model.spans import Token

#: Words of negation and of a prospect (shadow form, و/ف and article stripped) that a light verb may follow.
_NOT_DONE = frozenset({"لا", "لم", "لن", "عدم", "احتمال", "امكانيه"})
#: Light verbs of waging and carrying out (shadow form, و/ف stripped): their object is the act.
_LIGHT = frozenset({"شن", "تشن", "يشن", "يشنوا", "يشنون", "تنفذ", "ينفذ", "ينفذوا", "ينفذون", "تنفيذ"})
#: Words that make the object done after a negation (لم تنفذ سوى غارة: only one strike).
_EXCEPT = frozenset({"سوي", "الا"})
#: Words that start another clause: a trigger after them is not the verb's object.
_BREAKS = frozenset({"بعد", "الذي", "التي", "الذين", "عندما", "حين", "ثم", "لكن", "فيما", "بينما", "اذ", "حيث"})
#: How many words the verb's subject may hold between the verb and its object.
LIGHT_REACH = 6


def not_done(tokens: Sequence[Token], start: int, first: int) -> str | None:
    """"not done: <word> <verb>" when a light verb whose object the trigger is, within `LIGHT_REACH` words
    before it in its clause, follows a word of negation or prospect; else None."""
    i, words = first - 1, 0
    while i > start and words < LIGHT_REACH:
        t = tokens[i]
        if t.kind != "word":
            return None  # a comma or a quote: another clause
        words += 1
        b = bare(t)
        if b in _EXCEPT or b in _BREAKS:
            return None
        if b in _LIGHT:
            before = tokens[i - 1]
            if before.kind == "word" and bare(before) in _NOT_DONE:
                return f"not done: {before.text} {t.text}"
            return None
        i -= 1
    return None
