"""Lists of places after a plural type word: "مدن وبلدات نوى وكحيل والسهوة وأم المياذن".

Such a list says what each of its items is, so a name the gazetteer lacks is still a place and
a homonym (صيدا, which is also Sidon) is read inside the unit its neighbours share.  This module
only cuts the items; the geocoder codes them.
"""

from __future__ import annotations

from marsad.gazetteer.context import Words, direction_of, is_connector, type_of
from marsad.gazetteer.names import name_key

#: Plural (and dual) type words that open a list of places.
LIST_TYPES = frozenset(name_key(w) for w in (
    "مدن", "بلدات", "قرى", "مخيمات", "أحياء", "مناطق", "بلدتي", "قريتي", "مدينتي", "حيي", "مخيمي", "منطقتي",
    # the fronts of an offensive are named by their places: "محاور الزريقية والشيفونية وحزرما"
    "محاور"))
_PREFIXES = ("", "و", "ب", "وب", "في")
#: Words that start with و but are names or name heads, not "and" + name.
_W_NAMES = frozenset(name_key(w) for w in ("وادي", "ورد", "وعر", "ولاية"))
_MAX_ITEM_WORDS = 3
#: Words that end a list: "الراعي على الحدود وطرد عناصر" is no list item after الراعي.
_ENDS = frozenset(name_key(w) for w in (
    "على", "إلى", "عن", "مع", "حول", "عبر", "بين", "ضد", "نحو", "حتى", "منذ", "بعد", "قبل", "خلال", "عند", "لدى",
    "التي", "الذي", "الذين", "كما", "بينها", "منها", "بينما", "حيث"))


_LIST_FORMS = frozenset(p + t for p in _PREFIXES for t in LIST_TYPES)
#: "among them" after a count of towns: "25 مدينة مهمة منها نيسابور ، وسرخس وطبس" lists the towns meant.
_AMONG = frozenset(name_key(w) for w in ("منها", "ومنها", "أهمها", "أبرزها", "أشهرها", "أكبرها"))
#: The words a list may open at: `opens_list` or `opens_among` holds for no other.
LIST_HEADS = _LIST_FORMS | _AMONG
#: Town words that "منها" refers back to: plural, or singular after a number (Arabic counts 11 and up so).
_TOWNS = frozenset(name_key(w) for w in ("مدن", "بلدات", "قرى"))
_TOWN = frozenset(name_key(w) for w in ("مدينة", "بلدة", "قرية"))


def opens_list(word: str) -> bool:
    """Whether `word` is a plural type word, with a proclitic or not (وبلدات، بقرى)."""
    return word in _LIST_FORMS


def opens_among(words: Words, k: int) -> bool:
    """Whether word `k` is "منها" (أهمها، أبرزها …) right after a count of towns, one adjective between at most:
    "مدن عديدة منها"، "25 مدينة مهمة منها".  What follows names towns of that count, so its items are a list
    of places as after a plural type word (round 56, blind61)."""
    if words.word(k) not in _AMONG:
        return False
    for j in (k - 1, k - 2):
        if j < 0 or not words.clean_gap(words.spans[j][1], words.spans[k][0]):
            return False
        w = words.word(j)
        if w in _TOWNS or (w in _TOWN and j and words.word(j - 1).isdigit()
                           and words.clean_gap(words.spans[j - 1][1], words.spans[j][0])):
            return True
    return False


def _typed(word: str) -> bool:
    """Whether `word` is a type word, singular (ومنطقة) or plural (وأحياء), that heads the next item."""
    return bool(type_of(word)) or opens_list(word)


def _item_start(word: str) -> str | None:
    """The name part of a word that opens a new item ("وكحيل" -> "كحيل"), or None."""
    if word.startswith("و") and len(word) >= 3 and word not in _W_NAMES:
        return word[1:]
    return None


def _aside_end(words: Words, j: int) -> int | None:
    """The last word of a bracketed aside that opens at word `j` and says where the item before it lies
    ("(جنوب شرق)", "(شمالا)": AFP's style), or None: one to three words, one a compass direction."""
    for e in range(j, min(j + _MAX_ITEM_WORDS, len(words.spans))):
        if e > j and words.m[words.spans[e - 1][1]:words.spans[e][0]].strip():
            return None  # punctuation inside: no short aside
        after = words.m[words.spans[e][1]:words.spans[e + 1][0]] if e + 1 < len(words.spans) else words.m[words.spans[e][1]:]
        if after.strip().startswith(")"):
            return e if any(direction_of(words.word(x)) for x in range(j, e + 1)) else None
    return None


def list_items(words: Words, k: int) -> list[tuple[int, int, bool]]:
    """Shadow spans of the items of the list a plural type word at index `k` opens, each with
    whether و joins it (or it is the first): an item after a bare comma may be the next clause.

    Items are one to three words; a type word at the head of an item ("ومنطقة غرز") is left out of
    it, a definite direction adjective continues it ("الغارية الغربية").  The list ends at sentence
    punctuation, a direction or type word, or an item longer than three words.
    """
    n = len(words.spans)
    j = k + 1
    if j < n and (w := _item_start(words.word(j))) and opens_list(w):  # "مدن وبلدات"
        j += 1
    items: list[tuple[int, int, bool]] = []
    cur: list[int] = []
    joined = True
    start = 0

    def close() -> bool:
        if not cur or len(cur) > _MAX_ITEM_WORDS:
            return False
        items.append((start, words.spans[cur[-1]][1], joined))
        return True

    while j < n:
        s, _ = words.spans[j]
        prev_end = words.spans[j - 1][1]
        gap = words.m[prev_end:s]
        if cur and gap.strip() == "(" and (shut := _aside_end(words, j)) is not None:
            # "منطقتي المرج (جنوب شرق) ودوما (شمالا)": the item's bracketed direction is no break in the list
            j = shut + 1
            if j >= n:
                break
            s, prev_end = words.spans[j][0], words.spans[shut][1]
            gap = words.m[prev_end:s].replace(")", "", 1)
        if not words.clean_gap(prev_end, s) or gap.strip(" ،,"):
            break
        w = words.word(j)
        if w in _ENDS or (is_connector(w) and not type_of(w) and not direction_of(w)):
            break
        head = _item_start(w)
        new_item = not cur or head is not None or "،" in gap or "," in gap
        if new_item:
            if cur and not close():
                return items
            after_type = not cur and j > k + 1 and _typed(words.word(j - 1))
            cur = []
            if not after_type:  # "X وY، وقتل …": after a comma a و may open the next clause
                joined = (head is not None and "،" not in gap and "," not in gap) or not items
            name = head if head is not None else w
            # "ومنطقة غرز", "وأحياء آسيا": the name follows the type word, singular or plural
            if _typed(name) and j + 1 < n:
                j += 1
                continue
            if direction_of(name) or not name.isalpha() or len(name) < 2:
                break
            cur = [j]
            start = s + len(w) - len(name)
        elif (direction_of(w) and not w.startswith("ال")) or type_of(w):
            break
        else:
            cur.append(j)
        j += 1
    close()
    return items
