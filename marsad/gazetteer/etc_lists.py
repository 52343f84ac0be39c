"""Lists of places closed by "and others": "مثل الغزالية وحي العامل والتاجي وغيرها" (issue 3, round 41).

"وغيرها" (and others) closes a list of things of one kind.  Where the items the gazetteer knows are towns
or units of one country, an unknown definite item joined to them by و is a place of that kind too, though
the data lack it (التاجي, a town by Baghdad; الأغوار, Jordan's Valley towns).  It is coded as ACLED codes
a place the data lack, to the known item of the list nearest it (precision 2), with the reason.  Lists of
countries (سوريا والعراق والمنطقة وغيرها) and of mixed countries are left alone.
"""

from __future__ import annotations

from marsad.gazetteer.context import Words, direction_of, type_of
from marsad.gazetteer.demonyms import demonym_country
from marsad.gazetteer.lists import opens_list
from marsad.gazetteer.mention import shadow_set
from marsad.gazetteer.unknown import NOT_NAMES, UNKNOWN_TYPE_FORMS, fallback, overlaps, unknown_place
from marsad.model import Place
from marsad.text.normalize import Shadow

#: "and others", closing a list.
_OTHERS = shadow_set({"وغيرها", "وغيرهما", "وسواها"})
#: How many words back from "and others" a list may open.
_REACH = 12


def etc_lists(text: str, sh: Shadow, words: Words, places: list[Place]) -> list[Place]:
    """The unknown definite items of each list closed by "وغيرها" whose known items are places of one country."""
    out: list[Place] = []
    for k in words.at(_OTHERS):
        if k < 1 or words.m[words.spans[k - 1][1]:words.spans[k][0]] != " ":
            continue
        known: list[Place] = []
        unknown: list[tuple[int, int]] = []
        for j in range(k - 1, max(-1, k - 1 - _REACH), -1):
            if j < k - 1 and not words.clean_gap(words.spans[j][1], words.spans[j + 1][0]):
                break  # the list runs within one clause
            w = words.word(j)
            ns, ne = words.spans[j]
            s, e = sh.to_orig(ns, ne)
            p = next((q for q in places if s <= q.start < e), None)
            if p is not None:
                known.append(p)
            elif w[1:] in UNKNOWN_TYPE_FORMS or w in UNKNOWN_TYPE_FORMS or type_of(w):
                pass  # "وحي الجهاد": the type word heading an item
            elif _name(w):
                unknown.append(sh.to_orig(ns + (1 if w.startswith("وال") else 0), ne))
            else:
                break
            if not w.startswith("و"):
                break  # the list's first item
        if not known or not unknown or any(p.level == "country" or not p.iso2 for p in known) \
                or len({p.iso2 for p in known}) != 1:
            continue
        for o_s, o_e in unknown:
            if overlaps(places + out, o_s, o_e):
                continue
            near = min(known, key=lambda p: min(abs(p.start - o_e), abs(o_s - p.end)))
            here = unknown_place(text, o_s, o_e)
            out.append(fallback(here, near, f"{text[o_s:o_e]!r} is not in the gazetteer but is listed with "
                                            f"places of {near.country} in a list closed by 'and others'"))
    return out


def _name(w: str) -> bool:
    """A definite word that may be a place's name, after و or first: no ordinary word, plural type word,
    direction or nationality."""
    bare = w[1:] if w.startswith("وال") else w
    return (bare.startswith("ال") and len(bare) > 3 and bare not in NOT_NAMES and not opens_list(bare)
            and not direction_of(bare) and not demonym_country(bare))
