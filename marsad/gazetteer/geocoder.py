"""The geocoder: find place names in a text and resolve each to one gazetteer entry, with a reason.

1. Match every gazetteer key over the shadow (Aho-Corasick), accepting proclitics (بحلب، وإدلب)
   and, at lower confidence, names written without their article.
2. Read the context: type words pick the level, direction words lower the precision, a name
   linked by connectors ("حارم غربي إدلب") is the containing unit.
3. Score each reading: level and population, region prior, the document's country prior
   (other places, nationality words), containment, and the type word; the best wins and the
   runner-up is recorded.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from marsad.errors import MarsadError
from marsad.gazetteer.adjective_states import adjective_states
from marsad.gazetteer.adjective_towns import adjective_towns
from marsad.gazetteer.again import SITE, named_again
from marsad.gazetteer.agreeing_towns import agreeing_town
from marsad.gazetteer.agreement import agreeing
from marsad.gazetteer.article_keys import framed_article_reads
from marsad.gazetteer.badia import badia
from marsad.gazetteer.banks import bare_banks
from marsad.gazetteer.big_cities import prefer_big_cities
from marsad.gazetteer.body_names import closed_lists, ordinary_quarters
from marsad.gazetteer.bracketed_units import bracketed_units
from marsad.gazetteer.build import BIG_TOWN, REGION
from marsad.gazetteer.city_suffix import city_suffix
from marsad.gazetteer.city_villages import village_in_city
from marsad.gazetteer.common_cities import company_cities, route_mate
from marsad.gazetteer.compass_units import compass_units
from marsad.gazetteer.construct_heads import construct_heads
from marsad.gazetteer.construct_towns import construct_head
from marsad.gazetteer.context import Around, Words, direction_of, is_connector, type_of
from marsad.gazetteer.country_lists import and_lists, in_country_list
from marsad.gazetteer.covering_country import covering_country
from marsad.gazetteer.demonyms import demonym_country
from marsad.gazetteer.distance import km
from marsad.gazetteer.distance_brackets import distance_brackets
from marsad.gazetteer.divided_names import divided_names
from marsad.gazetteer.epithets import epithet_countries
from marsad.gazetteer.etc_lists import etc_lists
from marsad.gazetteer.final_votes import follow_output, move_votes
from marsad.gazetteer.gates import gates
from marsad.gazetteer.glued_names import glued_to_settlement
from marsad.gazetteer.hajj import hajj_sites
from marsad.gazetteer.holy_cities import medina_by_mecca, medina_of_the_era
from marsad.gazetteer.islands import listed_islands
from marsad.gazetteer.lands import listed_lands
from marsad.gazetteer.listed_abroad import listed_abroad
from marsad.gazetteer.longer_names import longer_names
from marsad.gazetteer.lost_villages import lost_villages
from marsad.gazetteer.measured import measured_capitals
from marsad.gazetteer.measured_names import measured_names
from marsad.gazetteer.mention import Mention, listed_after, shadow_set
from marsad.gazetteer.names import JOINABLE_HEADS, is_latin, match_string, name_key
from marsad.gazetteer.national_units import WEIGHT, national_words, said_abroad
from marsad.gazetteer.nationals import capital_ids, national_places
from marsad.gazetteer.ner_places import ner_places
from marsad.gazetteer.news_towns import news_town
from marsad.gazetteer.outlets import outlet_spans
from marsad.gazetteer.phrases import SET_PHRASES, set_phrase, titled
from marsad.gazetteer.placed_names import placed_names
from marsad.gazetteer.plural_areas import district_plural_name, plural_area_town
from marsad.gazetteer.pronoun_endings import pronoun_weak
from marsad.gazetteer.quarter_towns import quarter_towns
from marsad.gazetteer.quoted_areas import quoted_areas
from marsad.gazetteer.quoted_sites import quoted_sites
from marsad.gazetteer.region_quarters import quarter_region
from marsad.gazetteer.rif import rif
from marsad.gazetteer.rivers import river_country
from marsad.gazetteer.romanized_towns import romanized_towns
from marsad.gazetteer.seen import Seen
from marsad.gazetteer.settlement_names import settlement_name
from marsad.gazetteer.short_forms import short_forms
from marsad.gazetteer.slips import slips
from marsad.gazetteer.so_cities import big_city_after_fa
from marsad.gazetteer.squares import squares
from marsad.gazetteer.store import Entry, Gazetteer, Hit
from marsad.gazetteer.streets import STREET_HEADS, streets
from marsad.gazetteer.subdistrict_names import subdistrict_names
from marsad.gazetteer.surnames import surname_weak
from marsad.gazetteer.transliterated import vowel_spelt
from marsad.gazetteer.unit_lists import unit_lists
from marsad.gazetteer.unknown import (
    FRONT_MOVEMENTS,
    NAME_ADJ,
    PLACE_ADJECTIVES,
    PRECISION,
    SENTENCE_END,
    UNIT_LEVELS,
    FramedPlaces,
    entry_place,
    fallback,
    overlaps,
)
from marsad.gazetteer.verbs import masculine_before, masdar_before, perfect_before, verb_before
from marsad.gazetteer.words_inside import words_inside
from marsad.lexicons.actors import Actor, ActorKB
from marsad.model import Entity, Place
from marsad.text.normalize import Shadow, shadow
from marsad.text.span_index import SpanIndex
from marsad.text.tokenize import ARTICLE_RUNS, proclitic_ok

_LEVEL_SCORE = {"country": 6.0, "admin1": 2.2, "admin2": 1.6, "admin3": 1.0, "region": 2.0}
_NOT_PLACES = frozenset({"البلاد", "بلاد"})
#: No person spans: what `_keep` tests a listed name against.
_NO_SPANS = SpanIndex()
#: The levels of a best reading whose close rivals in its own country still let the name vote (`_sure_country`).
_SURE_LEVELS = frozenset({"country", "region", "admin1"})
#: Country names that with ك glued make another word (كمالي: my perfection, a surname).
#: Countries whose name glued to ك or ف is mostly another word: كمالي/فمالي (like my/so my money), فيمن (in whom).
_NOT_AFTER_CLITIC = {"ك": frozenset({"مالي"}), "ف": frozenset({"مالي", "يمن"})}
_PREPOSITIONS = frozenset({"في", "من", "الي", "علي", "عن", "مع", "حول", "داخل", "خارج", "ضد", "نحو", "تجاه", "بين",
                           "عبر", "الى", "لدى", "لدي", "حتي", "حتى", "اراضي", "اتجاه", "باتجاه"})


def _preposition(w: str) -> bool:
    """A preposition, bare or after the conjunction و ("وفي سورية"، "وحتى سورية"): a noun follows it, never an
    adjective.  ف is not stripped: فعلي (actual) would read as على."""
    return w in _PREPOSITIONS or (w[:1] == "و" and w[1:] in _PREPOSITIONS)


def _not_noun(w: str) -> bool:
    """A word an adjective cannot follow as its noun (see `agreeing`): a preposition, a frame or border word."""
    return _preposition(w) or w in _BORDER or w[2:] in _FRAME_NOUNS


#: "إن سورية بلد": إنّ and its sisters take a noun after them, never one an adjective could agree with, so a
#: country spelt like the feminine adjective there is the country ("or" may join two adjectives: روسية أو سورية).
_NOUN_PARTICLES = frozenset({"ان", "وان", "فان", "لان", "ولان", "بان", "لكن", "ولكن"})

#: Saint before a foreign town's name (Saint-Quentin, Sankt Pölten): a name after it is that town's tail; the
#: towns the gazetteer has whole (سان فرانسيسكو، سانت لويس) are matched whole first.
_SAINT = frozenset({"سان", "سانت", "سينت", "سانتا", "سانكت"})

#: Fort before an American base's or town's name (Fort Irwin, Fort Hood): spelt فورت, like Fürth, which the
#: name after it is not; the forts the gazetteer has whole (فورت وورث) are matched whole first.
_FORT = "فورت"

#: Particles that only a verb follows: "قد تدمر الأدلة" (may destroy), "لم يزد" (did not exceed).
_VERB_PARTICLES = frozenset({"لم", "لن", "قد", "سوف", "ولم", "ولن", "وقد", "فقد", "فلم", "فلن"})


#: Negations that a first-person imperfect follows ("لا أدري" I don't know, "لا أعرف"): before a noun لا
#: takes it without the article, so only a verb's shape is read after it (see `_after_particle`).
_NEGATIONS = frozenset({"لا", "ولا", "فلا"})


def _after_particle(mn: Mention, words: Words, text: str) -> bool:
    """A name right after a verb particle is the verb spelt like it (تدمر، يزد), not Palmyra or Yazd; so is
    one of four letters opening with أ right after لا, a first-person imperfect (لا أدري: not Adre).  إ
    opens no such verb, so "ولا إدلب" (nor Idlib) is left alone."""
    if mn.prefix:
        return False
    k = words.index_at(mn.nstart)
    if k < 1:
        return False
    prev = words.prev_word(k)
    return prev in _VERB_PARTICLES or (
        prev in _NEGATIONS and len(mn.key) == 4 and text[mn.start:mn.start + 1] == "أ")


#: Quantifiers in construct (أحد، بعض، كل): a plural noun follows them, never a town's name without its article
#: ("أحد رياض حي القصبة": one of the riads, not Riyadh, which is always الرياض).
_QUANTIFIERS = shadow_set({"احد", "احدي", "بعض", "كل", "جميع", "عده", "معظم", "اغلب"})


def _after_quantifier(mn: Mention, words: Words) -> bool:
    """A name read without its article right after a quantifier is the plural noun it is spelt like."""
    return mn.weak and not mn.prefix and words.prev_word(words.index_at(mn.nstart)) in _QUANTIFIERS


#: "من مالي الخاص" (from my own money): a possessive word, not a country, before it.
_OWN = frozenset({"الخاص", "الخاصه", "كله", "وحدي"})

#: Nouns that a nationality adjective qualifies before a place name: "العاصمة الأردنية عمان".
_FRAME_NOUNS = shadow_set({"عاصمه", "ميناء", "مدينه", "بلده", "قريه", "محافظه", "ولايه", "منطقه", "اقليم", "جزيره"})
#: Israel and Palestine share their places' names and their reporting: evidence for one counts,
#: at a discount, for the other (أريحا is Jericho in a report about الخان الأحمر and القدس).
_TWINS = {"IL": "PS", "PS": "IL"}


def town_abroad(e: Entry, story: dict[str, float], big: int) -> bool:
    """A shipped town of fewer than `big` people in a country the story's other names do not set it in
    (nor its twin): the reading that `_unsupported` and `_abroad_beside_unknown` doubt."""
    return e.level == "populated_place" and e.pop < big and not e.user and not e.site \
        and not story.get(e.iso2) and not story.get(_TWINS.get(e.iso2, ""))


#: Names written without their article that are still places (بصرة، كويت on a road sign or in a
#: headline) only when they are countries or cities this big; smaller ones are words (حزم for الحزم).
_BARE_MIN_POP = BIG_TOWN
#: Not رياض: a given name (رياض منصور، رياض حجاب) or "gardens" (رياض الأطفال); للرياض keeps its article.
_BARE_NOT = shadow_set({"جزائر", "بحرين", "مغرب", "شام", "عين", "جزيره", "خليج", "رياض"})
#: "قرى جديدة" (new villages): an adjective after a plural of places describes them, whatever town
#: it also names (Judaydah).
_PLURAL_PLACES = shadow_set({"قري", "مدن", "بلدات", "مناطق", "احياء", "مواقع", "مخيمات", "بلدان", "دول"})
#: Village words: a small town abroad after one is a homonym in a story about another country.
_VILLAGE_TYPES = shadow_set({"قريه", "قريتي", "قري", "بلده", "بلدتي", "بلدات"})
#: A prison, base or camp named for its town (سجن غوانتانامو، قاعدة إنجرليك): the noun in construct, bare
#: or with a proclitic, frames the town as a place even where the story names no other in its country.
_FACILITIES = shadow_set({p + w for p in ("", "و", "ب", "ل", "ف", "وب") for w in ("سجن", "معتقل", "قاعده", "مخيم")})
#: ... when the town is a town, not a hamlet whose name is some word.
_FACILITY_TOWN = 20_000
#: "الحدود مع غزة", "على حدود غزة", "السياج الفاصل مع غزة": a border is a unit's, not a town's.
_BORDER = shadow_set({"حدود", "الحدود", "لحدود", "بحدود", "وحدود", "الحدودي", "الحدوديه", "الفاصل"})
#: How far from a city a place glued to it with ب ("الحجر الأسود بدمشق") may lie in the next governorate, km.
_GLUED_REACH = 15.0
#: The size from which a town the text places in a country it is not in is named from afar, not a namesake there.
_PLACED_POP = 1_000_000
#: a town of this size named in a direction from a city of its country ("تكريت شمال بغداد") is that town, up
#: to this far off: news places a governorate's seat from the capital (Tikrit 170 km, Kirkuk 240, Mosul 400)
_DIRECTED_TOWN_POP = 20_000
_DIRECTED_TOWN_REACH = 420.0
#: How far a town the data give no admin1 may lie from the centre of an admin1 unit and still be in it, km.
_UNIT_REACH = 800.0
#: How far a place may lie from the centre of a region that spans several admin1 units and still be in it, km.
_WIDE_REGION_REACH = 250.0
#: Curated holy sites of Jerusalem's Old City (sites.tsv): their reason names the convention they follow.
_JERUSALEM_SITES = "st:jer-"
#: GeoNames' East Jerusalem and Old City, both PS (West Bank): a site named "in" either lies in that row.
_PS_JERUSALEM = frozenset({7303419, 6945291})
#: How far after a Jerusalem site the city it is named in may come (كنيسة القيامة السبت في القدس القديمة).
_SITE_CITY_REACH = 30
#: "مفرق المخا": a junction named after a town is the turn-off on the road to it, outside the town.
_JUNCTIONS = shadow_set({"مفرق", "بمفرق", "ومفرق", "لمفرق"})
#: "الملاصقة لمطار الحديدة", "المجاورة لمدينة …": the words that say a place adjoins the next (its type word
#: and the clitic of the next name included).
_ADJOINS = re.compile(r" (?:ال)?(?:ملاصق|محاذي|مجاور|متاخم)ه? (?:ل|لل|ب|من )?(?:(?:مطار|مدينه|مديريه|محافظه|بلده) )?"
                      r"(?:ل|ب|ال|لل)?")
#: How far (km) a town's reading must lie from the place the text says it adjoins for the name to be read
#: as a place the data lack there (see `_far_neighbour`).
_FAR_NEIGHBOUR_KM = 100
#: How near a place the story names for sure a town abroad outside the region must lie to stand by that, km.
_BESIDE_KM = 300.0
#: What follows a dateline's city: a dash (ـ, which the shadow drops, included) or the agency's bracket.
_DATELINE_AFTER = re.compile(r" *[-ـ–—(]")
#: "وسط عمان": the centre of a city.
_CENTRE = shadow_set({"وسط", "بوسط", "ووسط"})
#: The word right after a name (one or two spaces, then a letter).
_NEXT_WORD = re.compile(r" {1,2}([^\W\d_]\S*)")
#: The first words of two-word place names (بيت لحم، كفر قاسم، دير البلح) no person's name opens with:
#: the NER's person over such a name is the place (ابو، ام، بني، خان، عين and بئر, a test's speaker, are left).
_PLACE_HEADS = frozenset({"بيت", "كفر", "دير", "تل", "جسر", "راس"})
#: وادي without its article heads a wadi's name (وادي اليرموك، وادي حيران); only الوادي alone is El Oued.
_WADI = "وادي"
_PREV_WORD = re.compile(r"(\w+) {1,2}$")
#: Each direction to its compass noun, which opens the names of some units (غرب كردفان).
_DIR_NOUNS = {"north": "شمال", "south": "جنوب", "east": "شرق", "west": "غرب"}
#: Quotes around a name and its type word ("حي المغار"): the closing one does not part the name from its unit.
_QUOTED_TYPE = re.compile(r"[\"«“](\w+) $")
_CLOSE_QUOTES = ('"', "»", "”")
#: titles of rule over a land (normalised): the name after one is that land, not a person's name
_RULER_OF = frozenset({"عهد", "امير", "حاكم", "عاهل", "سلطان",
                       # an office of the state in construct with it (وزير خارجية إيران محمد جواد ظريف)
                       "خارجيه", "دفاع", "داخليه", "ملك", "رئيس"})


def _unit_named(m: str, start: int) -> bool:
    """"بمحافظة الشرقية": a direction word right after an indefinite unit word (محافظة، منطقة) is the
    unit's name (Egypt's Sharqia, Saudi Arabia's Eastern Province), not a direction."""
    prev = _PREV_WORD.search(m[max(0, start - 24):start])
    return bool(prev) and type_of(prev[1]) == "admin1" and not prev[1].startswith(ARTICLE_RUNS) \
        and m.startswith("ال", start)  # "ولاية شمال الراين": a bare compass noun opens a longer name


#: Quote marks that may open a body's name.
_QUOTES = "\"«“'"


def _set_phrase(mn: Mention, m: str) -> bool:
    """The name is a word of a set phrase (في إطار، مسقط رأسه، فتح الباب أمام) or of a paper's name
    (صحيفة "واشنطن بوست"), not a place."""
    head = mn.nstart - len(mn.prefix)
    prev_words = m[max(0, head - 12) : head].split()
    prev = prev_words[-1] if prev_words else ""
    nxt = (m[mn.nend : mn.nend + 14].split() or [""])[0]
    # a quote mark alone between the body's word and the name (قناة "روسيا اليوم"، وكالة "سانا")
    word_before = next((w for w in reversed(prev_words) if any(c.isalpha() for c in w)), "")
    quoted = head > 0 and m[head - 1] in _QUOTES
    # only a space between the name and the title word: "واشنطن بوست", not "واشنطن، بوست"
    title_next = nxt if m[mn.nend : mn.nend + 1] == " " else ""
    if titled(word_before if not mn.prefix else "", title_next, quoted):
        return True
    return mn.key in SET_PHRASES and set_phrase(mn.key, mn.prefix, prev, nxt)


def _quarter(mn: Mention) -> bool:
    """The name follows حي, a city's quarter: whatever place it is joined to holds it."""
    return bool(mn.around and (mn.around.type_word or "").removeprefix("ال") == "حي")


#: Type words of a village or an area: what في names right after such a place holds it.
_AREA_WORDS = frozenset(name_key(w) for w in ("قرية", "بلدة", "منطقة", "مخيم"))
#: What may stand glued before such a word: "لمنطقة الطائف"، "وبلدة"، "بالمنطقة".
_AREA_CLITICS = ("", "ال", "ل", "ب", "و", "لل", "بال", "وال", "ول", "وب", "ولل", "وبال")


def _area(mn: Mention) -> bool:
    """The name follows a village or area word (قرية، بلدة، منطقة، مخيم), not a city's: "منطقة المرج في الغوطة
    الشرقية" lies in the Ghouta, where "مدينة دمشق في سوريا" is said of a capital the reader knows anyway."""
    w = (mn.around.type_word or "") if mn.around else ""
    return any(w == pre + t for pre in _AREA_CLITICS for t in _AREA_WORDS)


#: The most names a list may add to its first item before the في that places them all.
_LIST_IN_ITEMS = 3


def _listed_in(words: Words, a_end: int, b_start: int) -> bool:
    """Whether one to three single words with و (names the data lack), then في and connectors only, lie
    between two names: "الطائف والنخيلة والشجيرة في مديرية الدريهمي"."""
    if not words.clean_gap(a_end, b_start) or re.search(r"[,،()]", words.m[a_end:b_start]):
        return False
    between = words.between(a_end, b_start)
    n = next((k for k, w in enumerate(between) if not (w.startswith("و") and len(w) > 3)), len(between))
    rest = between[n:]
    return 1 <= n <= _LIST_IN_ITEMS and rest[:1] == ["في"] and all(is_connector(w) for w in rest) \
        and not any(is_connector(w[1:]) or type_of(w[1:]) or direction_of(w[1:]) for w in between[:n])


def _after_in(mn: Mention, words: Words) -> bool:
    """The name follows في or ب, past its type word: "في المنشية"، "بالمنشية"، "في قرية المنشية"، "بقرية المنشية"."""
    if mn.prefix.endswith("ب"):
        return True
    k = words.index_at(mn.nstart) - 1
    tw = mn.around.type_word if mn.around else None
    if tw and k >= 0 and words.word(k) == tw:
        if tw.startswith(("ب", "وب")) and type_of(tw.removeprefix("و")[1:]):
            return True
        k -= 1
    return k >= 0 and words.word(k) in ("في", "وفي")


def _fits(want: str, level: str) -> bool:
    """Whether a place of `level` is what a type word of level `want` introduces."""
    if want == "rif":
        return level in ("admin1", "populated_place", "admin2")
    if want == "admin2":  # منطقة، قضاء، مديرية: districts are named after their towns; منطقة الغوطة a region
        return level in ("admin2", "admin3", "populated_place", "region")
    return level == want


def _and_joined(a: Mention, b: Mention, m: str) -> bool:
    """Whether `b` follows `a` with only و and spaces between them ("عمان ودمشق")."""
    return b.prefix[:1] == "و" and not m[a.nend : b.nstart - len(b.prefix)].strip()


def _after_plural(m: str, pos: int) -> bool:
    """Does a plural of places (قرى، بمناطق) or an indefinite type word (جبهة، مدينة) come right before
    shadow position `pos`?  An adjective there describes it (جبهة جديدة, a new front)."""
    prev = _PREV_WORD.search(m[max(0, pos - 24):pos])
    if prev is None:
        return False
    w = prev[1]
    return (w in _PLURAL_PLACES or (w[:1] in "وفبل" and w[1:] in _PLURAL_PLACES)
            or (type_of(w) is not None and "ال" not in w[:3]))


def _is_letter(c: str) -> bool:
    return c.isalpha()


#: Kinds of actor that fight or organise at home: a story that names one is about its country (ميليشيات
#: الحوثي: Yemen).  State forces intervene abroad, governments, officials and outlets speak of other
#: countries, so they are no evidence of where the story is.
_LOCAL_ACTORS = frozenset({"militia", "armed_group", "party"})

#: International forces whose war or mission lies in one country, which the KB's country (the coalition's
#: leader) does not say: "غارات للتحالف العربي" is a Yemeni story, "قوات اليونيفيل" a Lebanese one.
_THEATRES = {"saudi_coalition": "YE", "unifil": "LB"}


@lru_cache(maxsize=1)
def _actor_kb() -> ActorKB | None:
    """The shipped actor KB, or None (tried once per process, not once per document)."""
    try:
        return ActorKB.load()
    except (MarsadError, OSError, ValueError, KeyError):
        return None


def _kb_actors(entities: Iterable[Entity], text: str) -> list[Actor]:
    """The KB actors the NER linked and those the actor KB finds where no entity lies (which the NER missed
    and the actor linker, where it runs, adds as entities: a pipeline without it still reads ميليشيات الحوثي)."""
    kb = _actor_kb()
    if kb is None:
        return []
    entities = list(entities)
    ids = {x.kb_id for x in entities if x.kb_id and x.kb_id.startswith("actor:")}
    # (a person the NER tagged but nobody linked is still the KB's person: سعد الحريري in the NER's PER)
    actors = [kb.get(i) for i in ids] + [m.actor for m in kb.find(text)
                                         if not any(x.start < m.end and m.start < x.end
                                                    and not (x.label == "PER" and m.actor.type == "person")
                                                    for x in entities)]
    return list({a.id: a for a in actors if a is not None}.values())


def _actor_countries(actors: list[Actor]) -> tuple[Counter[str], Counter[str]]:
    """Country weights, half a place name's each, like a nationality word: first from the local armed groups
    and parties (and the international forces of one theatre), so a story with no other place is still set in
    one country; then from the well-known persons the story names (سعد الحريري: Lebanon).  A person travels
    and speaks of other countries, so that vote only ranks a name's readings (Tripoli in Lebanon rather than
    Libya); it never gives an unknown name a country."""
    groups: Counter[str] = Counter()
    persons: Counter[str] = Counter()
    for a in actors:
        if a.country and a.type in _LOCAL_ACTORS:
            groups[a.country] += 0.5
        elif a.id in _THEATRES:
            groups[_THEATRES[a.id]] += 0.5
        if a.country and a.type == "person":
            persons[a.country] += 0.5
    return groups, persons


#: The words `_prior` reads for a country: Arabic letters, four or more.
_LONG_WORD = re.compile(r"[\u0621-\u064a]{4,}")


@lru_cache(maxsize=1 << 14)
def _word_country(token: str) -> str | None:
    """The country a word of the text names as a nationality or as its river ("من نهر دجلة": Iraq's), or None
    (cached: `_prior` asks of every long word of every text, and news repeats its words)."""
    return demonym_country(token) or river_country(token)


def country_shares(w: Counter[str]) -> dict[str, float]:
    """Each country's share of the positive weights (the document's country prior)."""
    total = sum(v for v in w.values() if v > 0)
    return {k: v / total for k, v in w.items() if v > 0} if total else {}


_CUT_ARTICLE = re.compile(r"(?<!\w)ال ?[\"«“]$")


def saint_tail(mn: Mention, m: str) -> bool:
    """Whether `mn` follows a Saint word (سان، سانت): the tail of a saint's town's name, not a place itself."""
    return not mn.prefix and m[mn.nstart - 1:mn.nstart] == " " and bool(
        (prev := _PREV_WORD.search(m[max(0, mn.nstart - 12):mn.nstart])) and prev[1] in _SAINT)


def _has_article(prefix: str) -> bool:
    return prefix.endswith("ال") or prefix.endswith("لل")


def _heads_name(mn: Mention, m: str) -> bool:
    """A word that is no connector follows the name: the name is the head word of a longer one (فورت ايرون،
    عين الفرس، درب السلطان، وادي اليرموك)."""
    return bool((nxt := _NEXT_WORD.match(m, mn.nend)) and not is_connector(nxt[1]))


class Geocoder(FramedPlaces):
    """Resolves the places of one text; cheap to call, the gazetteer is shared."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gaz = gazetteer or Gazetteer.load()

    # -- 1. matching -------------------------------------------------------------------------------
    def _match(self, text: str, sh: Shadow, m: str) -> list[Mention]:
        raw = []
        n = len(m)
        for last, key in self.gaz.automaton.iter(m):
            s, e = last - len(key) + 1, last + 1
            if e < n and m[e].isalpha():  # (`_is_letter` written out: this runs for every key inside every word)
                continue
            t = s
            while t > 0 and m[t - 1].isalpha():
                t -= 1
            prefix = m[t:s]
            latin = is_latin(key)
            if prefix and (latin or not proclitic_ok(prefix) or "س" in prefix
                           or (prefix in ("ف", "ك") and not key.startswith("ال")
                               and not self._like_country(key, prefix)
                               and not (prefix == "ف" and big_city_after_fa(self.gaz, key)))):  # كشفت، فرانس
                continue
            if latin and not text[sh.orig(s)].isupper():
                continue
            raw.append((s, e, key, prefix))
        raw.sort(key=lambda r: (-(r[1] - r[0]), r[0]))
        taken = bytearray(len(m))
        out = []
        for s, e, key, prefix in raw:
            if any(taken[s:e]):
                continue
            taken[s:e] = b"\x01" * (e - s)
            o_s, o_e = sh.to_orig(s, e)
            out.append(Mention(o_s, o_e, s, e, key, prefix, self.gaz.candidates(key)))
        out.sort(key=lambda x: x.nstart)
        return out

    def _like_country(self, key: str, clitic: str) -> bool:
        """ك glued to a country's name is "like" (ودول كمصر والأردن), ف "so" (فإيران تريد): few words start
        with either and a country, unlike with a town's name (كشفت holds شفت), so countries alone take them."""
        return key not in _NOT_AFTER_CLITIC[clitic] and any(self.gaz.entries[h.entry].level == "country"
                                                            for h in self.gaz.candidates(key))

    def _keep(self, mn: Mention, m: str, persons: SpanIndex) -> bool:
        if persons.overlaps(mn.start, mn.end):
            return False
        if mn.key in _NOT_PLACES or type_of(mn.key) or _set_phrase(mn, m):
            return False
        if direction_of(mn.key) and not _unit_named(m, mn.nstart):
            return False
        if mn.key.startswith("نهر ") and all(self.gaz.entries[h.entry].level in UNIT_LEVELS for h in mn.hits):
            return False  # "مياه نهر النيل": the river, not Sudan's River Nile state (ولاية نهر النيل is matched whole)
        if not mn.prefix and mn.key in PLACE_ADJECTIVES and _after_plural(m, mn.nstart):
            return False
        if mn.key in FRONT_MOVEMENTS and (prev := _PREV_WORD.search(m[max(0, mn.nstart - 24):mn.nstart])) \
                and prev[1].lstrip("وبل") == "جبهه":
            return False  # جبهة النصر: a movement, not An Nasr
        if saint_tail(mn, m):
            return False  # "سينت بولتن" (Sankt Pölten), "سان كوانتان": the tail of a saint's town, not Bolton
        if mn.key == _FORT and not mn.prefix and _heads_name(mn, m):
            return False  # "قاعدة فورت ايرون": the head of a fort's name, not Fürth
        if mn.key in JOINABLE_HEADS and _heads_name(mn, m):
            return False  # "منطقة عين الفرس": the head of a longer name, not Al Ain (see `_villages`)
        if mn.key in STREET_HEADS and not _has_article(mn.prefix) and _heads_name(mn, m):
            return False  # "حي درب السلطان": a street's word heading its name, not Ad Darb (الدرب)
        if glued_to_settlement(mn, m):
            return False  # "قرية بوادي": the village's own name, not ب + El Oued without its article
        if mn.key == _WADI and not _has_article(mn.prefix) and _heads_name(mn, m):
            return False  # "وادي اليرموك"، "جنوبي وادي حيران": the head of a wadi's name, not El Oued (الوادي)
        # الـ"تيفور": the article cut off by a tatweel and a quote is still the name's article
        article = _has_article(mn.prefix) or (not mn.prefix and bool(_CUT_ARTICLE.search(m, max(0, mn.nstart - 6),
                                                                                           mn.nstart)))
        if not article:
            # a name written without the article it has ("حزم" in بحزم for الحزم) is weak evidence
            mn.weak = all(h.stripped for h in mn.hits)
        else:
            mn.hits = [Hit(h.entry, False) for h in mn.hits]
            # an article on a name that has none (البدو for بدو) is a common noun more often than not
            mn.weak = not mn.key.startswith("ال") and not self._has_article_form(mn)
        if article and not mn.key.startswith("ال") and not self._country_with_article(mn):
            t_end = mn.nend
            while t_end < len(m) and _is_letter(m[t_end]):
                t_end += 1
            if demonym_country(m[mn.nstart - len(mn.prefix) : t_end]):
                return False
        return True

    def _listed(self, mentions: list[Mention], m: str) -> set[int]:
        """Indexes of unit names in a list of places ("ونينوى وصلاح الدين والأنبار"): places even
        where the NER read a person (صلاح الدين), since the list says what they are."""
        out = set()
        for i in range(1, len(mentions)):
            a, b = mentions[i - 1], mentions[i]
            if listed_after(a, b, m) and any(
                    self.gaz.entries[h.entry].level in ("admin1", "country") for h in b.hits):
                out.add(i)
        return out

    def _person_across_and(self, mentions: list[Mention], persons: SpanIndex, m: str) -> set[int]:
        """Indexes of two places joined by و that one person span of the NER runs across ("والشيخ زويد
        وبئر العبد" read as the person "زويد وبئر العبد"): no one's name spans "and" and the next place, so
        both are places; names that are also words stay out (a person may be called by one)."""
        out: set[int] = set()
        for i in range(1, len(mentions)):
            a, b = mentions[i - 1], mentions[i]
            if not listed_after(a, b, m):
                continue
            if self._common(a) or self._common(b):
                continue
            if any(s < a.end and a.start < e and s < b.end and b.start < e for s, e in persons.near(a.start, a.end)):
                out |= {i - 1, i}
        return out

    def _typed_pair(self, mentions: list[Mention], persons: SpanIndex, m: str, words: Words) -> set[int]:
        """Indexes of names with a person of the NER inside them, joined by و to the one or two words
        right after a type word ("بلدة محجة والشيخ مسكين", "مدن أصفهان والأحواز وبندر عباس"): the type
        word names them too (as in `_town_not_person`) when they have a reading of that kind, whether or
        not the gazetteer knows the first."""
        out: set[int] = set()
        for i, b in enumerate(mentions):
            k = words.index_at(b.nstart)
            if b.prefix[:1] != "و" or self._common(b) or not self._town_not_person(b, persons):
                continue
            for n in (1, 2):  # the first name's words, between the type word and "و"
                t = k - n - 1
                if t < 0 or not all(words.clean_gap(words.spans[j][1], words.spans[j + 1][0])
                                    and not words.m[words.spans[j][1]:words.spans[j + 1][0]].strip()
                                    for j in range(t, k)):
                    break
                if any(is_connector(words.word(j)) or type_of(words.word(j)) for j in range(t + 1, k)):
                    break
                level = type_of(words.word(t))
                if level and any(_fits(level, self.gaz.entries[h.entry].level) for h in b.hits):
                    out.add(i)
                    break
        return out

    def _country_run(self, mentions: list[Mention], m: str) -> set[int]:
        """Indexes of names joined by و to a country that are countries themselves ("موريتانيا والسنغال
        ومالي"): a list of countries says what a name that is also a word (مالي "financial") is."""
        country = self._may_be_country
        out: set[int] = set()
        for i in range(1, len(mentions)):
            a, b = mentions[i - 1], mentions[i]
            if not (_and_joined(a, b, m) and country(a) and country(b)):
                continue
            if not self._common(a):
                out.add(i)
            if not self._common(b):
                out.add(i - 1)
        return out

    def _country_with_article(self, mn: Mention) -> bool:
        """"للسعودية": a country whose name is written like its adjective (السعودية) is still the country."""
        return self._may_be_country(mn) and self._has_article_form(mn)

    def _may_be_country(self, mn: Mention) -> bool:
        """Whether one of the name's readings is a country."""
        return any(self.gaz.entries[h.entry].level == "country" for h in mn.hits)

    def _has_article_form(self, mn: Mention) -> bool:
        """Whether some reading of the name is itself written with the article (للرقة for الرقة)."""
        return any(name_key(n).startswith("ال") and name_key(n)[2:] == mn.key
                   for h in mn.hits for n in self.gaz.entries[h.entry].names)

    # -- 3. scoring --------------------------------------------------------------------------------
    def _score(self, mn: Mention, hit: Hit, prior: dict[str, float], parent: Entry | None,
               lang: str) -> tuple[float, list[str]]:
        e = self.gaz.entries[hit.entry]
        why: list[str] = []
        if e.level == "populated_place":
            s = 0.45 * math.log10(e.pop + 10)
            why.append(f"town of {e.pop:,} people" if e.pop else SITE if e.site else "town")
            if e.id.startswith(_JERUSALEM_SITES):
                why.append("a holy site of Jerusalem's Old City, coded as GeoNames codes Jerusalem (IL), the "
                           "convention of the project's labelled sets (the city's status is disputed)")
            if any(self.gaz.entries[h.entry].level != "populated_place"
                   and self.gaz.entries[h.entry].iso2 == e.iso2
                   and self.gaz.entries[h.entry].admin1 == e.admin1 for h in mn.hits):
                s += 1.5
                why.append("the town rather than the unit named after it")
        else:
            s = _LEVEL_SCORE.get(e.level, 1.0)
            why.append(e.level)
        if e.level == "populated_place" and e.pop >= BIG_TOWN and all(
                x.pop * 20 <= e.pop and x.iso2 not in REGION for h in mn.hits
                if (x := self.gaz.entries[h.entry]) is not e and x.level == "populated_place"):
            # موسكو is Moscow: GeoNames gives a Texas town the same Arabic name, and an adjective
            # (الأميركية) in the sentence must not be enough to prefer it; namesakes in the region
            # (الجيزة of Daraa beside Giza) are left to the context
            s += 1.5
            why.append("a city of millions; its namesakes are small")
        if mn.city_company and e.level == "populated_place" and e.pop >= 100_000:
            s += 3.5
            why.append("named with a city or as a centre")
        if e.iso2 in REGION:
            s += 2.5 if lang == "ar" else 1.5
            why.append("in the region")
        elif lang == "ar" and e.level != "country":
            s -= 1.0
        if e.user:
            s += 3.0
            why.append("user's places file")
        if hit.stripped:
            s -= 1.0
            why.append("name without its article")
        art = _has_article(mn.prefix)
        if art and not mn.key.startswith("ال") and e.level != "country":
            s -= 0.5
        a = mn.around
        if a and a.type_level:
            want = a.type_level
            # مديرية is a district (admin2); a subdistrict (admin3) is a ناحية (مديرية المنصورة is Aden's, not Raqqa's)
            ok = _fits(want, e.level) and not (e.level == "admin3" and a.type_word.endswith("مديريه"))
            s += (2.0 if want == "admin2" and e.level == "populated_place" else 4.0) if ok else -2.0
            why.append(f"type word {a.type_word!r} {'fits' if ok else 'does not fit'}")
        share = prior.get(e.iso2, 0.0)
        if share:
            s += 4.0 * share
            why.append(f"document prior {e.iso2} {share:.2f}")
        elif prior.get(_TWINS.get(e.iso2, "")):
            share = 0.75 * prior[_TWINS[e.iso2]]
            s += 4.0 * share
            why.append(f"document prior {_TWINS[e.iso2]} {share:.2f} (shared names)")
        if mn.framed:
            ok = e.iso2 == mn.framed
            s += 5.0 if ok else -1.0
            why.append(f"nationality adjective says {mn.framed}" + ("" if ok else ", not here"))
        if parent is not None:
            inside = self._inside(e, parent)
            if inside:
                s += 4.0
                why.append(f"inside {parent.name} (named next to it)")
        return s, why

    @staticmethod
    def _contained(between: list[str], b: Mention) -> bool:
        """Whether the words linking a name to the next say it lies inside it ("في محافظة درعا").

        A و on the unit word ("دير الزور والريف الغربي للرقة") starts a list instead.  "المنشية (وسط
        الإسكندرية)": the centre of a city holds the name as a direction from it does.
        """
        words = [*between, *([b.around.type_word] if b.around and b.around.type_word else []), b.key.split(" ")[0]]
        if b.prefix.startswith("و") or any(
                w[:1] == "و" and (type_of(w[1:]) or direction_of(w[1:]) or is_connector(w[1:])) for w in words):
            return False
        return bool(b.around and b.around.dir_before) or any(type_of(w) or direction_of(w) for w in words) or (
            between[-1:] != [] and between[-1] in _CENTRE)

    def _outside(self, mn: Mention, parent: Mention) -> bool:
        """"طفس وصيدا في محافظة درعا": no reading of صيدا lies in the unit the text puts it in.

        Only a unit or a real town can hold it: a village is no container.
        """
        e = self.gaz.entries[mn.ranked[0][1]]
        p = self.gaz.entries[parent.ranked[0][1]]
        if mn.placed_in and p.level == "country" and e.level == "populated_place":
            # "في المنصورة في مصر"، "بالمنشية بمصر": in, then in a country; a small place none of whose readings
            # lies there is one of that country the data lack (a city of a million is rather named from afar;
            # "في أونتاريو بكندا": not Ontario, California, a town of 171,000)
            return not e.site and e.pop < _PLACED_POP and not any(
                self.gaz.entries[h.entry].iso2 in (p.iso2, _TWINS.get(p.iso2)) for h in mn.hits)
        if not (mn.contained or mn.glued) or e.level in ("country", "admin1", "region"):
            return False
        if mn.area_in:
            # "منطقة بوداي في البقاع": the Bekaa valley is wider than its governorate, so only a homonym abroad
            # is ruled out by a bare في; "منطقة المرج في الغوطة الشرقية" is not Al Marj, Libya
            return not e.site and not any(self.gaz.entries[h.entry].iso2 in (p.iso2, _TWINS.get(p.iso2))
                                          for h in mn.hits)
        if mn.glued:
            # ب names a city's governorate as often as the city ("زبيد بالحديدة"): outside only when no reading lies
            # in its admin1; a site, a city or a place in a region is no such case ("علاقات أنقرة بواشنطن")
            # "حي الميدان بدمشق": a quarter (حي) joined to a city lies in it, however big a namesake abroad (Medan)
            if (e.site or e.pop >= 100_000 or p.level not in ("populated_place", "admin1", "admin2")) and not _quarter(mn):
                return False
            # "حي الحجر الأسود بدمشق": a quarter of the city that lies over its governorate's line is in it too
            return not any((x := self.gaz.entries[h.entry]).iso2 == p.iso2 and (
                x.admin1 == p.admin1 or (p.level == "populated_place" and self._inside(x, p, _GLUED_REACH)))
                for h in mn.hits)
        if e.site and mn.directed and e.iso2 != p.iso2:
            return False  # "معبر كرم أبو سالم جنوب قطاع غزة": a crossing of the other side, on the unit's edge
        unit_word = bool(parent.around and (parent.around.type_level in UNIT_LEVELS
                                            or (parent.around.type_word or "").endswith("ريف")))
        if p.iso2 and not p.site and (mn.directed or unit_word) and not any(
                self.gaz.entries[h.entry].iso2 in (p.iso2, _TWINS.get(p.iso2)) for h in mn.hits):
            return True  # "البستان شرق درعا": a foreign homonym (Elbistan, Turkey) is no village of Daraa
        reach = 150.0 if mn.directed else 60.0  # "سامراء في شمال بغداد": 110 km north, and right
        if any(self._inside(self.gaz.entries[h.entry], p, reach) for h in mn.hits):
            return False
        if mn.directed and p.level == "populated_place" and any(
                (x := self.gaz.entries[h.entry]).level == "populated_place" and x.pop >= _DIRECTED_TOWN_POP
                and self._inside(x, p, _DIRECTED_TOWN_REACH) for h in mn.hits):
            return False  # "وفي تكريت شمال بغداد": a town of its own, 170 km off, placed from the city, not in it
        if parent.around and parent.around.type_level == "rif" and any(
                (x := self.gaz.entries[h.entry]).iso2 == p.iso2 and x.admin1 == p.admin1 for h in mn.hits):
            return False  # "مطار التيفور في ريف حمص": a city's countryside is its governorate's, however far
        # "بمحافظة البكيرية": a unit; "بريف القنيطرة": a city's countryside, which holds its villages; "قرية عين
        # الحلوة مدينة طوباس": a village the text sets in a city by name
        return p.level != "populated_place" or p.pop >= 100_000 or unit_word or village_in_city(mn.around, parent.around)

    @staticmethod
    def _inside(e: Entry, p: Entry, reach: float = 60.0) -> bool:
        if e.iso2 != p.iso2:
            # "قرية الخان الأحمر شرقي القدس": Israel's and Palestine's places lie side by side, so a West Bank
            # village is near Jerusalem (IL) by distance alone
            return _TWINS.get(e.iso2) == p.iso2 and p.level == "populated_place" and None not in (
                e.lat, e.lon, p.lat, p.lon) and km(e.lat, e.lon, p.lat, p.lon) <= reach  # type: ignore[arg-type]
        if p.level == "country":
            return True
        if p.level == "admin1":
            if not e.admin1 and p.admin1 and None not in (e.lat, e.lon, p.lat, p.lon):
                # "سان فرانسيسكو في ولاية كاليفورنيا": the data give the towns of some countries (the US, China,
                # India) no admin1, which then cannot contradict the unit; a state may span 1,000 km
                return km(e.lat, e.lon, p.lat, p.lon) <= _UNIT_REACH  # type: ignore[arg-type]
            return e.admin1 == p.admin1
        if p.level == "region" and not (p.admin1 and e.admin1):
            # a region of several units (شبه جزيرة سيناء، دارفور) is wider than a town's reach: العريش is
            # 154 km from the centre of Sinai's two governorates; so is a province whose towns the data give
            # no admin1 (Punjab, Pakistan: Lahore is 125 km from its centre)
            reach = max(reach, _WIDE_REGION_REACH)
        if p.level in ("admin2", "admin3") and e.admin2 and p.admin2:
            return e.admin2 == p.admin2 or e.admin1 == p.admin1
        if e.level in ("admin2", "admin3") and p.level == "populated_place":
            # "مديرية التحيتا جنوب الحديدة": a district beside its governorate's city; "مديرية نهم شرق صنعاء":
            # a direction may also point from a city of the next governorate
            near = reach > 60 and None not in (e.lat, e.lon, p.lat, p.lon) and km(
                e.lat, e.lon, p.lat, p.lon) <= reach  # type: ignore[arg-type]
            return e.admin1 == p.admin1 or near
        if None not in (e.lat, e.lon, p.lat, p.lon):
            return km(e.lat, e.lon, p.lat, p.lon) <= reach  # type: ignore[arg-type]
        return e.admin1 == p.admin1

    def _rank(self, mn: Mention, prior: dict[str, float], parent: Entry | None, lang: str) -> None:
        best: dict[int, tuple[float, int, list[str]]] = {}
        for h in mn.hits:
            s, why = self._score(mn, h, prior, parent, lang)
            if h.entry not in best or s > best[h.entry][0]:
                best[h.entry] = (s, h.entry, why)
        mn.ranked = sorted(best.values(), key=lambda x: (-x[0], x[1]))

    # -- the whole thing ---------------------------------------------------------------------------
    def places(self, text: str, entities: Iterable[Entity] = (), lang: str = "ar", seen: Seen | None = None) -> list[Place]:
        """The places named in `text`, resolved; offsets are into `text`.

        `seen`, when given, is filled with what the call read (for `resolve`); it changes no answer."""
        if not isinstance(text, str) or not text.strip():
            return []
        entities = list(entities)
        sh = shadow(text)
        m = match_string(sh.norm)
        words = Words(m)
        # a movement named as a front (جبهة النصر، جبهة البوليساريو): its words are no places
        fronts = [(x.start, x.end) for x in entities if x.label == "ORG"
                  and name_key(x.text.split(" ")[0]).lstrip("وبل") == "جبهه"]
        # indexed by position: a million-character document has thousands of persons and of names to test
        persons = SpanIndex([(x.start, x.end) for x in entities if x.label == "PER"] + fronts + outlet_spans(entities))
        matched = [mn for mn in self._match(text, sh, m) if mn.hits]
        # units in a list and curated sites stay places where the NER read a person (صلاح الدين،
        # كرم أبو سالم): the list or the curated name says what they are
        listed = self._listed(matched, m) | {i for i, mn in enumerate(matched)
                                             if any(self.gaz.entries[h.entry].site for h in mn.hits)
                                             and not self._surname(mn, persons)}
        # "في محافظة صلاح الدين": a unit word says what the name is, whatever the NER read
        listed |= {i for i, mn in enumerate(matched) if persons.overlaps(mn.start, mn.end)
                   and (t := type_of(mn.key.split(" ")[0]) or words.around(mn.nstart, mn.nend).type_level)
                   and (t != "populated_place" or self._town_not_person(mn, persons))
                   and any(_fits(t, self.gaz.entries[h.entry].level) for h in mn.hits)}
        if persons:
            listed |= {i for i, mn in enumerate(matched) if self._national_not_person(mn, persons, m)}
            listed |= self._person_across_and(matched, persons, m)
            listed |= self._typed_pair(matched, persons, m, words)
            # "شوارع ميلانو الإيطالية": a feminine adjective of the town's own country says it is no man
            listed |= {i for i, mn in enumerate(matched) if agreeing_town(self.gaz, mn, persons, words)}
            # "مدير مباحث بيت لحم": بيت، كفر، دير … head places' names, never a man's
            listed |= {i for i, mn in enumerate(matched) if " " in mn.key and mn.key.split(" ")[0] in _PLACE_HEADS
                       and self._town_not_person(mn, persons)}
        # "في حي الأندلس": a region's name after a quarter, square or street word is that quarter's
        mentions = [mn for i, mn in enumerate(matched) if self._keep(mn, m, _NO_SPANS if i in listed else persons)
                    and not quarter_region(self.gaz, mn, words)]
        for mn in mentions:
            mn.around = words.around(mn.nstart, mn.nend)
            mn.framed = self._frame(mn, words)
            nxt = words.index_at(mn.nend) + 1
            mn.continued = nxt < len(words.spans) and words.word(nxt) in NAME_ADJ
            mn.border = self._after_border(mn, words)
        pronoun_weak(self.gaz, mentions, text, words)  # "في حديثه": his talk, not Haditha
        surname_weak(self.gaz, mentions, entities)  # "أقامها حبيش" after حسين حبيش: the man, not Hobeish
        self._datelines(mentions, m)
        for i in range(len(mentions) - 1):
            a, b = mentions[i], mentions[i + 1]
            glued = b.prefix[:1] in ("ب", "ل") or bool(direction_of(b.key.split(" ")[0]))
            if self._loose(a) or self._loose(b):
                continue
            # '"حي المغار" وسط مدينة درنة': a name quoted with its type word links past the closing quote
            a_end = a.nend + 1 if m[a.nend:a.nend + 1] in _CLOSE_QUOTES and (
                q := _QUOTED_TYPE.search(m, max(0, a.nstart - len(a.prefix) - 12), a.nstart - len(a.prefix))) \
                and type_of(q[1]) else a.nend
            if _area(a) and not words.links(a_end, b.nstart - len(b.prefix), glued=glued) \
                    and _listed_in(words, a.nend, b.nstart - len(b.prefix)):
                # "لمنطقة الطائف والنخيلة والشجيرة في مديرية الدريهمي": the في closing a list of names the data
                # lack holds its first, typed item too, against homonyms abroad only (see `_outside`)
                a.parent, b.child, a.contained, a.area_in = i + 1, True, True, True
                continue
            if words.links(a_end, b.nstart - len(b.prefix), glued=glued):
                a.parent = i + 1
                b.child = True
                between = words.between(a.nend, b.nstart)
                # "حي الميدان في دمشق": a quarter is in the place في names right after it
                # "منطقة المرج في الغوطة الشرقية": so is a village or area in what في names right after it
                a.contained = self._contained(between, b) or (_quarter(a) and between == ["في"])
                a.area_in = not a.contained and _area(a) and between == ["في"]
                a.contained = a.contained or a.area_in
                # "مديرية الحسينية بالحديدة": a glued ب right before the next name is "in" (see `_outside`)
                a.glued = not a.contained and not between and b.prefix.endswith("ب")
                a.directed = bool(b.around and b.around.dir_before) or any(direction_of(w) for w in between)
                a.placed_in = (between == ["في"] or (not between and b.prefix.endswith("ب"))) and _after_in(a, words)
                if b.around and b.around.dir_before and not self._dir_unit(b):  # "حارم غربي إدلب": it places حارم
                    b.around = Around(b.around.type_level, b.around.type_word, None, b.around.dir_after)
        countries = self._country_run(mentions, m)
        in_run = {id(mn) for i, mn in enumerate(mentions) if i in countries}
        agree = agreeing(mentions, words, self.gaz, _not_noun, self._common,  # "الخوذ البيضاء": an adjective, not Al Bayda
                         lambda k: text[sh.to_orig(*words.spans[k])[1] - 1] == "ه")
        # "في مناطق القائم": a town of some size after the plural of an area word, unless the story is elsewhere
        plural = {id(mn) for mn in mentions if self._common(mn) and plural_area_town(self.gaz, mn, words)}
        # "لمديريات الزيدية والضحي": a district of any size, but only in a story already set in its country
        districts = {id(mn) for mn in mentions if self._common(mn) and id(mn) not in plural
                     and district_plural_name(self.gaz, mn, words)}
        plural |= districts
        # "بينها مشهد وشيراز", "طار إلى مشهد حيث": a city of a million by its company, not the word (a scene)
        plural |= company_cities(self.gaz, mentions, words, self._common)
        # "لمستوطنة "بركان"": a settlement of Israel or the West Bank, not the word (a volcano)
        plural |= {id(mn) for mn in mentions if self._common(mn) and settlement_name(self.gaz, mn, words, text, sh)}
        mentions = [mn for i, mn in enumerate(mentions)
                    if (i in countries or self._has_context(mn) or self._preposed_country(mn, words)
                        or id(mn) in plural)
                    and i not in agree and not self._adjective(mn, m, words) and not _after_particle(mn, words, text)
                    and not _after_quantifier(mn, words)]
        # re-point parents after filtering
        for i, mn in enumerate(mentions):
            mn.parent = i + 1 if mn.parent is not None and i + 1 < len(mentions) and mentions[i + 1].child else None

        for mn in mentions:
            self._rank(mn, {}, None, lang)
        self._city_company(mentions, words)
        self._dateline_cities(mentions, text)
        national = national_words(words)  # the national unit words, for the prior and the homonyms below
        weights, own = self._prior(mentions, m, national)
        # the story's own armed groups rank a name's readings (a tie between two West Coasts) where few
        # places say where the story is, but they never admit a village or a region by themselves
        known = _kb_actors(entities, text) if sum(weights.values()) < 2.0 else []
        actors, persons = _actor_countries(known)
        prior = country_shares(weights)
        priors: dict[int, dict[str, float]] = {}
        capitals = [j for j in own if self.gaz.entries[mentions[j].ranked[0][1]].id in capital_ids()]
        story: dict[int, dict[str, float]] = {}  # the countries of the other names, however few
        for i in range(len(mentions) - 1, -1, -1):
            mn = mentions[i]
            mine = own.get(i)
            others = weights - Counter({mine: 1.0}) if mine else weights
            # (every weight is positive here, so adding or taking away no country leaves `others` as it is: its
            # shares are then computed once for the three uses, read-only all)
            story[i] = shares = country_shares(others)
            mn_prior = country_shares(others + actors + persons) if actors or persons else shares
            # only a well-attested prior (two names or more besides this one) can veto a village; a national
            # capital names its government ("اتفاق بين واشنطن وأنقرة"), no place the story is in, so it does not count
            capital_votes = [own[j] for j in capitals if j != i]
            named = others - Counter(capital_votes) if capital_votes else others
            priors[i] = shares if sum(named.values()) >= 2.0 else {}
            parent = None
            if mn.parent is not None and mentions[mn.parent].ranked:
                parent = self.gaz.entries[mentions[mn.parent].ranked[0][1]]
            self._rank(mn, mn_prior, parent, lang)
        self._district_parents(mentions)
        self._district_seats(mentions)
        self._capitals(mentions, words, in_run)
        prefer_big_cities(self.gaz, mentions)  # موسكو near الأمريكيين: Moscow, not Mesquite (issue 3)
        measured_capitals(self.gaz, mentions, m)  # "180 كلم شرق الجزائر": Algiers
        covering_country(self.gaz, mentions, m)  # "الصويرة … ( اللطيفية - المحمودية - الإسكندرية )": Iraq's
        # "في عمان" of a Jordanian story, read Amman in the end: its vote moves from Oman to Jordan for the
        # steps below (the unknown names' country, the resolver's step d)
        moved = move_votes(own, weights, lambda j: self.gaz.entries[mentions[j].ranked[0][1]].iso2)
        if moved:
            prior = country_shares(weights)
        out = []
        doubted: set[int] = set()  # the names the text itself says are no town abroad (for the resolver)
        for i, mn in enumerate(mentions):
            if not mn.ranked or (self._unsupported(mn, priors[i]) and not self._facility(mn, words)
                                 and not self._beside_named(i, mentions, own)
                                 and not news_town(self.gaz, mn, words, priors[i])):  # "على كامل عفرين"
                continue
            if national and self._homonym_abroad(mn, national, m):
                doubted.add(mn.nstart)
                continue  # "جبل السلوم من معتمدية حاسي الفريد": not Egypt's As Sallum
            if id(mn) in plural and story[i] and story[i].get(self.gaz.entries[mn.ranked[0][1]].iso2, 0.0) < 0.2:
                continue  # "مناطق السنة" in an Iraqi story: the Sunnis, not Sanandaj
            if id(mn) in districts and story[i].get(self.gaz.entries[mn.ranked[0][1]].iso2, 0.0) < 0.2:
                continue  # "مديريات الزيدية" where no other name sets the story in Yemen stays the sect
            if self._abroad_beside_unknown(mn, story[i], words, mentions):
                doubted.add(mn.nstart)
                continue  # "ومحطة المسيلة شمالي منطقة مريس" in a Yemeni story: not M'Sila, Algeria
            # "عصب الخليل": the nerve of Hebron, not Assab (Eritrea); "مثل الزريجي والخور ومناطق الأهوار" in an
            # Iraqi story: not Al Khawr, Qatar
            if construct_head(self.gaz, i, mentions, m, story[i], town_abroad) \
                    or listed_abroad(self.gaz, i, mentions, story[i], words):
                if i in own:  # no place, so no vote for the town's country: a common noun, or the story's unknown name
                    weights[own.pop(i)] -= 1.0
                    moved = True
                doubted.add(mn.nstart)
                continue
            place = self._place(text, mn)
            town = place.level == "populated_place" and place.geo_precision == 1  # the cheap test first, per place
            prev = _PREV_WORD.search(m[max(0, mn.nstart - len(mn.prefix) - 12):mn.nstart - len(mn.prefix)]) if town else None
            if prev and prev[1] in _JUNCTIONS:
                place = replace(place, geo_precision=2, reason=place.reason + "; the junction named after the town "
                                "(مفرق) lies on the road to it, near the town: precision 2")
            if (city := self._site_city(i, mentions, m)) is not None:
                why = (f"; but named in {city.name} ({city.iso2}, {city.admin1}): coded to that row, as a site "
                       "takes the Jerusalem named with it")
                place = replace(place, country=city.country, iso2=city.iso2, admin1=city.admin1, admin2=city.admin2,
                                pcode=city.pcode, reason=place.reason + why)
            if mn.parent is not None and mentions[mn.parent].ranked and self._outside(mn, mentions[mn.parent]):
                place = fallback(place, self._place(text, mentions[mn.parent]),
                                  f"no {mn.key!r} inside the unit the text puts it in")
            elif (nb := self._far_neighbour(i, mentions, m)) is not None:
                place = fallback(place, self._place(text, nb), f"{place.text!r} adjoins {text[nb.start:nb.end]!r}, "
                                 "and no reading of it lies near that place")
            out.append(place)
        out = self._namesakes_outside(mentions, out)
        out = longer_names(text, sh, words, out)  # "بلدة بصرى الحرير في ريف درعا": not Busra ash Sham
        slipped = slips(self.gaz, text, sh, words, out, [(mn.nstart, mn.nend) for mn in matched])
        out = [p for p in out if not overlaps(slipped, p.start, p.end)] + slipped
        if follow_output(mentions, own, out, weights) or moved:  # "مينا البصل" in Alexandria: no vote for Minna
            prior = country_shares(weights)
        out += self._country_regions(text, sh, words, prior, out)
        out += national_places(self.gaz, text, sh, words, out)  # العاصمة السعودية، الأراضي اليمنية
        # a story no place or nationality word sets in a country: its local armed groups say which (الحوثيين: Yemen)
        out += [p for p in self._villages(text, sh, words, mentions, out, prior or country_shares(actors), not prior)
                if not overlaps(slipped, p.start, p.end)
                and not any(s < p.end and p.start < e for s, e in fronts)]  # جبهة الوليساريو: a movement
        out = self._lists(text, sh, words, mentions, out, prior)
        out = adjective_states(text, sh, m, out)  # "ولاية كيرلا الهندية": India, not Iraq's al-Hindiyah
        out = adjective_towns(text, sh, m, out)  # "مدينة بور هبكة الصومالية": Somalia, not Bor (Turkey)
        out += closed_lists(self.gaz, text, sh, words, out)  # "في الباغوز وهجين …، شرقي محافظة دير الزور"
        out += ordinary_quarters(text, sh, words, out)  # "حي المحافظة شرقي مدينة تعز"
        out += short_forms(self.gaz, text, sh, words, out)  # الصحراء in a story of the Western Sahara
        out += badia(self.gaz, text, sh, words, out, prior)  # "في البادية" of a Syrian story: Syria's steppe
        out += listed_islands(self.gaz, text, sh, words, out)  # "الجزر الثلاث طنب الكبرى … وأبو موسى"
        out += listed_lands(self.gaz, text, sh, words, out)  # "بلاد العراق وفارس": Persia, بلاد فارس
        out += ner_places(self.gaz, text, sh, words, entities, matched, mentions, out, weights)  # LOCs the data lack
        out += epithet_countries(text, sh, m, out, weights)  # الجمهورية الإسلامية in an Iranian story
        out += hajj_sites(self.gaz, text, sh, m, out)  # "بمنى" in a story of the Hajj: Mina, by Mecca
        out += medina_by_mecca(self.gaz, text, sh, m, out)  # "تضم مكة والمدينة": Medina
        out += medina_of_the_era(self.gaz, text, sh, m, out)  # "استخلفه محمد على المدينة": Medina
        out += quoted_areas(text, sh, words, out)  # "المدينة الآسيوية" في قطر: a named area of Qatar
        out += quoted_sites(text, sh, words, out)  # السيطرة على "المدب" و"الغرزة" شرقي حرض
        out += placed_names(text, sh, words, out)  # "في القطابا شمال الخوخة"، "من كفريا والفوعة بريف إدلب"
        out += subdistrict_names(text, sh, words, out)  # "في الجرباء قضاء مدينة جنين": Jenin's
        out += measured_names(text, sh, words, out)  # "كولكول التي تبعد 35 كيلومترا شمالي بلدة الفاشر"
        out += bracketed_units(text, sh, words, out)  # "مستشفى بوفاريك (ولاية البليدة)"
        out += distance_brackets(text, sh, words, out)  # "في العبارة (10 كلم شمال بعقوبة)"
        out += compass_units(self.gaz, text, sh, words, out)  # "بيروت والجنوب والبقاع": Lebanon's South
        out += etc_lists(text, sh, words, out)  # "مثل الغزالية وحي الجهاد والتاجي وغيرها": Baghdad's
        out += named_again(text, sh, words, out)  # "قرب أم المياذن" after "بلدة أم المياذن في ريف درعا"
        out = city_suffix(self.gaz, text, out)  # "غواتيمالا سيتي": Guatemala City, not Guatemala
        out = unit_lists(self.gaz, text, sh, words, out)  # "محافظات الحديدة وصعدة": the governorates
        out = words_inside(self.gaz, sh, words, out)  # "منطقة السوق في السويداء": Suwayda's market, not Suq Sirwah
        out = streets(text, sh, words, out)  # "شارع صنعاء وسط الحديدة": a street of Hodeidah
        out = squares(sh, words, out)  # "في طهران … في ساحة فلسطين": a square of Tehran, not Palestine
        out = gates(sh, words, out)  # "في القدس الشرقية … قرب باب دمشق": Damascus Gate, in Jerusalem
        out = quarter_towns(sh, words, out)  # "حي القادسية غرب العاصمة العراقية": Baghdad's, not the province
        # "عقبة القنذع … في العقبة": the pass again, not a village; last, so that no step reads the word anew
        out = construct_heads(self.gaz, words, mentions, out)
        out = divided_names(out)  # "إعادة توحيد كوريا" beside كوريا الشمالية: the nation, not the South
        out = framed_article_reads(self.gaz, text, out)  # "نور الشمس" (sunlight) is not the camp نور شمس
        out = lost_villages(text, sh, out)  # "قرية دير ياسين قبل حرب 1948": a village emptied then, in Israel
        out = romanized_towns(self.gaz, text, sh, words, out)  # "قرية زرعين": Zir‘in, Yizre‘el
        out = rif(self.gaz, text, sh, words, out)  # "أمير الريف ( شمال المغرب )": Morocco's Rif
        out = bare_banks(text, words, out)  # "الموجودين على الضفة قبالة المدينة" in Deir ez-Zor: a river's bank
        if seen is not None:
            seen.sh, seen.words, seen.matched, seen.mentions = sh, words, matched, mentions
            seen.weights, seen.places = weights, out
            seen.own = {mentions[i].nstart: iso2 for i, iso2 in own.items()}
            seen.doubted = doubted
        return out

    def _homonym_abroad(self, mn: Mention, national: list[tuple[int, str]], m: str) -> bool:
        """A small town or site (under 100,000 people) none of whose readings lies in the country that a
        national unit word of its sentence names (see `national_units`)."""
        e = self.gaz.entries[mn.ranked[0][1]]
        if e.level != "populated_place" or e.pop >= 100_000:
            return False
        countries = {self.gaz.entries[h.entry].iso2 for h in mn.hits}
        return said_abroad(national, m, mn.nstart, mn.nend, countries)

    def _beside_named(self, i: int, mentions: list[Mention], own: dict[int, str]) -> bool:
        """"هجوم على مليلية … وعلى وهران": a town abroad outside the region, within 300 km of a place the
        story names for sure, is that town: its name is a foreign one, not an Arabic word some far village
        is called, and a namesake would not lie next door to the story."""
        e = self.gaz.entries[mentions[i].ranked[0][1]]
        if e.iso2 in REGION or e.lat is None or e.lon is None:
            return False
        for j in own:
            f = self.gaz.entries[mentions[j].ranked[0][1]]
            if j != i and f.level != "country" and f.lat is not None and f.lon is not None \
                    and km(e.lat, e.lon, f.lat, f.lon) < _BESIDE_KM:
                return True
        return False

    def _far_neighbour(self, i: int, mentions: list[Mention], m: str) -> Mention | None:
        """"منطقة الطائف الملاصقة لمطار الحديدة": the place the text says a town adjoins, when the town's
        reading (Saudi Ta'if) lies 100 km or more from it: the name is then a place the data lack there."""
        mn = mentions[i]
        if i + 1 >= len(mentions) or not mn.ranked or not mentions[i + 1].ranked:
            return None
        nb = mentions[i + 1]
        if not _ADJOINS.fullmatch(m[mn.nend:nb.nstart - len(nb.prefix)] + nb.prefix):
            return None
        e, f = self.gaz.entries[mn.ranked[0][1]], self.gaz.entries[nb.ranked[0][1]]
        if e.level != "populated_place" or e.site or None in (e.lat, e.lon, f.lat, f.lon):
            return None
        return nb if km(e.lat, e.lon, f.lat, f.lon) >= _FAR_NEIGHBOUR_KM else None  # type: ignore[arg-type]

    def _site_city(self, i: int, mentions: list[Mention], m: str) -> Place | None:
        """The East Jerusalem or Old City row (PS) that the sentence names right after a holy site of
        Jerusalem: the labelled sets code a site in the Jerusalem the text names with it, GeoNames'
        Jerusalem (IL) for القدس, its PS rows for القدس الشرقية and القدس القديمة."""
        mn = mentions[i]
        if not mn.ranked or not self.gaz.entries[mn.ranked[0][1]].id.startswith(_JERUSALEM_SITES):
            return None
        for nxt in mentions[i + 1:]:
            gap = m[mn.nend:nxt.nstart]
            if len(gap) > _SITE_CITY_REACH or SENTENCE_END.search(gap):
                return None
            if nxt.ranked and (e := self.gaz.entries[nxt.ranked[0][1]]).geonameid in _PS_JERUSALEM:
                return entry_place(e, m, nxt.nstart, nxt.nend, e.level, 1, "")
        return None

    @staticmethod
    def _surname(mn: Mention, persons: SpanIndex) -> bool:
        """A one-word site ending a person span of the NER that begins words before it is a family name
        ("رئيس المؤتمر الشعبي كمال شاتيلا"): the curated site (Shatila camp) does not overrule that person."""
        return " " not in mn.key and not mn.prefix and any(
            s < mn.start - 1 and e == mn.end for s, e in persons.near(mn.start, mn.end))

    @staticmethod
    def _town_not_person(mn: Mention, persons: SpanIndex) -> bool:
        """"بمدينة الشيخ زويد": after a town word, a town's name the NER read as a person is the town
        when the person span lies within the name (a king's city, مدينة الملك فهد, runs past its name)."""
        return any(mn.start <= s and e <= mn.end for s, e in persons.near(mn.start, mn.end) if s < mn.end and mn.start < e)

    def _national_not_person(self, mn: Mention, persons: SpanIndex, m: str) -> bool:
        """A country or a national capital the NER read as (part of) a person: the whole span ("نشر أبو ظبي
        قوات": no one is called by a capital's name alone), or a word glued to ل or ب ("السفير الأمريكي
        لإسرائيل ديفيد فريدمان", "رؤساء لأمريكا": a name never holds "to Israel")."""
        span = next(((s, e) for s, e in persons.near(mn.start, mn.end) if s < mn.end and mn.start < e), None)
        if span is None or not mn.hits or self._common(mn):
            return False
        if not any(e.level == "country" or e.id in capital_ids()
                   for h in mn.hits if (e := self.gaz.entries[h.entry])):
            return False
        exact = span == (mn.start - len(mn.prefix), mn.end) or span == (mn.start, mn.end)
        cut = mn.nstart - len(mn.prefix)
        # "ولي عهد أبو ظبي", "أمير الكويت": a ruler's title before the name makes it his country or
        # capital, however far the NER ran the person (عهد أبو ظبي سيجتمعون)
        if not mn.prefix and (prev := _PREV_WORD.search(m[max(0, cut - 12):cut])) and prev[1] in _RULER_OF:
            return True
        # "رؤساء لأمريكا": nor does a name hold "to America" further on, wherever the NER began the person
        return exact or (mn.prefix[-1:] in ("ل", "ب") and not mn.prefix.endswith("ال"))

    def _capitals(self, mentions: list[Mention], words: Words, in_run: set[int]) -> None:
        """عمان in a text about Jordan is Amman: a country name that is also a big city of another
        country is that city when the text names the city's country (الأردن، الأردني) and nowhere
        else names the first (no سلطنة عمان، عماني، مسقط), unless it stands in a list of countries."""
        def top(mn: Mention) -> Entry:
            return self.gaz.entries[mn.ranked[0][1]]

        cands = [mn for mn in mentions if mn.ranked and id(mn) not in in_run and top(mn).level == "country"
                 and any(self.gaz.entries[h.entry].level == "populated_place" and self.gaz.entries[h.entry].pop
                         >= BIG_TOWN and self.gaz.entries[h.entry].iso2 != top(mn).iso2 for h in mn.hits)]
        if not cands:
            return
        named = {d for i in range(len(words.spans)) if (d := demonym_country(words.word(i)))}
        for mn in cands:
            country = top(mn).iso2
            others = {top(o).iso2 for o in mentions if o.ranked and o.key != mn.key} | named
            if country in others:
                continue
            for r in mn.ranked:
                e = self.gaz.entries[r[1]]
                if e.level == "populated_place" and e.pop >= BIG_TOWN and e.iso2 in others:
                    mn.promote(r, f"the text names {e.iso2} and no other mark of {country}")
                    break

    def _district_parents(self, mentions: list[Mention]) -> None:
        """"مديرية رازح بصعدة": what holds a district is its governorate, not the town of that name.

        A parent read as a town whose own admin1 unit is among its readings takes the unit when a
        district (admin2/admin3) is put inside it; the town stays first otherwise.
        """
        for mn in mentions:
            if mn.parent is None or not mn.ranked or not mentions[mn.parent].ranked:
                continue
            if self.gaz.entries[mn.ranked[0][1]].level not in ("admin2", "admin3") or mn.directed:
                continue  # "مديرية نهم شرق صنعاء": east of the city, not inside a unit
            par = mentions[mn.parent]
            town = self.gaz.entries[par.ranked[0][1]]
            if town.level != "populated_place" or (par.around and par.around.type_level == "populated_place"):
                continue  # "ومدينة دير الزور": the text says the town
            unit = next((r for r in par.ranked if (e := self.gaz.entries[r[1]]).level == "admin1"
                         and (e.iso2, e.admin1) == (town.iso2, town.admin1)), None)
            if unit is not None:
                par.ranked = [unit] + [r for r in par.ranked if r is not unit]
                unit[2].append("holds a district the text puts in it")

    def _namesakes_outside(self, mentions: list[Mention], places: list[Place]) -> list[Place]:
        """"في محافظة مأرب … في منطقة الروضة": a village name of several readings in its country, all small and none
        in the one admin1 unit the story names (Ar Rawd of al-Jawf, Ar Rawdah of Sanaa and Shabwah), is a place of that
        unit the data lack, coded to the unit (precision 2) rather than to a namesake picked by a tie."""
        by_start = {mn.start: mn for mn in mentions}
        out = list(places)
        for i, p in enumerate(places):
            mn = by_start.get(p.start)
            if mn is None or p.level != "populated_place" or mn.parent is not None or mn.directed:
                continue
            readings = [e for r in mn.ranked if (e := self.gaz.entries[r[1]]).iso2 == p.iso2]
            if len(readings) < 2 or any(e.level != "populated_place" or e.pop or e.site for e in readings):
                continue
            one = self._one_admin1(places[:i] + places[i + 1:], p.iso2, p.start)
            if one is None or any((e.iso2, e.admin1) == (one.iso2, one.admin1) for e in readings):
                continue
            out[i] = fallback(p, one, f"{p.text!r} names {len(readings)} small places, none in {one.admin1}, the one "
                                      f"unit the story names")
        return out

    def _district_seats(self, mentions: list[Mention]) -> None:
        """"منطقة دوما في الغوطة الشرقية": a district named with منطقة that the place named next to it cannot
        hold (the Duma district runs 100 km into the desert; its centre is nowhere near Ghouta) is its seat,
        the town of that name inside the place: the text puts the area there, not the whole district."""
        for mn in mentions:
            if mn.parent is None or not mn.ranked or not mentions[mn.parent].ranked or mn.directed:
                continue
            head, _, bare = mn.key.partition(" ")
            e = self.gaz.entries[mn.ranked[0][1]]
            if head != "منطقه" or not bare or e.level != "admin2":
                continue
            p = self.gaz.entries[mentions[mn.parent].ranked[0][1]]
            if p.level not in ("region", "populated_place") or p.iso2 != e.iso2 or self._inside(e, p):
                continue
            seat = next((h.entry for h in self.gaz.candidates(bare) if (x := self.gaz.entries[h.entry]).level
                         == "populated_place" and (x.iso2, x.admin1, x.admin2) == (e.iso2, e.admin1, e.admin2)
                         and self._inside(x, p)), None)
            if seat is not None:
                why = f"the seat of the district {e.name}, inside {p.name} where the text puts it; the district is not"
                mn.ranked = [(mn.ranked[0][0], seat, [why]), *mn.ranked]

    def _city_company(self, mentions: list[Mention], words: Words) -> None:
        """"بين عمان ودمشق"، "وسط عمان": a name that is a country and a city, coordinated with a city or
        named as a centre, is read as the city (Amman rather than Oman); so is one end of a route whose other
        end is a city ("وصل إلى دمشق قادما من عمان", "من عمان إلى دمشق") where nothing else names the country."""
        def city(mn: Mention) -> bool:
            e = self.gaz.entries[mn.ranked[0][1]] if mn.ranked else None
            return e is not None and e.level == "populated_place" and e.pop >= 100_000

        both = self._may_be_country

        for a, b in pairwise(mentions):
            if _and_joined(a, b, words.m):
                a.city_company = a.city_company or (both(a) and city(b))
                b.city_company = b.city_company or (both(b) and city(a))
        # "في الكويت والبحرين وقطر وعمان والقاهرة": a list of countries, whatever city closes it
        for run in and_lists(mentions, lambda a, b: _and_joined(a, b, words.m)):
            for mn in run:
                if mn.city_company and in_country_list(self.gaz, mn, run):
                    mn.city_company = False
        for i, mn in enumerate(mentions):
            k = words.index_at(mn.nstart - len(mn.prefix)) - 1
            if both(mn) and not mn.prefix and k >= 0 and words.word(k) in _CENTRE \
                    and words.clean_gap(words.spans[k][1], mn.nstart):
                mn.city_company = True
            elif both(mn) and (mate := route_mate(mentions, i, words)) is not None and city(mate) \
                    and not self._country_marked(mn, mentions, words):
                mn.city_company = True

    def _country_marked(self, mn: Mention, mentions: list[Mention], words: Words) -> bool:
        """Whether the text names the country reading of `mn` otherwise (مسقط، عماني): "نقل جرحى … إلى مسقط، ونقل
        جرحى من عمان إلى صنعاء" runs from Oman, not from Amman."""
        iso2 = next((e.iso2 for h in mn.hits if (e := self.gaz.entries[h.entry]).level == "country"), None)
        if iso2 is None:
            return False
        if any(o.ranked and o.key != mn.key and self.gaz.entries[o.ranked[0][1]].iso2 == iso2 for o in mentions):
            return True
        return any(demonym_country(words.word(k)) == iso2 for k in range(len(words.spans)))

    def _dateline_cities(self, mentions: list[Mention], text: str) -> None:
        """"عمان - الدستور"، "عمان (رويترز) -": a line opened by a name and a dash or the agency's bracket is a
        dateline, and a dateline names the city the report was filed from, so a name that is a country and a
        city (Oman, Amman) reads as the city there, as it does named with a city (`_city_company`)."""
        for mn in mentions:
            if not mn.prefix and self._may_be_country(mn) and _DATELINE_AFTER.match(text, mn.end) \
                    and not text[text.rfind("\n", 0, mn.start) + 1:mn.start].strip():
                mn.city_company = True

    def _datelines(self, mentions: list[Mention], m: str) -> None:
        """"عمان، الأردن (CNN)": a dateline's country frames its city (Amman, not Oman)."""
        for a, b in pairwise(mentions):
            line_start = a.nstart - len(a.prefix) == 0 or m[a.nstart - len(a.prefix) - 1] == "\n"
            if a.prefix or b.prefix or not line_start or m[a.nend : b.nstart].strip(" ") not in ("،", ","):
                continue
            countries = {self.gaz.entries[h.entry].iso2 for h in b.hits if self.gaz.entries[h.entry].level == "country"}
            if len(countries) == 1:
                a.framed = countries.pop()

    @staticmethod
    def _after_border(mn: Mention, words: Words) -> bool:
        """The name follows a border word, maybe with مع ("على حدود غزة", "الحدود مع غزة")."""
        i = words.index_at(mn.nstart) - 1
        if i >= 0 and words.word(i) == "مع":
            i -= 1
        return i >= 0 and not mn.prefix and words.word(i) in _BORDER and words.clean_gap(words.spans[i][1], mn.nstart)

    def _frame(self, mn: Mention, words: Words) -> str | None:
        """The country a nationality adjective around the name gives: before it (`_framed`), else after it
        (`_adjective_after`)."""
        return self._framed(mn, words) or self._adjective_after(mn, words)

    def _adjective_after(self, mn: Mention, words: Words) -> str | None:
        """"بين رفح الفلسطينية ورفح المصرية": a definite feminine nationality adjective right after a town's
        name says which of its namesakes is meant, whatever country the rest of the story leans to.  Only a
        name with readings in two countries or more, one of them the adjective's, and none a country (in
        "العلاقات السعودية الأمريكية" the first word is an adjective too)."""
        k = words.index_at(max(mn.nstart, mn.nend - 1)) + 1
        if k >= len(words.spans) or words.m[mn.nend:words.spans[k][0]] != " ":
            return None
        adj = words.word(k)
        if not adj.startswith("ال") or not adj.endswith("يه"):
            return None
        iso2 = demonym_country(adj)
        readings = [self.gaz.entries[h.entry] for h in mn.hits]
        if iso2 is None or any(e.level == "country" for e in readings):
            return None
        countries = {e.iso2 for e in readings}
        return iso2 if iso2 in countries and len(countries) > 1 else None

    @staticmethod
    def _framed(mn: Mention, words: Words) -> str | None:
        """"العاصمة الأردنية عمان": the country a definite nationality adjective before the name gives."""
        k = words.index_at(mn.nstart - len(mn.prefix)) - 1
        # "العاصمة الأردنية، عمان": an apposition comma still frames the name
        if mn.prefix or k < 1 or words.m[words.spans[k][1]:mn.nstart].strip(" ،,"):
            return None
        adj, noun = words.word(k), words.word(k - 1)
        if not adj.startswith("ال") or not words.clean_gap(words.spans[k - 1][1], words.spans[k][0]):
            return None
        noun = noun[2:] if noun.startswith("ال") else noun
        if noun not in _FRAME_NOUNS and type_of(noun) is None:
            return None
        return demonym_country(adj)

    def _has_context(self, mn: Mention) -> bool:
        """A name that is also a common word counts only with positive context."""
        if not self._common(mn):
            return True
        a = mn.around
        if mn.continued:
            return False  # "قرية الوادي الأحمر": a longer name the gazetteer lacks (see `_villages`)
        # "الساحل الغربي" (the west coast): a direction after a common word does not make it a name
        if a and a.type_level and a.type_word:
            # "فوق المدينة الأحد", "لولاية جديدة": a definite type word refers back, and one that does
            # not fit any reading (a term of office, ولاية) is another word
            definite = a.type_word.startswith(ARTICLE_RUNS)
            if not definite and any(_fits(a.type_level, self.gaz.entries[h.entry].level) for h in mn.hits):
                return True
        return bool(a and a.dir_before)

    def _preposed_country(self, mn: Mention, words: Words) -> bool:
        """"ستطرد 105 من مالي": a country whose name is also a word (مالي "financial", جانا) is the country
        right after a preposition; the adjective follows a noun (دعم مالي، فساد مالي) and "my money" takes
        الخاص (من مالي الخاص)."""
        if mn.prefix or not self._common(mn) or not self._may_be_country(mn):
            return False
        k = words.index_at(mn.nstart)
        return _preposition(words.prev_word(k)) and words.next_word(k) not in _OWN

    def _loose(self, mn: Mention) -> bool:
        """A name that is also a word and has no type word with it: it links to no unit ("حي السوق
        بمحافظة البكيرية" does link: the quarter lies in Al Bukayriyah, not at a Yemeni Suq)."""
        return self._common(mn) and not (mn.around and mn.around.type_level)

    def _common(self, mn: Mention) -> bool:
        """A name that is also an ordinary word, or a weak reading of one (see `_keep`)."""
        if mn.latin:
            return False
        if mn.key in self.gaz.common or "ال" + mn.key in self.gaz.common:
            return True
        return mn.weak and not self._big_bare(mn)

    def _big_bare(self, mn: Mention) -> bool:
        """A country or a city of a million, written without its article: بصرة ـ كويت."""
        if mn.key in _BARE_NOT or len(mn.key) < 4:
            return False
        return any(self.gaz.entries[h.entry].level == "country" or self.gaz.entries[h.entry].pop >= _BARE_MIN_POP
                   for h in mn.hits)

    def _unsupported(self, mn: Mention, prior: dict[str, float]) -> bool:
        """A village in a country the rest of the document never mentions, with nothing framing it.

        Such a reading is far more often an Arabic word that some small place abroad is called
        (الجديد، جامعة، إطار); it needs a type word, a direction or a container to stay.
        """
        if not prior or not mn.ranked:
            return False
        e = self.gaz.entries[mn.ranked[0][1]]
        if not town_abroad(e, prior, 100_000 if e.iso2 in REGION else 500_000) or mn.key in self.gaz.attested \
                or vowel_spelt(mn.key):
            return False  # vowel_spelt: "للتعذيب في غوانتانامو" in a story of Yemen is Guantanamo all the same
        a = mn.around
        tw = a.type_word if a else None
        if tw and (tw in _VILLAGE_TYPES or tw[1:] in _VILLAGE_TYPES) and max(prior.values()) >= 0.6:
            return True  # "قريتي البستان والشومرية" in a Syrian story: not Elbistan, Turkey
        return not (a and (a.type_level or a.dir_before or a.dir_after)) and mn.parent is None and not mn.child

    def _abroad_beside_unknown(self, mn: Mention, story: dict[str, float], words: Words,
                               mentions: list[Mention]) -> bool:
        """"المسيلة شمالي منطقة مريس": a town placed by a compass word beside a named area the gazetteer
        lacks lies near that area, so in the story's country; a reading in a country no other name of the
        story mentions (M'Sila, Algeria, in a Yemeni story) is a homonym, and the name stays unknown.

        Only a town of less than 500,000 people, and only when the story leans to one other country."""
        e = self.gaz.entries[mn.ranked[0][1]]
        if not story or not town_abroad(e, story, 500_000) or max(story.values()) < 0.5:
            return False
        j = words.index_at(max(mn.nstart, mn.nend - 1)) + 1
        if j + 2 >= len(words.spans) or not all(words.clean_gap(words.spans[k - 1][1], words.spans[k][0])
                                                for k in (j, j + 1, j + 2)):
            return False
        d = words.word(j)
        if not direction_of(d) or d.startswith("ال") or not type_of(words.word(j + 1)):
            return False
        start, end = words.spans[j + 2]
        return not any(o.nstart < end and start < o.nend for o in mentions)

    def _facility(self, mn: Mention, words: Words) -> bool:
        """"سجن غوانتانامو": a town named by the prison, base or camp before it (see `_FACILITIES`), also by
        the bay it stands on ("معتقل خليج غوانتانامو")."""
        k = words.index_at(mn.nstart) - 1
        if k > 0 and not mn.prefix and words.word(k) == "خليج" and words.clean_gap(words.spans[k - 1][1], words.spans[k][0]):
            k -= 1
            if words.word(k) not in _FACILITIES:
                return False
            return self._big_town(mn)
        if mn.prefix or k < 0 or words.word(k) not in _FACILITIES or words.m[words.spans[k][1]:mn.nstart] != " ":
            return False
        return self._big_town(mn)

    def _big_town(self, mn: Mention) -> bool:
        e = self.gaz.entries[mn.ranked[0][1]]
        return e.level == "populated_place" and e.pop >= _FACILITY_TOWN

    def _adjective(self, mn: Mention, m: str, words: Words) -> bool:
        """"فصائل سورية": a country name spelt like the feminine adjective, after a noun, is the adjective."""
        if mn.prefix or not mn.key.endswith("ه") or not demonym_country(mn.key):
            return False
        k = words.index_at(mn.nstart) - 1
        if k < 0 or not words.clean_gap(words.spans[k][1], mn.nstart):
            return False
        if any(c in m[words.spans[k][1]:mn.nstart] for c in "،,"):
            return False  # "الأردن ، السعودية وصولا لقطر": a comma parts list items; no adjective follows one
        prev = words.word(k)
        if _preposition(prev) or prev in _NOUN_PARTICLES or direction_of(prev) or type_of(prev) or verb_before(prev):
            return False  # "تدعم سورية": no adjective follows a verb
        if not mn.key.startswith("ال") and (perfect_before(prev) or masculine_before(prev) or masdar_before(prev)):
            return False  # "ساعدت سورية"، "مستقبل سورية": a verb, or a masculine noun no feminine adjective agrees with
        # an adjective agrees in definiteness: "الوكالة السعودية" is the adjective, "وتستخدم السعودية"
        # (after a verb) the country; "فصائل سورية" the adjective of an indefinite noun
        definite = prev.startswith(ARTICLE_RUNS)
        return definite if mn.key.startswith("ال") else not definite

    def _prior(self, mentions: list[Mention], m: str,
               national: list[tuple[int, str]]) -> tuple[Counter[str], dict[int, str]]:
        """Country weights from confidently resolved names, nationality words and `national` unit words.

        Also which country each name voted for, so that a name is not its own evidence.
        """
        w: Counter[str] = Counter()
        own: dict[int, str] = {}
        for i, mn in enumerate(mentions):
            r = mn.ranked
            if r and (len(r) == 1 or r[0][0] - r[1][0] >= 1.0 or self._sure_country(r)):
                iso2 = self.gaz.entries[r[0][1]].iso2
                w[iso2] += 1.0
                own[i] = iso2
        for token in _LONG_WORD.findall(m):
            iso2 = _word_country(token)
            if iso2:
                w[iso2] += 0.5
        for _, iso2 in national:  # "معتمدية": a unit word only Tunisia uses
            w[iso2] += WEIGHT
        return w, own

    def _sure_country(self, ranked: list[tuple[float, int, list[str]]]) -> bool:
        """Whether the best reading is a country or a unit and every reading within a vote's margin (1.0) of it
        lies in its country: "هونج كونج" is the territory or its city, Hong Kong either way, and votes for it as
        a name of one reading does.  Two villages of one country (الضمير) are left out: such a name is as
        often a word."""
        best = self.gaz.entries[ranked[0][1]]
        return best.level in _SURE_LEVELS and all(
            self.gaz.entries[x[1]].iso2 == best.iso2 for x in ranked[1:] if ranked[0][0] - x[0] < 1.0)

    def place_named(self, text: str, mn: Mention, words: Words, weights: Counter[str],
                    own: str | None, lang: str) -> Place:
        """`mn` (a name a caller found, with its gazetteer readings) read as `places` reads a name:
        its article, context, frame and border words, ranked against the document's country
        weights less `own`, the vote the name itself cast. For `resolve`."""
        if _has_article(mn.prefix):  # "للرقة": the article is there, the name is not a stripped form
            mn.hits = [Hit(h.entry, False) for h in mn.hits]
        mn.around = words.around(mn.nstart, mn.nend)
        mn.framed = self._frame(mn, words)
        mn.border = self._after_border(mn, words)
        self._rank(mn, country_shares(weights - Counter({own: 1.0}) if own else weights), None, lang)
        return self._place(text, mn)

    def _place(self, text: str, mn: Mention) -> Place:
        score, idx, why = mn.ranked[0]
        e = self.gaz.entries[idx]
        a = mn.around or Around(None, None, None, None)
        level, precision = e.level, PRECISION.get(e.level, 2)
        notes = list(why)
        if a.type_level == "rif":
            if e.level == "populated_place":
                unit = self.gaz.admin1_entry(e.iso2, e.admin1)
                if unit is not None and self._same_name(mn.key, unit):
                    notes = [f"the admin1 unit of the town {e.label()}"] + [
                        n for n in notes if not n.startswith("town") and "rather than" not in n]
                    e = unit
            # "الريف الغربي للعاصمة، دمشق": a unit named "ريف دمشق" is that countryside
            rif = next(iter(self.gaz.lookup("ريف " + mn.key, iso2=e.iso2, level="admin1")), None)
            if rif is not None and rif.id != e.id:
                notes.append(f"the unit named as the countryside of {e.name}")
                e = rif
            level, precision = e.level, 2
            notes.append(f"countryside ({a.type_word}) of {e.name}")
        elif mn.border and e.level == "populated_place":
            unit = self.gaz.admin1_entry(e.iso2, e.admin1)
            if unit is not None and any(name_key(n) == mn.key or name_key(n).endswith(" " + mn.key) for n in unit.names):
                notes = [f"a border: the unit {unit.label()} of the town {e.label()}"]
                e = unit
                level, precision = e.level, PRECISION.get(e.level, 2)
        if a.dir_before in _DIR_NOUNS and e.level in ("region", "admin1"):
            # "غربي كردفان": a unit named by the direction (غرب كردفان, West Kordofan) is that unit
            named = self._dir_unit(mn)
            if named is not None and named.id != e.id and named.iso2 == e.iso2:
                notes = [f"the unit named by its direction, {named.label()}, rather than {e.label()}"]
                e, a = named, Around(a.type_level, a.type_word, None, a.dir_after)
                level, precision = e.level, PRECISION.get(e.level, 2)
        if a.dir_before or a.dir_after:
            d = a.dir_before or a.dir_after
            if e.level == "country":
                level, precision = "region", 3
            else:
                precision = max(precision, 2) if e.level == "populated_place" else min(max(precision, 2), 3)
                precision = 2 if e.level in ("populated_place", "admin3") else precision
            notes.append(f"direction: {d} of {e.name}")
        if e.level == "populated_place" and a.type_word and a.type_word.lstrip("وبل") == "جبهه":
            # "جبهة الحديدة": a front named after a town runs along its approaches, not through its streets
            precision = max(precision, 2)
            notes.append(f"a front named after {e.name}: near the town, precision 2")
        runner = None
        if len(mn.ranked) > 1:
            s2, i2, _ = mn.ranked[1]
            runner = f"{self.gaz.entries[i2].label()} score {s2:.2f}"
            margin = f"by {score - s2:.2f}" if score >= s2 else (
                "on the rule above, not the score" if "namesake" in why[-1] else "on the containment, not the score")
            notes.append(f"beat {self.gaz.entries[i2].label()} {margin}")
        return entry_place(e, text, mn.start, mn.end, level, precision,
                            f"{e.label()}: " + "; ".join(notes) + f" (score {score:.2f})", runner)

    def _dir_unit(self, mn: Mention) -> Entry | None:
        """The first-level unit named by the direction before `mn` and its name (غرب كردفان for غربي كردفان)."""
        d = mn.around.dir_before if mn.around else None
        if d not in _DIR_NOUNS:
            return None
        return next(iter(self.gaz.lookup(f"{_DIR_NOUNS[d]} {mn.key}", level="admin1")), None)

    @staticmethod
    def _same_name(key: str, unit: Entry) -> bool:
        return any(name_key(n) in (key, "ال" + key) or "ال" + name_key(n) == key for n in unit.names)
