"""Records to extract: text files, directories, stdin and JSONL, each failure kept as an InputError.

A batch never stops at one bad record: readers yield the InputError in its place, naming the
file and line, and the caller reports it and goes on.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from marsad.errors import WHERE, InputError
from marsad.ingest.decode import decode_bytes
from marsad.text.normalize import no_surrogates

TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm")
Record = dict[str, Any]


def read_jsonl(path: str) -> Iterator[Record | InputError]:
    """Records of a JSONL file (`-` is stdin): id, text and optional published/title/url/source."""
    fh = sys.stdin.buffer if path == "-" else open(path, "rb")
    try:
        yield from jsonl_records(fh, path)
    finally:
        if fh is not sys.stdin.buffer:
            fh.close()


def jsonl_records(lines: Iterable[bytes], name: str) -> Iterator[Record | InputError]:
    """Records of JSONL lines read from `name`; a bad line becomes an InputError naming `name:line`."""
    for lineno, raw in enumerate(lines, 1):
        where = f"{name}:{lineno}"
        if not raw.strip():
            continue
        try:
            obj = json.loads(decode_bytes(raw, where))
        except InputError as err:
            yield err
            continue
        except json.JSONDecodeError as err:
            yield InputError(f"{where}: not JSON ({err.msg})")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield InputError(f"{where}: no 'text' string in the record")
            continue
        # JSON may escape half an emoji ("\ud83d"): no UTF-8 output or database takes it
        obj = {k: no_surrogates(v) if isinstance(v, str) else v for k, v in obj.items()}
        obj.setdefault("id", str(lineno))
        obj[WHERE] = where
        yield obj


def read_text(path: str, published: str | None = None) -> Record:
    """One record from a text file (`-` is stdin), decoded whatever its encoding."""
    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    name = "stdin" if path == "-" else path
    rid = "stdin" if path == "-" else Path(path).stem
    return {"id": rid, "text": decode_bytes(data, name), "published": published, "source_path": name}


def read_html(path: str, published: str | None = None) -> Record:
    """One record from an HTML page: trafilatura's main text, title and date (the page's date wins)."""
    from marsad.ingest.html import html_record  # trafilatura is slow to import: only when needed

    rec = html_record(Path(path).read_bytes(), path)
    rec["id"] = Path(path).stem
    rec["published"] = _date_or_none(rec.get("published")) or published
    return rec


def _date_or_none(value: str | None) -> str | None:
    """A page's own date when it is a clean YYYY-MM-DD, else None (the caller's date applies)."""
    if value and len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[:4].isdigit():
        return value[:10]
    return None


def no_files_message(folder: str, suffixes: tuple[str, ...]) -> str:
    """What a folder with nothing to read says, so that an empty result is never silent."""
    return f"{folder}: no {', '.join(suffixes[:-1])} or {suffixes[-1]} files in this folder"


def read_paths(paths: list[str], published: str | None = None) -> Iterator[Record | InputError]:
    """Records from files, directories (their text and JSONL files, sorted) and `-`."""
    for p in paths:
        if p != "-" and Path(p).is_dir():
            suffixes = (*TEXT_SUFFIXES, *HTML_SUFFIXES, ".jsonl")
            files = sorted(f for f in Path(p).rglob("*") if f.is_file() and f.suffix.lower() in suffixes)
            if not files:
                yield InputError(no_files_message(p, suffixes))
            for f in files:
                for rec in read_paths([str(f)], published):
                    # a/x.txt and b/x.txt both have the stem x: name a file in a subfolder by its path there
                    if isinstance(rec, dict) and f.suffix.lower() != ".jsonl" and f.parent != Path(p):
                        rec["id"] = f.relative_to(p).with_suffix("").as_posix()
                    yield rec
            continue
        if "://" in p[:12] or Path(p).suffix.lower() in (".rss", ".atom", ".xml"):
            # read as text, a feed's XML would become one junk document, and a URL a missing file
            yield InputError(f"{p}: extract reads text, HTML and JSONL files; fetch URLs and feeds with "
                             f"`marsad ingest {p} && marsad run`")  # fmt: skip
            continue
        if Path(p).suffix.lower() == ".jsonl":
            for rec in read_jsonl(p):
                if isinstance(rec, dict) and published and not rec.get("published"):
                    rec["published"] = published
                yield rec
            continue
        try:
            if Path(p).suffix.lower() in HTML_SUFFIXES:
                yield read_html(p, published)
                continue
            yield read_text(p, published)
        except InputError as err:
            yield err
        except OSError as err:
            yield InputError(f"{p}: {err.strerror or err}")
