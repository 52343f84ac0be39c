"""The `marsad` command: a thin layer over functions importable from the package."""

from __future__ import annotations

import importlib

from marsad.cli.app import main

#: Modules that attach commands to `main` and its groups.
COMMAND_MODULES = (
    "marsad.cli.extract",
    "marsad.cli.bench",
    "marsad.cli.actors",
    "marsad.cli.geo",
    "marsad.cli.store",
    "marsad.cli.ner",
    "marsad.cli.events",
)

for _mod in COMMAND_MODULES:
    importlib.import_module(_mod)

__all__ = ["main"]
