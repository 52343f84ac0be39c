"""Near-duplicate reports, cross-report event merging, fatalities best/low/high."""
