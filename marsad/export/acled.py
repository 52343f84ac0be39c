"""ACLED CSV: the 31 columns in ACLED's order, one row per event."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from typing import IO, Any

from marsad.gazetteer.countries import country
from marsad.model import Document, Event

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)  # fmt: skip


def acled_row(doc: Document, event: Event, n: int | str, timestamp: int | None = None) -> dict[str, Any]:
    """One ACLED row for `event` of `doc`; `n` numbers the events of the country, or is "-" + an id.

    `timestamp` is the file's one Unix time: rows of one export share it, as ACLED's do."""
    loc = event.location
    c = country(loc.iso2 if loc else None)
    date = event.event_date or doc.published or ""
    fat = event.fatalities.best
    return {
        "event_id_cnty": f"{c.iso3 if c else 'XXX'}{n}",
        "event_date": date,
        "year": date[:4],
        "time_precision": event.time_precision or "",
        "disorder_type": event.disorder_type,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1 or "",
        "assoc_actor_1": event.assoc_actor_1 or "",
        "inter1": event.inter1 if event.inter1 is not None else "",
        "actor2": event.actor2 or "",
        "assoc_actor_2": event.assoc_actor_2 or "",
        "inter2": event.inter2 if event.inter2 is not None else 0,
        "interaction": event.interaction if event.interaction is not None else "",
        "civilian_targeting": "Civilian targeting" if event.civilian_targeting else "",
        "iso": c.m49 if c and c.m49 is not None else "",
        "region": c.acled_region if c else "",
        "country": c.name if c else (loc.country if loc else "") or "",
        "admin1": (loc.admin1 if loc else "") or "",
        "admin2": (loc.admin2 if loc else "") or "",
        "admin3": (loc.admin3 if loc else "") or "",
        "location": (loc.name if loc else "") or "",
        "latitude": loc.lat if loc and loc.lat is not None else "",
        "longitude": loc.lon if loc and loc.lon is not None else "",
        "geo_precision": loc.geo_precision if loc else "",
        "source": "; ".join(event.sources) or (doc.source or ""),
        "source_scale": "",
        "notes": event.notes,
        "fatalities": fat if fat is not None else 0,
        "tags": "",
        "timestamp": timestamp if timestamp is not None else int(dt.datetime.now(dt.UTC).timestamp()),
    }


_FORMULA_START = ("=", "+", "-", "@", "\t")


def csv_cell(value: Any) -> Any:
    """A cell as spreadsheet users can open safely.

    A lone CR is a line break to CSV readers but csv.writer does not quote it under a "\n"
    terminator: the row would split, so any CR becomes the LF that is quoted.  Text starting with
    = + - @ or a tab is run as a formula by Excel and LibreOffice (CSV injection: a feed title or
    a post's handle reaches the source and notes cells), so it gets a leading apostrophe, which
    those programs show as text; numbers (a negative longitude) are written unchanged."""
    if not isinstance(value, str):
        return value
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return "'" + value if value.startswith(_FORMULA_START) else value


def write_acled_csv(docs: Iterable[Document], fh: IO[str], header: bool = True, stable_ids: bool = False) -> int:
    """Write every event of `docs` as ACLED rows (UTF-8 as `fh` encodes it, no BOM); return the count.

    event_id_cnty names the document and event ("SYR-seed_article-e2"), so a row leads back to
    its marsad/1 JSON and evidence; with `stable_ids`, the event id alone ("SYR-inc-…", an
    incident's).  Either way a row keeps its id from one run or export to the next.  A document
    without an id gets the country's running number; a repeated id gets the number appended."""
    writer = csv.DictWriter(fh, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    if header:
        writer.writeheader()
    stamp = int(dt.datetime.now(dt.UTC).timestamp())
    counts: dict[str, int] = {}
    seen: set[str] = set()
    rows = 0
    for doc in docs:
        for ev in doc.events:
            key = ev.location.iso2 if ev.location and ev.location.iso2 else ""
            counts[key] = counts.get(key, 0) + 1
            ref: int | str = f"-{ev.id}" if stable_ids else f"-{doc.id}-{ev.id}" if doc.id else counts[key]
            row = acled_row(doc, ev, ref, stamp)
            if row["event_id_cnty"] in seen:
                row["event_id_cnty"] += f"-{counts[key]}"
            seen.add(row["event_id_cnty"])
            writer.writerow({k: csv_cell(v) for k, v in row.items()})
            rows += 1
    return rows


def write_acled_incidents(rows: Iterable[dict[str, Any]], fh: IO[str], header: bool = True) -> int:
    """Incident rows from the store as ACLED rows (conservative fatalities, notes naming disagreements);
    event_id_cnty carries the incident id, which `marsad show` takes and a later export keeps."""
    from marsad.export.incidents import incident_event

    docs = (Document(text="", id=r["uid"], published=r.get("event_date"), events=(incident_event(r),)) for r in rows)
    return write_acled_csv(docs, fh, header, stable_ids=True)
