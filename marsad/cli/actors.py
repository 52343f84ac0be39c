"""`marsad actors find|check` and `marsad bench actors`: the actor knowledge base from the shell."""

from __future__ import annotations

import json
import sys

import click

from marsad.cli.app import bench_group, handles_errors, main
from marsad.lexicons.actors import ActorKB


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
        text = sys.stdin.read()
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
