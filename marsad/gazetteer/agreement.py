"""Definite words that agree with the definite noun before them: adjectives, not places.

"الخوذ البيضاء" (the White Helmets), "المرحلة الحرجة" (the critical stage), "الحضارة النبطية" (the
Nabataean civilisation), "الأشخاص المهرة" (skilled people): a definite one-word name right after a
definite noun, with nothing between them, reads as that noun's adjective.  Right after another
name it is a list ("من بيت الفقيه الحسينية حتى زبيد").  The same order also
writes a verb's subject before its object (اتهمت الدول الأربع الدوحة), so a capital, a town of a
million, a word the document names elsewhere in another frame, and whatever follows a type word,
preposition, direction, nationality adjective or frame noun are left alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from marsad.gazetteer.build import BIG_TOWN
from marsad.gazetteer.context import Words, capital_of, direction_of, type_of
from marsad.gazetteer.demonyms import demonym_country
from marsad.gazetteer.mention import Mention
from marsad.gazetteer.nationals import capital_ids
from marsad.gazetteer.store import Gazetteer


def agreeing(mentions: Sequence[Mention], words: Words, gaz: Gazetteer, not_noun: Callable[[str], bool],
             word: Callable[[Mention], bool], suffixed: Callable[[int], bool] | None = None) -> set[int]:
    """Indexes of mentions read as the adjective of the definite noun before them.

    `not_noun(w)` says the word before is no noun an adjective could qualify (a preposition, a frame
    or border word); `word(mn)` that a mention is an ordinary word (القبة، البيان), no list's name;
    `suffixed(k)` that word k ends in a possessive pronoun as written (ه, not ة): after a preposition
    it is a definite noun too ("لفوزه العريض", his wide win).
    """
    cands: set[int] = set()
    capitals = capital_ids()
    ends = {mn.nend for mn in mentions if not word(mn)}  # "من بيت الفقيه الحسينية حتى زبيد": a list of names, no noun
    for i, mn in enumerate(mentions):
        if mn.prefix or not mn.key.startswith("ال") or " " in mn.key or mn.latin:
            continue
        k = words.index_at(mn.nstart)
        if k < 1 or words.m[words.spans[k - 1][1]:mn.nstart] != " ":
            continue
        prev = words.word(k - 1)
        if words.spans[k - 1][1] in ends:
            continue
        definite = prev.startswith("ال") or (suffixed is not None and prev[:1] in ("ل", "ب") and suffixed(k - 1))
        if not definite or len(prev) < 4 or not_noun(prev) or type_of(prev) or direction_of(prev) \
                or capital_of(prev) or demonym_country(prev):
            continue
        if any((e := gaz.entries[h.entry]).level == "country" or e.pop >= BIG_TOWN or e.id in capitals for h in mn.hits):
            continue
        cands.add(i)
    if not cands:
        return cands
    # "the document names it elsewhere in another frame": then this one is the place too
    named = {mn.key for i, mn in enumerate(mentions) if i not in cands}
    return {i for i in cands if mentions[i].key not in named}
