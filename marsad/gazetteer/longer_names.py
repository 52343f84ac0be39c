"""A town's name that opens a longer name the data lack ("بلدة بصرى الحرير في ريف درعا").

Busra al-Harir is no row of the gazetteer, so only بصرى (Busra ash Sham) matches and the word after it
is dropped; نجد القرين reads as An Najd of another governorate.  A one-word town followed at once by a
definite noun that is no adjective, time word or function word, when that noun is followed by the words
that put a place inside a unit the text names (في ريف درعا، جنوبي دمت), is the first word of a longer
name: the two words are coded to that unit, precision 2, as an unknown village is (ACLED's rule).
Without the unit nothing says the noun is part of a name (دمشق الأسبوع الماضي، تلوم الدوحة الإمارات),
so the town stands.  A name the gazetteer holds whole (بصرى الشام) is matched whole before this step.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.gazetteer.context import SITE_ADJ, Words, direction_of, is_connector, type_of
from marsad.gazetteer.demonyms import demonym_country
from marsad.gazetteer.mention import shadow_set
from marsad.gazetteer.unknown import NAME_ADJ, NOT_NAMES, UNIT_LEVELS, fallback, unknown_place
from marsad.model import Place
from marsad.text.normalize import Shadow
from marsad.text.tokenize import proclitic_ok

#: Definite words after a town that are no part of its name: days and times (دمشق الأسبوع الماضي),
#: relatives and particles, quantifiers, and the masculine adjectives of places no ending gives away.
_NOT_SECOND = shadow_set({
    "السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "اليوم", "الأسبوع",
    "الشهر", "العام", "السنة", "الآن", "الليلة", "الصباح", "الظهر", "العصر", "الليل", "الفجر", "الماضي",
    "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "اللواتي", "إلا", "الا", "الى", "إلى",
    "الكثير", "العديد", "الجميع", "البعض", "الآلاف", "الأكثر", "الأقل", "كلها", "كله",
    "الواقع", "الخاضع", "القريب", "البعيد", "الشهير", "الرئيس", "الشاهق", "الثابت", "السابق", "اللاحق",
    "الحالي", "الكبرى", "الصغرى", "الوسطى", "العليا", "الأول", "الثاني", "الثالث", "الأخير", "الآخر",
    # "حي درعا البلد": the town itself (its old quarter), inside the town the name reads
    "البلد",
})
#: Unit words (مديرية كتاف البقع): a district or province named after its seat holds the seat, so the town
#: read is closer than the unit named after the pair.
_UNIT_WORDS = shadow_set({"مديرية", "محافظة", "ناحية", "قضاء", "ولاية", "إقليم", "مديريات", "محافظات"})
#: Endings of adjectives and plurals: the feminine and nisba (المحاصرة، السورية، الحدودي), the duals and
#: plurals (السوريتين، الاستراتيجيين، الداعمتان، الغاضبون، المحاصرات), the colours' and epithets' فعلاء
#: (الشهباء، البيضاء).
_ADJ_ENDINGS = ("ه", "ي", "يين", "تين", "ان", "ون", "ات", "اء")


def _second_word(w: str) -> bool:
    """Whether shadow-form word `w` may be the second word of a name: a definite noun of three letters or
    more that is no adjective, participle (المحاصر), elative (الأكبر), time, function or place word."""
    if not w.startswith("ال") or len(w) < 5 or w.startswith("الم") or w.endswith(_ADJ_ENDINGS):
        return False
    if w[2] == "ا" or w.endswith("ا"):
        return False  # الأكبر (an elative), الاعتراف (a verbal noun), التزاما (indefinite, its ال a root's)
    return not (w in _NOT_SECOND or w in NOT_NAMES or w in NAME_ADJ or w in SITE_ADJ or demonym_country(w)
                or type_of(w) or direction_of(w) or is_connector(w))


def _unit_word(w: str) -> bool:
    """Whether `w` is a unit word, bare or behind one or two proclitics (بمديرية، وبمحافظة)."""
    return any(w[i:] in _UNIT_WORDS and proclitic_ok(w[:i]) for i in range(3))


def _unit_after(sh: Shadow, words: Words, k: int, places: Sequence[Place]) -> Place | None:
    """The first place after word `k` that the words between put the name inside (في ريف درعا، جنوبي
    دمت، بمديرية …): a unit or a town, never a country (a country says nothing of the village)."""
    a = words.spans[k][1]
    for q in sorted(places, key=lambda q: q.start):
        nq = sh.to_norm(q.start)
        if nq < a:
            continue
        kq = words.index_at(nq)
        head = words.spans[kq][0]
        glued = words.m[head:nq].endswith("ب")
        if q.level in UNIT_LEVELS | {"populated_place"} and words.links(a, head, glued=glued):
            return q
        return None
    return None


def longer_names(text: str, sh: Shadow, words: Words, places: list[Place]) -> list[Place]:
    """`places` with each one-word town that opens a longer unknown name replaced by that name, coded to the
    unit the text puts it in; a place read inside the name's second word (القرين) goes."""
    out = places
    gone: set[int] = set()
    for p in places:
        # the cheap tests first: this runs on every place of every text
        if p.geo_precision != 1 or p.level != "populated_place" or text[p.end:p.end + 1] != " " or " " in p.text \
                or id(p) in gone:
            continue
        k = words.index_at(sh.to_norm(p.start))
        if k < 0 or k + 2 >= len(words.spans) or words.spans[k][1] != sh.to_norm(p.end):
            continue
        if words.m[words.spans[k][1]:words.spans[k + 1][0]] != " " or not _second_word(words.word(k + 1)):
            continue
        if _unit_word(words.prev_word(k)):
            continue
        unit = _unit_after(sh, words, k + 1, [q for q in out if q is not p])
        if unit is None:
            continue
        end = sh.to_orig(*words.spans[k + 1])[1]
        here = unknown_place(text, p.start, end)
        why = (f"{here.text!r} is not in the gazetteer: {p.text!r} ({p.name}) is followed at once by the noun "
               f"{text[sh.to_orig(*words.spans[k + 1])[0]:end]!r}, no adjective, and the text puts the two words in "
               f"a unit, so they are one name the data lack")
        named = fallback(here, unit, why)
        gone |= {id(q) for q in out if p.end <= q.start < end}
        out = [named if q is p else q for q in out if id(q) not in gone]
    return out
