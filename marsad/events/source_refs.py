"""Back-references among claim sources: الوزارة، الصحيفة، المصادر، a bare surname.

Arabic news names a source in full once ("أعلنت وزارة الصحة الفلسطينية …") and then by its head noun
alone ("وأضافت الوزارة …") or, for a person, by the last word of the name ("تركي المالكي" … "المالكي").
Such a mention names nothing on its own, so an analyst reading the sources column sees "الوزارة".
`resolve` finds, for each such mention, the nearest earlier source of the same article that it can
refer to: one whose first word is the same head noun (الوزارة → وزارة الصحة; المصادر → مصادر طبية), or
a person whose name ends with the surname.  The mention keeps its span; only its canonical name and
kind come from the antecedent.  Nothing earlier fits: it stays unresolved (no guessing).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.model import Source
from marsad.text.normalize import normalize

#: Head nouns a definite mention refers back with, each with the heads an antecedent may start with
#: (shadow forms, no article).  المصدر and المصادر take either number: "مصادر أمنية … وقال المصدر".
#: السلطات is left out: "the authorities" are those of the place last told (السلطات التونسية … اعتقاله في كولونيا،
#: بحسب السلطات), 4 of 6 right in a sample of the ANT corpus.
HEADS: dict[str, frozenset[str]] = {
    normalize(h): frozenset(normalize(a) for a in ants)
    for h, ants in (
        ("وزارة", ("وزارة",)),
        ("منظمة", ("منظمة",)),
        ("وكالة", ("وكالة",)),
        ("صحيفة", ("صحيفة",)),
        ("جيش", ("جيش",)),
        ("حركة", ("حركة",)),
        ("مصدر", ("مصدر", "مصادر", "مصدران", "مصدرين")),
        ("مصادر", ("مصادر", "مصدر", "مصدران", "مصدرين")),
        ("مسؤول", ("مسؤول",)),
        ("قناة", ("قناة",)),
        ("هيئة", ("هيئة",)),
        ("لجنة", ("لجنة",)),
    )
}
#: "المصدر نفسه"، "المصادر ذاتها": the same back-reference, said twice.
_SAME = frozenset(normalize(w) for w in ("نفسه", "نفسها", "ذاته", "ذاتها", "نفسهم", "ذاتهم", "أنفسهم", "ذاتهما", "نفسهما"))
#: Adjectives that leave a definite mention as vague as its head alone (المنظمة الدولية، السلطات المحلية).
_VAGUE = frozenset(
    normalize(w)
    for w in (
        "الدولية",
        "الدولي",
        "المحلية",
        "المحلي",
        "المعنية",
        "المعني",
        "المختصة",
        "المختص",
        "الأمني",
        "الأمنية",
        "العسكري",
        "العسكرية",
        "الرسمي",
        "الرسمية",
        "المسؤول",
        "المسؤولة",
        "المطلع",
        "المطلعة",
        "المذكور",
        "المذكورة",
        "الأممية",
        "الحكومية",
        "الحكومي",
        "الطبية",
        "الطبي",
        "الميدانية",
        "الميداني",
        "المحلّية",
    )
)
SURNAME = "surname"
_LINKS = frozenset(normalize(w) for w in ("بن", "ابن", "بنت"))
#: A word so written is no given name: definite (الروسي، والإرهاب) or with a preposition glued on (للمنظمة).
_NOT_NAME_PREFIXES = ("ال", "وال", "فال", "بال", "لل", "كال")


def _words(text: str) -> list[str]:
    return normalize(text).split()


def anaphor_head(text: str, kind: str) -> str | None:
    """The bare head noun of a back-reference (الوزارة → وزاره), `SURNAME` for one word naming a
    person, else None."""
    words = _words(text)
    if not words or len(words) > 2 or (len(words) == 2 and words[1] not in _SAME):
        return None
    w = words[0]
    if w.startswith("ال") and w[2:] in HEADS:
        return w[2:]
    if len(words) == 1 and kind == "person" and len(w) >= 3 and w != "الله":
        return SURNAME
    return None


def _first_head(words: list[str]) -> str:
    w = words[0] if words else ""
    return w[2:] if w.startswith("ال") else w


def person_name(text: str, not_names: frozenset[str] = frozenset()) -> str | None:
    """The name at the end of a person's phrase ("وزير الدفاع الروسي سيرغي شويغو" → "سيرغي شويغو"): the last
    word and the bare words before it, back to a title or a definite word; None when that leaves no given
    name (العقيد المالكي، رئيس الفيدرالية)."""
    raw = text.split()
    k = len(raw) - 1
    words = 1  # بن، ابن between the parts of a name do not count (عواد بن صالح العواد)
    while k > 0 and words < 3:
        w = normalize(raw[k - 1])
        if raw[k - 1] == "علي":
            pass  # the name, not على (one shadow for both)
        elif not w.isalpha() or w in not_names or w.startswith(_NOT_NAME_PREFIXES):
            break
        k -= 1
        words += w not in _LINKS
    while k < len(raw) - 1 and normalize(raw[k]) in _LINKS:
        k += 1  # a name does not begin with بن
    return " ".join(raw[k:]) if words >= 2 and k < len(raw) - 1 else None


def _fits(head: str, mention: list[str], cand: Source, not_names: frozenset[str]) -> bool:
    """Whether `cand` is a source the mention (its head and words) can refer back to."""
    words = _words(cand.text)
    if head == SURNAME:
        if cand.kind != "person" or len(words) < 2 or words[-1] != mention[0]:
            return False
        return cand.canonical is not None or person_name(cand.text, not_names) is not None
    # the fuller mention (وزارة الصحة، الجيش الجزائري), not another that names nothing (المصادر نفسها،
    # المنظمة الدولية، المصدر الأمني)
    if _first_head(words) not in HEADS[head] or len(words) < 2 or words[1] in _SAME:
        return False
    return cand.canonical is not None or not (words[0].startswith("ال") and len(words) == 2 and words[1] in _VAGUE)


def resolve(sources: Sequence[Source | None], not_names: frozenset[str] = frozenset()) -> list[int | None]:
    """For each source (in text order), the index of the earlier source it refers back to, or None.

    Only mentions without a canonical name are resolved, each to the nearest earlier source that fits;
    `not_names` are words that are no part of a person's name (titles, head nouns: وزير، العقيد)."""
    out: list[int | None] = [None] * len(sources)
    for k, s in enumerate(sources):
        if s is None or s.canonical is not None or not s.text:
            continue
        head = anaphor_head(s.text, s.kind)
        mention = _words(s.text)
        if head is None or (head == SURNAME and mention[0] in not_names):
            continue
        for m in range(k - 1, -1, -1):
            cand = sources[m]
            if cand is not None and cand.start != s.start and _fits(head, mention, cand, not_names):
                out[k] = m
                break
    return out


def named_person(s: Source, persons: Sequence[Source], not_names: frozenset[str] = frozenset()) -> Source | None:
    """The nearest person named before a bare surname among `persons` (the article's PER entities, in text
    order): the full name often stands in an apposition no claim source covers ("قال المتحدث باسم التحالف،
    العقيد تركي المالكي، …" and then "وأكد المالكي")."""
    if s.canonical is not None or s.start is None or anaphor_head(s.text, s.kind) != SURNAME:
        return None
    mention = _words(s.text)
    if mention[0] in not_names:
        return None
    before = [p for p in persons if p.end is not None and p.end <= s.start]
    return next((p for p in reversed(before) if _fits(SURNAME, mention, p, not_names)), None)


def resolved_source(s: Source, antecedent: Source, not_names: frozenset[str] = frozenset()) -> Source:
    """The mention as written, named like its antecedent and of its kind: the antecedent's canonical name,
    else its text (a person's name without the titles before it)."""
    name = antecedent.canonical
    if name is None and antecedent.kind == "person":
        name = person_name(antecedent.text, not_names)
    return Source(s.text, name or antecedent.text, s.start, s.end, antecedent.kind)
