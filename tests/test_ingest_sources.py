"""Ingest: text, HTML, JSONL (ANT field names), directories, legacy Arabic encodings, feeds."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
from click.testing import CliRunner

from marsad.cli import main
from marsad.errors import InputError
from marsad.ingest.collect import collect
from marsad.ingest.fetch import FetchConfig, Fetcher

AR = "قتل ثلاثة مدنيين في قصف مدفعي استهدف بلدة حارم في ريف إدلب الشمالي صباح اليوم."
HTML = (
    "<html><head><title>قصف على حارم</title>"
    '<meta property="article:published_time" content="2025-10-21T08:00:00Z"></head>'
    "<body><nav>الرئيسية</nav><article><h1>قصف على حارم</h1>"
    f"<p>{AR}</p><p>وأفاد ناشطون بأن القصف استمر ساعات وأدى إلى دمار واسع في المنازل.</p></article></body></html>"
)
RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test Wire</title><link>https://news.example.org/</link>
<item><title>one</title><link>https://news.example.org/a1</link><pubDate>Tue, 21 Oct 2025 09:00:00 GMT</pubDate></item>
<item><title>two</title><link>https://news.example.org/a2</link><pubDate>Tue, 21 Oct 2025 10:00:00 GMT</pubDate></item>
</channel></rss>"""


def public(host):
    return ["93.184.216.34"]


def records(items):
    good = [r for r in items if not isinstance(r, InputError)]
    return good, [r for r in items if isinstance(r, InputError)]


def test_text_html_jsonl_and_directories(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text(AR, encoding="utf-8")
    (tmp_path / "d" / "b.html").write_text(HTML, encoding="utf-8")
    ant = {"docno": "SK-1", "src": "skynews", "title": "t", "time": "Mon, 01 Oct 2018 09:11:45 GMT", "text": AR + " ٢"}
    (tmp_path / "d" / "c.jsonl").write_text(json.dumps(ant, ensure_ascii=False) + "\nnot json\n", encoding="utf-8")
    (tmp_path / "d" / "skip.bin").write_bytes(b"\x00\x01")
    good, bad = records(list(collect([str(tmp_path / "d")])))
    assert len(good) == 3 and len(bad) == 1 and "c.jsonl:2" in str(bad[0])
    html = next(r for r in good if r.get("title") == "قصف على حارم")
    assert AR in html["text"] and "الرئيسية" not in html["text"] and html["published"] == "2025-10-21"
    jl = next(r for r in good if r.get("id") == "SK-1")
    assert jl["source"] == "skynews" and jl["published"].startswith("Mon")


def test_legacy_encodings(tmp_path):
    for enc in ("cp1256", "iso-8859-6"):
        (tmp_path / f"{enc}.txt").write_bytes("قتل ثلاثة مدنيين في قصف على حارم.".encode(enc))
    good, bad = records(list(collect([str(tmp_path)])))
    assert not bad and all("حارم" in r["text"] for r in good) and len(good) == 2


def news_site(seen: list[str], rss: str, page: str) -> Callable[[httpx.Request], httpx.Response]:
    """A fake news site: its feed at /feed.xml, one article page at /a1, 404 elsewhere; URLs asked go to `seen`."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.path == "/feed.xml":
            return httpx.Response(200, headers={"content-type": "application/rss+xml"}, content=rss.encode())
        if request.url.path == "/a1":
            return httpx.Response(200, headers={"content-type": "text/html"}, content=page.encode())
        return httpx.Response(404)

    return handler


def test_feed_entries_are_fetched_through_the_transport():
    seen: list[str] = []
    handler = news_site(seen, RSS, HTML)

    with Fetcher(transport=httpx.MockTransport(handler), resolver=public) as f:
        good, bad = records(list(collect(["https://news.example.org/feed.xml"], f)))
    assert len(good) == 1 and len(bad) == 1 and "HTTP 404" in str(bad[0])
    assert good[0]["url"] == "https://news.example.org/a1" and good[0]["source"] == "Test Wire"
    assert set(seen) == {"https://news.example.org/feed.xml", "https://news.example.org/a1", "https://news.example.org/a2"}


def test_feed_file_with_inline_content(tmp_path):
    body = "<p>" + AR + " " + AR + " " + AR + "</p>"
    feed = RSS.replace("<title>one</title>", f"<title>one</title><description><![CDATA[{body}]]></description>")
    path = tmp_path / "wire.rss"
    path.write_text(feed, encoding="utf-8")

    def offline(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("offline", request=request)

    with Fetcher(transport=httpx.MockTransport(offline), resolver=public) as f:
        good, bad = records(list(collect([str(path)], f)))
    assert len(good) == 1 and AR in good[0]["text"] and len(bad) == 1


def test_cli_ingest_twice_adds_nothing(tmp_path):
    (tmp_path / "a.txt").write_text(AR, encoding="utf-8")
    (tmp_path / "b.html").write_text(HTML, encoding="utf-8")
    db = str(tmp_path / "x.db")
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", str(tmp_path), "--db", db])
    again = runner.invoke(main, ["ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.html"), "--db", db])
    assert first.exit_code == 0, first.output
    assert "added 2" in first.output and "added 0, already stored 2" in again.output


def test_cli_ingest_refuses_file_urls(tmp_path):
    res = CliRunner().invoke(main, ["ingest", "file:///etc/passwd", "--db", str(tmp_path / "x.db")])
    assert res.exit_code == 2 and "only http and https" in res.output and "Traceback" not in res.output


def test_fetch_config_defaults_are_polite():
    cfg = FetchConfig()
    assert cfg.timeout <= 30 and cfg.max_bytes <= 10_000_000 and cfg.per_host <= 2 and not cfg.allow_private
