"""`marsad bench …`: throughput and memory, printed as JSON."""

from __future__ import annotations

import json

import click

from marsad.bench import DEFAULT_CORPUS, bench_text
from marsad.cli.app import bench_group, handles_errors


@bench_group.command("text")
@click.option("--corpus", default=str(DEFAULT_CORPUS), show_default=True, help="JSONL corpus with a text field.")
@click.option("--limit", type=int, default=None, help="Use the first N documents.")
@click.option("--repeat", type=int, default=3, show_default=True, help="Best of N runs.")
@handles_errors
def bench_text_cmd(corpus: str, limit: int | None, repeat: int) -> None:
    """Text-layer throughput (MB/s, docs/s) on one core."""
    click.echo(json.dumps(bench_text(corpus, limit, repeat), indent=2))
