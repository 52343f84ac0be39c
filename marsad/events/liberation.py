"""A liberation is a territory gain only when its object is ground ("حررت القوات بلدة الحصن السبت").

The lexicon's liberation triggers (حرر، حررت، حرروا; تحرير after نجح في / تمكن من) name a gain of ground
(ACLED's Government regains / Non-state actor overtakes territory) only when what was freed is a place:
a ground noun (منطقة، مدينة، بلدة …) or a resolved place name within a few words after the verb, before
any preposition; any other liberation hit is no trigger at all.  Freeing people (تحرير الأسرى، حررت
الرهائن) is no territory change, a group's name (هيئة تحرير الشام، جبهة التحرير) is no deed, a report
drawn up (حرر محضرا) is no violence, and a liberation told after a relative pronoun (المناطق التي
حررتها) describes ground held, not this incident (recall samples R1 and R2: the LNA's oil crescent, the
liberated district, with no trigger at all).  The backers named between the verb and its object (حررت قوات
الجيش بإسناد من قوات التحالف ميناء حبل) and a count before it (عددا من المواقع) stand aside: their من is
no preposition of the object, and their names are not what was freed.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from marsad.events.gains import NOUN_AFTER, RELATIVE
from marsad.events.lexicon import TriggerHit
from marsad.events.roles import word_indices
from marsad.model import Token
from marsad.text import normalize

#: The liberation trigger forms (shadow forms) this rule reads.
_FORMS = frozenset({"حرر", "حررت", "حرروا", "تحرير"})
#: Ground nouns (shadow forms, article off): what a liberation of territory frees.
_GROUND = frozenset(
    "منطقه مناطق مدينه مدن بلده بلدات قريه قري مديريه مديريات محافظه حي احياء جبل جبال تله تلال مطار ميناء "
    "معبر مركز مواقع موقع معسكر قاعده جزيره وادي اراضي اراض مساحات مساحه ريف اجزاء كامل حوض سلسله "
    "ناحيه قضاء".split()
)
#: Prepositions: the object is told before one, or not at all.
_PREPOSITIONS = frozenset("في من عن علي الي الى ب ل مع منذ بعد قبل خلال".split())
#: How many words after the trigger its object may come ("حررت القوات المشتركة اليمنية مدينة").
OBJECT_REACH = 5
#: Words of backing (shadow forms, و dropped) that open the backers' phrase (بإسناد من قوات التحالف).
_BACKING = frozenset({"باسناد", "بدعم", "بمسانده", "بمشاركه", "بغطاء", "مدعومه", "مدعوما", "مسنوده", "مسنودا"})
#: How many more words the backers' phrase may take before the object ("بإسناد من قوات تحالف دعم الشرعية").
BACKING_REACH = 6
#: Counts a من joins to the object (عددا من المواقع، عشرات القرى).
_COUNTS = frozenset({"عدد", "عددا", "العديد", "عشرات", "مئات", "بعض", "بعضا", "جميع", "كل"})


def _bare(norm: str) -> str:
    """A shadow word without its و and its article (والمدينه → مدينه), as the ground nouns are listed."""
    w = norm.removeprefix("و")
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


def freed_no_ground(tokens: Sequence[Token], hit: TriggerHit, lo: int, hi: int, place_starts: Collection[int]) -> str | None:
    """Why a liberation trigger tells no territory gain (or None; None too for every other trigger)."""
    form = normalize(hit.entry.form)
    if form not in _FORMS:
        return None
    words = word_indices(tokens, lo, hit.first)
    before = tokens[words[-1]].norm.lstrip("و") if words else ""
    if before in RELATIVE:
        return f"liberation: ground described ({tokens[words[-1]].text})"
    if form == "تحرير" and (before not in NOUN_AFTER or tokens[hit.first].norm.startswith("ل")):
        return "liberation: an aim or a name, not a completed gain"
    after = word_indices(tokens, hit.last + 1, hi)[: OBJECT_REACH + BACKING_REACH]
    reach, backers, prev = OBJECT_REACH, False, ""
    for n, i in enumerate(after):
        if n >= reach:
            break
        norm = tokens[i].norm
        w = _bare(norm)
        if w in _GROUND or (tokens[i].start in place_starts and not backers):
            return None
        if norm.removeprefix("و") in _BACKING:
            reach, backers = OBJECT_REACH + BACKING_REACH, True  # بإسناد من قوات التحالف: the backers, not the object
        elif norm in _PREPOSITIONS and not (norm == "من" and (prev in _BACKING or prev in _COUNTS)):
            break
        prev = norm.removeprefix("و")
    return "liberation: no ground freed"
