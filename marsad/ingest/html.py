"""HTML pages to records through trafilatura: title, publication date and main text."""

from __future__ import annotations

import logging
from typing import Any

import trafilatura

from marsad.errors import InputError
from marsad.ingest.decode import decode_bytes

log = logging.getLogger(__name__)


def html_record(html: str | bytes, name: str, url: str | None = None) -> dict[str, Any]:
    """A record (text, title, published, url) from an HTML page, or InputError when it has no body."""
    page = decode_bytes(html, name) if isinstance(html, bytes) else html
    doc = trafilatura.bare_extraction(page, url=url, with_metadata=True, include_comments=False)
    meta = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text = (meta.get("text") or "").strip()
    if not text:
        raise InputError(f"{name}: no article text found in the HTML")
    title = meta.get("title")
    if title and text.startswith(title + "\n"):
        text = text[len(title) + 1 :]
    return {
        "text": text,
        "title": title,
        "published": meta.get("date"),
        "url": url or meta.get("url"),
        "source": meta.get("sitename"),
        "source_path": name,
    }
