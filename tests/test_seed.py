"""The seed report's expectations (../shared/seed/expected.json, checked by check.py) as assertions.

Runs the whole default pipeline on a copy of the report in tests/data, published 2025-10-22.
This is the acceptance test: nothing in the code is tuned to it.
"""

from __future__ import annotations

import math
import unicodedata
from pathlib import Path

import pytest

from marsad import Pipeline, registry

DATA = Path(__file__).resolve().parent / "data"
NEEDED = ("marsad.ner.v1", "marsad.geocoder.v1", "marsad.claims.v1", "marsad.events.v1")


def norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKC", s or "")
    s = "".join(c for c in s if not ("\u064b" <= c <= "\u0652" or c == "\u0640"))
    for a, b in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ى", "ي"), ("ة", "ه")):
        s = s.replace(a, b)
    return s.strip().lower()


def has(haystack: str, needles: list[str]) -> bool:
    return any(norm(n) in norm(haystack) for n in needles)


def km(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    p = math.pi / 180
    x = (
        math.sin((b_lat - a_lat) * p / 2) ** 2
        + math.cos(a_lat * p) * math.cos(b_lat * p) * math.sin((b_lon - a_lon) * p / 2) ** 2
    )
    return 12742 * math.asin(math.sqrt(x))


@pytest.fixture(scope="module")
def out() -> dict:
    missing = [n for n in NEEDED if n not in registry.names()]
    if missing:
        pytest.skip(f"components not registered yet: {missing}")
    text = (DATA / "seed_article.txt").read_text(encoding="utf-8")
    return Pipeline.load()(text, published="2025-10-22").to_dict()


def sources_of(out: dict, e: dict) -> str:
    claims = {c["id"]: c for c in out["claims"]}
    names = list(e.get("sources") or [])
    for cid in e.get("claims") or []:
        src = claims.get(cid, {}).get("source") or {}
        names += [src.get("text") or "", src.get("canonical") or ""]
    return " | ".join(n for n in names if n)


def test_event_spans_are_exact(out):
    text = out["text"]
    for e in out["events"]:
        t = e["trigger"]
        assert text[t["start"] : t["end"]] == t["text"]
        for s in e["evidence"]:
            assert text[s["start"] : s["end"]] == s["text"]


def test_armed_clash_in_harem(out):
    ok = [
        e
        for e in out["events"]
        if e["event_type"] == "Battles"
        and e["sub_event_type"] == "Armed clash"
        and e["event_date"] in ("2025-10-21", "2025-10-22")
        and (e["location"] or {}).get("lat") is not None
        and km(e["location"]["lat"], e["location"]["lon"], 36.21, 36.52) <= 15
        and 1 in {e["inter1"], e["inter2"]}
        and {e["inter1"], e["inter2"]} & {2, 3, 8}
        and (e["fatalities"]["best"] is None or e["fatalities"]["best"] <= 12)
        and has(sources_of(out, e), ["المرصد السوري", "Syrian Observatory"])
    ]
    assert ok, [(e["event_type"], e["sub_event_type"], e["notes"]) for e in out["events"]]


def test_abduction_of_a_civilian_in_idlib(out):
    assert any(
        e["event_type"] == "Violence against civilians"
        and e["sub_event_type"] == "Abduction/forced disappearance"
        and (e["location"] or {}).get("admin1") in ("Idlib", "Idleb")
        and (e["civilian_targeting"] or 7 in {e["inter1"], e["inter2"]})
        for e in out["events"]
    )


def test_drone_strike_on_the_camps(out):
    assert any(
        e["event_type"] == "Explosions/Remote violence"
        and e["sub_event_type"] in ("Air/drone strike", "Shelling/artillery/missile attack")
        and e["event_date"] == "2025-10-22"
        and (e["location"] or {}).get("admin1") in ("Idlib", "Idleb")
        for e in out["events"]
    )


def test_nothing_in_france_russia_moscow_or_paris(out):
    for e in out["events"]:
        loc = e["location"] or {}
        assert loc.get("iso2") not in ("FR", "RU")
        assert not has(loc.get("text", "") + " " + (loc.get("name") or ""), ["موسكو", "باريس", "Moscow", "Paris"])


def test_event_count(out):
    assert 0 < len(out["events"]) <= 6


def test_claims_link_events_both_ways(out):
    ids = {e["id"] for e in out["events"]}
    for c in out["claims"]:
        assert set(c["events"]) <= ids
        for eid in c["events"]:
            assert c["id"] in next(e for e in out["events"] if e["id"] == eid)["claims"]
