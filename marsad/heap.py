"""Settle the loaded models' heap so that CPython's cyclic collector stops walking it again and again.

A loaded pipeline holds some 130,000 long-lived containers (the gazetteer's rows and indexes, the CRF
attribute maps, the lexicons) that never become garbage, and reading an article allocates many small
objects, so the collector's young generation (700 allocations by default) fills every few hundred tokens
and its older passes walk the models each time.  Freezing what is loaded (`gc.freeze`) and raising the
young threshold cut the collector's CPU per 1,000 ANT articles from 0.80-0.84 s to 0.18-0.24 s
(`benchmarks/gc_time.py`) with peak RSS unchanged.  Both settings are process-wide, so they are only
ever raised, never lowered, a process that has turned the collector off is left as it is, and a process
settles once (`settle_once`): freezing again would also freeze whatever garbage the caller holds by then.
"""

from __future__ import annotations

import gc

#: Allocations between two young-generation collections (CPython's default is 700).
YOUNG_THRESHOLD = 10_000
#: Young collections per middle one, and middle per old (CPython's defaults are 10 and 10).
OLDER_THRESHOLDS = (50, 100)


def settle() -> None:
    """Collect once, move every object alive now into the permanent generation and raise the
    collector's thresholds: called after the components are built, when all that lives is the models."""
    if not gc.isenabled():
        return
    gc.collect()
    gc.freeze()
    young, middle, old = gc.get_threshold()
    gc.set_threshold(max(young, YOUNG_THRESHOLD), max(middle, OLDER_THRESHOLDS[0]), max(old, OLDER_THRESHOLDS[1]))


_settled: list[bool] = []


def settle_once() -> None:
    """`settle` for the first pipeline a process builds; later ones (a reload, a test suite) leave the heap be."""
    if not _settled:
        _settled.append(True)
        settle()
