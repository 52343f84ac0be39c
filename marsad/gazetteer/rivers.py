"""Rivers that run through one country of the region as the news names them: a word of that country.

"انتشلت الشرطة ستة جثث من نهر دجلة": the Tigris is Iraq's river in Arabic news (its Turkish course is named
by its dams, its Syrian one is a few kilometres of border), so, like a nationality word, it casts half a
vote for Iraq, and a town of two countries (الصويرة: Iraq's As Suwayrah or Morocco's Essaouira) is Iraq's.
Rivers shared by several countries of the news (الفرات، النيل، العاصي) or spelt like common words (بردى)
are left out.
"""

from __future__ import annotations

from marsad.gazetteer.names import name_key

#: The rivers, in shadow form, and the one country each names.
_RIVERS = {name_key(name): iso2 for name, iso2 in (("دجلة", "IQ"), ("الليطاني", "LB"))}
#: Proclitics a river's name may carry (ودجلة، بدجلة).
_CLITICS = ("و", "ب", "ل", "ف")


def river_country(token: str) -> str | None:
    """The country of the river `token` (shadow form, perhaps behind one proclitic) names, or None."""
    iso2 = _RIVERS.get(token)
    if iso2 is None and token[:1] in _CLITICS:
        iso2 = _RIVERS.get(token[1:])
    return iso2
