"""Organisation-name rules the CRF cannot learn from ANERcorp (2006 newswire has few armed groups).

R1: an organisation head followed by a quoted name: كتيبة "الغرباء" → ORG الغرباء.
R2: a definite head, nisba adjectives, then a ل-phrase: المرصد السوري لحقوق الإنسان,
    الشبكة السورية لحقوق الإنسان, المؤسسة العامة للنفط → ORG over the whole phrase.
Rule spans replace the CRF entities they overlap.  Whether they pay is measured by CV.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from marsad.model import Entity, Token
from marsad.ner.clitics import article_clitic, candidates
from marsad.text import article_stripped, normalize
from marsad.text.normalize import orig_index

HEADS = frozenset(
    normalize(w)
    for w in (
        "مرصد شبكة منظمة هيئة جبهة حركة حزب جيش قوات كتيبة كتائب فرقة لواء ألوية وزارة مجلس اتحاد جمعية وكالة "
        "مفوضية لجنة جماعة تنظيم تحالف ائتلاف فيلق سرايا شركة مؤسسة جامعة مركز رابطة نقابة غرفة"
    ).split()
)
OPEN_QUOTES = frozenset('"«“\'')
CLOSE_QUOTES = frozenset('"»”\'')
MAX_QUOTED = 5


@lru_cache(maxsize=100_000)
def _head_norm(norm: str) -> tuple[bool, int]:
    """(is an organisation head, shadow chars of clitics before it) of a word's shadow form."""
    k = article_clitic(norm)
    bare = article_stripped(norm[k:])
    if bare in HEADS:
        return True, k
    c1, c2 = candidates(norm)
    for cut, form in ((1, c1), (2, c2)):
        if form and form in HEADS:
            return True, cut
    return False, 0


def _nisba(tok: Token) -> bool:
    n = tok.norm
    return tok.kind == "word" and n.startswith("ال") and len(n) >= 5 and (n.endswith("ي") or n.endswith("يه"))


def _span(text: str, first: Token, cut: int, last: Token) -> Entity:
    start = first.start + orig_index(first.text, cut)
    return Entity(start, last.end, text[start : last.end], "ORG", score=0.8)


def rule_entities(text: str, tokens: Sequence[Token]) -> list[Entity]:
    out: list[Entity] = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if tok.kind != "word":
            continue
        is_head, cut = _head_norm(tok.norm)  # called straight, not through a per-token helper: every token
        if not is_head:
            continue
        # R1: head "name"
        if i + 2 < n and tokens[i + 1].text in OPEN_QUOTES:
            for j in range(i + 2, min(n, i + 2 + MAX_QUOTED + 1)):
                if tokens[j].text in CLOSE_QUOTES:
                    if j > i + 2 and all(t.kind in ("word", "latin") for t in tokens[i + 2 : j]):
                        out.append(_span(text, tokens[i + 2], 0, tokens[j - 1]))
                    break
            continue
        # R2: definite head + nisba adjective(s) + ل-phrase
        if not tok.norm[cut:].startswith("ال"):
            continue
        j = i + 1
        while j < n and j - i <= 2 and _nisba(tokens[j]):
            j += 1
        if j == i + 1 or j >= n or tokens[j].kind != "word":
            continue
        lam = tokens[j].norm
        if lam.startswith("لل") and len(lam) >= 5:
            out.append(_span(text, tok, cut, tokens[j]))
        elif lam.startswith("ل") and j + 1 < n and tokens[j + 1].norm.startswith("ال") and len(lam) >= 4:
            out.append(_span(text, tok, cut, tokens[j + 1]))
    return out


def merge(crf: list[Entity], rules: list[Entity]) -> list[Entity]:
    """Rule spans win over the CRF entities they overlap."""
    if not rules:
        return crf
    kept = [e for e in crf if not any(e.start < r.end and r.start < e.end for r in rules)]
    return sorted(kept + rules, key=lambda e: (e.start, e.end))
