"""`marsad eval events`, `marsad train events|roles|calibration` and `marsad bench pipeline`."""

from __future__ import annotations

import json
from pathlib import Path

import click

from marsad.cli.app import bench_group, eval_group, handles_errors, train_group
from marsad.errors import InputError

DEFAULT_GSR = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "events" / "arabic_gsr"


@eval_group.command("events")
@click.option("--gsr", default=str(DEFAULT_GSR), show_default=True, help="Folder in the arabic_event_gsr format.")
@click.option(
    "--cv", type=int, default=0, help="Instead: k-fold cross-validation (by source document) of a classifier trained on DIR."
)
@handles_errors
def eval_events(gsr: str, cv: int) -> None:
    """Sentence P/R/F1 for PLOVER ASSAULT and PROTEST and actor span F1 on a GSR folder."""
    if cv:
        from marsad.events.train import cross_validate

        click.echo(json.dumps(cross_validate(gsr, k=cv), indent=2, ensure_ascii=False))
        return
    from marsad.events.evaluate import evaluate

    click.echo(json.dumps(evaluate(gsr), indent=2, ensure_ascii=False))


@train_group.command("events")
@click.option("--gsr", default=str(DEFAULT_GSR), show_default=True, help="Folder in the arabic_event_gsr format (dev half).")
@click.option("--out", default=None, help="Where to write the model (default: inside the package).")
@click.option("--folds", type=int, default=5, show_default=True, help="k for the cross-validation that picks the gates.")
@handles_errors
def train_events(gsr: str, out: str | None, folds: int) -> None:
    """Train the event sentence classifier; prints the cross-validated scores."""
    from marsad.events.train import DEFAULT_OUT, train

    click.echo(json.dumps(train(gsr, out or DEFAULT_OUT, k=folds), indent=2, ensure_ascii=False))


@train_group.command("roles")
@click.option("--gsr", default=str(DEFAULT_GSR), show_default=True, help="Folder in the arabic_event_gsr format (dev half).")
@click.option("--out", default=None, help="Where to write the model (default: inside the package).")
@click.option("--folds", type=int, default=5, show_default=True, help="k of the cross-validation run first (0: none).")
@click.option("--nested/--no-nested", default=True, show_default=True, help="Also score the candidate choice by nested CV.")
@handles_errors
def train_roles(gsr: str, out: str | None, folds: int, nested: bool) -> None:
    """Train the CRF actor-role tagger on the GSR span records; prints the cross-validated comparison."""
    from marsad.events.role_train import DEFAULT_MODEL, cross_validate, train

    report = {"cv": cross_validate(gsr, k=folds, nested=nested)} if folds > 1 else {}
    report["model"] = train(gsr, out or DEFAULT_MODEL)
    click.echo(json.dumps(report, indent=2, ensure_ascii=False))


@train_group.command("calibration")
@click.option("--judged", default=None, help="Folder of events_judged_*/events_missed_* files (default: benchmarks/data).")
@click.option("--corpus", default=None, help="The corpus the judged articles come from (default: the ANT sample).")
@click.option("--train", "train_sets", default="A,B,C,D", show_default=True, help="Judged samples to fit on.")
@click.option("--test", "test_sets", default="E,F", show_default=True, help="Judged samples to measure on (never fitted).")
@click.option("--out", default=None, help="Where to write the model (default: inside the package).")
@click.option("--dry-run", is_flag=True, help="Measure only; write no model.")
@click.option("--cv-by", type=click.Choice(["sample", "article"]), default="sample", show_default=True,
              help="Cross-validate holding out whole sample pairs (A/B, C/D, …) or articles.")
@click.option("--l2", "l2_grid", default="1,3,10", show_default=True,
              help="L2 strengths to choose from inside the training pairs (one value: fixed).")
@handles_errors
def train_calibration_cmd(judged: str | None, corpus: str | None, train_sets: str, test_sets: str, out: str | None,
                          dry_run: bool, cv_by: str, l2_grid: str) -> None:
    """Fit the event calibration on hand-judged samples; prints CV and held-out figures."""
    from marsad.bench import DEFAULT_CORPUS
    from marsad.events.calibrate import MODEL_PATH
    from marsad.events.calibrate_train import train_calibration
    from marsad.events.judged import DEFAULT_DIR

    report = train_calibration(
        [s for s in train_sets.split(",") if s], [s for s in test_sets.split(",") if s], judged or DEFAULT_DIR,
        corpus or DEFAULT_CORPUS, None if dry_run else (out or MODEL_PATH), _floats(l2_grid), cv_by)
    click.echo(json.dumps(report, indent=2, ensure_ascii=False))


def _floats(text: str) -> tuple[float, ...]:
    try:
        values = tuple(float(v) for v in text.split(",") if v.strip())
    except ValueError:
        raise InputError(f"--l2 takes numbers separated by commas, not {text!r}") from None
    if not values or min(values) < 0:
        raise InputError("--l2 needs at least one non-negative number")
    return values


@bench_group.command("pipeline")
@click.option("--corpus", default=None, help="JSONL corpus with a text field (default: the ANT sample).")
@click.option("--limit", type=int, default=None, help="Use the first N documents.")
@handles_errors
def bench_pipeline_cmd(corpus: str | None, limit: int | None) -> None:
    """Throughput of the full default pipeline on one core (articles/s) and peak RSS."""
    from marsad.events.bench import bench_pipeline

    click.echo(json.dumps(bench_pipeline(corpus, limit), indent=2))
