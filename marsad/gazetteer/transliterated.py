"""Names transliterated from English (قاعدة "نورث هولت", RAF Northolt): no country of the region has them.

An unknown name that opens with an English word spelt in Arabic letters (نورث، ساوث، ويست، إيست،
بورت …) or ends in an English or German place-name ending (ديربورن, Dearborn; -town, -shire, -ford,
-burg, -field) lies in Europe or an English-speaking land.  The story's country is only a guess for an unknown name, and
for such a name a country of the region (the Saudi minister met his British peer at "نورث هولت") is a
wrong guess: the name is left uncoded rather than placed in the wrong country.  A unit the text names
with it (نورث هولت قرب لندن) still codes it.
"""

from __future__ import annotations

from marsad.gazetteer.build import REGION
from marsad.gazetteer.mention import shadow_set

#: English words that open place names (North, South, West, East, Port, Fort, Mount, Saint) and are no
#: Arabic words in the shadow form.
ENGLISH_HEADS = shadow_set({"نورث", "ساوث", "ويست", "إيست", "ايست", "بورت", "فورت", "ماونت", "سانت"})
#: Endings of English and German place names (-bourne/-born, -town, -shire, -ford, -burg, -berg, -field,
#: -worth) that no Arabic word has: in the 3,000 ANT articles every word ending so is a foreign name
#: (ريبورن، فريتاون، ستافوردشاير، هامبورغ، بلومبيرغ، رامسفيلد).  -land is left out (جوبالاند, Somalia).
ENGLISH_TAILS = tuple(sorted(shadow_set({"بورن", "تاون", "شاير", "فورد", "بورغ", "بيرغ", "فيلد", "وورث"})))


def english_name(name: str) -> bool:
    """Whether the shadow-form name opens with a transliterated English head word or ends in an English
    or German place-name ending."""
    first = name.split(" ", 1)[0].strip("\"«»“”'")
    last = name.rsplit(" ", 1)[-1].strip("\"«»“”'")
    return first in ENGLISH_HEADS or (last.endswith(ENGLISH_TAILS) and len(last) >= 6)


def guess_abroad(name: str, iso2: str | None) -> bool:
    """Whether the story's country `iso2` is a wrong guess for the unknown name: an English name and a
    country of the region, whose places are not named in English."""
    return iso2 in REGION and english_name(name)


#: Long vowel letters (ا، و، ي) that an Arabic word of one stem seldom has four of; a transliteration writes
#: every vowel it hears (غوانتانامو has five).
LONG_VOWELS = 4
#: ... in a name this long at least (shadow letters).
LONG_NAME = 8
#: Pronoun suffixes: a plural noun with one (مواطنيها) may reach four long vowels.
PRONOUN_SUFFIXES = ("ها", "هم", "هما", "نا", "كم", "هن")


def vowel_spelt(key: str) -> bool:
    """Whether a one-word shadow-form name is spelt as a transliteration: `LONG_NAME` letters or more,
    no article or pronoun suffix, and `LONG_VOWELS` long vowel letters or more.  Such a name is seldom
    an Arabic word that some small town abroad happens to be called (الجديد، جامعة), which is what
    `Geocoder._unsupported` guards against: it names that town."""
    if " " in key or len(key) < LONG_NAME or key.startswith("ال") or key.endswith(PRONOUN_SUFFIXES):
        return False
    return sum(ch in "اوي" for ch in key) >= LONG_VOWELS
