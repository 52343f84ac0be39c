"""Confrontations (مواجهات) between the Israeli army and Palestinian crowds are no armed clash.

In Palestinian news "مواجهات مع الجيش الإسرائيلي" are the stone-throwing youths a raid or a march meets,
not two armed organised sides.  ACLED codes them by who did what: a Gaza border demonstration met with
live fire is "Excessive force against protesters" (the judges' right type for the March of Return days),
a West Bank camp's youths facing a raid are a riot, "Violent demonstration" ("demonstrators engage in
violent acts").  A sentence that names gunmen, an exchange of fire or weapons fired at the army keeps its
armed clash.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from marsad.events.drafts import Draft
from marsad.events.gaza_border import MARCH_OF_RETURN
from marsad.events.mentions import default_actor
from marsad.events.roles import unprefixed
from marsad.model import Span, Token

#: The confrontation word (shadow form, article stripped): مواجهات، المواجهات، مواجهة.
_CONFRONT = "مواجه"
#: Words of an armed side or of fire from both sides (shadow-form prefixes, article stripped): gunmen, an
#: exchange of fire, the armed wings, rockets, shells and bombs; these make a battle.
_ARMED = ("مسلح", "تبادل", "قسام", "سرايا", "كتايب", "صاروخ", "صواريخ", "قذيف", "قذايف", "هاون", "عبوه", "عبوات",
          "ناسف", "مقاوم", "فصايل")
#: Words of the Palestinian crowd (shadow-form prefixes, article stripped).
_CROWD = ("فلسطيني", "شبان", "شاب", "متظاهر", "محتج", "مخيم")
#: Words of the dead (shadow-form prefixes, article stripped).
_DEAD = ("قتل", "مقتل", "قتيل", "قتلى", "مصرع", "استشهاد", "شهيد", "شهداء", "ضحايا")
#: Words of the wounded (shadow-form prefixes, article stripped).
_HURT = ("اصاب", "اصيب", "جرح", "جريح", "مصاب")
#: Words that put the scene in the West Bank or Jerusalem (shadow-form prefixes, article stripped).
_WEST_BANK = ("ضفه", "قدس", "مخيم", "اقتحام", "اقتحم", "اقتحمت")
#: Place names of the Gaza Strip (ACLED admin1 of the Palestinian territories).
_GAZA_ADMIN = ("Gaza Strip", "Gaza")


def _words(tokens: Sequence[Token], lo: int, hi: int) -> list[str]:
    """The sentence's words lo..hi as the stem lists test them (`roles.unprefixed`)."""
    return [unprefixed(t.norm) for t in tokens[lo:hi] if t.kind == "word"]


def confronted_crowd(words: Sequence[str]) -> bool:
    """The sentence tells confrontations of the Israeli army (اسراييل، احتلال) with a Palestinian crowd and
    names no armed side."""
    if not any(w.startswith(_CONFRONT) for w in words):
        return False
    if not any(w.startswith("اسراييل") or w == "احتلال" for w in words):
        return False
    if not any(w.startswith(_CROWD) for w in words):
        return False
    return not any(w.startswith(_ARMED) for w in words)


def _told_again(d: Draft, tokens: Sequence[Token], words: Sequence[str], tok_starts: Sequence[int],
                sentences: Sequence[Span]) -> bool:
    """The trigger is a confrontation word, the sentence names no armed side, and the sentence before tells
    Israeli forces confronting a Palestinian crowd."""
    if d.sent_idx < 1 or d.sent_idx > len(sentences) or not tok_starts:
        return False
    if not any(w.startswith(_CONFRONT) for w in _words(tokens, d.hits[0].first, d.hits[0].last + 1)):
        return False
    if any(w.startswith(_ARMED) for w in words):
        return False
    prev = sentences[d.sent_idx - 1]
    a, b = bisect.bisect_left(tok_starts, prev.start), bisect.bisect_left(tok_starts, prev.end)
    return confronted_crowd(_words(tokens, a, b))


def retype_confrontations(d: Draft, tokens: Sequence[Token], lo: int, hi: int,
                          tok_starts: Sequence[int], sentences: Sequence[Span]) -> None:
    """An armed clash whose sentence is a confrontation of the Israeli army with Palestinians
    (`confronted_crowd`) is a demonstration met with force: with dead and not in the West Bank (the Gaza
    border months, `MARCH_OF_RETURN`), or in Gaza, it is "Excessive force against protesters" ("Protest with
    intervention" when only wounds are told); in the West Bank (a camp raided, youths facing the troops) a
    riot, "Violent demonstration".  Confrontations told again right after such a sentence (عدد قتلى مواجهات
    خان يونس ارتفع إلى خمسة) are the same ones, though they name neither side."""
    f = d.fields
    if f["sub_event_type"] != "Armed clash" or d.retyped:
        return
    words = _words(tokens, lo, hi)
    if not confronted_crowd(words) and not _told_again(d, tokens, words, tok_starts, sentences):
        return
    admin1 = d.place.admin1 if d.place is not None else ""
    west_bank = admin1 == "West Bank" or any(w.startswith(_WEST_BANK) for w in words)
    gaza = admin1 in _GAZA_ADMIN or any(w in ("غزه", "قطاع") for w in words)
    dead = any(w.startswith(_DEAD) for w in words)
    in_months = d.date is None or MARCH_OF_RETURN[0] <= d.date[:10] <= MARCH_OF_RETURN[1]
    force = d.actor1 if d.actor1 is not None and d.actor1.inter in (1, 3, 8) else None
    if force is None and d.actor2 is not None and d.actor2.inter in (1, 3, 8):
        force = d.actor2
    if in_months and (gaza or dead) and not (west_bank and not gaza):
        # as at the border (`_retype_gaza_border`): wounds alone are an intervention, deadly fire excessive force
        hurt = not dead and any(w.startswith(_HURT) for w in words)
        sub = "Protest with intervention" if hurt else "Excessive force against protesters"
        f.update(event_type="Protests", sub_event_type=sub)
        d.actor1 = force
        d.actor2 = default_actor("protesters")
        d.notes.append("type: Israeli force met a Palestinian crowd (confrontations, Gaza)")
        return
    if not west_bank:
        return
    f.update(event_type="Riots", sub_event_type="Violent demonstration")
    d.actor1 = default_actor("rioters")
    d.actor2 = force
    d.notes.append("type: Palestinian youths confronting Israeli troops (a riot)")
