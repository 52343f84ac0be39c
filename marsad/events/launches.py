"""Where a launch or a take-off set out from: a place after من, an unnamed site and a word of nearness.

"انطلقت مقاتلات إسرائيلية من مطارات في الشمال وتم إطلاق صاروخ باتريوت من منظومة قرب صفد": Safed is where
the interceptor was fired from, not where the jets struck (al-Qusayr, Damascus, named before).  A place
right after من is an origin already (`marsad.events.location._movement`); this finds one told after the
site's noun (من منظومة قرب صفد، من قاعدة في ريف حمص) when a verb or noun of launching or taking off
leads the من.  ACLED places a strike where it fell, so such a place is the scene only when nothing else is.
"""

from __future__ import annotations

import re

from marsad.model import Place
from marsad.text import article_stripped, normalize

#: Stems (shadow form) of launching or taking off: أطلق، إطلاق، انطلقت، أقلعت، إقلاع.
_LAUNCH = ("اطلق", "اطلاق", "يطلق", "تطلق", "انطلق", "انطلاق", "تنطلق", "ينطلق", "اقلع", "اقلاع", "تقلع", "يقلع")
#: Objects of أطلق that tell no launch from afar: fire or bullets (shot on the spot), one's freedom (a release).
_SHOT = frozenset({"نار", "رصاص", "اعيره", "عيارات", "سراح"})
#: Words of nearness or lying in between the site's noun and the name (من منظومة قرب صفد، من قاعدة في حمص).
_AT = frozenset({"قرب", "بالقرب", "بقرب", "في", "عند", "داخل", "بمحيط", "محيط"})
#: Settlement nouns that may stand right before the name (قرب مدينة صفد).
_TOWN = frozenset({"مدينه", "بلده", "قريه", "منطقه", "بلدات", "قري", "مناطق"})
#: How many words the site's noun may take (من منظومة، من مطارات عسكرية).
SITE_WORDS = 2
#: How many words before من the word of launching may stand (إطلاق صاروخ باتريوت من).
LAUNCH_REACH = 4
_CLAUSE_RE = re.compile(r"[،,.؛:\n]")


def launch_origin(text: str, place: Place) -> bool:
    """Is the place told as the site a launch or take-off set out from (إطلاق صاروخ من منظومة قرب صفد)?  A
    word of launching at most `LAUNCH_REACH` words before من, then at most `SITE_WORDS` words of the site, a
    word of nearness or lying in, and the name, all in one clause."""
    head = _CLAUSE_RE.split(text[max(0, place.start - 120) : place.start])[-1]
    words = [normalize(w).strip('"«»()').removeprefix("و") for w in head.split()]
    while words and words[-1] in _TOWN:
        words.pop()
    if len(words) > 1 and words[-1] == "من" and words[-2] == "بالقرب":
        words.pop()  # من منظومة بالقرب من صفد: the من of nearness
    if not words or words[-1] not in _AT:
        return False
    words.pop()
    site = next((k for k in range(len(words) - 1, max(-1, len(words) - SITE_WORDS - 2), -1) if words[k] == "من"), None)
    if site is None or site == len(words) - 1:
        return False  # no من before the site's noun, or no noun between (من قرب)
    lead = words[max(0, site - LAUNCH_REACH) : site]
    if any(article_stripped(w) in _SHOT for w in lead):
        return False  # أطلق مسلحون النار من سيارة في حي الكرادة: shot where they were; سراح: a release
    return any(w.startswith(_LAUNCH) for w in lead)
