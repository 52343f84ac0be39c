"""`marsad extract` and `marsad demo`."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import IO, Any

import click
from tqdm import tqdm

from marsad.cli.app import fail, handles_errors, main
from marsad.errors import InputError, MarsadError, record_name
from marsad.export.acled import write_acled_csv
from marsad.ingest.records import Record, read_jsonl, read_paths
from marsad.model import Document
from marsad.pipeline import MAX_CHARS, Pipeline, check_date
from marsad.report import summary_table


def extract_records(
    nlp: Pipeline, records: Iterator[Record | InputError], lang: str | None = None
) -> Iterator[Document | InputError]:
    """Run the pipeline over records in order, passing read errors through in their place.

    Records take the field names `marsad ingest` takes (the ANT corpus's docno, time, src) and
    feed-style dates ("Mon, 20 Oct 2025 09:11:45 GMT"), which the pipeline alone would refuse."""
    from marsad.ingest.collect import with_aliases
    from marsad.pipeline import parse_published

    for rec in records:
        if isinstance(rec, InputError):
            yield rec
            continue
        rec = with_aliases(rec)
        if isinstance(rec.get("published"), str):
            rec["published"] = parse_published(rec["published"]) or rec["published"]
        if lang and not rec.get("lang"):
            rec["lang"] = lang
        try:
            yield nlp.process(Pipeline._as_document(rec, 0))
        except MarsadError as err:
            yield InputError(f"{record_name(rec)}: {err}")


def write_docs(docs: Iterator[Document], fmt: str, out: IO[str], single: bool) -> int:
    """Write documents as json (one object, or an array), jsonl or acled-csv; return the count."""
    n = 0
    if fmt == "acled-csv":
        return write_acled_csv(docs, out)
    if fmt == "jsonl":
        for doc in docs:
            out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
            n += 1
        return n
    items = [doc.to_dict() for doc in docs]
    payload = items[0] if single and len(items) == 1 else items
    json.dump(payload, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return len(items)


@main.command("extract")
@click.argument("paths", nargs=-1, type=str)
@click.option("--input", "input_jsonl", help="JSONL file of records (id, text, published, title, url, source).")
@click.option("--published", help="Publication date YYYY-MM-DD; relative dates resolve against it.")
@click.option("--lang", type=click.Choice(["ar", "en", "fr"]), help="Language, instead of detecting it.")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "acled-csv"]), default=None,
              help="Output format (default: json, or jsonl with --input).")
@click.option("-o", "--output", default="-", help="Output file (default stdout).")
@click.option("--max-chars", type=click.IntRange(min=1), default=MAX_CHARS, show_default=True,
              help="Longest document read in one piece; longer ones are reported and skipped.")
@click.option("--actors", "actors_path", type=click.Path(exists=True, dir_okay=False),
              help="Your own actors file (JSON/JSONL, see README 'Actors'), merged into the shipped KB.")
@click.option("--gazetteer", "gazetteers", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Your own places file (TSV, see README 'Places'); may be repeated.")
@click.option("--min-confidence", "floor", type=click.FloatRange(0.0, 1.0), default=0.0, show_default=True,
              help="Drop events whose calibrated confidence (the chance that a strict reviewer calls the "
                   "event right; README 'Event confidence') is below this.")
@handles_errors
def extract(paths: tuple[str, ...], input_jsonl: str | None, published: str | None, lang: str | None,
            fmt: str | None, output: str, max_chars: int, actors_path: str | None, gazetteers: tuple[str, ...],
            floor: float) -> None:
    """Extract entities, places, claims and events from FILE|DIR|- as marsad/1 JSON."""
    published = check_date(published, "--published")
    if not paths and not input_jsonl:
        fail("give a FILE, a DIR, - for stdin, or --input docs.jsonl")
    fmt = fmt or ("jsonl" if input_jsonl else "json")
    records: Iterator[Record | InputError]
    if input_jsonl:
        records = _with_default_date(read_jsonl(input_jsonl), published)
    else:
        records = read_paths(list(paths), published)
    single = not input_jsonl and len(paths) == 1 and (paths[0] == "-" or not Path(paths[0]).is_dir())
    nlp = Pipeline.load(max_chars=max_chars, overrides=user_overrides(actors_path, gazetteers, floor))
    errors = undated = 0

    def good() -> Iterator[Document]:
        nonlocal errors, undated
        bar = tqdm(desc="extract", unit="doc", disable=not sys.stderr.isatty(), file=sys.stderr)
        for item in extract_records(nlp, records, lang):
            bar.update(1)
            if isinstance(item, InputError):
                errors += 1
                click.echo(f"marsad: error: {item}", err=True)
                continue
            undated += not item.published and any(e.event_date is None for e in item.events)
            yield item
        bar.close()

    if output == "-":
        write_docs(good(), fmt, sys.stdout, single)
    else:
        with open(output, "w", encoding="utf-8", newline="") as out:
            write_docs(good(), fmt, out, single)
    if undated:
        # nothing is invented, but an empty event_date column should not surprise the user
        click.echo(f"marsad: note: {undated} document(s) had no publication date, so their events' relative "
                   "dates (أمس، الأربعاء) are left empty, their words kept in date_text; give --published YYYY-MM-DD", err=True)
    if errors:
        sys.exit(2)


def user_overrides(actors_path: str | None, gazetteers: tuple[str, ...] | list[str],
                   floor: float = 0.0) -> dict[str, dict[str, Any]]:
    """Component config for a user's own actors and places files and an event confidence floor."""
    over: dict[str, dict[str, Any]] = {}
    if floor:
        over["marsad.calibrate.v1"] = {"floor": floor}
    if actors_path:
        over["marsad.actors.v1"] = {"extra_path": actors_path}
        over["marsad.events.v1"] = {"actors_path": actors_path}
    if gazetteers:
        over["marsad.geocoder.v1"] = {"extra": list(gazetteers)}
    return over


def _with_default_date(records: Iterator[Record | InputError], published: str | None) -> Iterator[Record | InputError]:
    for rec in records:
        if isinstance(rec, dict) and published and not rec.get("published"):
            rec["published"] = published
        yield rec


EXAMPLE_PUBLISHED = "2025-10-22"


def example_text() -> str:
    """The seed report shipped with the package: the demo's and the tests' default document."""
    return (resources.files("marsad.resources") / "examples" / "seed_article.txt").read_text(encoding="utf-8")


@main.command("demo")
@click.option("-o", "--output", default="demo-output.json", help="Where to write the full JSON.")
@click.option("--db", default="marsad.db", show_default=True, help="Store the bundled sample reports here.")
@click.option("--no-store", is_flag=True, help="Only read the seed report; leave the database alone.")
@handles_errors
def demo(output: str, db: str, no_store: bool) -> None:
    """Read the bundled example report, then ingest the bundled samples into the store and print the incidents."""
    doc = Pipeline.load()(example_text(), published=EXAMPLE_PUBLISHED, id="seed-harem-2025-10-22")
    click.echo(summary_table(doc))
    Path(output).write_text(json.dumps(doc.to_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    click.echo(f"\nfull marsad/1 JSON written to {output}")
    if not no_store:
        from marsad.cli.store import demo_store

        click.echo("\n" + demo_store(db))
