"""Unknown names named again: "بلدة أم المياذن في ريف درعا … قرب أم المياذن".

A name the gazetteer lacks is found only where a type word or a unit frames it; once framed, it is
the same place wherever the story names it again, so later bare mentions take the first reading.  So
is a curated village found with its village word (قرية خان الأحمر), whose bare name is a weak key.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from marsad.gazetteer.context import SITE_ADJ, Words, is_connector
from marsad.gazetteer.demonyms import demonym_country
from marsad.gazetteer.unknown import NOT_IN_GAZETTEER
from marsad.model import Place
from marsad.text.normalize import Shadow
from marsad.text.span_index import SpanIndex
from marsad.text.tokenize import proclitic_ok

#: The reason the unknown-name steps give (see `unknown.fallback` and `ner_places`).
#: The reason of a curated site (sites.tsv); named with a village word, its bare name is the same place.
SITE = "quarter or site, placed at its town"
_VILLAGE_WORDS = frozenset({"قريه", "بلده", "تجمع"})
#: A curated base named with its word (قاعدة العديد الجوية): its bare name is the base only in quotes
#: ("العديد"), as the bare word is often an ordinary one (العديد من: many).
_BASE_WORDS = frozenset({"قاعده"})
_QUOTES = frozenset('"\'«»“”')
#: A curated holy place named with its word (المسجد الأقصى، كنيسة المهد): its bare name is the place again
#: only where a connector or a type word frames it ("منطقة الأقصى"، "في الأقصى"), as the bare word is often
#: an ordinary one (الحد الأقصى: the maximum; في المهد: in the cradle).
_HOLY_WORDS = frozenset({"المسجد", "كنيسه"})


#: One word character, to walk back over a glued prefix (`_hits`).
_WORD_CHAR = re.compile(r"\w")


def _place_at(sh: Shadow, words: Words, k: int, places: SpanIndex) -> bool:
    """Is word `k` (part of) a place of `places` (their spans)?"""
    return places.overlaps(*sh.to_orig(*words.spans[k]))


def _hits(name: str, m: str) -> Iterator[re.Match[str]]:
    """The matches of `(\\w*?)name(?!\\w)` in `m`, as `re.finditer` gives them, tried only where the name occurs
    (`str.find`): the lazy prefix keeps the regex from looking for the name itself, so it tries every position of
    the text, for every name (seconds on a million characters).  A match uses the first occurrence it can reach
    through word characters; one that fails at the start of that word fails at every later start up to the name."""
    pat = re.compile(rf"(\w*?){re.escape(name)}(?!\w)")
    pos = 0
    while (j := m.find(name, pos)) >= 0:
        i = j
        while i > pos and _WORD_CHAR.match(m, i - 1):
            i -= 1
        hit = pat.match(m, i)
        if hit is None:
            pos = j + 1
            continue
        yield hit
        pos = hit.end()


def named_again(text: str, sh: Shadow, words: Words, places: list[Place]) -> list[Place]:
    """Other bare mentions of the unknown names in `places`: a name of two words or more anywhere,
    one word only after a connector (قرب، في، من), a glued ب, or a glued و right after a place (خط صعدة
    والمزرق … معسكر المزرق), so that a common word stays a word."""
    # by position: a million-character document has thousands of places and of hits to test
    taken = SpanIndex((p.start, p.end) for p in places)
    placed = SpanIndex((p.start, p.end) for p in places)
    out: list[Place] = []
    done: set[str] = set()
    for p in places:
        ns, ne = sh.to_norm(p.start), sh.to_norm(p.end)
        name = words.m[ns:ne]
        head, _, rest = name.partition(" ")
        reason = p.reason or ""
        quoted_only = False
        if SITE in reason and head in _BASE_WORDS and rest:
            kept = rest.split(" ")
            while len(kept) > 1 and kept[-1] in SITE_ADJ:
                kept.pop()
            name, quoted_only = " ".join(kept), True
        elif SITE in reason and head in _HOLY_WORDS and rest:
            name = rest  # framed below: a one-word bare name needs a connector or a glued ب
        elif SITE in reason and head in _VILLAGE_WORDS and rest:
            name = rest  # "تجمع الخان الأحمر" (a curated site) … "في الخان الأحمر"
        elif NOT_IN_GAZETTEER not in reason:
            before = words.m[max(0, ns - 8):ns].split()
            if not (SITE in reason and " " in name and before and before[-1] in _VILLAGE_WORDS):
                continue  # "قرية خان الأحمر" … "في خان الأحمر"
        if name in done or len(name.replace(" ", "")) < 4:
            continue
        done.add(name)
        several = " " in name.strip()
        if not several and (p.level == "country" or "named again" in reason):
            continue  # one word coded only to a country may be an ordinary word (في الانتخابات)
        for hit in _hits(name, words.m):
            prefix = hit.group(1)
            s, e = hit.start() + len(prefix), hit.end()
            if prefix and (not proclitic_ok(prefix) or prefix.endswith("ال")):
                continue  # "المدينة الترفيهية" is not "مدينة ترفيهية" named again
            o_s, o_e = sh.to_orig(s, e)
            if taken.overlaps(o_s, o_e):
                continue
            if quoted_only and (prefix or words.m[s - 1:s] not in _QUOTES or words.m[e:e + 1] not in _QUOTES):
                continue
            k = words.index_at(hit.start())
            framed = prefix.endswith("ب") or (k > 0 and is_connector(words.word(k - 1))) or (
                prefix.startswith("و") and k > 0 and _place_at(sh, words, k - 1, placed))
            nxt = k + 1 + name.strip().count(" ")
            if not (several or framed or quoted_only) or (nxt < len(words.spans) and demonym_country(words.word(nxt))):
                continue  # "في الصحراء الجزائرية": the adjective says which one
            taken.add(o_s, o_e)
            out.append(replace(p, start=o_s, end=o_e, text=text[o_s:o_e], runner_up=None,
                               reason=f"{text[o_s:o_e]!r} named again: {p.reason}"))
    return out
