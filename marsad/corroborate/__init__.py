"""Near-duplicate reports, cross-report event merging, fatalities best/low/high."""

from marsad.corroborate.fatalities import Combined, Figure, combine
from marsad.corroborate.merge import Incident, MergeConfig, Report, merge
from marsad.corroborate.near_dup import near_duplicates

__all__ = ["Combined", "Figure", "Incident", "MergeConfig", "Report", "combine", "merge", "near_duplicates"]
