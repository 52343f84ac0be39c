"""The JSON Schema of `marsad/1`, shipped in the package, and a validator for outputs."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    path = resources.files("marsad.resources.schema") / "marsad-1.schema.json"
    return json.loads(path.read_text(encoding="utf-8"))


def validate(obj: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError when `obj` is not a valid marsad/1 document."""
    import jsonschema

    jsonschema.validate(obj, schema())
