"""Shared fixtures: the seed report, a pipeline, and the ../shared/data location (skip when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data, or skip: a user's clone has no ../shared."""
    path = SHARED / "data"
    if not path.is_dir():
        pytest.skip("../shared/data is not present")
    return path


@pytest.fixture(scope="session")
def nlp():
    from marsad import Pipeline

    return Pipeline.load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    from marsad.cli.extract import example_text

    return example_text()


@pytest.fixture(scope="session")
def seed_doc(nlp, seed_text):
    return nlp(seed_text, published="2025-10-22")
