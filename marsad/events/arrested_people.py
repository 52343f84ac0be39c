"""The country of the people an arrest names, when the place lent from before is only the country commenting.

"وكانت الخارجية الكندية قد انتقدت … القبض على ناشطات حقوقيات سعوديات": the sentence names no place, and the
country the sentence before lends (كندا) is the one this sentence names as the critic (الكندية), no scene of
the arrest; the arrested are Saudis, held in their own country.  Only a lent country the sentence names by its
adjective before the arrest: foreigners arrested in a story's scene (اعتقال جهاديين فرنسيين after مدينة حارم) keep
the scene, and the dead or hurt of a nationality, often killed abroad (جندي إسرائيلي on the Gaza border), are
not read.
"""

from __future__ import annotations

from marsad.events.commenting import sentence_bounds
from marsad.gazetteer.countries import country
from marsad.gazetteer.demonyms import demonym_country
from marsad.model import Place
from marsad.text import article_stripped, normalize, tokenize

#: Arrest words a trigger may start with (shadow form, و dropped): اعتقال، اعتقلت، القبض، توقيف، أوقفت.
_ARREST = ("اعتقال", "اعتقل", "القبض", "قبض", "توقيف", "اوقف", "احتجاز", "احتجز")
#: Nouns of the arresting side (shadow form, article dropped): a nationality right after one is the arrester's
#: (اعتقال قوات الأمن العراقية مسؤولا), not the arrested's.
_AGENTS = frozenset({"قوات", "امن", "جيش", "شرطه", "سلطات", "اجهزه", "مخابرات", "استخبارات", "بحريه", "حرس"})
#: How many words after the trigger the people's nationality may stand (على، a number, a noun between).
_REACH = 4


def _nationality(word: str) -> str | None:
    """The country of a nationality word, also in the accusative (فلسطينيا)."""
    iso = demonym_country(word)
    if iso is None and word.endswith("ا"):
        iso = demonym_country(word[:-1])
    return iso


def arrested_country(text: str, trigger_start: int, lent: Place) -> Place | None:
    """A country-level place over the nationality of the people the arrest at `trigger_start` names within
    `_REACH` words (القبض على ناشطات حقوقيات سعوديات), when the place `lent` from a sentence before is a country
    the arrest's own sentence names, before it, only as a party by its adjective (الخارجية الكندية انتقدت), and
    the people are not of it nor the arresting side's (قوات الأمن العراقية); else None.  Foreigners arrested in
    a story's scene (اعتقال جهاديين فرنسيين after مدينة حارم) keep the scene.  The full stop ends the reach."""
    if lent.level != "country" or not lent.iso2:
        return None
    lo, _ = sentence_bounds(text, trigger_start)
    if not any(t.kind == "word" and _nationality(t.text) == lent.iso2 for t in tokenize(text[lo:trigger_start])):
        return None
    words = [t for t in tokenize(text[trigger_start : trigger_start + 120]) if t.kind == "word"]
    if not words or not normalize(words[0].text).lstrip("و").removeprefix("ب").startswith(_ARREST):
        return None
    stop = text.find(".", trigger_start)
    for k, w in enumerate(words[1 : 1 + _REACH + 1], start=1):
        start = trigger_start + w.start
        if 0 <= stop < start:
            return None
        iso = _nationality(w.text.strip('"«»'))
        c = country(iso) if iso else None
        if c is None:
            continue
        if article_stripped(normalize(words[k - 1].text).lstrip("و")) in _AGENTS or c.iso2 == lent.iso2:
            return None
        return Place(start, start + len(w.text), w.text, c.name, name_ar=c.name_ar, country=c.name, iso2=c.iso2,
                     lat=c.lat, lon=c.lon, level="country", geo_precision=3,
                     reason=f"the country of the people arrested ({w.text}), the place before lent from abroad")
    return None
