"""An act its alleged doer denies carrying out is the denial's object, not a telling of the incident.

"نفت الولايات المتحدة شن غارات جوية في سوريا"، "نفى البنتاغون أن تكون الولايات المتحدة قد نفذت هذه الغارات": a
side says it did not wage the strikes.  The sentence reports a denial; the strikes, if real, are told by whoever
reports them (ACLED codes the incident from that report, with its own scene and doer), and the denial gives
them the denier as doer and the place of the accusation.  A word of carrying out or of happening (شن، تنفيذ،
قيام، نفذت، وقوع) must stand between the denial verb and the trigger: "نفى" alone also means
exile, and "نفت الوزارة الأنباء عن …" denies a report whose own cue words other rules read.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.roles import bare
from marsad.model.spans import Token

#: Verbs and nouns of denial (shadow form, و/ف and article stripped).
_DENIALS = frozenset({"نفي", "نفت", "ينفي", "تنفي", "نفوا", "نافيا", "نافيه", "نافين"})
#: Words of carrying out or of happening (shadow form, و/ف, article and a glued ب off): the denial is of
#: doing the act or of its taking place.  Words of responsibility (نفت مسؤوليتها عن الهجوم) are left out: they
#: grant the attack and deny only its doer, and the sentence is often the attack's one telling.
_DOING = frozenset({"شن", "شنت", "شنها", "تنفيذ", "تنفيذها", "نفذ", "نفذت", "نفذوا", "قيام", "قيامها", "قيامه",
                    "قيامهم", "وقوع", "حدوث"})
#: Words before a denial verb that undo it (لم تنف، دون أن تنفي).
_UNDONE = frozenset({"لم", "لا", "لن"})
#: Words that open another clause: a trigger after them is no longer the denial's object.
_BREAKS = frozenset({"بعد", "الذي", "التي", "الذين", "عندما", "حين", "ثم", "لكن", "فيما", "بينما", "اذ", "حيث",
                     "قبل", "عقب", "اثر", "بل", "قال", "قالت", "اكد", "اكدت", "اضاف", "اضافت", "موكدا", "مضيفا",
                     "موضحا", "مشيرا", "لكنه", "لكنها"})
#: How many words the denial verb may stand before the trigger (its subject and "أن تكون … قد نفذت" between).
DENIAL_REACH = 10


def _stem(tok: Token) -> str:
    """`bare` with a glued ب dropped (بشن، بتنفيذ) when a word is left."""
    w = bare(tok)
    return w[1:] if len(w) > 3 and w[0] == "ب" else w


def disowned(tokens: Sequence[Token], start: int, first: int) -> str | None:
    """"disowned: <denial> … <doing>" when, within `DENIAL_REACH` words before the trigger at `first` in its
    clause (from token `start`) and with no comma or clause opener between, a word of doing or happening
    follows a denial verb that nothing negates; else None."""
    i, words = first - 1, 0
    doing: Token | None = None
    while i >= start and words < DENIAL_REACH:
        t = tokens[i]
        if t.kind != "word":
            if t.kind == "punct" and t.text not in "\"'«»“”":
                return None  # a comma or a stop: another clause
            i -= 1
            continue
        words += 1
        b = bare(t)
        if b in _BREAKS:
            return None
        if doing is None and (_stem(t) in _DOING or t.norm in _DOING):  # وقوع: its و is no conjunction
            doing = t
        elif doing is not None and b in _DENIALS:
            if i > 0 and tokens[i - 1].kind == "word" and bare(tokens[i - 1]) in _UNDONE:
                return None
            return f"disowned: {t.text} {doing.text}"
        i -= 1
    return None


#: Words one of which a token of the sentence holds when `disowned` fires (its verb of denial).
DISOWNED_CUES = _DENIALS
