"""The SQLite store: documents, runs, results, incidents; migrations and full-text search."""

from marsad.store.db import DEFAULT_DB, IngestStats, Store, StoreError
from marsad.store.queries import Filters, incident_detail, query_incidents
from marsad.store.runs import process
from marsad.store.search import search

__all__ = ["DEFAULT_DB", "Filters", "IngestStats", "Store", "StoreError", "incident_detail", "process", "query_incidents",
           "search"]  # fmt: skip
