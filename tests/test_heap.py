"""heap.settle: the loaded models leave the collector's walks, and a process's own choices stand."""

from __future__ import annotations

import gc

import pytest

from marsad import heap


@pytest.fixture
def collector():
    """Restore the collector's thresholds and state after a test that changes them."""
    before, enabled = gc.get_threshold(), gc.isenabled()
    yield
    gc.set_threshold(*before)
    if enabled:
        gc.enable()


def test_settle_freezes_and_raises_thresholds(collector: None) -> None:
    gc.set_threshold(700, 10, 10)
    heap.settle()
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == (heap.YOUNG_THRESHOLD, *heap.OLDER_THRESHOLDS)


def test_settle_never_lowers_a_threshold(collector: None) -> None:
    gc.set_threshold(50_000, 10, 500)
    heap.settle()
    assert gc.get_threshold() == (50_000, heap.OLDER_THRESHOLDS[0], 500)


def test_settle_leaves_a_disabled_collector_alone(collector: None) -> None:
    gc.set_threshold(700, 10, 10)
    gc.disable()
    heap.settle()
    assert not gc.isenabled()
    assert gc.get_threshold() == (700, 10, 10)
