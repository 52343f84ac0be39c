"""Bare الضفة ("the bank") as the West Bank only in a story of Israel and Palestine (issue 3).

News writes the West Bank short, "في غزة والضفة", "طولكرم شمالي الضفة", and the geocoder reads the bare
word so.  But الضفة is first "the bank" of a river: "مقاتلي قوات سوريا الديموقراطية الموجودين على الضفة
قبالة المدينة" in a story of Deir ez-Zor and the Euphrates is no West Bank.  The bare word keeps that reading
where the story names another place of Palestine or Israel, or its own sentence one of their people
(فلسطيني، إسرائيلي), as every West Bank read from the bare word in the ANT articles did, and wherever the story
names no river: alone ("إخواننا في الضفة" in a Hamas statement) the bare word is still the West Bank.  A
Palestinian elsewhere in a Syrian story (the refugees of the Yarmouk camp) says nothing of the Euphrates' bank.
"""

from __future__ import annotations

from marsad.gazetteer.context import Words
from marsad.gazetteer.demonyms import demonym_country
from marsad.gazetteer.names import name_key
from marsad.gazetteer.unknown import sentence_bounds
from marsad.model import Place

_BANK = name_key("الضفة")
#: The countries whose story the bare word belongs to.
_HOME = frozenset({"PS", "IL"})
#: A river named in the story (نهر الفرات، على النهر، لنهر دجلة) gives the bare word its first sense.
_RIVER = name_key("نهر")
_PUNCT = ".,،؛:!?؟\"'«»()[]"
_RIVER_FORMS = frozenset(pre + _RIVER for pre in ("", "ال", "ل", "لل", "ب", "بال", "و", "وال", "ول", "ك"))


def bare_banks(text: str, words: Words, places: list[Place]) -> list[Place]:
    """`places` less each bare الضفة read as a place of Palestine where the story names a river and no other
    place of Palestine or Israel, nor its sentence one of their people."""
    bare = [p for p in places if p.iso2 == "PS" and name_key(p.text) == _BANK]
    if not bare or not any(w in _RIVER_FORMS for w in words.words) \
            or any(p.iso2 in _HOME for p in places if p not in bare):
        return places
    drop = []
    for p in bare:
        a, b = sentence_bounds(text, p.start, p.end)
        if not any(demonym_country(w.strip(_PUNCT)) in _HOME for w in text[a:b].split()):
            drop.append(p)
    return [p for p in places if p not in drop]
