"""Compact plain-text tables of what was read from a document, for terminals."""

from __future__ import annotations

from marsad.model import Document


def _cut(s: str | None, n: int) -> str:
    s = (s or "").replace("\n", " ")
    return s if len(s) <= n else s[: n - 1] + "…"


def actors_label(actor1: str | None, actor2: str | None, width: int = 0) -> str:
    """"A vs B"; a missing side shows as "?" so that a target is never read as the actor."""
    cut = (lambda s: _cut(s, width)) if width else (lambda s: s or "")
    if not actor1 and not actor2:
        return "-"
    return f"{cut(actor1) or '?'} vs {cut(actor2)}" if actor2 else cut(actor1)


def summary_table(doc: Document) -> str:
    """Entities, places, claims and events of `doc` as aligned text blocks."""
    lines = [f"document {doc.id}  lang={doc.lang}  published={doc.published}  {len(doc.text)} chars"]
    lines.append(f"\nentities ({len(doc.entities)})")
    for e in doc.entities:
        lines.append(f"  {e.label:<5} {_cut(e.text, 30):<30} {_cut(e.canonical, 40)}")
    lines.append(f"\nplaces ({len(doc.places)})")
    for p in doc.places:
        where = ", ".join(x for x in (p.admin2, p.admin1, p.country) if x)
        coords = f"{p.lat:.2f},{p.lon:.2f}" if p.lat is not None and p.lon is not None else "-"
        lines.append(f"  {_cut(p.text, 18):<18} {_cut(p.name, 18):<18} {_cut(where, 36):<36} {coords:<13} p{p.geo_precision}")
    lines.append(f"\nclaims ({len(doc.claims)})")
    for c in doc.claims:
        lines.append(f"  {c.id:<4} {c.modality:<9} {_cut(c.source.canonical or c.source.text, 40):<40} → {', '.join(c.events)}")
    lines.append(f"\nevents ({len(doc.events)})")
    for ev in doc.events:
        loc = ev.location.name if ev.location else "-"
        fat = ev.fatalities.best if ev.fatalities.best is not None else (ev.fatalities.text or "-")
        lines.append(
            f"  {ev.id:<4} {ev.event_date or '?':<10} {_cut(ev.event_type + ' / ' + ev.sub_event_type, 52):<52} "
            f"{_cut(loc, 16):<16} {actors_label(ev.actor1, ev.actor2, 28)}  killed: {fat}  conf {ev.confidence:.2f}  "
            f"[{_cut('; '.join(ev.sources), 40)}]"
        )
    if doc.skipped:
        lines.append("\nnot done: " + "; ".join(doc.skipped))
    return "\n".join(lines)
