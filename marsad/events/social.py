"""Embedded social-media posts: the signature line "— name (@handle) Month D, YYYY" of a quoted post.

Pasted X/Twitter embeds end with that line; the post's text is what comes just before it on the
same line, or else the paragraph above it.  Each post is a source of its own, with its own date,
apart from the outlet that quotes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.events.dates import find_dates
from marsad.model import Span

# An em/en dash (or a hyphen at the start of a line), the author's display name, (@handle), a date.
_SIGNATURE_RE = re.compile(
    r"(?:[\u2014\u2013\u2015]|(?:^|(?<=\n))[ \t]*-{1,2})[ \t]*"
    r"(?P<name>[^\n()\u2014\u2013@]{1,80}?)[ \t]*\([ \t]*@(?P<handle>[A-Za-z0-9_]{1,30})[ \t]*\)"
    r"(?P<date>[ \t]*[^\n]{0,40})",
)


@dataclass(frozen=True)
class Post:
    """One embedded post: its whole span, author name, handle, resolved date and body."""

    start: int
    end: int
    author: Span
    handle: str
    date: str | None
    body: Span


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _body(text: str, sig_start: int) -> tuple[int, int]:
    """The post text: the same line before the signature, else the nearest non-empty line above."""
    line_start = text.rfind("\n", 0, sig_start) + 1
    s, e = _trim(text, line_start, sig_start)
    if e > s:
        return s, e
    end = line_start - 1
    while end > 0:
        prev_start = text.rfind("\n", 0, end) + 1
        s, e = _trim(text, prev_start, end)
        if e > s:
            return s, e
        end = prev_start - 1
    return sig_start, sig_start


def find_posts(text: str) -> list[Post]:
    """Every embedded post signature in `text` with the body it closes, in text order."""
    posts: list[Post] = []
    floor = 0
    for m in _SIGNATURE_RE.finditer(text):
        name_s, name_e = _trim(text, m.start("name"), m.end("name"))
        if name_e <= name_s:
            continue
        date_s, date_e = _trim(text, m.start("date"), m.end("date"))
        dates = find_dates(text[date_s:date_e], None) if date_e > date_s else []
        date = dates[0].date if dates and dates[0].start == 0 else None
        end = date_s + dates[0].end if date else m.end("handle") + text[m.end("handle") :].index(")") + 1
        body_s, body_e = _body(text, m.start())
        if body_s < floor:
            body_s, body_e = m.start(), m.start()
        posts.append(
            Post(
                start=min(body_s, m.start()),
                end=end,
                author=Span(name_s, name_e, text[name_s:name_e]),
                handle=m.group("handle"),
                date=date,
                body=Span(body_s, body_e, text[body_s:body_e]),
            )
        )
        floor = end
    return posts
