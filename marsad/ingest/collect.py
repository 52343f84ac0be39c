"""What `marsad ingest` reads: files, directories, JSONL, HTML, feeds and URLs, as records.

Every target yields records or InputErrors in its place, so one bad file or URL is reported
and the rest of the batch goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from marsad.errors import InputError
from marsad.ingest.decode import decode_bytes
from marsad.ingest.feeds import feed_records, looks_like_feed
from marsad.ingest.fetch import Fetcher
from marsad.ingest.html import html_record
from marsad.ingest.records import HTML_SUFFIXES, TEXT_SUFFIXES, read_jsonl, read_text

FEED_SUFFIXES = (".rss", ".atom", ".xml")
ALL_SUFFIXES = (*TEXT_SUFFIXES, *HTML_SUFFIXES, *FEED_SUFFIXES, ".jsonl")

#: Field names other corpora use for the record fields (the ANT corpus: docno, time, src).
ALIASES = {"docno": "id", "time": "published", "date": "published", "src": "source", "link": "url"}

Item = dict[str, Any] | InputError


def is_url(target: str) -> bool:
    return "://" in target[:12]


def with_aliases(rec: dict[str, Any]) -> dict[str, Any]:
    for alias, key in ALIASES.items():
        if rec.get(alias) not in (None, "") and (key == "id" or not rec.get(key)):
            rec[key] = rec[alias]
    return rec


def collect(targets: Iterable[str], fetcher: Fetcher | None = None) -> Iterator[Item]:
    """Records from every target in order; directories are read recursively, sorted."""
    for t in targets:
        if is_url(t):
            yield from _url(t, fetcher)
            continue
        p = Path(t)
        if t != "-" and p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in ALL_SUFFIXES)
            yield from collect([str(f) for f in files], fetcher)
            continue
        yield from _file(t, fetcher)


def _file(path: str, fetcher: Fetcher | None) -> Iterator[Item]:
    suffix = Path(path).suffix.lower()
    try:
        if suffix == ".jsonl" or path == "-":
            if path == "-":
                yield from (with_aliases(r) if isinstance(r, dict) else r for r in read_jsonl(path))
                return
            for rec in read_jsonl(path):
                if isinstance(rec, dict):
                    rec.setdefault("source_path", path)
                    yield with_aliases(rec)
                else:
                    yield rec
        elif suffix in HTML_SUFFIXES:
            yield html_record(Path(path).read_bytes(), path)
        elif suffix in FEED_SUFFIXES:
            yield from feed_records(Path(path).read_bytes(), path, fetcher)
        else:
            yield read_text(path)
    except InputError as err:
        yield err
    except OSError as err:
        yield InputError(f"{path}: {err.strerror or err}")


def _url(url: str, fetcher: Fetcher | None) -> Iterator[Item]:
    if fetcher is None:
        yield InputError(f"{url}: URLs need a fetcher")
        return
    try:
        page = fetcher.get(url)
    except InputError as err:
        yield err
        return
    if looks_like_feed(page.content, page.content_type):
        yield from feed_records(page.content, url, fetcher)
        return
    try:
        if "html" in page.content_type.lower() or b"<html" in page.content[:2000].lower():
            rec = html_record(page.content, url, url=page.final_url)
        else:
            rec = {"text": decode_bytes(page.content, url), "url": page.final_url, "source_path": url}
    except InputError as err:
        yield err
        return
    rec["retrieved"] = page.retrieved
    yield rec
