"""The sixteenth README/CLI audit: what a user met running the README's commands on awkward input."""

from __future__ import annotations

import json
import struct
from importlib import resources

import httpx
import pytest
from click.testing import CliRunner
from test_ingest_sources import news_site

from marsad.bench import load_corpus
from marsad.cli import main
from marsad.cli.store import demo_store
from marsad.errors import InputError
from marsad.ingest.collect import collect, url_list
from marsad.ingest.decode import decode_bytes
from marsad.ingest.fetch import Fetcher

EXAMPLES = resources.files("marsad.resources") / "examples"
RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test Wire</title><link>https://news.example.org/</link>
<item><title>one</title><link>https://news.example.org/a1</link></item>
</channel></rss>"""
PAGE = "<html><head><title>قصف</title></head><body><article><p>{}</p></article></body></html>"


@pytest.fixture()
def runner():
    return CliRunner()


def example(name: str) -> str:
    return (EXAMPLES / name).read_text(encoding="utf-8")


# --- decoding --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["seed_article.txt", "sample_aleppo_shelling.txt", "sample_harim_wire.txt"])
@pytest.mark.parametrize("enc", ["cp1256", "iso-8859-6"])
def test_legacy_arabic_news_is_not_read_as_french(name, enc):
    """Arabic in Windows-1256 read as Windows-1252 is all accented letters (ãÞÊá): it won on 40% of the
    ANT articles and the user got French-tagged junk with exit 0."""
    data = example(name).encode(enc, errors="ignore")
    assert decode_bytes(data) == data.decode(enc)


@pytest.mark.parametrize(
    "text",
    [
        "Résumé des événements à Alep : des frappes aériennes ont touché la ville.",
        "Noël à Tripoli",
        "Élections à Beyrouth : le président a déclaré qu'il était prêt à négocier.",
    ],
)
def test_french_latin1_still_french(text):
    assert decode_bytes(text.encode("cp1252")) == text


def test_extract_cp1256_file_reads_arabic(runner, tmp_path):
    f = tmp_path / "report.txt"
    f.write_bytes(example("sample_aleppo_shelling.txt").encode("cp1256"))
    res = runner.invoke(main, ["extract", str(f), "--published", "2025-10-22"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.output)
    assert doc["lang"] == "ar" and doc["text"].startswith("مقتل مدنيين") and doc["events"]


def test_binary_full_of_nuls_is_refused_not_read_as_utf16(runner, tmp_path):
    """An executable decoded as UTF-16 into CJK junk and went through the pipeline with exit 0."""
    data = b"\x7fELF\x02\x01\x01\x00" + b"".join(
        struct.pack("<IHH", (i * 7919) % 50000, i % 7, 0x4000 + i) for i in range(600)
    )
    with pytest.raises(InputError, match="binary"):
        decode_bytes(data)
    f = tmp_path / "prog.txt"
    f.write_bytes(data)
    res = runner.invoke(main, ["extract", str(f)])
    assert res.exit_code == 2 and "binary" in res.output and "Traceback" not in res.output
    for text in ("Army shells Aleppo.", "قتل مدنيان في حلب"):
        for enc in ("utf-16-le", "utf-16-be"):
            assert decode_bytes(text.encode(enc)) == text


@pytest.mark.parametrize("enc", ["utf-32-le", "utf-32-be"])
def test_utf32_without_bom_is_text(enc):
    """The README promises UTF-32 with or without a byte-order mark; without one it was refused as binary."""
    for text in ("قتل مدنيان في حلب أمس", "Army shells Aleppo", "Résumé à Alep"):
        assert decode_bytes(text.encode(enc)) == text


# --- folders, stdin and URL lists -----------------------------------------------------------


def test_folder_with_nothing_to_read_is_an_error(runner, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.json").write_text('{"text": "x"}', encoding="utf-8")
    res = runner.invoke(main, ["extract", str(tmp_path / "in")])
    assert res.exit_code == 2 and "no .txt" in res.output and ".jsonl files in this folder" in res.output
    res = runner.invoke(main, ["ingest", "--db", str(tmp_path / "m.db"), str(tmp_path / "in")])
    assert res.exit_code == 2 and "no .txt" in res.output


def test_ingest_stdin_takes_text_or_jsonl(runner, tmp_path):
    db = str(tmp_path / "m.db")
    res = runner.invoke(main, ["ingest", "--db", db, "-"], input="قتل مدنيان بقصف على حلب أمس\n".encode())
    assert res.exit_code == 0, res.output
    assert "added 1" in res.output
    lines = "\n" + json.dumps({"id": "z", "text": "تظاهرة في دمشق"}, ensure_ascii=False) + "\n{bad\n"
    res = runner.invoke(main, ["ingest", "--db", db, "-"], input=lines.encode())
    assert res.exit_code == 2 and "added 1" in res.output and "stdin:3: not JSON" in res.output
    res = runner.invoke(main, ["ingest", "--db", db, "-"], input=b"")
    assert res.exit_code == 2 and "stdin: empty text" in res.output


def test_url_list():
    assert url_list("# my feeds\nhttps://a.org/rss\n\nhttp://b.org/feed.xml\n") == [
        "https://a.org/rss", "http://b.org/feed.xml",
    ]  # fmt: skip
    assert url_list("قصف على حلب https://a.org/x") is None
    assert url_list("https://a.org/x\nقصف على حلب") is None
    assert url_list("") is None
    assert url_list("https://a.org/rss\nftp://b.org/x") == ["https://a.org/rss", "ftp://b.org/x"]


def test_ingest_feeds_txt_fetches_the_listed_feeds(tmp_path):
    """README: `marsad ingest feeds.txt …` stored the list of URLs as a news article."""
    seen: list[str] = []
    page = PAGE.format("قتل ثلاثة مدنيين في قصف مدفعي استهدف بلدة حارم في ريف إدلب الشمالي صباح اليوم.")
    handler = news_site(seen, RSS, page)

    feeds = tmp_path / "feeds.txt"
    feeds.write_text("# feeds\nhttps://news.example.org/feed.xml\n", encoding="utf-8")
    with Fetcher(transport=httpx.MockTransport(handler), resolver=lambda host: ["93.184.216.34"]) as f:
        items = list(collect([str(feeds)], f))
    good = [r for r in items if not isinstance(r, InputError)]
    assert not [r for r in items if isinstance(r, InputError)]
    assert len(good) == 1 and "حارم" in good[0]["text"] and good[0]["url"] == "https://news.example.org/a1"
    assert "https://news.example.org/feed.xml" in seen


# --- events and export filters ----------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("store") / "marsad.db")
    demo_store(db)
    return db


def _count(runner, db, *args):
    res = runner.invoke(main, ["events", "--db", db, "--format", "jsonl", *args])
    assert res.exit_code == 0, res.output
    return sum(1 for line in res.output.splitlines() if line.startswith("{"))


def test_type_filter_ignores_case_and_refuses_unknown_types(runner, demo_db):
    assert _count(runner, demo_db, "--type", "armed clash") == _count(runner, demo_db, "--type", "Armed clash") == 1
    assert _count(runner, demo_db, "--type", "BATTLES") == 1
    res = runner.invoke(main, ["events", "--db", demo_db, "--type", "shooting"])
    assert res.exit_code == 2 and "not an ACLED event type" in res.output and "Armed clash" in res.output


def test_admin1_filter_takes_other_spellings(runner, demo_db):
    """OCHA spells Syria's governorate Idleb; a user typing Idlib, idleb or إدلب got 0 incidents."""
    n = _count(runner, demo_db, "--admin1", "Idleb")
    assert n >= 2
    for spelling in ("idleb", "Idlib", "إدلب"):
        assert _count(runner, demo_db, "--admin1", spelling) == n, spelling
    res = runner.invoke(main, ["events", "--db", demo_db, "--admin1", "Narnia"])
    assert res.exit_code == 0 and "no incident" in res.output and "(0 incidents)" in res.output
    res = runner.invoke(main, ["export", "--db", demo_db, "--admin1", "idlib", "--format", "jsonl", "-o", "-"])
    assert res.exit_code == 0 and f"wrote {n} incidents" in res.output


# --- benchmark and evaluation inputs ----------------------------------------------------------


def test_bad_corpus_or_data_file_is_one_line(runner, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes("قصف".encode("cp1256") + b"\n")
    with pytest.raises(InputError, match=r"bad\.jsonl:1: not UTF-8"):
        load_corpus(bad)
    (tmp_path / "s.jsonl").write_text('"just a string"\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"s\.jsonl:1: not a JSON object"):
        load_corpus(tmp_path / "s.jsonl")
    for args in (
        ["bench", "text", "--corpus", str(bad)],
        ["eval", "ner", str(bad)],
        ["eval", "actors", "--data", str(bad)],
    ):
        res = runner.invoke(main, args)
        assert res.exit_code == 2, (args, res.output)
        assert "not UTF-8 text" in res.output and isinstance(res.exception, SystemExit), args


def test_extract_option_errors_name_the_option(runner):
    res = runner.invoke(main, ["extract", "-", "--published", "2025-02-30"], input=b"x")
    assert res.exit_code == 2 and "--published: '2025-02-30'" in res.output
    res = runner.invoke(main, ["extract", "-", "--max-chars", "0"], input=b"x")
    assert res.exit_code == 2 and "--max-chars" in res.output and "x>=1" in res.output


def test_extract_input_takes_feed_dates_and_ant_field_names(runner, tmp_path):
    """A feed-style date dropped the whole record; the ANT corpus's docno/time/src were ignored, so
    `marsad extract --input` on it gave line numbers for ids and no dates (ingest took both)."""
    text = "قتل مدنيان بقصف على حلب أمس"
    rows = [
        {"id": "a", "text": text, "published": "Mon, 20 Oct 2025 09:11:45 GMT"},
        {"docno": "SK-1", "src": "skynews", "time": "Mon, 20 Oct 2025 09:11:45 GMT", "text": text},
        {"id": "c", "text": text, "published": "yesterday"},
    ]
    f = tmp_path / "docs.jsonl"
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    res = runner.invoke(main, ["extract", "--input", str(f)])
    assert res.exit_code == 2 and "docs.jsonl:3: published: 'yesterday'" in res.output
    docs = [json.loads(x) for x in res.output.splitlines() if x.startswith("{")]
    assert [(d["id"], d["published"]) for d in docs] == [("a", "2025-10-20"), ("SK-1", "2025-10-20")]
    assert docs[1]["source"] == "skynews"
    assert all(e["event_date"] == "2025-10-19" for d in docs for e in d["events"]) and docs[0]["events"]


def test_limits_zero_means_all_and_negative_is_refused(runner, demo_db):
    """`search --limit 0` listed nothing while `events --limit 0` lists all; a negative limit was
    taken as no limit by SQLite."""
    res = runner.invoke(main, ["search", "--db", demo_db, "حارم", "--limit", "0"])
    assert res.exit_code == 0 and "(0 documents)" not in res.output
    for cmd in (["search", "--db", demo_db, "حارم"], ["events", "--db", demo_db], ["run", "--db", demo_db]):
        res = runner.invoke(main, [*cmd, "--limit", "-1"])
        assert res.exit_code == 2 and "x>=0" in res.output, cmd


@pytest.mark.parametrize(
    "option", [["--concurrency", "0"], ["--timeout", "0"], ["--max-bytes", "0"], ["--batch-size", "-5"]]
)
def test_ingest_refuses_fetch_settings_that_cannot_work(runner, tmp_path, option):
    """--concurrency 0 reached ThreadPoolExecutor(max_workers=0), a traceback on the first feed."""
    res = runner.invoke(main, ["ingest", "--db", str(tmp_path / "m.db"), *option, str(tmp_path)])
    assert res.exit_code == 2 and option[0] in res.output and "Traceback" not in res.output


def test_extract_folder_tree_ids_tell_files_apart(runner, tmp_path):
    """a/x.txt and b/x.txt both came out as id "x": the output could not say which file was which."""
    for sub, name in (("a", "sample_harim_wire.txt"), ("b", "sample_aleppo_shelling.txt")):
        (tmp_path / "in" / sub).mkdir(parents=True)
        (tmp_path / "in" / sub / "x.txt").write_text(example(name), encoding="utf-8")
    (tmp_path / "in" / "top.TXT").write_text(example("sample_suwayda_protest.txt"), encoding="utf-8")
    res = runner.invoke(main, ["extract", str(tmp_path / "in"), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    assert [json.loads(x)["id"] for x in res.stdout.splitlines()] == ["a/x", "b/x", "top"]


def test_actors_find_stdin_decodes_like_extract(runner):
    """`marsad actors find -` read stdin as locale text: Windows-1256 found nothing, binary found 'GNU'."""
    text = "وأكد المرصد السوري أن"
    res = runner.invoke(main, ["actors", "find", "-"], input=text.encode("cp1256"))
    assert res.exit_code == 0 and '"kb_id": "actor:sohr"' in res.output
    junk = b"\x7fELF\x02\x01\x01\x00" + b"GNU\x00" * 200
    res = runner.invoke(main, ["actors", "find", "-"], input=junk)
    assert res.exit_code == 2 and "binary" in res.output and "actor:gnu" not in res.output


def test_gazetteer_lookup_says_when_nothing_matches(runner):
    res = runner.invoke(main, ["gazetteer", "lookup", "نارنيا"])
    assert res.exit_code == 0 and "no gazetteer entry named 'نارنيا'" in res.output
    res = runner.invoke(main, ["gazetteer", "lookup", "حارم", "--iso2", "SY"])
    assert res.exit_code == 0 and "Harim" in res.output and "no gazetteer entry" not in res.output


def test_geocode_file_reads_an_html_page_as_extract_does(runner, tmp_path):
    """`geocode --file page.html` geocoded the raw markup: a script's string was a place."""
    page = tmp_path / "page.html"
    body = "قتل مدنيان بقصف مدفعي على بلدة دير حافر في ريف حلب الشرقي أمس، وفق ما أفاد الدفاع المدني السوري."
    html = PAGE.format(body).replace("</title>", '</title><script>var city="دمشق";</script>')
    page.write_text(html, encoding="utf-8")
    res = runner.invoke(main, ["geocode", "--file", str(page), "--json"])
    assert res.exit_code == 0, res.output
    places = [json.loads(x) for x in res.output.splitlines()]
    assert "Dayr Hafir" in {p["name"] for p in places} and "Damascus" not in {p["name"] for p in places}
    assert all(body[p["start"] : p["end"]] == p["text"] for p in places)


def test_extract_points_urls_and_feeds_to_ingest(runner, tmp_path):
    """A saved feed was extracted as one document of XML; a URL was 'No such file or directory'."""
    feed = tmp_path / "feed.xml"
    feed.write_text(RSS, encoding="utf-8")
    for target in (str(feed), "https://news.example.org/feed.xml"):
        res = runner.invoke(main, ["extract", target])
        assert res.exit_code == 2 and "marsad ingest" in res.output and '"schema"' not in res.output, target


def test_bench_store_refuses_a_corpus_that_is_not_jsonl(runner, tmp_path):
    """It measured 0 documents and exited 0."""
    bad = tmp_path / "c.jsonl"
    bad.write_bytes(b"\x7fELF\x02\x01\x01\x00" * 40)
    res = runner.invoke(main, ["bench", "store", "--corpus", str(bad), "--part", "ingest", "--limit", "2"])
    assert res.exit_code == 2 and "c.jsonl:1" in res.output


def test_python_api_takes_a_feed_date_as_the_cli_does() -> None:
    """`nlp(text, published=…)` reads the RFC 822 times of feeds and the ANT corpus, as `extract --input`
    and `ingest` do; a word that is no date is still an InputError naming the field."""
    import marsad

    nlp = marsad.Pipeline(["marsad.tokenizer.v1"])
    assert nlp("نص", published="Mon, 20 Oct 2025 09:11:45 GMT").published == "2025-10-20"
    assert nlp("نص", published="2025-10-20T23:00:00Z").published == "2025-10-20"
    with pytest.raises(InputError, match="published"):
        nlp("نص", published="yesterday")


def test_extract_says_when_relative_dates_stay_empty_for_want_of_a_published_date(runner, tmp_path):
    """Without --published, أمس cannot be resolved: the CSV's event_date is empty (nothing is invented),
    and a note on stderr says why and what to give; with --published there is no note."""
    f = tmp_path / "a.txt"
    f.write_text("قتل ثلاثة مدنيين أمس في قصف على حارم.\n", encoding="utf-8")
    res = runner.invoke(main, ["extract", str(f), "--format", "acled-csv"])
    assert res.exit_code == 0
    assert "no publication date" in res.stderr and "--published" in res.stderr
    res = runner.invoke(main, ["extract", str(f), "--published", "2025-10-22"])
    assert res.exit_code == 0 and "no publication date" not in res.stderr
