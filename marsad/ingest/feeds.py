"""RSS and Atom feeds through feedparser: each entry's page is fetched and read as HTML.

When an entry's page cannot be fetched but the feed itself carries the article (content or a
long summary), that text is used, so a feed of full articles still ingests offline.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import feedparser

from marsad.errors import InputError
from marsad.ingest.fetch import Fetcher
from marsad.ingest.html import html_record

log = logging.getLogger(__name__)

MIN_INLINE_CHARS = 200


@dataclass(frozen=True)
class Entry:
    link: str | None
    title: str | None
    published: str | None
    inline: str | None  # HTML of the entry's content or summary, when the feed carries it


def looks_like_feed(content: bytes, content_type: str = "") -> bool:
    ct = content_type.lower()
    if any(k in ct for k in ("rss", "atom", "/xml", "+xml")):
        return True
    head = content[:500].lstrip().lower()
    return head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf"))


def parse_feed(content: bytes, name: str) -> tuple[str | None, list[Entry]]:
    """The feed's title and its entries; InputError when it is not a feed."""
    parsed = feedparser.parse(content)
    if not parsed.entries and parsed.get("bozo"):
        raise InputError(f"{name}: not an RSS or Atom feed ({parsed.get('bozo_exception')})")
    entries = []
    for e in parsed.entries:
        inline = None
        if e.get("content"):
            inline = e["content"][0].get("value")
        elif e.get("summary"):
            inline = e.get("summary")
        entries.append(Entry(e.get("link"), e.get("title"), e.get("published") or e.get("updated"), inline))
    return parsed.feed.get("title"), entries


def feed_records(content: bytes, name: str, fetcher: Fetcher | None) -> Iterator[dict[str, Any] | InputError]:
    """Records of a feed's entries, fetched through `fetcher` (in order, politely concurrent)."""
    try:
        title, entries = parse_feed(content, name)
    except InputError as err:
        yield err
        return
    links = [e.link for e in entries if e.link]
    pages = dict(zip(links, fetcher.get_many(links), strict=True)) if fetcher and links else {}
    for e in entries:
        page = pages.get(e.link) if e.link else None
        rec: dict[str, Any] | InputError
        if page is not None and not isinstance(page, InputError):
            try:
                rec = html_record(page.content, page.final_url, url=page.final_url)
                rec["retrieved"] = page.retrieved
            except InputError as err:
                rec = err
        else:
            rec = page if isinstance(page, InputError) else InputError(f"{name}: entry {e.title!r} has no fetchable link")
        if isinstance(rec, InputError) and e.inline and len(e.inline) >= MIN_INLINE_CHARS:
            try:
                rec = html_record("<html><body><article>" + e.inline + "</article></body></html>", name, url=e.link)
            except InputError:
                pass
        if isinstance(rec, InputError):
            yield rec
            continue
        rec["title"] = rec.get("title") or e.title
        rec["published"] = e.published or rec.get("published")
        rec["source"] = title or rec.get("source")
        rec["url"] = e.link or rec.get("url")
        yield rec
