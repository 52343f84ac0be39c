"""Person-name words mined from unlabeled news: the words that follow a title (الرئيس الأمريكي دونالد ترامب).

After a title word, adjectives and genitives with the article are skipped (الأمريكي، الخارجية), and the
next one or two words are taken as a name.  Words seen there at least `min_count` times, and more often
there than elsewhere in proportion, become a CRF feature: it lets the tagger know a foreign name it never
saw labelled.  Unlabeled text only, so cross-validation stays honest.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from marsad.ner import lexicon
from marsad.ner.clitics import article_clitic
from marsad.text import clean, tokenize

NAME_TITLES = frozenset(
    t for t in lexicon.titles() if t not in {"رييس", "نايب", "الامين", "امين", "العام", "المدير", "مدير"}
)


def _title(norm: str) -> bool:
    k = article_clitic(norm)
    return norm[k:] in NAME_TITLES or (len(norm) > 3 and norm[0] in "وفل" and norm[1:] in NAME_TITLES)


def mine_person_names(corpus: str | Path, min_count: int = 2, min_ratio: float = 0.3) -> list[str]:
    """Shadow forms of words that mostly appear in name position after a title."""
    after: Counter[str] = Counter()
    total: Counter[str] = Counter()
    with open(corpus, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            toks = tokenize(clean(json.loads(line).get("text") or ""))
            norms = [t.norm if t.kind == "word" else "" for t in toks]
            total.update(n for n in norms if n)
            for i, n in enumerate(norms):
                if not n or not _title(n):
                    continue
                j = i + 1
                while j < len(norms) and j - i <= 3 and norms[j].startswith("ال"):
                    j += 1
                for k in (j, j + 1):
                    if k < len(norms) and norms[k] and len(norms[k]) >= 3:
                        after[norms[k]] += 1
                    else:
                        break
    return sorted(w for w, c in after.items() if c >= min_count and c / total[w] >= min_ratio)
