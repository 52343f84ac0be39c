"""`marsad ingest`, `run`, `events`, `search`, `show`, `export` and `bench store`: the store's CLI."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from marsad.cli.app import bench_group, handles_errors, main
from marsad.errors import InputError
from marsad.export.acled import csv_cell
from marsad.model.vocab import ACLED_TYPES
from marsad.report import actors_label
from marsad.store.db import DEFAULT_DB, Store
from marsad.store.queries import (
    INCIDENT_COLUMNS,
    Filters,
    country_code,
    incident_detail,
    parse_bbox,
    query_incidents,
)

db_option = click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite database file.")


def open_existing(db: str) -> Store:
    if db != ":memory:" and not Path(db).exists():
        raise InputError(f"no database at {db}; create it with `marsad ingest … --db {db}`")
    return Store(db)


def _err(message: object) -> None:
    click.echo(f"marsad: error: {message}", err=True)


@main.command("ingest")
@click.argument("targets", nargs=-1, required=True)
@db_option
@click.option("--batch-size", type=click.IntRange(min=1), default=200, show_default=True,
              help="Records per atomic transaction.")
@click.option("--allow-private", is_flag=True, help="Allow URLs on private, loopback or link-local addresses.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=15.0, show_default=True,
              help="Seconds per HTTP request.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=5_000_000, show_default=True, help="Largest page fetched.")
@click.option("--concurrency", type=click.IntRange(min=1), default=4, show_default=True,
              help="Concurrent fetches (2 per host).")
@handles_errors
def ingest_cmd(targets: tuple[str, ...], db: str, batch_size: int, allow_private: bool, timeout: float,
               max_bytes: int, concurrency: int) -> None:  # fmt: skip
    """Store documents from PATH|URL|FEED… (.txt, .html, .jsonl, directories, RSS/Atom, http(s) URLs).

    Idempotent: a text already stored (same content hash) is not added again.
    """
    from marsad.ingest.collect import collect
    from marsad.ingest.fetch import FetchConfig, Fetcher

    cfg = FetchConfig(timeout=timeout, max_bytes=max_bytes, allow_private=allow_private, concurrency=concurrency)
    with Store(db) as store, Fetcher(cfg) as fetcher:
        stats = store.add_records(collect(targets, fetcher), batch_size=max(1, batch_size), on_error=_err)
        total = store.count("documents")
    click.echo(f"added {stats.added}, already stored {stats.duplicates}, errors {stats.errors}; {total} documents in {db}")
    if stats.errors:
        sys.exit(2)


@main.command("run")
@db_option
@click.option("--batch-size", type=int, default=32, show_default=True, help="Documents per atomic transaction.")
@click.option("--limit", type=click.IntRange(min=0), default=None, help="Process at most N documents.")
@click.option("--no-corroborate", is_flag=True, help="Skip near-duplicate flagging and incident merging.")
@click.option("--all", "everything", is_flag=True, help="Reprocess every document, not only those this pipeline has not read.")
@click.option("--workers", type=int, default=1, show_default=True, help="Extraction processes.")
@handles_errors
def run_cmd(db: str, batch_size: int, limit: int | None, no_corroborate: bool, everything: bool, workers: int) -> None:
    """Extract every document the current pipeline has not read yet; then rebuild the incidents."""
    from marsad.corroborate.run import corroborate
    from marsad.pipeline import Pipeline
    from marsad.store.runs import process

    with open_existing(db) as store:
        nlp = Pipeline.load()
        stats = process(store, nlp, batch_size=max(1, batch_size), limit=limit, on_error=_err, everything=everything,
                        workers=max(1, workers))
        out: dict[str, Any] = {"run": stats.run_uid, "processed": stats.processed, "errors": stats.errors,
                               "seconds": round(stats.seconds, 2)}  # fmt: skip
        if not no_corroborate:
            out.update(corroborate(store).as_dict())
    click.echo(json.dumps(out, ensure_ascii=False))


def filter_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    opts = [
        click.option("--from", "date_from", help="Earliest event date YYYY-MM-DD."),
        click.option("--to", "date_to", help="Latest event date YYYY-MM-DD."),
        click.option("--country", help="ISO alpha-2 code or English country name."),
        click.option("--admin1", help="First-level region as the store names it (OCHA's Idleb); other spellings and "
                     "case are matched (Idlib, إدلب)."),
        click.option("--bbox", help="minlon,minlat,maxlon,maxlat."),
        click.option("--type", "etype", help="ACLED event type or sub-event type, in any case (\"armed clash\")."),
        click.option("--actor", help="Actor name (substring, case-insensitive)."),
        click.option("--source", help="Source name (substring)."),
        click.option("--q", help="Full-text query over the reports' normalised text."),
    ]
    for opt in reversed(opts):
        fn = opt(fn)
    return fn


def make_filters(kw: dict[str, Any], limit: int | None) -> Filters:
    return Filters(
        date_from=kw.get("date_from"), date_to=kw.get("date_to"), country=kw.get("country"), admin1=kw.get("admin1"),
        bbox=parse_bbox(kw.get("bbox")), type=canonical_type(kw.get("etype")), actor=kw.get("actor"),
        source=kw.get("source"), q=kw.get("q"), limit=limit or None,
    )  # fmt: skip


def canonical_type(value: str | None) -> str | None:
    """ACLED's spelling of an event type or sub-event type given in any case ("armed clash"); an unknown
    one is an InputError, since the stored values are ACLED's and it would match nothing."""
    if not value:
        return None
    names = [*ACLED_TYPES, *(sub for subs in ACLED_TYPES.values() for sub in subs)]
    for name in names:
        if name.casefold() == value.strip().casefold():
            return name
    raise InputError(f"--type: {value!r} is not an ACLED event type or sub-event type; one of: {', '.join(names)}")


def with_admin1(store: Store, filters: Filters) -> Filters:
    """`filters` with --admin1 as the store spells it: the same name in another case, or another spelling
    of the same first-level unit (Idlib, إدلب for OCHA's Idleb); a name no incident has gets a note."""
    value = (filters.admin1 or "").strip()
    if not value:
        return filters
    conn = store.conn
    if conn.execute("SELECT 1 FROM incidents WHERE admin1 = ? LIMIT 1", (value,)).fetchone():
        return replace(filters, admin1=value)
    row = conn.execute("SELECT admin1 FROM incidents WHERE admin1 = ? COLLATE NOCASE LIMIT 1", (value,)).fetchone()
    if row:
        return replace(filters, admin1=row[0])
    from marsad.gazetteer.store import Gazetteer

    iso2 = country_code(filters.country) if filters.country else None
    for entry in Gazetteer.load().lookup(value, iso2=iso2):
        if entry.level == "admin1" and conn.execute(
            "SELECT 1 FROM incidents WHERE admin1 = ? LIMIT 1", (entry.admin1,)
        ).fetchone():
            return replace(filters, admin1=entry.admin1)
    click.echo(f"marsad: note: no incident in {store.path} has admin1 {value!r}", err=True)
    return filters


def _cut(s: Any, n: int) -> str:
    s = "" if s is None else str(s)
    return s if len(s) <= n else s[: n - 1] + "…"


def incidents_table(rows: list[dict[str, Any]]) -> str:
    lines = [f"{'incident':<16} {'date':<10} {'type':<36} {'location':<18} {'actors':<44} {'killed':>6} {'src':>3}"]
    for r in rows:
        actors = actors_label(r["actor1"], r["actor2"])
        lines.append(
            f"{r['uid']:<16} {r['event_date'] or '?':<10} {_cut(r['sub_event_type'], 36):<36} "
            f"{_cut(r['location'] or r['admin1'] or r['country'], 18):<18} {_cut(actors, 44):<44} "
            f"{r['fatalities'] if r['fatalities'] is not None else '-':>6} {r['n_sources'] or 0:>3}"
        )
    lines.append(f"({len(rows)} incidents)")
    return "\n".join(lines)


@main.command("events")
@db_option
@filter_options
@click.option("--limit", type=click.IntRange(min=0), default=100, show_default=True, help="At most N incidents (0: all).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv"]), default="table", show_default=True)
@handles_errors
def events_cmd(db: str, limit: int, fmt: str, **kw: Any) -> None:
    """List incidents (events merged across reports), newest first, with filters."""
    with open_existing(db) as store:
        rows = query_incidents(store, with_admin1(store, make_filters(kw, limit)), with_claims=fmt in ("json", "jsonl"))
    if fmt == "table":
        click.echo(incidents_table(rows))
    elif fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
    else:
        writer = csv.DictWriter(sys.stdout, fieldnames=INCIDENT_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: csv_cell(v) for k, v in r.items()} for r in rows)


@main.command("search")
@click.argument("query")
@db_option
@click.option("--limit", type=click.IntRange(min=0), default=20, show_default=True, help="At most N documents (0: all).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@handles_errors
def search_cmd(query: str, db: str, limit: int, fmt: str) -> None:
    """Find documents by text; matching ignores diacritics, hamza forms and attached clitics."""
    from marsad.store.search import search

    with open_existing(db) as store:
        hits = search(store, query, limit or -1)  # SQLite: LIMIT -1 is no limit
    if fmt == "json":
        click.echo(json.dumps([h.__dict__ for h in hits], ensure_ascii=False, indent=2))
        return
    for h in hits:
        click.echo(f"{h.uid}  {h.published or '?'}  {_cut(h.source, 24)}  {_cut(h.title, 60)}\n    {h.snippet}")
    click.echo(f"({len(hits)} documents)")


def render_incident(d: dict[str, Any]) -> str:
    """An incident with its fatalities claims and, per report, the quoted evidence."""
    actors = actors_label(d["actor1"], d["actor2"])
    where = ", ".join(x for x in (d["location"], d["admin1"], d["country"]) if x) or "-"
    lines = [
        f"incident {d['uid']}",
        f"  {d['event_date'] or '?'} (precision {d['time_precision']})  {d['event_type']} / {d['sub_event_type']}",
        f"  where: {where}" + (f"  ({d['lat']:.4f}, {d['lon']:.4f})" if d["lat"] is not None and d["lon"] is not None else ""),
        f"  actors: {actors}",
    ]
    fc = d.get("fatalities_claims") or {}
    by = fc.get("claimed_by") or {}
    lines.append(
        f"  fatalities: ACLED {d['fatalities']}  best {d['fat_best']} [{', '.join(by.get('best', []))}]"
        f"  low {d['fat_low']} [{', '.join(by.get('low', []))}]  high {d['fat_high']} [{', '.join(by.get('high', []))}]"
    )
    if d["notes"]:
        lines.append(f"  notes: {d['notes']}")
    lines.append(f"  reports ({len(d['reports'])}):")
    for r in d["reports"]:
        lines.append(f"  - {r['document']}  {r['source'] or '-'}  {r['published'] or '?'}  {_cut(r['title'], 60)}")
        if r["url"]:
            lines.append(f"      {r['url']}")
        for c in r["claims"]:
            lines.append(f"      claim {c['id']} ({c['modality']}, {c['source']}): «{_cut(c['quote'], 200)}»")
        for q in r["evidence"]:
            lines.append(f"      evidence: «{_cut(q, 200)}»")
    return "\n".join(lines)


@main.command("show")
@click.argument("incident_id")
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@handles_errors
def show_cmd(incident_id: str, db: str, fmt: str) -> None:
    """Print one incident with its claims and the quoted evidence from each source."""
    with open_existing(db) as store:
        d = incident_detail(store, incident_id)
    click.echo(json.dumps(d, ensure_ascii=False, indent=2) if fmt == "json" else render_incident(d))


@main.command("export")
@db_option
@filter_options
@click.option("--format", "fmt", type=click.Choice(["acled-csv", "jsonl", "geojson", "parquet"]), required=True)
@click.option("-o", "--output", required=True, help="Output file (- for stdout, except parquet).")
@handles_errors
def export_cmd(db: str, fmt: str, output: str, **kw: Any) -> None:
    """Write the incidents as ACLED CSV (31 columns), JSONL, GeoJSON (RFC 7946) or Parquet."""
    n = export_incidents(db, fmt, output, make_filters(kw, None))
    click.echo(f"wrote {n} incidents to {output}", err=True)


def export_incidents(db: str, fmt: str, output: str, filters: Filters) -> int:
    """The export behind `marsad export`, importable."""
    from marsad.export.acled import write_acled_incidents
    from marsad.export.geojson import write_geojson
    from marsad.export.jsonl import write_jsonl
    from marsad.export.parquet import write_parquet

    with open_existing(db) as store:
        rows = query_incidents(store, with_admin1(store, filters), with_claims=fmt == "jsonl")
    if fmt == "parquet":
        if output == "-":
            raise InputError("parquet cannot go to stdout; give -o FILE")
        return write_parquet(rows, output)
    writers = {"acled-csv": write_acled_incidents, "jsonl": write_jsonl, "geojson": write_geojson}
    if output == "-":
        return writers[fmt](rows, sys.stdout)
    with open(output, "w", encoding="utf-8", newline="") as fh:
        return writers[fmt](rows, fh)


@bench_group.command("store")
@click.option("--corpus", default=None, help="JSONL corpus (default ../shared/data/corpus/ant_middle_east_3000.jsonl).")
@click.option("--limit", type=int, default=None, help="Use the first N documents.")
@click.option("--incidents", type=int, default=100_000, show_default=True, help="Synthetic store size for queries.")
@click.option("--part", type=click.Choice(["all", "ingest", "queries"]), default="all", show_default=True)
@click.option("--workdir", default=None, help="Where to put the benchmark databases (default: a temp dir).")
@click.option("--workers", type=int, default=1, show_default=True, help="Extraction processes.")
@handles_errors
def bench_store_cmd(corpus: str | None, limit: int | None, incidents: int, part: str, workdir: str | None, workers: int) -> None:
    """Ingest+extract docs/s, peak RSS and DB size; p95 latency of filtered queries on a synthetic store."""
    from marsad.bench import load_corpus
    from marsad.store.bench import run_benchmarks

    if corpus and part != "queries":
        load_corpus(corpus, 1)  # a corpus that is no JSONL is one line here, not a silent 0 documents
    click.echo(json.dumps(run_benchmarks(corpus, limit, incidents, part, workdir, max(1, workers)), indent=2, ensure_ascii=False))


def sample_records() -> list[dict[str, Any]]:
    """The bundled example reports (the seed plus short self-written samples) as ingest records."""
    from importlib import resources

    base = resources.files("marsad.resources") / "examples"
    manifest = json.loads((base / "samples.json").read_text(encoding="utf-8"))
    out = []
    for item in manifest["documents"]:
        text = (base / item["file"]).read_text(encoding="utf-8")
        title = text.split("\n", 1)[0].strip() if item["file"] != "seed_article.txt" else None
        out.append({**{k: v for k, v in item.items() if k != "file"}, "text": text, "title": title,
                    "source_path": f"examples/{item['file']}"})  # fmt: skip
    return out


def demo_store(db: str) -> str:
    """Ingest the bundled samples into `db`, extract what is new, rebuild incidents; the incidents table."""
    from marsad.corroborate.run import corroborate
    from marsad.pipeline import Pipeline
    from marsad.store.runs import process

    with Store(db) as store:
        ing = store.add_records(sample_records(), on_error=_err)
        run = process(store, Pipeline.load(), on_error=_err)
        cor = corroborate(store)
        rows = query_incidents(store, Filters(limit=50))
    head = (f"store {db}: {ing.added} documents added ({ing.duplicates} already there), {run.processed} extracted; "
            f"{cor.events} events -> {cor.incidents} incidents ({cor.merged_incidents} merged across reports)")  # fmt: skip
    hint = "\nsee one with: marsad show INCIDENT_ID" + ("" if db == DEFAULT_DB else f" --db {db}")
    return head + "\n" + incidents_table(rows) + (hint if rows else "")

