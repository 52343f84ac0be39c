"""A state that condemns or calls on others over an incident abroad (دانت فرنسا إطلاق النار ... على الفلسطينيين).

"دانت فرنسا السبت إطلاق النار العشوائي للجيش الإسرائيلي، الذي أدى إلى مقتل تسعة فلسطينيين": France speaks,
the shooting was at the Gaza border.  The country after a verb of condemning or calling on (or before one:
فرنسا تدين) is the speaker, no scene, when its sentence names another country's people or places.  A story
told from such a statement often names no place of the incident at all, and its main country is then the
speaker's own: an event that nothing places takes the country of the people it killed (مقتل 19 فلسطينيا)
instead, when that country is not the speaker's.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.gazetteer.countries import country
from marsad.gazetteer.demonyms import demonym_country
from marsad.model import Place
from marsad.text import normalize, tokenize

#: Verbs of condemning, deploring or calling on (shadow form, a conjunction stripped).
_CONDEMN = frozenset({"دانت", "ادانت", "تدين", "يدين", "دان", "ادان", "نددت", "تندد", "ندد", "استنكرت", "تستنكر",
                      "استنكر", "شجبت", "تشجب", "طالبت", "تطالب", "طالب", "طلبت", "تطلب", "دعت", "تدعو"})
#: Nouns of killing before the number and the people killed (مقتل تسعة فلسطينيين، استشهاد 19 فلسطينيا).
_KILLING = frozenset({"مقتل", "قتل", "استشهاد", "بمقتل", "وقتل"})
#: How many words after the noun of killing the nationality may stand (the number between).
VICTIM_REACH = 3


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The sentence holding `pos`: from after the full stop or line break before it to the next one."""
    start = max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos)) + 1
    ends = [k for k in (text.find(".", pos), text.find("\n", pos)) if k >= 0]
    return start, min(ends, default=len(text))


def _nationality(word: str) -> str | None:
    """The country of a nationality word, also in the accusative (فلسطينيا)."""
    iso = demonym_country(word)
    if iso is None and word.endswith("ا"):
        iso = demonym_country(word[:-1])
    return iso


def commenting(text: str, place: Place, places: Sequence[Place]) -> bool:
    """Is the country named as the subject of a verb of condemning or calling on (دانت فرنسا، فرنسا تدين), in a
    sentence that names another country's people (للجيش الإسرائيلي) or one of its `places`?"""
    if place.level != "country" or not place.iso2:
        return False
    before = text[max(0, place.start - 16) : place.start].split()
    after = text[place.end : place.end + 16].split()
    verb = [normalize(w).strip('"«»(),،.').removeprefix("و") for w in (before[-1:] + after[:1])]
    if not any(v in _CONDEMN for v in verb):
        return False
    lo, hi = sentence_bounds(text, place.start)
    if any(lo <= p.start < hi and p.iso2 and p.iso2 != place.iso2 for p in places):
        return True
    return any(t.kind == "word" and (_nationality(t.text) or place.iso2) != place.iso2
               for t in tokenize(text[lo:hi]))


def victims_country(text: str, span: tuple[int, int], speaker: str | None) -> Place | None:
    """A country-level place over the nationality of the people a killing in `span` names (مقتل تسعة
    فلسطينيين), when that is not the `speaker`'s country; else None."""
    words = [t for t in tokenize(text[span[0] : span[1]]) if t.kind == "word"]
    for k, w in enumerate(words):
        if w.norm not in _KILLING:
            continue
        for v in words[k + 1 : k + 1 + VICTIM_REACH]:
            iso = _nationality(v.text)
            c = country(iso) if iso and iso != speaker else None
            if c is None:
                continue
            start = span[0] + v.start
            return Place(start, start + len(v.text), v.text, c.name, name_ar=c.name_ar, country=c.name, iso2=c.iso2,
                         lat=c.lat, lon=c.lon, level="country", geo_precision=3,
                         reason=f"the country of the people killed ({v.text}), the speaker's own no scene")
    return None
