"""`marsad eval geo` and `marsad bench geo`: accuracy on hand-labelled mentions; speed and memory.

An evaluation file holds one JSON object a line: text, mention, start, end and the expected
name, iso2, admin1, lat, lon, level; optional kind (clitic, homonym, admin, direction, latin …)
and source (docno/id of the sentence).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from marsad.errors import InputError
from marsad.gazetteer.distance import km
from marsad.gazetteer.resolver import widest
from marsad.model import Place

TOWN_LEVELS = ("populated_place",)
MAX_KM = 25.0


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    """The mentions of an evaluation file; a bad line raises InputError naming it."""
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise InputError(f"{p}: {err.strerror or err}") from None
    except UnicodeDecodeError:
        raise InputError(f"{p}: not UTF-8 text") from None
    out = []
    for i, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{p}:{i}: not JSON ({err.msg})") from None
        if not isinstance(d, dict) or not all(k in d for k in ("text", "start", "end", "iso2")):
            raise InputError(f"{p}:{i}: needs text, start, end and iso2")
        if d["text"][d["start"] : d["end"]] != d.get("mention", d["text"][d["start"] : d["end"]]):
            raise InputError(f"{p}:{i}: text[start:end] is not the mention")
        out.append(d)
    if not out:
        raise InputError(f"{p}: no mentions")
    return out


def _kinds(g: dict[str, Any]) -> list[str]:
    kind = g.get("kind") or "plain"
    return kind if isinstance(kind, list) else [k for k in str(kind).split(",") if k]


def _runner(extra: tuple[str, ...], ner: bool) -> Callable[[str], list[Place]]:
    """The geocoder alone (`geocode`), or the pipeline up to it with the NER first."""
    from marsad.gazetteer.api import geocode
    from marsad.pipeline import Pipeline

    if not ner:
        return lambda text: geocode(text, extra=extra)
    nlp = Pipeline(["marsad.tokenizer.v1", "marsad.sentencizer.v1", "marsad.ner.v1",
                    ("marsad.geocoder.v1", {"extra": list(extra)})])
    return lambda text: list(nlp(text, lang="ar").places)


def _given(extra: tuple[str, ...], ner: bool) -> Callable[[str, list[tuple[int, int]]], list[Place | None]]:
    """`resolve` on the gold spans; with `ner`, the NER's entities go to the geocoder (its step a), as in
    the pipeline."""
    from marsad.gazetteer.geocoder import Geocoder
    from marsad.gazetteer.resolver import Resolver
    from marsad.gazetteer.store import Gazetteer
    from marsad.pipeline import Pipeline

    resolver = Resolver(Geocoder(Gazetteer.load(extra=extra)))
    if not ner:
        return lambda text, spans: resolver.resolve(text, spans)
    nlp = Pipeline(["marsad.tokenizer.v1", "marsad.sentencizer.v1", "marsad.ner.v1"])
    return lambda text, spans: resolver.resolve(text, spans, nlp(text, lang="ar").entities or ())


def evaluate(path: str | Path, extra: tuple[str, ...] = (), ner: bool = False, given: bool = False) -> dict[str, Any]:
    """Accuracy within 25 km (towns), admin1 and country, in all, by country and by kind of case.

    `ner=True` runs the tokenizer and the NER first, as the default pipeline does.  By default the
    geocoder finds and resolves (end to end; `found` is the share of gold mentions it returned any
    place for, recognition); `given=True` scores resolution alone, each gold span given to `resolve`.
    """
    gold = read_gold(path)
    got = _given_places(gold, extra, ner) if given else _found_places(gold, extra, ner)
    groups: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    errors = []
    for g, p in zip(gold, got, strict=True):
        ok_country = p is not None and p.iso2 == g["iso2"]
        ok_admin1 = p is not None and (p.admin1 or "") == (g.get("admin1") or "")
        town = g.get("level") in TOWN_LEVELS and g.get("lat") is not None
        ok_km = (p is not None and p.lat is not None and g.get("lat") is not None
                 and km(p.lat, p.lon, g["lat"], g["lon"]) <= MAX_KM)  # type: ignore[arg-type]
        keys = ["all", f"country:{g['iso2']}"] + [f"kind:{k}" for k in _kinds(g)]
        for key in keys:
            groups[key]["n"].append(1)
            groups[key]["found"].append(int(p is not None))
            groups[key]["country"].append(int(ok_country))
            if g.get("admin1"):
                groups[key]["admin1"].append(int(ok_admin1))
            if town:
                groups[key]["km25"].append(int(ok_km))
        if not (ok_country and (ok_admin1 or not g.get("admin1")) and (ok_km or not town)):
            errors.append({"text": g.get("mention"), "start": g["start"], "source": g.get("source"),
                           "expected": f"{g.get('name')} ({g['iso2']}, {g.get('admin1')})",
                           "got": f"{p.name} ({p.iso2}, {p.admin1})" if p else None})

    def rate(xs: list[int]) -> float | None:
        return round(sum(xs) / len(xs), 4) if xs else None

    table = {k: {"n": len(v["n"]), "admin1_acc": rate(v["admin1"]), "km25_acc_towns": rate(v["km25"]),
                 "country_acc": rate(v["country"]), "found": rate(v["found"])} for k, v in sorted(groups.items())}
    return {"file": str(path), "mentions": len(gold), "mode": "given" if given else "end-to-end",
            "scores": table, "errors": errors}


def _found_places(gold: list[dict[str, Any]], extra: tuple[str, ...], ner: bool) -> list[Place | None]:
    """For each gold mention, the place the geocoder found overlapping it most (one run per text)."""
    run = _runner(extra, ner)
    cache: dict[str, list[Place]] = {}
    out: list[Place | None] = []
    for g in gold:
        if g["text"] not in cache:
            cache[g["text"]] = run(g["text"])
        out.append(widest(cache[g["text"]], g["start"], g["end"]))
    return out


def _given_places(gold: list[dict[str, Any]], extra: tuple[str, ...], ner: bool) -> list[Place | None]:
    """For each gold mention, `resolve` on its span (all the spans of a text in one call)."""
    run = _given(extra, ner)
    by_text: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(gold):
        by_text[g["text"]].append(i)
    out: list[Place | None] = [None] * len(gold)
    for text, idx in by_text.items():
        for i, p in zip(idx, run(text, [(gold[i]["start"], gold[i]["end"]) for i in idx]), strict=True):
            out[i] = p
    return out


def bench(corpus: str | Path, limit: int | None = None) -> dict[str, Any]:
    """Cold load (fresh interpreter) and RSS of the gazetteer; geocoding docs/s over the corpus.

    Wall-clock and CPU time both: on a shared machine the CPU figures are the ones to compare.
    """
    probe = (
        "import time, resource, json\n"
        "t0 = time.perf_counter()\n"
        "from marsad.gazetteer.store import Gazetteer\n"
        "r0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "t, c = time.perf_counter(), time.process_time()\n"
        "Gazetteer.load()\n"
        "dt, dc = time.perf_counter() - t, time.process_time() - c\n"
        "print(json.dumps({'import_s': round(t - t0, 3), 'cold_load_s': round(dt, 3), "
        "'cold_load_cpu_s': round(dc, 3), 'rss_added_mb': "
        "round((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - r0) / 1024, 1)}))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise InputError(f"gazetteer load failed: {out.stderr.strip()[-300:]}")
    result: dict[str, Any] = json.loads(out.stdout)
    from marsad.bench import load_corpus
    from marsad.gazetteer.geocoder import Geocoder

    texts = [r.get("text") or "" for r in load_corpus(corpus, limit)]
    geo = Geocoder()
    t0, c0 = time.perf_counter(), time.process_time()
    n_places = sum(len(geo.places(t)) for t in texts)
    dt, dc = time.perf_counter() - t0, time.process_time() - c0
    data = Path(__file__).with_name("data") / "gazetteer.tsv.gz"
    result.update({"docs": len(texts), "seconds": round(dt, 2), "docs_per_s": round(len(texts) / dt, 1),
                   "docs_per_cpu_s": round(len(texts) / dc, 1),
                   "places_per_doc": round(n_places / max(1, len(texts)), 2),
                   "package_bytes": data.stat().st_size})
    return result
