"""Word flags from the shipped gazetteer, for the CRF (recall on place names ANERcorp never saw).

A word gets a flag per role it plays in a known Arabic place name: the whole of a one-word name
(by level: c country/region, a admin1-3, t town), the first word (B) or a later word (I) of a
multi-word name.  Flags sit on single words so the per-token feature cache keeps working.
The flags are rebuilt from the gazetteer in each process: a rebuilt gazetteer shifts them, so
retrain the NER after `marsad gazetteer build`.  Alias words of the actor KB were tried the same
way and not adopted (5-fold CV +0.0001 micro-F1 on top of these; see MODEL_CARD.md).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from functools import lru_cache

from marsad.text import article_stripped

log = logging.getLogger(__name__)

_LEVEL = {"country": "c", "region": "c", "admin1": "a", "admin2": "a", "admin3": "a", "populated_place": "t"}
_MIN_LEN = 2
# Function words inside multi-word names ("... في ...") say nothing about a name.
_STOP = frozenset("في من علي الي عن مع او ثم بين بعد قبل عند حتي منذ ضد لدي".split())


def _add(out: dict[str, set[str]], word: str, flag: str) -> None:
    if len(word) < _MIN_LEN or word in _STOP:
        return
    out[word].add(flag)
    bare = article_stripped(word)
    if bare != word and len(bare) >= _MIN_LEN:
        out[bare].add(flag)


@lru_cache(maxsize=1)
def common_place_words() -> frozenset[str]:
    """Shadow forms of the gazetteer's common words that are also place names (بيان، الجيش): a token
    the tagger reads as a place only once a proclitic is cut off (بيان -> ب + يان) is the word."""
    from marsad.gazetteer import Gazetteer

    return frozenset(Gazetteer.load().common)


@lru_cache(maxsize=1)
def place_flags() -> dict[str, tuple[str, ...]]:
    """Shadow form -> sorted flags (gzc gza gzt gzB gzI) from the shipped gazetteer's Arabic keys."""
    from marsad.gazetteer import Gazetteer
    from marsad.gazetteer.names import is_arabic

    g = Gazetteer.load()
    out: dict[str, set[str]] = defaultdict(set)
    for key, hits in g.index.items():
        if not is_arabic(key) or key in g.common:
            continue
        words = key.split()
        if len(words) == 1:
            for h in hits[:20]:
                _add(out, words[0], "gz" + _LEVEL.get(g.entries[h // 2].level, "t"))
        else:
            _add(out, words[0], "gzB")
            for w in words[1:]:
                _add(out, w, "gzI")
    log.debug("%d words carry gazetteer flags", len(out))
    return {w: tuple(sorted(f)) for w, f in out.items()}
