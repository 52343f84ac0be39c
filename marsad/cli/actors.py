"""`marsad actors find|check` and `marsad bench actors`: the actor knowledge base from the shell."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from marsad.cli.app import bench_group, eval_group, handles_errors, main
from marsad.lexicons.actors import ActorKB

DEFAULT_EVAL = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ner" / "anercorp" / "train.conll"


@main.group("actors")
def actors_group() -> None:
    """The actor knowledge base: look up mentions, check a user's actors file."""


@actors_group.command("find")
@click.argument("text", default="-")
@click.option("--actors", "extra", type=click.Path(dir_okay=False), help="A user's actors file (JSON or JSONL) to merge.")
@handles_errors
def find_cmd(text: str, extra: str | None) -> None:
    """Actor mentions in TEXT (or stdin when TEXT is -), one JSON object per line."""
    if text == "-":
        from marsad.ingest.decode import decode_bytes

        # bytes, decoded as extract and geocode decode them: Windows-1256 is Arabic, binary is refused
        text = decode_bytes(sys.stdin.buffer.read(), "stdin")
    kb = ActorKB.load(extra)
    for m in kb.find(text):
        a = m.actor
        row = {
            "start": m.start,
            "end": m.end,
            "text": m.text,
            "kb_id": a.kb_id,
            "name": a.name,
            "type": a.type,
            "acled_name": a.acled_name,
            "inter": a.inter,
        }
        click.echo(json.dumps(row, ensure_ascii=False))
    for g in kb.generic(text):
        row = {"start": g.start, "end": g.end, "text": g.text, "generic": g.kind, "label": g.label, "inter": g.inter}
        click.echo(json.dumps(row, ensure_ascii=False))


@actors_group.command("check")
@click.argument("path", type=click.Path(dir_okay=False))
@handles_errors
def check_cmd(path: str) -> None:
    """Validate a user's actors file and say what it adds to the shipped knowledge base."""
    base = ActorKB.load()
    kb = ActorKB.load(path)
    added = sorted(set(kb.actors) - set(base.actors))
    changed = sorted(i for i in base.actors if kb.actors[i] != base.actors[i] or kb.actors[i].aliases != base.actors[i].aliases)
    click.echo(
        json.dumps(
            {"version": kb.version, "actors": len(kb), "aliases": kb.n_aliases, "added": added, "changed": changed},
            ensure_ascii=False,
        )
    )


@bench_group.command("actors")
@click.option("--corpus", default=None, help="JSONL corpus with a text field (default: the ANT sample in ../shared/data).")
@click.option("--limit", type=int, default=None, help="Use the first N documents.")
@click.option("--repeat", type=int, default=3, show_default=True, help="Best of N runs.")
@handles_errors
def bench_actors_cmd(corpus: str | None, limit: int | None, repeat: int) -> None:
    """Actor KB load time and matching throughput (MB/s, docs/s) on one core."""
    from marsad.lexicons.actors_bench import DEFAULT_CORPUS, bench_actors

    click.echo(json.dumps(bench_actors(corpus or DEFAULT_CORPUS, limit, repeat), indent=2, ensure_ascii=False))


@eval_group.command("actors")
@click.option("--data", default=str(DEFAULT_EVAL), show_default=True, help="CoNLL file with PER(S)/ORG tags.")
@click.option(
    "--half",
    type=click.Choice(["test", "train", "all"]),
    default="test",
    show_default=True,
    help="Which half of the segments to score (errors are studied on train only).",
)
@click.option("--actors", "extra", type=click.Path(dir_okay=False), help="A user's actors file to merge.")
@click.option("--errors", type=int, default=0, help="List up to N KB mentions with no gold entity of their kind.")
@handles_errors
def eval_actors_cmd(data: str, half: str, extra: str | None, errors: int) -> None:
    """Precision of KB actor mentions against gold PER/ORG spans, and their coverage of the gold."""
    from marsad.lexicons.actors_eval import eval_actors

    click.echo(json.dumps(eval_actors(data, half, ActorKB.load(extra), errors), indent=2, ensure_ascii=False))
