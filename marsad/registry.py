"""Component registry: named, versioned factories that declare what they require and assign.

A component is a callable `Document -> Document` made by a factory from plain config (a dict of
JSON values), so that a worker process or a Ray actor can rebuild the same pipeline from
`Pipeline.config()`.  Modules that define components are listed in `COMPONENT_MODULES` and
imported on first lookup, which keeps `import marsad` cheap.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from marsad.errors import PipelineError
from marsad.model import Document

Component = Callable[[Document], Document]
Factory = Callable[..., Component]

COMPONENT_MODULES: tuple[str, ...] = (
    "marsad.text.components",
    "marsad.lexicons.linking",
    "marsad.gazetteer.api",
    "marsad.events.claims",
    "marsad.ner.component",
    "marsad.events.component",
    "marsad.events.calibrate",
)


@dataclass(frozen=True)
class ComponentSpec:
    """What the registry knows of one component."""

    name: str
    factory: Factory
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    langs: tuple[str, ...] | None
    default_config: Mapping[str, Any] = field(default_factory=dict)

    def build(self, config: Mapping[str, Any] | None = None) -> Component:
        cfg = {**self.default_config, **(config or {})}
        unknown = set(cfg) - set(self.default_config)
        if unknown:
            raise PipelineError(f"{self.name}: unknown config key(s) {sorted(unknown)}")
        return self.factory(**cfg)


_REGISTRY: dict[str, ComponentSpec] = {}
_loaded = False


def component(
    name: str,
    *,
    requires: tuple[str, ...] = (),
    assigns: tuple[str, ...] = (),
    langs: tuple[str, ...] | None = ("ar",),
    default_config: Mapping[str, Any] | None = None,
) -> Callable[[Factory], Factory]:
    """Register a factory under `name` (for example "marsad.geocoder.v1").

    `requires`/`assigns` name Document fields ("tokens", "entities", "places", ...); `langs`
    lists the languages the component handles (None: any language).
    """

    def deco(factory: Factory) -> Factory:
        _REGISTRY[name] = ComponentSpec(name, factory, requires, assigns, langs, dict(default_config or {}))
        return factory

    return deco


def _load_all() -> None:
    global _loaded
    if not _loaded:
        for mod in COMPONENT_MODULES:
            importlib.import_module(mod)
        _loaded = True


def get(name: str) -> ComponentSpec:
    _load_all()
    try:
        return _REGISTRY[name]
    except KeyError:
        raise PipelineError(f"unknown component {name!r}; known: {', '.join(sorted(_REGISTRY))}") from None


def names() -> list[str]:
    _load_all()
    return sorted(_REGISTRY)
