"""Which spellings of a town without its article stay strong keys.

GeoNames writes some towns both with and without the article (الخرمشهر and خرمشهر, الأهواز and أهواز).
`entry_keys` makes the form without the article a weak key ("~"), found only after a type word, since
most such forms are ordinary words (رياض، مدينة، خبر).  In Iran and Afghanistan the names are Persian
or Pashto, which have no article: the data's form without it (خرمشهر beside الخرمشهر) is the town's own
name, which Arabic news writes as it is.  It is kept strong for a town big enough for the news to name,
when the news corpus writes it as a word in at most one document in a thousand (alone or behind a
proclitic).  Arab countries' forms stay weak even when the corpus hardly uses them: there the article
is part of the name and the bare form an Arabic word (زرقاء, blue, beside Zarqa: two of three such
readings in the corpus were the colour when every region town was let through).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from marsad.gazetteer.names import is_arabic, name_key
from marsad.text.tokenize import CLITIC_RUNS, SINGLE

#: Towns this big are named in the region's news; smaller ones are left as they were.
BARE_MIN_POP = 100_000
#: The share of corpus documents above which a form is a word rather than a name.
WORD_SHARE = 0.001


def plain_bare(names: Iterable[str], df: Counter[str], n_docs: int) -> frozenset[str]:
    """The keys, written without the article, that the data also writes with it and the corpus hardly uses."""
    if not n_docs:  # no corpus, no evidence: every such form stays weak
        return frozenset()
    keys = {name_key(n) for n in names if is_arabic(n)}
    return frozenset(k for k in keys if not k.startswith("ال") and "ال" + k in keys
                     and sum(df[p + k] for p in _GLUED) <= WORD_SHARE * n_docs)


#: The form alone and behind each proclitic the geocoder reads through (ورقة is و + رقة to it).
_GLUED = ("", *SINGLE, *CLITIC_RUNS)
