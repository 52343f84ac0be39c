"""Fighting told as an ongoing campaign, a past habit or a practice, not as one incident (issue 5, round 50).

Three shapes the judged samples still turned into events:

- a present-tense verb of waging before a plural of battles, with no day in the clause: "وتخوض قوات سوريا
  الديمقراطية … معارك ضد داعش لطرده من آخر جيب"، "تقود قوات المقاومة … معارك حاسمة في الحديدة" describe a
  campaign in progress, the setting of a report, not a dated clash;
- كان with an imperfect verb of fire or arrest between it and the trigger: "فمنه كانت الميليشيات تطلق
  قذائفها"، "كانت تعتقلهم وتطلق سراحهم" tell what someone used to do.  `background.used_to` leaves كان
  alone because "كانوا يحتجون" is as often the scene of an incident; fire and arrests told this way were
  habits in every judged case;
- the object of a verb of practising: "القوات … تمارس الاعتقال العشوائي"، "اتهمت الأمن بممارسة الإخفاء القسري"
  name what a side does as a rule (a rights report's charge), not one arrest.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events.roles import bare, word_indices
from marsad.model import Token

#: Imperfect verbs of waging battles (shadow forms, a glued و/ف dropped).
_WAGING = frozenset({"تخوض", "يخوض", "يخوضون", "تقود", "يقود", "يقودون"})
#: Plurals of battle a waging verb governs (shadow forms, article and و off; possessives kept).
_BATTLES = frozenset({"معارك", "معاركها", "معاركه", "معاركهم", "حروب", "حروبا"})
#: Words of a day: a waged battle told with one is that day's fighting.
_DAY_WORDS = frozenset({"يوم", "اليوم", "امس", "فجر", "صباح", "مساء", "ظهر", "ليل", "ليله", "الليله", "حاليا",
                        "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه"})
#: Adjectives of fierce fighting (shadow forms, article off) right after the battles: "تخوض المقاومة معارك ضارية
#: مع الحوثيين في مديرية الدريهمي" reports the front's fighting that day (judged right four times).
_FIERCE = frozenset({"ضاريه", "عنيفه", "شرسه", "طاحنه", "شديده", "متقطعه", "محتدمه"})
#: How many words before the battles the waging verb may stand (its subject and a backer between).
WAGING_REACH = 12


def waging_battles(tokens: Sequence[Token], first: int, start: int, end: int) -> str | None:
    """A plural of battles governed by a present-tense verb of waging within `WAGING_REACH` words before it
    in its clause (start..end), with no adjective of fierce fighting after it and no day word in the
    clause: a campaign in progress."""
    if bare(tokens[first]) not in _BATTLES:
        return None
    after = word_indices(tokens, first + 1, end)[:1]
    if after and bare(tokens[after[0]]) in _FIERCE:
        return None
    before = word_indices(tokens, start, first)[-WAGING_REACH:]
    verb = next((i for i in before if tokens[i].norm.lstrip("وف") in _WAGING), None)
    if verb is None or day_named(tokens, start, end):
        return None
    return f"a campaign in progress: {tokens[verb].text}"


def day_named(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A word of a day in start..end (اليوم، مساء، الخميس): what the clause tells is that day's."""
    return any(tokens[i].norm.lstrip("وب") in _DAY_WORDS or bare(tokens[i]) in _DAY_WORDS
               for i in word_indices(tokens, start, end))


#: Past forms of كان (shadow forms, a glued و/ف dropped).
_WAS = frozenset({"كان", "كانت", "كانوا"})
#: Imperfect verbs of fire and arrest (shadow-form prefixes, a glued و/ف dropped): كانت تطلق، كانوا يقصفون.
_IMPERFECT_ACTS = ("تطلق", "يطلق", "تقصف", "يقصف", "تعتقل", "يعتقل", "تستهدف", "يستهدف", "تشن", "يشن")
#: How many words before the trigger كان may stand.
HABIT_REACH = 6
#: Classes a past habit of fire or arrest is read for (protests told with كان are often the scene).
HABIT_CLASSES = frozenset({"bombard", "air", "arrest"})


def past_habit(tokens: Sequence[Token], first: int, start: int) -> str | None:
    """كان within `HABIT_REACH` words before the trigger in its clause, then an imperfect verb of fire or
    arrest after it (the trigger itself or a verb before it), with no قد between (كانت قد شنت is a recap,
    told elsewhere): what someone used to do."""
    before = word_indices(tokens, start, first)[-HABIT_REACH:]
    was = next((n for n, i in enumerate(before) if tokens[i].norm.lstrip("وف") in _WAS), None)
    if was is None:
        return None
    rest = [*before[was + 1 :], first]
    if any(tokens[i].norm == "قد" for i in rest):
        return None
    act = next((i for i in rest if tokens[i].norm.lstrip("وف").startswith(_IMPERFECT_ACTS)), None)
    if act is None:
        return None
    return f"a past habit: {tokens[before[was]].text} {tokens[act].text}"


#: Verbs and nouns of practising (shadow forms, article, و and ب off).
_PRACTISE = frozenset({"تمارس", "يمارس", "يمارسون", "ممارسه", "ممارسات", "ممارسته", "ممارستها", "ممارستهم"})


def practised(tokens: Sequence[Token], first: int, start: int) -> str | None:
    """The trigger right after a verb or noun of practising in its clause: a practice, not an incident."""
    k = first - 1
    if k >= start and tokens[k].kind == "word" and bare(tokens[k]).removeprefix("ب") in _PRACTISE:
        return f"a practice: {tokens[k].text}"
    return None


def ongoing_or_habit(tokens: Sequence[Token], first: int, cls: str, start: int, end: int) -> str | None:
    """Why the trigger at `first` (of class `cls`, clause start..end) tells a campaign in progress, a past
    habit or a practice rather than an incident, or None."""
    why = waging_battles(tokens, first, start, end) or practised(tokens, first, start)
    if why is None and cls in HABIT_CLASSES:
        why = past_habit(tokens, first, start)
    return why
