"""A strike whose sentence names no doer, in an article that says which state fired it elsewhere.

Reports of a strike tell its doer once, often in a lead or a side paragraph, and then tell the hits in
sentences of their own: "قصف يرجح أنه من القوات الإسرائيلية طال مواقع لقوات النظام" before "استهدفت الضربات
الصاروخية منطقة قرص النفل", or "أشارت أصابع الاتهام إلى إسرائيل" in the lead of "سقوط صواريخ عدة على
المركز الإيراني".  ACLED codes such a strike to the state the report attributes it to, suspected or not.
This pass fills an air strike's or a missile strike's empty actor1 with a state's military only where the
article attributes strikes of that kind to exactly one state: a strike word with its nationality (غارات
روسية، هجوم صاروخي إسرائيلي، الطيران الإسرائيلي), or a suspicion or accusation frame (يعتقد أنها
إسرائيلية، يرجح أنه من القوات الإسرائيلية، وقوف إسرائيل وراء، أصابع الاتهام إلى إسرائيل).  Two states so named
(الضربات الجوية الروسية والسورية), a state the article has deny (ونفت الولايات المتحدة العلاقة مع الهجوم),
another doer of the same kind read in the article (not one read in its target's camp, a coding slip), a side
hit of the state's own camp or its own people (a rocket on Sderot), a launch from a place in the event's own
sentence (إطلاق القذائف من قطاع غزة) or a bloc's strikes there (الغارات الغربية) leave it empty: a side filled
wrongly is worse than one left empty.  Artillery shelling is never filled by it (guns fire from the ground,
the article's strikes from the air or from afar).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.events.mentions import military_of
from marsad.events.sides import as_doer, quoted, same_side
from marsad.gazetteer.countries import countries
from marsad.gazetteer.demonyms import demonym_country
from marsad.model import Event

#: Strike words of each kind; a generic one (ضربة، هجوم، قصف) attributes both kinds.
_AIR = r"غار[ةا]ت?|طيران|طائرات|طائرة|مقاتلات|مقاتلة|مروحيات"
_MISSILE = r"صواريخ|صاروخ"
_ANY = r"ضرب[ةا]ت?|قصف|هجوم|هجمات|عدوان|اعتداء|اعتداءات"
#: A manner word between the strike and its nationality (غارات جوية إسرائيلية، هجوم صاروخي إسرائيلي).
_MANNER = r"(?:\s+(?:ال)?(?:جوي[ةه]?|صاروخي[ةه]?|حربي[ةه]?|مسير[ةه]|بدون\s+طيار|عسكري[ةه]?))?"
#: An air force after a generic strike word (قصف الطيران الإسرائيلي): the strike is an air strike, its nationality next.
_AIR_FORCE = r"(?:\s+(?:ال)?طيران)?"
_NATIONAL = re.compile(r"(?<!\S)[وف]?[بل]?(?:ال|ل)?(?P<kind>" + _AIR + "|" + _MISSILE + "|" + _ANY + ")" + _MANNER
                       + _AIR_FORCE + r"\s+(?:ال)?(?P<who>\S+)(?=(?P<more>(?:\s+و(?:ال)?\S+)*))")
#: Suspicion and accusation frames: the state named or its nationality after them.
_SUSPECTED = re.compile(
    r"(?:يعتقد|يُعتقد|يرجح|يُرجح|يُرجّح|يرجّح|يشتبه|يُشتبه|رجحت|ترجح)\s+(?:أنها|أنه|انها|انه|أن|ان|بأنها|بأنه)\s+"
    r"(?:من\s+|ل)?(?:(?:ال)?(?:قوات|القوات|الطيران|طيران|الجيش|جيش)\s+)?(?P<who>\S+)"
    r"|(?:وقوف|تقف|يقف|وقفت)\s+(?P<who2>\S+)\s+(?:وراء|خلف|راء)"
    r"|أصابع\s+الاتهام\s+(?:إلى|الى|نحو|ل)\s*(?P<who3>\S+)")
#: State names a frame may give bare (إسرائيل), by ISO2.
_STATES = {"إسرائيل": "IL", "اسرائيل": "IL", "روسيا": "RU", "أمريكا": "US", "أميركا": "US", "واشنطن": "US",
           "الولايات": "US", "تركيا": "TR", "إيران": "IR", "ايران": "IR"}
#: A state that denies a part (ونفت الولايات المتحدة العلاقة مع الهجوم): never the doer by this pass.
_DENIES = re.compile(r"(?<!\S)و?(?:نفت|نفى|تنفي|ينفي)\s+(?P<who>\S+)")
#: A launch from a place in the event's own sentence (إطلاق القذائف من قطاع غزة): who fired is who is there.
_LAUNCHED_FROM = re.compile(r"(?:إطلاق|اطلاق|أطلق\S*|اطلق\S*)(?:\s+\S+){0,3}?\s+من\s")
#: A strike the event's own sentence gives to a bloc (الغارات الغربية، ضربات التحالف): not one state's.
_BLOC = re.compile(r"(?:غار|ضرب|هجم|هجوم|قصف)\S*\s+(?:ال)?(?:غربي|غربية|غربيه|تحالف|دولي|دولية|ثلاثي|ثلاثية|مشترك)")
_STRIP = "،.,:؛\"«»“”()"


def _country(word: str) -> str | None:
    """ISO2 of the state a word names or qualifies (إسرائيل، الإسرائيلية), punctuation stripped."""
    word = word.strip(_STRIP)
    return _STATES.get(word) or demonym_country(word)


def _kind(word: str) -> str:
    """The kind of strike a strike word tells: a missile's is no air raid's, a generic word's is either."""
    if re.fullmatch(_AIR, word):
        return "air"
    if re.fullmatch(_MISSILE, word):
        return "missile"
    return "any"


def attributions(text: str) -> dict[str, set[str]]:
    """The states the article has fire strikes, by kind ("air", "missile", "any")."""
    out: dict[str, set[str]] = {"air": set(), "missile": set(), "any": set()}
    for m in _NATIONAL.finditer(text):
        said = m.group(0)
        kind = "missile" if "صاروخي" in said else "air" if "جوي" in said or "طيران" in said else _kind(m.group("kind"))
        if iso := _country(m.group("who")):
            out[kind].add(iso)
            # the states named with it (الضربات الجوية الروسية والسورية) strike too
            out[kind].update(c for w in m.group("more").split() if (c := _country(w[1:])))
    for m in _SUSPECTED.finditer(text):
        iso = _country(m.group("who") or m.group("who2") or m.group("who3"))
        if iso:
            out["any"].add(iso)
    return out


def _denied(text: str) -> set[str]:
    """The states the article has deny something (a part in the strike, most often)."""
    return {iso for m in _DENIES.finditer(text) if (iso := _country(m.group("who")))}


def _own_people(actor2: str | None, iso: str) -> bool:
    """`actor2` is the civilians, protesters or rioters of the state `iso`: a state strikes no people of its own
    from afar (a rocket on Sderot was fired from Gaza, whatever the article says of Israel's strikes)."""
    crowd, _, rest = str(actor2 or "").partition(" (")
    name = countries().get(iso)
    return crowd in ("Civilians", "Protesters", "Rioters") and name is not None and rest.rstrip(")") == name.name


def _event_kind(e: Event) -> str | None:
    """An air strike is "air"; a shelling told with a missile in its sentence "missile"; else None."""
    if e.sub_event_type == "Air/drone strike":
        return "air"
    quote = quoted(e)
    if e.sub_event_type == "Shelling/artillery/missile attack" and re.search(r"صاروخ|صواريخ|الضربات|ضربات", quote):
        if not re.search(r"مدفعي|هاون|قذائف|راجمات", quote):
            return "missile"
    return None


def attributed_strikers(events: Sequence[Event], text: str) -> list[Event]:
    """`events` with each strike of no doer given the one state the article has fire strikes of its kind."""
    event_kinds = [_event_kind(e) for e in events]  # read once: each strike compares with every other
    if not text or not any(k and e.actor1 is None for e, k in zip(events, event_kinds, strict=True)):
        return list(events)
    said = attributions(text)
    denied = _denied(text)
    out = []
    for e, kind in zip(events, event_kinds, strict=True):
        states = (said["any"] | said[kind]) - denied if kind else set()
        quote = quoted(e)
        home = e.location.iso2.upper() if e.location is not None and e.location.iso2 else None
        doer = military_of(next(iter(states))) if e.actor1 is None and len(states) == 1 else None
        if (doer is None or (e.actor2 and same_side(doer, str(e.actor2))) or _own_people(e.actor2, next(iter(states)))
                or _LAUNCHED_FROM.search(quote) or _BLOC.search(quote)):
            out.append(e)
            continue
        if any(o.actor1 and k == kind and not same_side(str(o.actor1), doer, camps=False)
               and not same_side(str(o.actor1), o.actor2) for o, k in zip(events, event_kinds, strict=True)):
            out.append(e)  # another doer of strikes of this kind read in the article (not one read in its target's camp)
            continue
        inter = 1 if next(iter(states)) == home else 8
        out.append(as_doer(e, doer, inter, f"; actor1 {doer}: the one state the article has fire such strikes"))
    return out
