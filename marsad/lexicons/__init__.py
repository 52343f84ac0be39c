"""Curated data files (actors, triggers, reporting verbs, month names) and their loaders."""
