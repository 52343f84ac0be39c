"""A nationality word that cannot describe the place before it: "بمنطقة عرب العراقي" is the quarter "Arabs
of al-Iraqi" in Egypt's Qalyubia, not a place of Iraq.

A nisba adjective that describes a place after a feminine type word agrees with it ("مدينة الصخيرات
المغربية", towns are feminine too); a masculine one after a feminine type word and a name without its
article ("منطقة عرب العراقي") does not, so it is the second word of the name (a family or a tribe), and the
name is coded as one the gazetteer lacks, by the units the text names, not to that country.
"""

from __future__ import annotations


def name_tail(kind: str | None, name: str, adj: str) -> bool:
    """Is the definite nationality word `adj` (shadow form) after the type word `kind` and the name
    `name` (shadow forms) the name's own last word, not its adjective?"""
    if not kind or not kind.endswith("ه") or name.startswith("ال") or " " in name:
        return False
    return adj.startswith("ال") and adj.endswith("ي")
