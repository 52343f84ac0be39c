"""What `marsad ingest` reads: files, directories, JSONL, HTML, feeds and URLs, as records.

Every target yields records or InputErrors in its place, so one bad file or URL is reported
and the rest of the batch goes on.
"""

from __future__ import annotations

import codecs
import itertools
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from marsad.errors import InputError
from marsad.ingest.decode import decode_bytes
from marsad.ingest.feeds import feed_records, looks_like_feed
from marsad.ingest.fetch import Fetcher
from marsad.ingest.html import html_record
from marsad.ingest.records import HTML_SUFFIXES, TEXT_SUFFIXES, jsonl_records, no_files_message, read_jsonl, read_text

FEED_SUFFIXES = (".rss", ".atom", ".xml")
ALL_SUFFIXES = (*TEXT_SUFFIXES, *HTML_SUFFIXES, *FEED_SUFFIXES, ".jsonl")

#: Field names other corpora use for the record fields (the ANT corpus: docno, time, src).
ALIASES = {"docno": "id", "time": "published", "date": "published", "src": "source", "link": "url"}

Item = dict[str, Any] | InputError
#: A line that is one URL of any scheme (an ftp:// one is then refused by name, not stored as text).
_URL_LINE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://\S+")


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
            if not files:
                yield InputError(no_files_message(t, ALL_SUFFIXES))
            yield from collect([str(f) for f in files], fetcher)
            continue
        yield from _file(t, fetcher)


def url_list(text: str) -> list[str] | None:
    """The URLs of a text that is only a list of them (one a line, `#` comments allowed), else None:
    `marsad ingest feeds.txt` fetches the feeds and pages listed rather than storing the list."""
    lines = [x.strip() for x in text.splitlines()]
    urls = [x for x in lines if x and not x.startswith("#")]
    return urls if urls and all(_URL_LINE.fullmatch(x) for x in urls) else None


def _stdin() -> Iterator[Item]:
    """Standard input: JSONL records when its first line is a JSON object, else one text document."""
    lines = iter(sys.stdin.buffer)
    head: list[bytes] = []
    for line in lines:
        head.append(line)
        if line.strip():
            break
    first = b"".join(head).lstrip().removeprefix(codecs.BOM_UTF8).lstrip()
    if first.startswith(b"{"):
        for rec in jsonl_records(itertools.chain(head, lines), "stdin"):
            yield with_aliases(rec) if isinstance(rec, dict) else rec
        return
    data = b"".join(head) + b"".join(lines)
    try:
        yield {"text": decode_bytes(data, "stdin"), "source_path": "stdin"}
    except InputError as err:
        yield err


def _file(path: str, fetcher: Fetcher | None) -> Iterator[Item]:
    suffix = Path(path).suffix.lower()
    if path == "-":
        yield from _stdin()
        return
    try:
        if suffix == ".jsonl":
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
            rec = read_text(path)
            urls = url_list(rec["text"])
            if urls:
                yield from collect(urls, fetcher)
            else:
                yield rec
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
