"""marsad: Arabic conflict reporting into evidence-backed event data.

The public API is small: `Pipeline` reads documents, the model classes are what it returns,
and the errors are what it raises.
"""

from marsad.errors import InputError, MarsadError, ModelError, PipelineError
from marsad.model import SCHEMA, Claim, Document, Entity, Event, Fatalities, Place, Source, Span
from marsad.pipeline import Pipeline, make_document

__version__ = "0.1.0"

__all__ = [
    "SCHEMA",
    "Claim",
    "Document",
    "Entity",
    "Event",
    "Fatalities",
    "InputError",
    "MarsadError",
    "ModelError",
    "Pipeline",
    "PipelineError",
    "Place",
    "Source",
    "Span",
    "__version__",
    "make_document",
]
