"""An agreement is an event only when it was reached between armed sides over the fighting itself.

ACLED's Agreement (Strategic developments) codes a deal struck between conflict actors: a ceasefire, an
evacuation or surrender deal, a prisoner exchange or release.  The lexicon's deal words (اتفاق، اتفاقية،
هدنة; اتفق، وافق) stand far more often for a deal talked about, hoped for, broken or political, so a hit
of one is a trigger only when both hold in its sentence:

- it was *reached*: a past verb of reaching or signing before the noun (توصلت الفصائل … لاتفاق، أبرمت،
  وقعت; أعلنت التوصل إلى اتفاق، أعلنت دمشق عن اتفاق) or after it (اتفاق تم التوصل إليه، اتفاقية عقدت
  الأحد); the verbs اتفق/وافق are past by their form.  An aim (للتوصل), a present (يتوصل) or a bare
  masdar (بعد التوصل) is no deal struck;
- it is *over the fighting*: a ceasefire, an evacuation, a withdrawal, a handover of arms or ground, an
  exchange or a release of captives is named right after it (or before it, after وفقا/بموجب).  A
  political accord (الفصائل الليبية اتفقت على إجراء انتخابات), a trade or diplomatic deal between states
  names none of these.

A Security Council vote (وافق مجلس الأمن على هدنة) is a resolution, a deal one side denies is none, and
one told with its month only (توصلوا في يوليو إلى اتفاق) is background.  An agreement is placed at the
area it covers (the place left: خروج المقاتلين من دوما), is not split over a list of towns, and is dropped
when it is placed at no more than a country.  Recall samples R1-R9 list fifteen such deals marsad never
coded for want of any form.

A ceasefire named by itself (وقف إطلاق النار، وقف الأعمال القتالية: `CEASEFIRES`) is such a deal under the
same test, and is over the fighting by what it is; it is far more often named when it is broken or called
for, so a sentence that tells a breach (خرق، انتهاك) is none, and one named right after a deal noun (اتفاق
وقف إطلاق النار) is that deal's content, not a second deal.  It may also be told reached by its taking
effect (دخل وقف إطلاق النار حيز التنفيذ، بدأ سريان) or by "جرى التوصل" (recall sample R12).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from marsad.events.lexicon import TriggerHit
from marsad.events.roles import word_indices
from marsad.model import Place, Token
from marsad.text import article_stripped, normalize

#: The deal nouns (shadow forms) this rule reads.
DEAL_NOUNS = frozenset({"اتفاق", "اتفاقيه", "هدنه"})
#: The deal verbs (shadow forms): past by their form, their object follows على.
DEAL_VERBS = frozenset({"اتفق", "وافق"})
#: The ceasefire forms (shadow forms of the lexicon's): a deal over the fighting by what they name.
CEASEFIRES = frozenset({"وقف اطلاق النار", "وقف الاعمال القتاليه"})
#: Words of a breach: a sentence that tells a ceasefire broken tells the fighting, not the deal.
_BREACH = frozenset("خرق خرقت خروقات خرقا انتهاك انتهاكات انتهك انتهكت يخرق تخرق ينتهك تنتهك".split())
#: The word of taking effect after دخل (دخل وقف إطلاق النار حيز التنفيذ).
_IN_FORCE = "حيز"
#: Verbs of starting before سريان (بدأ سريان وقف إطلاق النار).
_STARTED = frozenset("بدا بدات".split())
#: Past verbs of reaching, signing or concluding a deal (shadow forms, و off).
_REACHED = frozenset(
    "توصل توصلت توصلوا توصلا ابرم ابرمت ابرموا وقع وقعت وقعوا وقعا عقد عقدت عقدوا ابرام".split()
)
#: Verbs of reaching that may stand far before the noun (توصلت فصائل … في مدن … لاتفاق): no other sense.
_FAR_REACHED = frozenset("توصل توصلت توصلوا توصلا".split())
#: Announcing verbs: أعلنت التوصل إلى اتفاق، أعلنت دمشق عن اتفاق.
_ANNOUNCED = frozenset("اعلن اعلنت اعلنوا".split())
#: The verbs of "was done" before التوصل (تم التوصل، جرى التوصل).
_DONE = frozenset({"تم", "جري"})
#: The preposition of an announcement's object (أعلنت دمشق عن اتفاق).
_ABOUT = frozenset({"عن"})
#: Reporting verbs that tell a deal reached only before its masdar (أفادت وسائل الإعلام التوصل إلى اتفاق).
_REPORTED = frozenset("افاد افادت ذكر ذكرت اكد اكدت".split())
#: How many words before the noun a verb of reaching may stand (its subject and the deal's sides between).
FAR_REACH = 20
#: How many words before the noun a signing verb or an announcement may stand (وقعت الأطراف اتفاقا).
NEAR_REACH = 4
#: How many words before التوصل its announcing verb may stand: the announcer's name and the time between
#: (أعلنت حركة الجهاد الإسلامي مساء السبت التوصل إلى وقف لإطلاق النار).
TELLER_REACH = 7
#: How many words after the noun its content may come (اتفاق مع الجانب الروسي وقوات النظام لخروج …).
CONTENT_REACH = 12
#: How many words before the noun its content may come (الخروج من دوما وفقا لاتفاقية عقدت الأحد).
CONTENT_BEFORE = 6
#: How many words after a deal verb its على may come (وافقت جماعة "فيلق الرحمن" على إجلاء …).
SUBJECT_REACH = 5
#: Stems (unprefixed shadow forms) that name a deal over the fighting.
_CONTENT = frozenset(
    "اجلاء اجلايه اجلايهم خروج انسحاب تسليم استسلام تبادل الافراج افراج اطلاق وقف هدنه تهدئه مصالحه "
    "ترحيل تهجير".split()
)
#: What a side may agree to (اتفق/وافق على …): a ceasefire, an evacuation, an exchange or a release;
#: leaving, handing over or reconciling alone is too often a resident's, a witness's or a past deal's.
_AGREED_TO = frozenset("اجلاء وقف هدنه تهدئه تبادل الافراج افراج اطلاق".split())
#: Words of "under" right before the noun, after which the deal's content may come first
#: (الخروج من دوما وفقا لاتفاقية عقدت الأحد).
_UNDER = frozenset("وفقا بموجب بحسب تنفيذا طبقا".split())
#: Words of denial: a deal one side denies (نفى المسلحون التوصل إلى اتفاق) is no deal struck.
_DENIED = frozenset("نفي نفت ينفي تنفي نفوا".split())
#: Month names (shadow forms): a deal told "في يوليو" is background, told without its day.
_MONTHS = frozenset(
    "يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر كانون شباط اذار اب "
    "نيسان ايار حزيران تموز ايلول تشرين".split()
)
#: After تبادل (its article off), what makes it an exchange of captives (not of trade, visits or views).
_CAPTIVES = frozenset("اسري محتجزين سجناء رهاين معتقلين جثث".split())
#: After إطلاق, what makes it a release (إطلاق سراح) or the fire a ceasefire stops (وقف إطلاق النار).
_RELEASED = frozenset({"سراح", "النار", "نار"})
#: A sentence about a Security Council vote or a resolution (words, prefixes off): no deal between the sides.
_COUNCIL = "مجلس الامن"
_RESOLUTION = frozenset({"قرار"})


def _stems(norm: str) -> tuple[str, str]:
    """The word as a deal's content may stand: itself without its article, or without one و, then a ب or
    ل, then the article (لإجلاء → اجلاء، ووقف → وقف); a bare وقف keeps its و."""
    w = norm[1:] if norm.startswith("و") and len(norm) > 3 else norm
    if w[:1] in ("ب", "ل") and len(w) > 3:
        w = w[1:]
    return article_stripped(norm), article_stripped(w)


def _content_after(tokens: Sequence[Token], after: list[int], content: frozenset[str] = _CONTENT) -> bool:
    """A word of a deal over the fighting among the given words (those around the deal word)."""
    for n, i in enumerate(after):
        w = next((c for c in _stems(tokens[i].norm) if c in content), None)
        if w is None:
            continue
        nxt = article_stripped(tokens[after[n + 1]].norm) if n + 1 < len(after) else ""
        if w == "تبادل" and nxt not in _CAPTIVES:
            continue
        if w == "اطلاق" and nxt not in _RELEASED:
            continue
        return True
    return False


def _bare(norm: str) -> frozenset[str]:
    """The word, and without a leading و (وقعت is a verb of its own, ووقعت one with و)."""
    return frozenset({norm, norm[1:]}) if norm.startswith("و") else frozenset({norm})


def _reached_before(tokens: Sequence[Token], before: list[int]) -> bool:
    """A past verb of reaching (far), or of signing or announcing (near), before the deal noun."""
    for n, i in enumerate(reversed(before)):
        w = _bare(tokens[i].norm)
        if n < FAR_REACH and not w.isdisjoint(_FAR_REACHED):
            return True
        if n < FAR_REACH and "التوصل" in w:
            # "تم التوصل"، "أعلنت جماعة فيلق الرحمن التوصل"; not "بعد التوصل"
            at = len(before) - 1 - n
            prev = [_bare(tokens[k].norm) for k in before[max(0, at - TELLER_REACH):at]]
            done = bool(prev) and not prev[-1].isdisjoint(_DONE)  # "تم التوصل"، "جرى التوصل"
            return done or any(not p.isdisjoint(_ANNOUNCED | _REPORTED) for p in prev)
        if n < NEAR_REACH and not w.isdisjoint(_REACHED):
            return True
        if n < NEAR_REACH and not w.isdisjoint(_ANNOUNCED) and (n == 0 or tokens[before[-1]].norm in _ABOUT):
            return True  # "أعلنت هدنة"، "أعلنت دمشق عن اتفاق"; not "أعلن انسحاب أمريكا من الاتفاق"
    return False


def _reached_after(tokens: Sequence[Token], after: list[int]) -> bool:
    """A verb of reaching or concluding right after the deal noun (اتفاق تم التوصل إليه، اتفاقية عقدت)."""
    for i in after[:NEAR_REACH]:
        w = _bare(tokens[i].norm)
        if not w.isdisjoint(_REACHED) or "التوصل" in w:
            return True
    return False


def deal_word(hit: TriggerHit) -> bool:
    """Is the hit one of this rule's deal words?  The sentence classifier was trained before they were
    triggers and scores only assaults and protests, so its features leave them out."""
    form = normalize(hit.entry.form)
    return form in DEAL_NOUNS or form in DEAL_VERBS or form in CEASEFIRES


def ceasefire_not_reached(tokens: Sequence[Token], words: list[int], before: list[int]) -> str | None:
    """Why a ceasefire named by itself is no deal struck, before the test all deals pass (or None): a
    breach told in its sentence, or a deal noun right before it (its content, told by that noun's hit).
    A ceasefire that took effect (دخل … حيز التنفيذ، بدأ سريان) is one reached."""
    if any(not _BREACH.isdisjoint(_stems(tokens[k].norm)) for k in words):
        return "agreement: a ceasefire broken (the fighting is the event)"
    if any(_deal_noun(tokens[k].norm) for k in before[-2:]):
        return "agreement: the ceasefire a deal noun before it names"
    return None


def _deal_noun(norm: str) -> bool:
    """A deal noun, with its article, a preposition or the accusative's alif (اتفاقا لوقف إطلاق النار)."""
    return any(s in DEAL_NOUNS or s[:-1] in DEAL_NOUNS for s in _stems(norm))


def took_effect(tokens: Sequence[Token], before: list[int], after: list[int]) -> bool:
    """A ceasefire told in force: دخل … حيز (the verb before it, or after it in a relative clause) or
    بدأ سريان right before it."""
    near = [*before[-NEAR_REACH:], *after[:NEAR_REACH + 1]]
    if any(tokens[k].norm == _IN_FORCE for k in near) and any(
            tokens[k].norm.lstrip("و").startswith(("دخل", "تدخل", "يدخل")) for k in near):
        return True
    return len(before) >= 2 and article_stripped(tokens[before[-1]].norm) == "سريان" and bool(
        _bare(tokens[before[-2]].norm) & _STARTED)


def deal_not_reached(tokens: Sequence[Token], hit: TriggerHit, lo: int, hi: int) -> str | None:
    """Why a deal word tells no agreement reached over the fighting (or None; None too for other triggers)."""
    if not deal_word(hit):
        return None
    form = normalize(hit.entry.form)
    words = word_indices(tokens, lo, hi)
    sentence = " ".join(tokens[k].norm for k in words)
    if _COUNCIL in sentence or any(not _RESOLUTION.isdisjoint(_stems(tokens[k].norm)) for k in words):
        return "agreement: a Security Council vote or a resolution"
    if any(not _bare(tokens[k].norm).isdisjoint(_DENIED) for k in words):
        return "agreement: denied"
    before = word_indices(tokens, lo, hit.first)
    after = word_indices(tokens, hit.last + 1, hi)
    near = [*before[-CONTENT_BEFORE:], *after[:CONTENT_BEFORE]]
    if any(tokens[k].norm in _MONTHS and tokens[k - 1].norm in ("في", "خلال") for k in near if k > lo):
        return "agreement: told with its month only (background)"
    if form in CEASEFIRES:
        why = ceasefire_not_reached(tokens, words, before)
        if why is not None:
            return why
        if took_effect(tokens, before, after):
            return None
    if form in DEAL_VERBS:
        on = [n for n, i in enumerate(after[:SUBJECT_REACH]) if tokens[i].norm in ("علي", "على")]
        if not on or not _content_after(tokens, after[on[0] + 1:on[0] + 3], _AGREED_TO):
            return "agreement: agreed to nothing over the fighting"
        return None
    if not (_reached_before(tokens, before) or _reached_after(tokens, after)):
        return "agreement: a deal not told as reached"
    under = bool(before) and unprefixed_under(tokens[before[-1]].norm)
    if form == "هدنه" or form in CEASEFIRES:
        return None
    if _content_after(tokens, [*(before[-CONTENT_BEFORE:] if under else []), *after[:CONTENT_REACH]]):
        return None
    return "agreement: not over the fighting"


def unprefixed_under(norm: str) -> bool:
    """An "under" word (وفقا، بموجب، بحسب) right before the deal noun."""
    return norm in _UNDER or norm[1:] in _UNDER


def one_deal(fields: Mapping[str, str]) -> bool:
    """An agreement covers an area: the towns a deal names (إجلاء … من مناطق جوبر، وعربين، وعين ترما) are
    one deal's, so its event is not split into one a town as an attack on a list of towns is."""
    return fields.get("sub_event_type") == "Agreement"


#: Words of leaving after which "من" names the area a deal covers (خروج مقاتلي جيش الإسلام من دوما).
_LEAVING = frozenset("اجلاء اجلايه اجلايهم خروج الخروج انسحاب الانسحاب ترحيل تهجير".split())
#: How far (characters) before a place its "من" and, before that, a word of leaving may stand.
_FROM_REACH = 14
_LEAVING_REACH = 80


def deal_area(text: str, places: Sequence[Place], trigger_start: int) -> Place | None:
    """The place a deal is over: the first of the sentence's places after a word of leaving and من
    ("اتفاق يقضي بخروج إرهابيي جيش الإسلام من دوما في الغوطة الشرقية" is Douma's deal).  The place
    ranking puts a place reached by من last, as the start of a movement, but for an evacuation deal the
    place left is the one the deal covers."""
    for p in sorted(places, key=lambda q: q.start):
        if p.start < trigger_start - _LEAVING_REACH:
            continue
        gap = normalize(text[max(0, p.start - _FROM_REACH) : p.start]).split()
        if "من" not in gap[-2:]:  # "من دوما"، "من مدينة دوما"
            continue
        lead = normalize(text[max(0, p.start - _LEAVING_REACH) : p.start]).split()
        if any(not _LEAVING.isdisjoint(_stems(w)) for w in lead):
            return p
    return None


def place_deal(text: str, places: Sequence[Place], trigger_start: int, place: Place | None,
               reason: str) -> tuple[Place | None, str, bool]:
    """(place, reason, unplaced) for an agreement: the area the deal covers (`deal_area`) over the place
    ranked first; unplaced when neither names more than a country (الحكومة السورية … في سوريا): every deal
    the samples list covers a town, a district or a region, and one coded at a country is at no place."""
    area = deal_area(text, places, trigger_start)
    if area is not None:
        return area, f"place: {area.text} in the trigger's sentence, the area the deal covers", False
    if place is None or place.level == "country":
        return place, f"{reason}; agreement: no area the deal covers", True
    return place, reason, False
