"""Places the NER finds that no gazetteer name covers (issue 3 item 6).

Villages below sub-district level are missing from the shipped data for many countries.  A LOC or GPE
entity that no gazetteer key touches is such a place: as ACLED codes a village it cannot find, it is
coded to the smallest containing unit the text names with it ("X بريف Y", "X في محافظة Y", "X شمال Y",
"X قرب Y", a list "X وY" whose other member is known), precision 2; failing that, only where the
document is plainly set in one country and a locative word introduces the name ("في X"), to that
country, precision 3.  The NER's false positives are the risk, so every test below is a guard.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from dataclasses import replace

from marsad.gazetteer.context import Words, direction_of, is_connector, type_of
from marsad.gazetteer.countries import country
from marsad.gazetteer.demonyms import demonym_country
from marsad.gazetteer.mention import Mention, shadow_set
from marsad.gazetteer.store import Gazetteer
from marsad.gazetteer.transliterated import guess_abroad
from marsad.gazetteer.unknown import NOT_NAMES
from marsad.model import Entity, Place
from marsad.text.normalize import Shadow
from marsad.text.span_index import SpanIndex
from marsad.text.tokenize import article_stripped, proclitic_ok

_LABELS = frozenset({"LOC", "GPE"})
#: Heads of seas, rivers, deserts and world regions: no country or unit contains them (البحر المتوسط،
#: نهر الفرات، شبه الجزيرة العربية), so a coder never codes an event to them through a unit.
_FEATURE_HEADS = shadow_set({"بحر", "البحر", "محيط", "المحيط", "نهر", "النهر", "خليج", "الخليج", "شبه", "بحيره",
                             "البحيره", "مضيق", "المضيق", "صحراء", "الصحراء", "قناه", "القناه", "الاتحاد",
                             "جمهوريه", "الجمهوريه", "مملكه", "المملكه", "بلاد", "دول", "الدول"})
#: Continents and world regions written as one word or a fixed pair (أوروبا، الشرق الأوسط).
_WORLD_REGIONS = shadow_set({"اوروبا", "اوروبه", "افريقيا", "افريقيه", "اسيا", "امريكا", "اميركا", "استراليا",
                             "الشرق الاوسط", "الشرق الادني", "الشرق الاقصي", "المغرب العربي", "المشرق",
                             "المشرق العربي", "الغرب", "الشرق", "الشمال", "الجنوب", "العالم"})
#: Words that introduce a location ("في X", "إلى X"): the positive evidence a country fallback needs.
#: "إلى X" (a trip abroad) and "من X" (an origin) say where someone went or came from, not where it happened.
_LOCATIVES = shadow_set({"في", "قرب", "بالقرب", "داخل", "اطراف", "محيط"})
#: Heads of events and gatherings (مهرجان الهواة، مؤتمر الرياض): a name, but of no place.
_EVENT_HEADS = shadow_set({"مهرجان", "مؤتمر", "معرض", "ملتقي", "منتدي", "قمه", "بطوله", "حفل"})
#: Nouns the NER reads as places inside set phrases: ولاية الفقيه (the doctrine), ولي العهد (the crown
#: prince), الشطر الغربي (the western part).
_NOT_PLACE_WORDS = shadow_set({"الفقيه", "العهد", "الشطر", "شطر"})
_SENTENCE_END_CHARS = ".!?؟\n"
_SENTENCE_END = re.compile(f"[{_SENTENCE_END_CHARS}]")
#: The shortest name (in letters) taken without a containing unit; short tokens are most often the
#: NER's cut of a longer word (يان of بيان).
_MIN_ALONE = 4
#: The country fallback's evidence: country weight the document gives (a name counts 1, a nationality
#: word 0.5) and the share of it the leading country must hold.
_MIN_WEIGHT = 2.0
_MIN_SHARE = 0.6


def ner_places(gaz: Gazetteer, text: str, sh: Shadow, words: Words, entities: Iterable[Entity],
               matched: list[Mention], mentions: list[Mention], places: list[Place],
               weights: Mapping[str, float], trusted: bool = False) -> list[Place]:
    """Places for the NER's LOC/GPE entities that no gazetteer name or found place overlaps.

    `weights` are the document's country weights (names and nationality words): the country fallback
    needs two of them at least, most for one country.  `trusted` entities are a user's spans, places by
    their word (`resolve`): the guards against the NER's mistakes are off (a gazetteer key inside the
    span, a cut word, a common, type or direction word, a nisba, the length, see `_plausible`) and only
    a containing unit codes them; the country is the caller's last step."""
    ents = [x for x in entities if x.label in _LABELS]
    if not ents:
        return []
    # by position: a million-character document has thousands of entities, places and names to test
    taken = SpanIndex([(p.start, p.end) for p in places] + ([] if trusted else [(mn.start, mn.end) for mn in matched]))
    ents = _merged(ents, text, sh, words, taken)
    by_start = {p.start: p for p in places}
    order = _MentionOrder(mentions, by_start)
    # the document's country for the fallback: one for all its entities
    total = sum(v for v in weights.values() if v > 0)
    iso2 = max(weights, key=lambda c: weights[c]) if total >= _MIN_WEIGHT else None
    share = weights[iso2] / total if iso2 else 0.0
    c = country(iso2) if iso2 and share >= _MIN_SHARE else None
    out: list[Place] = []
    for ent in ents:
        if taken.overlaps(ent.start, ent.end):
            continue  # a known name, or part of one (العديد in خور العديد)
        ns, ne = sh.to_norm(ent.start), sh.to_norm(ent.end)
        if ns >= ne or not _placeable(words.m[ns:ne]) or not (trusted or _plausible(gaz, words, ns, ne)):
            continue
        here = Place(start=ent.start, end=ent.end, text=ent.text, name=ent.text, name_ar=ent.text,
                     level="populated_place")
        unit, how = _container(gaz, text, words, ns, ne, mentions, by_start, trusted, order)
        if unit is not None:
            out.append(_coded(here, unit, 2, how))
            taken.add(ent.start, ent.end)
            continue
        if trusted or c is None or not _introduced(words, ns) or len(words.m[ns:ne].replace(" ", "")) < _MIN_ALONE \
                or not _sentence_names(sh, words, ns, ne, c.iso2, places) or guess_abroad(words.m[ns:ne], c.iso2):
            continue  # an English name (نورث هولت) is no place of a story country of the region (transliterated.py)
        out.append(replace(here, country=c.name, iso2=c.iso2, lat=c.lat, lon=c.lon, level="country",
                           geo_precision=3, runner_up=None,
                           reason=f"{ent.text!r} (the NER's {ent.label}) is not in the gazetteer; coded to the "
                                  f"document's country {c.name} (prior {share:.2f}), the text names no "
                                  f"unit with it"))
        taken.add(ent.start, ent.end)
    return out


def _merged(ents: list[Entity], text: str, sh: Shadow, words: Words, taken: SpanIndex) -> list[Entity]:
    """Entities side by side with one space between them are one name ("رام" "حمدان": رام حمدان), unless
    the second is a known name or a connector (بوفاريك بولاية البليدة)."""
    out: list[Entity] = []
    for x in sorted(ents, key=lambda x: x.start):
        if out and text[out[-1].end:x.start] == " " and not taken.overlaps(x.start, x.end) \
                and not is_connector(words.m[sh.to_norm(x.start):sh.to_norm(x.end)]):
            out[-1] = replace(out[-1], end=x.end, text=text[out[-1].start:x.end])
        else:
            out.append(x)
    return out


def _placeable(name: str) -> bool:
    """No sea, river, world region or event: nothing a unit contains, whoever says it is a place."""
    ws = name.split()
    return bool(ws) and name not in _WORLD_REGIONS and ws[0] not in _FEATURE_HEADS and ws[0] not in _EVENT_HEADS \
        and not any(article_stripped(w) in _WORLD_REGIONS for w in ws)


def _plausible(gaz: Gazetteer, words: Words, ns: int, ne: int) -> bool:
    """The entity looks like a place name (the NER may be wrong): a whole word or a proclitic's
    remainder, no common word, type word, direction or nationality, not too long (see `_placeable`)."""
    if ns > 0 and words.m[ns - 1].isalpha():
        k = words.index_at(ns)
        if k < 0 or not proclitic_ok(words.m[words.spans[k][0]:ns]):
            return False
    if ne < len(words.m) and words.m[ne].isalpha():
        return False  # cut inside a word
    name = words.m[ns:ne]
    ws = name.split()
    if not ws or len(ws) > 3 or not all(w.isalpha() for w in ws):
        return False
    if len(ws) == 1 and name.endswith("يه") and not name.startswith("ال"):
        return False  # "منطقة ريفية"، "الشرق أوسطية": an indefinite nisba is an adjective
    if name[:2] in ("لت", "لي", "لن"):
        return False  # "لتشمل" (so as to include): ل and a verb
    if any(w in _NOT_PLACE_WORDS or w in NOT_NAMES or type_of(w) or direction_of(w) or demonym_country(w) for w in ws):
        return False
    return not any(w in gaz.common or "ال" + w in gaz.common for w in ws)


class _MentionOrder:
    """The mentions `_container` looks at, found by shadow position in the order given, not by scanning them all for
    every entity (quadratic on a million characters): the first placed one at or after a position (a suffix minimum
    of list indexes over the placed ones sorted by start), and those that may stand in a list with a name."""

    def __init__(self, mentions: list[Mention], by_start: Mapping[int, Place]) -> None:
        placed = sorted((mn.nstart, i) for i, mn in enumerate(mentions) if by_start.get(mn.start) is not None)
        self.starts = [n for n, _ in placed]
        self.first = [i for _, i in placed]
        for k in range(len(self.first) - 2, -1, -1):
            self.first[k] = min(self.first[k], self.first[k + 1])
        self.spans = SpanIndex((mn.nstart, mn.nend) for mn in mentions)
        self.prefix = max((len(mn.prefix) for mn in mentions), default=0)

    def first_at(self, ne: int) -> int | None:
        """The list index of the first placed mention starting at or after `ne`, or None."""
        k = bisect.bisect_left(self.starts, ne)
        return self.first[k] if k < len(self.first) else None

    def listed(self, m: str, ns: int, ne: int) -> list[int]:
        """Ascending list indexes of the mentions that may be the name's neighbour in a list (`_container`'s "X وY"
        and "Y وX"): one starting after only spaces and its prefix after `ne`, or ending where only spaces and one و
        stand before `ns`; no other passes that test."""
        after = ne
        while after < len(m) and m[after].isspace():
            after += 1
        before = ns
        while before > 0 and m[before - 1].isspace():
            before -= 1
        if before > 0 and m[before - 1] == "و":
            before -= 1
            while before > 0 and m[before - 1].isspace():
                before -= 1
        ids = {i for i in self.spans.near_ids(ne, after + self.prefix) if self.spans.spans[i][0] >= ne}
        ids.update(i for i in self.spans.near_ids(before, ns) if before <= self.spans.spans[i][1] <= ns)
        return sorted(ids)


def _container(gaz: Gazetteer, text: str, words: Words, ns: int, ne: int, mentions: list[Mention],
               by_start: dict[int, Place], trusted: bool = False, order: _MentionOrder | None = None,
               ) -> tuple[Place | None, str]:
    """The unit the text puts the name in: a linked name after it, or a known member of its list.
    A `trusted` name after a type word is in the country glued to it ("منطقة X باريتريا")."""
    order = order or _MentionOrder(mentions, by_start)
    i = order.first_at(ne)
    if i is not None:
        mn = mentions[i]
        p = by_start[mn.start]
        if words.links(ne, mn.nstart - len(mn.prefix), glued=mn.prefix.endswith("ب")):
            if p.level == "country" and not words.between(ne, mn.nstart - len(mn.prefix)) \
                    and not (trusted and _typed(words, ns)):
                return None, ""  # "X بالسعودية": glued to a country says little
            return p, f"the text puts it in {p.name}"
    # "X وY" / "Y وX": a list whose other member is a known place below its country
    for mn in (mentions[i] for i in order.listed(words.m, ns, ne)):
        p = by_start.get(mn.start)
        if p is None or p.level in ("country", "region") or p.geo_precision > 2:
            continue
        after = mn.nstart >= ne and mn.prefix[:1] == "و" and not words.m[ne:mn.nstart - len(mn.prefix)].strip()
        gap = words.m[mn.nend:ns].strip() if mn.nend <= ns else "-"
        before = gap == "و" or (gap == "" and words.m[ns:ns + 1] == "و")
        if not (after or before):
            continue
        unit = gaz.admin1_entry(p.iso2 or "", p.admin1 or "")
        if unit is None:
            return None, ""
        c = country(unit.iso2)
        up = Place(start=0, end=0, text="", name=unit.name, name_ar=unit.name_ar or None,
                   country=c.name if c else unit.iso2, iso2=unit.iso2, admin1=unit.admin1 or None,
                   lat=unit.lat, lon=unit.lon, level="admin1", geo_precision=3)
        return up, f"listed with {p.name} ({p.admin1})"
    return None, ""


def _typed(words: Words, ns: int) -> bool:
    """A type word right before the name ("منطقة X", "بلدة X"): the text itself says it is a place, so a
    country glued to it after ("باريتريا") is where it lies, not a partner ("علاقات X بواشنطن")."""
    k = words.index_at(ns)
    return k >= 0 and words.spans[k][0] == ns and bool(type_of(words.prev_word(k)))


def _sentence_names(sh: Shadow, words: Words, ns: int, ne: int, iso2: str, places: list[Place]) -> bool:
    """The name's sentence names the document's country too: one of its places, its adjective or البلاد
    ("قرب كوسونغ في شمال غرب البلاد"); a name abroad (غوانتنامو) seldom comes with one."""
    m = words.m
    a = max(m.rfind(c, 0, ns) for c in _SENTENCE_END_CHARS) + 1  # the last end before ns, not every one from 0
    hit = _SENTENCE_END.search(m, ne)
    b = hit.start() if hit else len(m)
    for k in range(bisect.bisect_left(words.starts, a), len(words.spans)):
        s = words.spans[k][0]
        if s >= b:
            break
        if ns <= s < ne:
            continue
        w = words.word(k)
        if w.endswith("البلاد") or demonym_country(w) == iso2:
            return True
    oa, ob = sh.orig(a), sh.orig(b)
    return any(p.iso2 == iso2 and oa <= p.start and p.end <= ob for p in places)


def _introduced(words: Words, ns: int) -> bool:
    """A locative word or a glued ب right before the name ("في X", "بX")."""
    k = words.index_at(ns)
    if k >= 0 and words.spans[k][0] < ns:
        return words.m[words.spans[k][0]:ns].endswith("ب")
    return k >= 1 and words.word(k - 1) in _LOCATIVES and words.clean_gap(words.spans[k - 1][1], ns)


def _coded(here: Place, unit: Place, precision: int, how: str) -> Place:
    """`here` coded to the containing `unit` (ACLED's rule for a place it cannot find)."""
    return replace(unit, start=here.start, end=here.end, text=here.text, name=here.text, name_ar=here.text,
                   pcode=None, geonameid=None, geo_precision=3 if unit.level == "country" else precision,
                   runner_up=None,
                   reason=f"{here.text!r} is not in the gazetteer; coded to {unit.name} ({unit.level}), the "
                          f"smallest containing unit the text names: {how}")
