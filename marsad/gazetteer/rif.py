"""Bare الريف as Morocco's Rif where the sentence names Morocco or a place in it ("أمير الريف ( شمال المغرب )",
"من مواليد بلدة اجدير بالريف").

The region's row (regions.tsv) reads الريف only with a word that says it is the state or the war (جمهورية
الريف، حرب الريف): bare الريف is "the countryside" (الريف السوري، في الريف).  Beside a Moroccan place in
its own sentence it is the Rif all the same: Morocco's countryside would at least be Morocco's, and the Rif
is what Moroccan history and news call by the bare word.  Not when a nationality or compass adjective
follows it (الريف السوري، الريف الشمالي): that is some land's countryside.
"""

from __future__ import annotations

from marsad.gazetteer.context import Words, direction_of
from marsad.gazetteer.demonyms import demonym_country
from marsad.gazetteer.store import Gazetteer
from marsad.gazetteer.unknown import PRECISION, SENTENCE_END, entry_place, sentence_start
from marsad.model import Place
from marsad.text.normalize import Shadow
from marsad.text.tokenize import proclitic_ok

_WORD = "الريف"
_RIF = "جمهورية الريف"
_MOROCCO = "MA"


def _adjective_after(words: Words, k: int) -> bool:
    """Whether word k is followed by a nationality or compass adjective (الريف السوري، الريف الشمالي)."""
    if k + 1 >= len(words.spans):
        return False
    nxt = words.word(k + 1)
    return nxt.startswith("ال") and (demonym_country(nxt) is not None or direction_of(nxt) is not None)


def rif(gaz: Gazetteer, text: str, sh: Shadow, words: Words, places: list[Place]) -> list[Place]:
    """`places` with each bare الريف in a sentence that names a Moroccan place read as the Rif region."""
    moroccan = [p for p in places if p.iso2 == _MOROCCO]
    if not moroccan:
        return places
    region = next((e for e in gaz.lookup(_RIF, iso2=_MOROCCO) if e.level == "region"), None)
    if region is None:
        return places
    out = list(places)
    for k in range(len(words.spans)):
        w = words.word(k)
        i = w.find(_WORD)
        if i < 0 or i + len(_WORD) != len(w) or not proclitic_ok(w[:i]) or _adjective_after(words, k):
            continue
        s, e = words.spans[k]
        o_s, o_e = sh.to_orig(s + i, e)
        if any(p.start < o_e and o_s < p.end for p in out):
            continue
        first = sentence_start(text, o_s)
        end = SENTENCE_END.search(text, o_e)
        last = end.start() if end else len(text)
        near = next((p for p in moroccan if first <= p.start and p.end <= last), None)
        if near is None:
            continue
        out.append(entry_place(region, text, o_s, o_e, "region", PRECISION["region"],
                               f"{region.label()}: bare الريف in a sentence naming {near.text!r} in Morocco"))
    return out
