"""Parquet through DuckDB (no pandas or pyarrow at run time), typed columns, readable by Spark.

Rows go to a temporary JSONL file that DuckDB reads with an explicit schema and copies to
Parquet: far faster than row-by-row inserts, and the types do not depend on the first rows.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import duckdb

from marsad.export.incidents import COLUMN_TYPES


def write_parquet(rows: Iterable[dict[str, Any]], path: str | Path, columns: dict[str, str] | None = None) -> int:
    cols = columns or COLUMN_TYPES
    fd, tmp = tempfile.mkstemp(suffix=".jsonl", prefix="marsad-")
    n = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for row in rows:
                rec = {k: row.get(k) for k in cols}
                if "civilian_targeting" in rec and rec["civilian_targeting"] is not None:
                    rec["civilian_targeting"] = bool(rec["civilian_targeting"])
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
        spec = "{" + ", ".join(f"'{k}': '{v}'" for k, v in cols.items()) + "}"
        con = duckdb.connect()
        try:
            src = tmp.replace("'", "''")
            dst = str(path).replace("'", "''")
            con.execute(
                f"COPY (SELECT * FROM read_json('{src}', format='newline_delimited', columns={spec})) "
                f"TO '{dst}' (FORMAT parquet, COMPRESSION zstd)"
            )
        finally:
            con.close()
    finally:
        os.unlink(tmp)
    return n
