"""Writers for the formats the field uses: ACLED CSV, JSONL, GeoJSON, Parquet."""
