"""The arrest of a suspect in a killing or an assault (issue 5, round 60).

"ألقي القبض على لبناني مشتبه به في حادث مقتل عاملة منزل"، "قبضت على فتاة للاشتباه بها في الاعتداء على
مريم": police taking a suspect in a killing or a beating.  Either the deed was ordinary crime, out of
ACLED's scope, or it was political violence, which ACLED codes as the attack itself, the capture of
its author adding no event (as `background.attacker_taken` holds for a captured attacker).  A suspect
in an attack or a bombing (المشتبه بصلتهم في الهجوم المسلح) is left alone: ACLED does code the arrests
that follow an attack on the state.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.roles import bare_stem, word_indices
from marsad.model import Token

#: Words of suspicion (shadow-form prefixes, article, ل and ب off): مشتبه به، للاشتباه.
_SUSPECTED = ("مشتبه", "اشتباه")
#: Deeds against a person (shadow-form prefixes, article, ب off): a killing, a beating, a stabbing.
_PERSONAL_HARM = ("قتل", "مقتل", "اعتداء", "طعن")
#: How many words after the arrest the suspicion may come, and the deed after the suspicion.
SUSPECT_REACH = 8
DEED_REACH = 4
#: Breaks that end the arrest's account.
_STOPS = frozenset("؛;.!?؟\n")


def suspect_in_killing(tokens: Sequence[Token], last: int, hi: int) -> str | None:
    """Why an arrest ending at `last` (sentence end `hi`) is no ACLED arrest: a word of suspicion within
    `SUSPECT_REACH` words after it, a killing or assault within `DEED_REACH` words after that; else None."""
    end = next((k for k in range(last + 1, hi) if tokens[k].kind == "punct" and tokens[k].text in _STOPS), hi)
    after = word_indices(tokens, last + 1, end)
    for n, k in enumerate(after[:SUSPECT_REACH]):
        if not bare_stem(tokens[k]).startswith(_SUSPECTED):
            continue
        for j in after[n + 1 : n + 1 + DEED_REACH]:
            if bare_stem(tokens[j]).startswith(_PERSONAL_HARM):
                return f"a crime suspect: {tokens[k].text} … {tokens[j].text}"
    return None
