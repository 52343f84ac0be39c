"""The SQLite store: documents, runs, results, incidents; migrations and full-text search."""
