"""The SQLite store: one file (`./marsad.db` by default) in WAL mode, opened through `Store`.

Documents are keyed by the SHA-256 of their cleaned text, so ingesting the same text twice adds
nothing; every batch is one transaction, so a killed ingest loses at most the batch in flight
and a restart finishes the job without doubling anything.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.errors import InputError, MarsadError, record_name
from marsad.model import Document
from marsad.pipeline import parse_published
from marsad.store.migrations import migrate
from marsad.text.language import detect
from marsad.text.normalize import clean, normalize

log = logging.getLogger(__name__)

DEFAULT_DB = "marsad.db"


def pack(obj: Any) -> bytes:
    """JSON, zlib-compressed: extraction results are a third of the store uncompressed."""
    return zlib.compress(json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)


def unpack(value: bytes | str) -> Any:
    """The object `pack` stored (plain JSON text is read too)."""
    if isinstance(value, bytes):
        return json.loads(zlib.decompress(value).decode("utf-8"))
    return json.loads(value)


class StoreError(MarsadError):
    """The database cannot be opened or is not a marsad store."""


def now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def content_hash(text: str) -> str:
    """SHA-256 of the text with whitespace runs collapsed: a re-fetch that only differs in
    line breaks or trailing spaces is the same document."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class IngestStats:
    """What one ingest did: documents added, already present (same content hash), and errors."""

    added: int = 0
    duplicates: int = 0
    errors: int = 0
    batches: int = 0
    messages: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, int]:
        return {"added": self.added, "duplicates": self.duplicates, "errors": self.errors, "batches": self.batches}


class Store:
    """A marsad database.  Use as a context manager, or call `close()`."""

    def __init__(self, path: str | Path = DEFAULT_DB) -> None:
        self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30.0, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA cache_size=-65536")
            migrate(self.conn)
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{self.path}: cannot open as a marsad database ({err})") from None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error: the unit of atomicity."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- sources and documents -------------------------------------------------------------
    def source_id(self, name: str | None, kind: str | None = None, url: str | None = None) -> int | None:
        if not name:
            return None
        row = self.conn.execute("SELECT id FROM sources WHERE name = ?", (name,)).fetchone()
        if row:
            return int(row[0])
        cur = self.conn.execute("INSERT INTO sources (name, kind, url) VALUES (?, ?, ?)", (name, kind, url))
        return int(cur.lastrowid or 0)

    def add_record(self, rec: dict[str, Any]) -> bool:
        """Insert one record (inside the caller's transaction); False when its text is already stored."""
        raw = rec.get("text")
        if not isinstance(raw, str):
            raise InputError(f"{record_name(rec)}: no 'text' string")
        text = clean(raw)
        if not text.strip():
            raise InputError(f"{record_name(rec)}: empty text")
        h = content_hash(text)
        if self.conn.execute("SELECT 1 FROM documents WHERE content_hash = ?", (h,)).fetchone():
            return False
        norm = normalize(text)
        published = parse_published(rec.get("published"))
        if published is None and rec.get("published") not in (None, ""):
            # kept without a date rather than refused: the text is the evidence, the date only a default
            log.warning("%s: published %r is not a date; stored without one", record_name(rec), rec.get("published"))
        cur = self.conn.execute(
            "INSERT INTO documents (uid, content_hash, ext_id, source_id, url, title, published, retrieved, lang,"
            " text, norm_text, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                h[:16],
                h,
                str(rec["id"]) if rec.get("id") is not None else None,
                self.source_id(rec.get("source")),
                rec.get("url"),
                rec.get("title"),
                published,
                rec.get("retrieved") or now(),
                rec.get("lang") or detect(text),
                text,
                norm,
                rec.get("source_path") or rec.get("origin"),
            ),
        )
        self.conn.execute("INSERT INTO documents_fts (rowid, norm_text) VALUES (?, ?)", (cur.lastrowid, norm))
        return True

    def add_records(
        self,
        records: Iterable[dict[str, Any] | InputError],
        batch_size: int = 200,
        on_error: Callable[[InputError], None] | None = None,
    ) -> IngestStats:
        """Store records in atomic batches; bad records are reported through `on_error` and skipped."""
        stats = IngestStats()
        batch: list[dict[str, Any]] = []

        def flush() -> None:
            if not batch:
                return
            with self.transaction():
                for rec in batch:
                    try:
                        if self.add_record(rec):
                            stats.added += 1
                        else:
                            stats.duplicates += 1
                    except InputError as err:
                        stats.errors += 1
                        if on_error:
                            on_error(err)
            stats.batches += 1
            batch.clear()

        for rec in records:
            if isinstance(rec, InputError):
                stats.errors += 1
                if on_error:
                    on_error(rec)
                continue
            batch.append(rec)
            if len(batch) >= batch_size:
                flush()
        flush()
        return stats

    def count(self, table: str) -> int:
        if table not in {"documents", "incidents", "events", "runs", "duplicates", "sources", "results"}:
            raise ValueError(table)
        return int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def document(self, row: sqlite3.Row) -> Document:
        """The Document of a `documents` row, as the pipeline takes it (text already clean)."""
        src = None
        if row["source_id"] is not None:
            r = self.conn.execute("SELECT name FROM sources WHERE id = ?", (row["source_id"],)).fetchone()
            src = r[0] if r else None
        return Document(
            text=row["text"],
            id=row["uid"],
            lang=row["lang"],
            published=row["published"],
            title=row["title"],
            url=row["url"],
            source=src,
        )

    def stored_document(self, uid: str) -> Document | None:
        """The newest extraction result of a document (or the bare document when never processed)."""
        row = self.conn.execute("SELECT * FROM documents WHERE uid = ?", (uid,)).fetchone()
        if row is None:
            return None
        if row["current_run"] is not None:
            res = self.conn.execute(
                "SELECT json FROM results WHERE doc_id = ? AND run_id = ?", (row["id"], row["current_run"])
            ).fetchone()
            if res:
                return Document.from_dict({**unpack(res[0]), "text": row["text"]})
        return self.document(row)

    def size_bytes(self) -> int:
        """Database size on disk, WAL included."""
        total = 0
        for suffix in ("", "-wal"):
            p = Path(self.path + suffix)
            if p.exists():
                total += p.stat().st_size
        return total
