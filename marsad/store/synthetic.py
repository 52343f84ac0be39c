"""A synthetic store of N incidents for query benchmarks: plausible values, no real reports.

Countries, regions and actors are drawn from small fixed lists, dates from 2018-2025, points
inside each country's rough box.  Only the tables that `marsad events` reads are filled.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from marsad.model.vocab import ACLED_TYPES, disorder_type
from marsad.store.db import Store, now

REGIONS: dict[str, tuple[str, tuple[float, float, float, float], tuple[str, ...]]] = {
    "SY": ("Syria", (35.7, 32.3, 42.3, 37.3), ("Idlib", "Aleppo", "Hama", "Homs", "Damascus", "Deir ez Zor", "Raqqa",
                                               "Hasakah", "Daraa", "Latakia")),
    "YE": ("Yemen", (42.6, 12.6, 53.1, 19.0), ("Sanaa", "Taizz", "Hodeidah", "Marib", "Aden", "Saada", "Al Bayda")),
    "IQ": ("Iraq", (38.8, 29.1, 48.6, 37.4), ("Baghdad", "Ninewa", "Anbar", "Salah al-Din", "Diyala", "Kirkuk", "Basra")),
    "LY": ("Libya", (9.4, 19.5, 25.0, 33.2), ("Tripoli", "Benghazi", "Misrata", "Sirte", "Sabha", "Derna")),
    "PS": ("Palestine", (34.2, 31.2, 35.6, 32.6), ("Gaza Strip", "West Bank")),
    "LB": ("Lebanon", (35.1, 33.0, 36.6, 34.7), ("South Lebanon", "Beirut", "Bekaa", "Nabatieh")),
    "SD": ("Sudan", (21.8, 8.7, 38.6, 22.0), ("Khartoum", "North Darfur", "South Darfur", "Kordofan", "Gezira")),
}  # fmt: skip
ACTORS = (
    "Military Forces of Syria", "Hayat Tahrir al-Sham", "Islamic State", "Syrian Democratic Forces",
    "Houthi Movement", "Military Forces of Yemen", "Popular Mobilization Forces", "Military Forces of Iraq",
    "Libyan National Army", "Hamas Movement", "Military Forces of Israel", "Hezbollah", "Rapid Support Forces",
    "Military Forces of Sudan", "Unidentified Armed Group", "Civilians", "Protesters", "Rioters",
    "Police Forces of Iraq", "Military Forces of Turkey", "Military Forces of Russia", "Tribal Militia",
)  # fmt: skip
SOURCES = ("Syrian Observatory for Human Rights", "SANA", "Sky News Arabia", "BBC Arabic", "France 24 Arabic",
           "CNN Arabic", "Al Masirah", "Saba News Agency", "Shafaq News", "Libya Observer")  # fmt: skip


def build_synthetic(path: str | Path, n: int = 100_000, seed: int = 7, batch: int = 5000) -> int:
    """Fill a new store at `path` with `n` incidents; return n."""
    rng = random.Random(seed)
    types = [(t, s) for t, subs in ACLED_TYPES.items() for s in subs]
    start = dt.date(2018, 1, 1).toordinal()
    span = dt.date(2025, 12, 31).toordinal() - start
    stamp = now()
    isos = list(REGIONS)
    with Store(path) as store:
        for lo in range(0, n, batch):
            rows, actors = [], []
            for i in range(lo, min(n, lo + batch)):
                iso = rng.choice(isos)
                name, (x0, y0, x1, y1), admins = REGIONS[iso]
                et, st = rng.choice(types)
                a1, a2 = rng.choice(ACTORS), rng.choice((*ACTORS, None))
                best = rng.choice((0, 0, 0, 1, 2, 3, 5, 8, 12, 20, 50))
                srcs = rng.sample(SOURCES, rng.choice((1, 1, 1, 2, 3)))
                day = dt.date.fromordinal(start + rng.randrange(span)).isoformat()
                rows.append((
                    f"inc-syn{i:09d}", et, st, disorder_type(et, st), day,
                    rng.choice((1, 1, 1, 2, 3)), a1, a2, name, iso, rng.choice(admins), f"Location {rng.randrange(5000)}",
                    round(rng.uniform(y0, y1), 5), round(rng.uniform(x0, x1), 5), rng.choice((1, 1, 2, 3)), best, best,
                    best, best + rng.choice((0, 0, 2, 5)), "; ".join(srcs), len(srcs), len(srcs), stamp,
                ))  # fmt: skip
                actors.append((i + 1, a1.casefold()))
                if a2:
                    actors.append((i + 1, a2.casefold()))
            with store.transaction() as conn:
                conn.executemany(
                    "INSERT INTO incidents (uid, event_type, sub_event_type, disorder_type, event_date, time_precision,"
                    " actor1, actor2, country, iso2, admin1, location, lat, lon, geo_precision, fatalities, fat_best,"
                    " fat_low, fat_high, sources, n_docs, n_sources, updated) VALUES (" + ",".join("?" * 23) + ")",
                    rows,
                )
                conn.executemany("INSERT INTO incident_actors VALUES (?, ?)", actors)
                conn.executemany("INSERT OR IGNORE INTO actor_names VALUES (?)", [(a,) for _, a in actors])
                conn.execute(
                    "INSERT INTO incidents_rtree SELECT id, lon, lon, lat, lat FROM incidents WHERE id > ? AND lat IS NOT NULL",
                    (lo,),
                )
        store.conn.execute("ANALYZE")
    return n
