"""Resolve the places a user names: one `Place | None` for each character span of a text (issue 3).

Users often have the mentions already (a coder's highlighted span, their own NER, a corrected
document) and need "resolve THIS span", with the geocoder's context rules and reasons.  Evidence is
tried in this order, and the reason opens with the step that answered:

a. the place the geocoder itself finds overlapping the span (one `places` call per text, shared by
   all its spans), so nothing the geocoder answers today changes;
b. the span's own name looked up in the gazetteer (also without its proclitics: بحلب is حلب), with
   no common-word or needs-context guard since the user says it is a place, ranked as the geocoder
   ranks any name (the document's country prior, type and direction words); a bare compass noun
   (الجنوب) read as a unit of a country other than the story's is left to the later steps, and so is a
   name the geocoder dropped because the text says it is no town abroad there (`Seen.doubted`: "مثل
   الزريجي والخور" in an Iraqi story is no Al Khawr of Qatar, whoever marks the span);
c. the smallest containing unit the text names with it ("X بريف إدلب"), precision 2, by
   `ner_places` on the span as a trusted LOC entity;
c2. the country or big city the span is one letter from, by the slip rule less its context guard
   (the user says a place stands there: `span_slips`), its own precision;
d. the country the document is set in (its largest country weight, a nationality word counts: a
   stricter test, a place name at least, lost three right answers of the labelled sets for one
   wrong one), precision 3;
e. None.

Every returned place carries the user's span as its offsets (`text[p.start:p.end] == p.text`); the
reason quotes the name inside it that matched, when that is shorter.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from numbers import Integral

from marsad.errors import InputError
from marsad.gazetteer.build import REGION
from marsad.gazetteer.compass_units import is_compass_noun
from marsad.gazetteer.context import Words, direction_of
from marsad.gazetteer.countries import country
from marsad.gazetteer.geocoder import Geocoder, country_shares, saint_tail, town_abroad
from marsad.gazetteer.mention import Mention
from marsad.gazetteer.ner_places import ner_places
from marsad.gazetteer.seen import Seen
from marsad.gazetteer.span_slips import span_slip
from marsad.gazetteer.store import Entry, Gazetteer
from marsad.gazetteer.unknown import PRECISION, entry_place, story_country
from marsad.model import Entity, Place
from marsad.text.normalize import Shadow
from marsad.text.tokenize import PROCLITIC_RUNS

#: proclitic runs, shortest first: "والرقة" is و and الرقة before it is وال and رقة
_PROCLITICS = sorted(PROCLITIC_RUNS, key=lambda p: (len(p), p))


def check_spans(text: str, spans: Iterable[object]) -> list[tuple[int, int]]:
    """The spans as (start, end) pairs; InputError for one outside the text, empty, reversed, or
    holding no letter or digit.  An empty text therefore takes no span at all."""
    if not isinstance(text, str):
        raise InputError(f"text must be a string, not {type(text).__name__}")
    out = []
    for span in spans:
        if not (isinstance(span, Sequence) and len(span) == 2
                and all(isinstance(x, Integral) and not isinstance(x, bool) for x in span)):
            raise InputError(f"span {span!r}: give a (start, end) pair of integers")
        s, e = int(span[0]), int(span[1])
        if not 0 <= s < e <= len(text):
            raise InputError(f"span {s}:{e}: outside the text (0:{len(text)}) or empty")
        if not any(c.isalnum() for c in text[s:e]):
            raise InputError(f"span {s}:{e} ({text[s:e]!r}): no letter or digit, not a name")
        out.append((s, e))
    return out


class Resolver:
    """Resolves users' spans of a text with one geocoder (and its gazetteer)."""

    def __init__(self, geocoder: Geocoder | None = None) -> None:
        self.geo = geocoder or Geocoder()

    def resolve(self, text: str, spans: Iterable[object], entities: Iterable[Entity] = (),
                lang: str = "ar") -> list[Place | None]:
        """One place or None per span, in order (see the module docstring for the steps).

        `entities` are the NER's, passed to the geocoder as the pipeline does (step a)."""
        pairs = check_spans(text, spans)
        if not pairs:
            return []
        seen = Seen()
        self.geo.places(text, entities, lang, seen=seen)
        return [self._one(text, s, e, seen, lang) for s, e in pairs]

    def _one(self, text: str, s: int, e: int, seen: Seen, lang: str) -> Place | None:
        span = text[s:e]
        found = widest(seen.places, s, e)
        if found is not None:
            return _given(found, text, s, e, f"resolve step a, the geocoder's place {found.text!r}: {found.reason}")
        if seen.sh is None or seen.words is None:
            return None
        mn = self._named(seen.sh, seen.words, seen.matched, s, e)
        doubted = mn is not None and mn.nstart in seen.doubted  # the geocoder's own "no town abroad" stands
        if mn is not None and not doubted:
            p = self.geo.place_named(text, mn, seen.words, seen.weights, seen.own.get(mn.nstart), lang)
            if not _foreign_compass(mn, p, seen) and not _placed_elsewhere(mn, seen, self.geo.gaz, text, s, e):
                return _given(p, text, s, e, f"resolve step b, {p.text!r} looked up as a place: {p.reason}")
        ent = Entity(start=s, end=e, text=span, label="LOC")
        coded = ner_places(self.geo.gaz, text, seen.sh, seen.words, [ent], seen.matched, seen.mentions,
                           seen.places, seen.weights, trusted=True)
        if coded:
            return _given(coded[0], text, s, e, f"resolve step c: {coded[0].reason}")
        slip = self._slip(seen.sh, seen.words, s, e)
        if slip is not None:
            entry, key = slip
            return entry_place(entry, text, s, e, entry.level, PRECISION.get(entry.level, 2),
                               f"resolve step c2: {span!r} is not in the gazetteer and is one letter from "
                               f"{key!r}, {entry.label()}")
        prior = country_shares(seen.weights)
        c = country(story_country(prior))
        if c is None:
            return None
        return Place(start=s, end=e, text=span, name=span, name_ar=span, country=c.name, iso2=c.iso2,
                     lat=c.lat, lon=c.lon, level="country", geo_precision=3,
                     reason=f"resolve step d: {span!r} is "
                            f"{'no town abroad the gazetteer has, by its context,' if doubted else 'not in the gazetteer'}"
                            " and the text names no unit with it; "
                            f"coded to the document's country {c.name} (prior {prior[c.iso2]:.2f})")

    def _slip(self, sh: Shadow, words: Words, s: int, e: int) -> tuple[Entry, str] | None:
        """The country or big city the span (less a proclitic) is one letter from (`span_slip`)."""
        m = words.m
        ns, ne = sh.to_norm(s), sh.to_norm(e)
        key = " ".join(m[ns:ne].split())
        for prefix in ["", *(p for p in _PROCLITICS if key.startswith(p))]:
            if self.geo.gaz.candidates(key[len(prefix):]):
                return None  # a name with a reading of its own is no slip (step b declined it)
            got = span_slip(self.geo.gaz, key[len(prefix):])
            if got is not None:
                return got
        return None

    def _named(self, sh: Shadow, words: Words, matched: list[Mention], s: int, e: int) -> Mention | None:
        """The span's name as a mention with its gazetteer readings: the whole span (less a proclitic),
        else the longest key `matched` inside it; context read as the geocoder reads it."""
        m = words.m
        ns, ne = sh.to_norm(s), sh.to_norm(e)
        while ns < ne and not m[ns].isalnum():
            ns += 1
        while ne > ns and not m[ne - 1].isalnum():
            ne -= 1
        key = " ".join(m[ns:ne].split())
        mn = None
        if key == m[ns:ne]:  # one space between words: positions in the key are positions in the text
            for prefix in ["", *(p for p in _PROCLITICS if key.startswith(p) and len(key) - len(p) >= 2)]:
                hits = self.geo.gaz.candidates(key[len(prefix):])
                if hits:
                    o_s, o_e = sh.to_orig(ns + len(prefix), ne)
                    mn = Mention(o_s, o_e, ns + len(prefix), ne, key[len(prefix):], prefix, hits)
                    break
        if mn is None:
            inside = [x for x in matched if ns <= x.nstart - len(x.prefix) and x.nend <= ne
                      and not _head(m, x, ns, ne) and not saint_tail(x, m)]
            if not inside:
                return None
            x = max(inside, key=lambda x: (x.nend - x.nstart, -x.nstart))
            mn = Mention(x.start, x.end, x.nstart, x.nend, x.key, x.prefix, self.geo.gaz.candidates(x.key))
        return mn


def _foreign_compass(mn: Mention, p: Place, seen: Seen) -> bool:
    """A bare compass noun read as the unit it names (Lebanon's الجنوب) in a story set in another
    country: there it is that country's south ("عشائر الفرات الاوسط والجنوب" in Iraqi news), so step
    b's reading is dropped and the later steps place it.  A story with no country keeps the reading."""
    if not is_compass_noun(mn.key):
        return False
    home = story_country(country_shares(seen.weights))
    return home is not None and p.iso2 != home


#: Step b's towns in the region this big are no namesakes (the geocoder's own limit for doubting one).
_NAMESAKE_POP = 100_000


def _placed_elsewhere(mn: Mention, seen: Seen, gaz: Gazetteer, text: str, s: int, e: int) -> bool:
    """Step b read a word inside a longer span the gazetteer lacks (a street, square or hospital named
    for it) as a town the geocoder itself doubts (`town_abroad`: one of the region of less than 100,000
    people in a country the document gives no weight, nor its twin, less the word's own vote), while
    names the geocoder placed set the story in others: the compound is a local name (وسط البلد of Cairo
    is not Iraq's Balad, ساحة ثورة العشرين of Najaf not Syria's Tabqa), so the later steps place it.

    A span that is the name itself keeps the reading (a quoted عفرين in a Turkish story is Syria's;
    the corpus audit of NER spans found as many famous small towns as namesakes there), so do towns
    outside the region (a transliterated name is seldom anything else), names the gazetteer attests
    abroad, and a story weighed only by nationality words."""
    if not mn.ranked or mn.key in gaz.attested or not _part_of(text, mn, s, e):
        return False
    town = gaz.entries[mn.ranked[0][1]]
    own = seen.own.get(mn.nstart)
    prior = country_shares(seen.weights - Counter({own: 1.0}) if own else seen.weights)
    return town.iso2 in REGION and town_abroad(town, prior, _NAMESAKE_POP) and any(at != mn.nstart for at in seen.own)


def _part_of(text: str, mn: Mention, s: int, e: int) -> bool:
    """Whether the span s:e holds letters besides the name `mn` and its proclitics."""
    before = sum(c.isalnum() for c in text[s:mn.start])
    return before > len(mn.prefix) or any(c.isalnum() for c in text[mn.end:e])


def _head(m: str, x: Mention, ns: int, ne: int) -> bool:
    """`x` opens the span and a word that is no direction follows it: the head noun of a name
    ("معسكر خالد": the camp word, Mascara in Algeria, is not the place), not the name."""
    rest = m[x.nend:ne].split()
    return x.nstart - len(x.prefix) == ns and bool(rest) and direction_of(rest[0]) is None


def widest(places: list[Place], s: int, e: int) -> Place | None:
    """The place overlapping s:e most (the first of equals), None when none does."""
    best, most = None, 0
    for p in places:
        over = min(e, p.end) - max(s, p.start)
        if over > most:
            best, most = p, over
    return best


def _given(p: Place, text: str, s: int, e: int, reason: str) -> Place:
    """`p` on the user's span, with `reason`."""
    return replace(p, start=s, end=e, text=text[s:e], reason=reason)
