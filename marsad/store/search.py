"""Full-text search over the normalised (shadow) text, so that حلب finds حَلَب and بحلب.

The FTS5 index uses the trigram tokenizer on `documents.norm_text`: a query is normalised the
same way and matched as a substring, which needs no clitic rules (بحلب contains حلب) and keeps
phrases ("ريف حلب") working.  Queries shorter than three characters fall back to LIKE.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.errors import InputError
from marsad.store.db import Store
from marsad.text.normalize import normalize, shadow


@dataclass(frozen=True)
class Hit:
    uid: str
    title: str | None
    published: str | None
    source: str | None
    snippet: str
    start: int
    end: int


def norm_query(q: str) -> str:
    nq = " ".join(normalize(q).split())
    if not nq:
        raise InputError("search: the query is empty")
    return nq


def match_clause(q: str) -> tuple[str, str]:
    """SQL condition over `documents d` (with its parameter) for documents whose text holds `q`."""
    nq = norm_query(q)
    if len(nq) >= 3:
        phrase = '"' + nq.replace('"', '""') + '"'
        return "d.id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)", phrase
    like = "%" + nq.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return "d.norm_text LIKE ? ESCAPE '\\'", like


def snippet(text: str, nq: str, width: int = 60) -> tuple[str, int, int]:
    """The original text around the first match of the normalised query, and the match's span."""
    sh = shadow(text)
    i = sh.norm.find(nq)
    if i < 0:
        return text[: 2 * width].replace("\n", " "), 0, 0
    start, end = sh.to_orig(i, i + len(nq))
    lo, hi = max(0, start - width), min(len(text), end + width)
    s = ("…" if lo else "") + text[lo:start] + "[" + text[start:end] + "]" + text[end:hi] + ("…" if hi < len(text) else "")
    return s.replace("\n", " "), start, end


def search(store: Store, q: str, limit: int = 20) -> list[Hit]:
    """Documents whose normalised text contains the normalised query, newest first."""
    cond, param = match_clause(q)
    nq = norm_query(q)
    rows = store.conn.execute(
        f"SELECT d.uid, d.title, d.published, d.text, s.name AS source FROM documents d"
        f" LEFT JOIN sources s ON s.id = d.source_id WHERE {cond}"
        f" ORDER BY d.published DESC, d.id DESC LIMIT ?",
        (param, limit),
    ).fetchall()
    hits = []
    for r in rows:
        snip, start, end = snippet(r["text"], nq)
        hits.append(Hit(r["uid"], r["title"], r["published"], r["source"], snip, start, end))
    return hits
