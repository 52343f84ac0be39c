"""A district's own town, placed by a preposition or a word of fighting, is read in a story set elsewhere (issue 3).

The geocoder drops a small town of a country the rest of the story never names (`_unsupported`): such a
reading is most often an Arabic word that some village abroad is called.  A town that gives its name to its
own district (عفرين، منبج، تلعفر) is no such word but a seat the news names for itself: in a story of
Turkey's war in northern Iraq, "سيطرتها على كامل عفرين" is Afrin all the same.  The town is kept when a
locative preposition or a word of fighting stands right before it (across quotes and a quantifier such as
كامل), and only when none of the name's readings lies in a country the story names: there a homonym wins.
A large town of the region (50,000 people) counts as well, by its name with the article ("القمة في الظهران").
"""

from __future__ import annotations

from marsad.gazetteer.build import REGION
from marsad.gazetteer.context import Words
from marsad.gazetteer.mention import Mention, shadow_set
from marsad.gazetteer.store import Gazetteer

#: Prepositions that set what follows as a place the action happens in, at or towards.
_LOCATIVE = shadow_set({"في", "على", "قرب", "داخل", "نحو", "باتجاه", "إلى", "حول", "أطراف", "محيط"})
#: Words of fighting and takeover whose object is the place fought for.
_FIGHTING = shadow_set({"هجوم", "الهجوم", "قصف", "معركة", "معارك", "اشتباكات", "سيطرة", "السيطرة", "اقتحام",
                        "اجتياح", "تحرير", "حصار", "استعادة", "احتلال", "دخول"})
#: A quantifier between the preposition and the town ("على كامل عفرين").
_QUANTIFIERS = shadow_set({"كامل", "كل", "معظم", "غالبية"})
#: A town of the region this large is news-known without a district of its own (the summit "في الظهران").
_LARGE = 50_000
#: The fewest letters of a name read as a place after a glued ب.
_GLUED_MIN = 4
#: What may stand between two words and the town besides spaces: quotes around the name.
_QUOTES = " \"«»“”'"


def news_town(gaz: Gazetteer, mn: Mention, words: Words, story: dict[str, float]) -> bool:
    """Whether `mn`, a town the story's countries would drop, is a district's seat or a large town, placed (see the module)."""
    if not mn.ranked:
        return False
    e = gaz.entries[mn.ranked[0][1]]
    if e.level != "populated_place":
        return False
    seat = any((u := gaz.entries[h.entry]).level == "admin2" and u.iso2 == e.iso2 and u.admin1 == e.admin1
               for h in mn.hits)
    # a large town of the region counts only by its own name with the article and a word before it: a bare
    # noun in construct ("في ميمنة الجبهة", the right flank) is no Maymana
    if not seat and (e.pop < _LARGE or e.iso2 not in REGION or mn.prefix or not mn.key.startswith("ال")):
        return False
    if any(story.get(gaz.entries[h.entry].iso2) for h in mn.hits):
        return False  # a reading in a country the story names: the homonym's call, not this rule's
    if "ب" in mn.prefix:  # "بعفرين"; but a short name glued to ب is as often a word (بحوث, research: not Huth)
        return len(mn.key) >= _GLUED_MIN
    return mn.prefix in ("", "و") and _placed(mn, words)


def _placed(mn: Mention, words: Words) -> bool:
    """A locative preposition or a fighting word right before the name, perhaps past a quantifier."""
    k = words.index_at(mn.nstart) - 1
    end = mn.nstart - len(mn.prefix)
    for _ in range(2):
        if k < 0 or words.m[words.spans[k][1]:end].strip(_QUOTES):
            return False
        w = words.word(k)
        w = w[1:] if w[:1] == "و" and len(w) > 2 else w
        if w in _LOCATIVE or w in _FIGHTING:
            return True
        if w not in _QUANTIFIERS:
            return False
        end = words.spans[k][0]
        k -= 1
    return False
