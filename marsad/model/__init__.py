"""Pure data: the records marsad reads out of a document, and their `marsad/1` JSON form. No I/O."""

from marsad.model.document import SCHEMA, Document, Event
from marsad.model.spans import Claim, Entity, Fatalities, Place, Source, Span, Token

__all__ = ["SCHEMA", "Claim", "Document", "Entity", "Event", "Fatalities", "Place", "Source", "Span", "Token"]
