"""The exception tree, in one place so that callers know what to catch.

MarsadError
├── InputError      bad input: undecodable bytes, binary junk, a bad date, a JSONL line without text
├── PipelineError   a pipeline that cannot be built: unknown component, missing prerequisite
└── ModelError      a shipped model or data file that is missing or corrupt
"""

from __future__ import annotations


class MarsadError(Exception):
    """Base of every error marsad raises on purpose."""


class InputError(MarsadError, ValueError):
    """The input cannot be read as a document; the message names the input and the reason."""


class PipelineError(MarsadError):
    """The pipeline cannot be built as configured."""


class ModelError(MarsadError):
    """A model or data file that ships with marsad is missing or unreadable."""


#: The key a reader puts in a record to say where it came from ("file.jsonl:12"), for messages only.
WHERE = "_where"


def record_name(rec: dict[str, object]) -> str:
    """How messages name a record: its file and line, else its file, else its id."""
    return str(rec.get(WHERE) or rec.get("source_path") or rec.get("id") or "record")
