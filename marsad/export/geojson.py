"""GeoJSON (RFC 7946): a FeatureCollection of incidents as Points, coordinates in lon, lat order.

RFC 7946 has no `crs` member (WGS 84 is implied), recommends at most six decimals, and allows a
null geometry for an incident without coordinates.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any


def feature(row: dict[str, Any]) -> dict[str, Any]:
    lat, lon = row.get("lat"), row.get("lon")
    geom = None
    if lat is not None and lon is not None and -90 <= lat <= 90 and -180 <= lon <= 180:
        geom = {"type": "Point", "coordinates": [round(float(lon), 6), round(float(lat), 6)]}
    props = {k: v for k, v in row.items() if k not in ("lat", "lon")}
    return {"type": "Feature", "id": row.get("uid"), "geometry": geom, "properties": props}


def write_geojson(rows: Iterable[dict[str, Any]], fh: IO[str]) -> int:
    """Stream the FeatureCollection (one feature a line) so that large stores need little memory."""
    fh.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for row in rows:
        fh.write((",\n" if n else "") + json.dumps(feature(row), ensure_ascii=False))
        n += 1
    fh.write("\n]}\n")
    return n
