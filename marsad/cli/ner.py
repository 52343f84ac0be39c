"""`marsad train ner`, `marsad eval ner`, `marsad bench ner`: thin wrappers over `marsad.ner`."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import click

from marsad.cli.app import bench_group, eval_group, handles_errors, train_group


@train_group.command("ner")
@click.option("--data", type=click.Path(file_okay=False), default=None, help="Shared data folder (default ../shared/data).")
@click.option("--out", type=click.Path(file_okay=False), default=None, help="Model folder (default: the package's).")
@click.option("--cv", "folds", type=int, default=0, show_default=True, help="Run k-fold cross-validation instead of training.")
@click.option("--jobs", type=int, default=1, show_default=True, help="Parallel folds.")
@click.option(
    "--wojood/--no-wojood", default=False, show_default=True, help="Add the mapped Wojood sample (CV: -1.2 F1 on ANERcorp)."
)
@click.option("--clusters", default=None, help="Word clusters file (word TAB ids), or 'auto' to build them from DATA/corpus.")
@click.option("--persons", default=None, help="Person-name word list (built with the clusters under 'auto').")
@click.option("--c1", type=float, default=0.05, show_default=True)
@click.option("--c2", type=float, default=0.01, show_default=True)
@click.option("--iterations", type=int, default=150, show_default=True)
@click.option("--limit", type=int, default=None, help="Train on the first N sentences only (smoke runs).")
@click.option(
    "--neural/--no-neural", default=True, show_default=True, help="Also train the neural tagger (needs torch: the train extra)."
)
@click.option("--mix", type=float, default=0.5, show_default=True, help="Weight of the neural tagger against the CRF.")
@click.option("--combine", type=click.Choice(["linear", "log"]), default="linear", show_default=True)
@click.option("--o-bias", type=float, default=0.0, show_default=True, help="Added to log P(O) before decoding.")
@click.option(
    "--cv-variant", "cv_variants", multiple=True, help="Extra MIX:COMBINE:O_BIAS to score in CV, e.g. 0.5:linear:-1."
)
@click.option("--epochs", type=int, default=None, help="Neural training epochs (default: the shipped setting).")
@click.option("--nn", "nn_options", multiple=True, help="Neural setting KEY=NUMBER, e.g. hidden=300 or vector_dims=150.")
@handles_errors
def train_ner_cmd(
    data: str | None,
    out: str | None,
    folds: int,
    jobs: int,
    wojood: bool,
    clusters: str | None,
    persons: str | None,
    c1: float,
    c2: float,
    iterations: int,
    limit: int | None,
    neural: bool,
    mix: float,
    combine: str,
    o_bias: float,
    cv_variants: tuple[str, ...],
    epochs: int | None,
    nn_options: tuple[str, ...],
) -> None:
    """Train the CRF recogniser on ANERcorp train (+ Wojood), or cross-validate it (--cv 5)."""
    from marsad.errors import InputError
    from marsad.ner.score import CORE, format_report
    from marsad.ner.train import SHARED_DATA, TrainConfig, build_resources, cross_validate, train_shipped, training_sets

    root = Path(data) if data else SHARED_DATA
    t0 = time.perf_counter()
    if clusters == "auto":
        built = build_resources(root)
        clusters, persons = str(built[0]), persons or str(built[1])
    for path in (clusters, persons):
        if path and not Path(path).is_file():
            raise InputError(f"{path}: no such file")
    corpus = None
    if neural:
        corpus = str(root / "corpus" / "ant_middle_east_3000.jsonl")
        if not Path(corpus).is_file():
            raise InputError(f"{corpus} not found: the neural tagger needs the unlabeled corpus (or pass --no-neural)")
    cfg = TrainConfig(
        c1=c1,
        c2=c2,
        max_iterations=iterations,
        wojood=wojood,
        clusters=clusters,
        persons=persons,
        corpus=corpus,
        mix=mix,
        combine=combine,
        o_bias=o_bias,
        cv_variants=tuple(_variant(v) for v in cv_variants),
        neural={"epochs": epochs} if epochs else {},
    )
    cfg = _with_nn_options(cfg, nn_options)
    if folds:
        aner, extra = training_sets(root, wojood)
        if limit:
            aner = aner[:limit]
        results, per_fold = cross_validate(aner, extra, cfg, folds, jobs)
        reports = {name: c.report() for name, c in results.items()}
        for name, rep in reports.items():
            click.echo(f"{folds}-fold CV, {name}:")
            click.echo(format_report(rep))
        fold_f1 = {name: [res[name].prf(CORE)["f1"] for res in per_fold] for name in results}
        for name, f1s in fold_f1.items():
            mean = sum(f1s) / len(f1s)
            click.echo(f"per fold micro-F1 PERS/LOC/ORG, {name}: {' '.join(f'{f:.4f}' for f in f1s)}  mean {mean:.4f}")
        out_json = {"folds": folds, "seconds": round(time.perf_counter() - t0, 1), "per_fold_micro_f1": fold_f1, **reports}
        click.echo(json.dumps(out_json))
        return
    info = train_shipped(root, Path(out) if out else None, cfg, limit)
    info["total_seconds"] = round(time.perf_counter() - t0, 1)
    click.echo(json.dumps(info))


def _with_nn_options(cfg: Any, options: tuple[str, ...]) -> Any:
    """Apply KEY=NUMBER settings: vector_dims/vector_contexts to the config, the rest to NeuralConfig."""
    from dataclasses import fields, replace

    from marsad.errors import InputError
    from marsad.ner.neural_train import NeuralConfig

    known = {f.name for f in fields(NeuralConfig)}
    neural = dict(cfg.neural)
    top: dict[str, int] = {}
    for opt in options:
        key, _, value = opt.partition("=")
        try:
            num = float(value)
        except ValueError as exc:
            raise InputError(f"--nn {opt!r}: expected KEY=NUMBER") from exc
        if key in ("vector_dims", "vector_contexts"):
            top[key] = int(num)
        elif key in known:
            neural[key] = int(num) if num.is_integer() and key not in ("lr", "dropout", "word_dropout") else num
        else:
            raise InputError(f"--nn {opt!r}: unknown setting (known: {', '.join(sorted(known))}, vector_dims, vector_contexts)")
    return replace(cfg, neural=neural, **top)


def _variant(text: str) -> tuple[float, str, float]:
    from marsad.errors import InputError

    try:
        mix, combine, o_bias = text.split(":")
        if combine not in ("linear", "log"):
            raise ValueError(combine)
        return float(mix), combine, float(o_bias)
    except ValueError as exc:
        raise InputError(f"--cv-variant {text!r}: expected MIX:linear|log:O_BIAS") from exc


@eval_group.command("ner")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--model", type=click.Path(file_okay=False), default=None, help="Model folder (default: the shipped one).")
@click.option("--full", is_flag=True, help="Run the whole default pipeline, not just up to the recogniser.")
@click.option("--neural", is_flag=True, help="Score the CRF + neural ensemble (off in the default pipeline).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@handles_errors
def eval_ner_cmd(file: str, model: str | None, full: bool, neural: bool, as_json: bool) -> None:
    """Exact-span P/R/F1 per type on a CoNLL file (`token TAG` lines, ANERcorp types)."""
    from marsad.errors import InputError
    from marsad.ner.score import evaluate_file, format_report

    if not Path(file).is_file():
        raise InputError(f"{file}: no such file")
    try:
        rep = evaluate_file(file, model, full, neural)
    except UnicodeDecodeError as err:
        raise InputError(f"{file}: not UTF-8 text ({err.reason} at byte {err.start})") from None
    click.echo(json.dumps(rep, ensure_ascii=False) if as_json else format_report(rep))


@bench_group.command("ner")
@click.option("--corpus", default=None, help="JSONL corpus with a text field (default: the ANT sample).")
@click.option("--limit", type=int, default=300, show_default=True, help="Use the first N documents.")
@click.option("--neural", is_flag=True, help="Time the CRF + neural ensemble (off in the default pipeline).")
@handles_errors
def bench_ner_cmd(corpus: str | None, limit: int, neural: bool) -> None:
    """Recogniser throughput (tokens/s on one core) and model load time."""
    from marsad.ner.bench import bench_ner

    click.echo(json.dumps(bench_ner(corpus, limit, neural), indent=2))
