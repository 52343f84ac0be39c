"""The `marsad` command group and its sub-groups; command modules attach to these."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click

from marsad import __version__
from marsad.errors import MarsadError

F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str, code: int = 2) -> None:
    """One line on stderr and an exit code: the CLI's only way to report a problem."""
    click.echo(f"marsad: error: {message}", err=True)
    sys.exit(code)


def handles_errors(fn: F) -> F:
    """Turn MarsadError (and unreadable or non-UTF-8 files) into a one-line message and exit code 2."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except MarsadError as err:
            fail(str(err))
        except BrokenPipeError:
            # the reader went away (`marsad export -o - | head`): stop quietly, as Unix tools do
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(1)
        except OSError as err:
            fail(f"{getattr(err, 'filename', None) or ''}: {err.strerror or err}".lstrip(": "))
        except UnicodeDecodeError as err:
            # a reader that expects UTF-8 (a data set, a model file, a corpus) met other bytes
            fail(f"an input file is not UTF-8 text ({err.reason} at byte {err.start})")

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="marsad")
def main() -> None:
    """marsad: Arabic conflict reporting into evidence-backed event data."""


@main.group("eval")
def eval_group() -> None:
    """Score a component on labelled data the model did not train on."""


@main.group("train")
def train_group() -> None:
    """Train the shipped models from ../shared/data or a given path."""


@main.group("bench")
def bench_group() -> None:
    """Measure throughput and memory."""


@main.command("version")
def version() -> None:
    """Print the marsad version."""
    click.echo(__version__)
