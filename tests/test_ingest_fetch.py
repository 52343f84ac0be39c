"""Fetching: only http(s), no private or loopback hosts unless allowed, size cap, timeouts, redirects."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from marsad.errors import InputError
from marsad.ingest.fetch import FetchConfig, Fetcher


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, headers={"content-type": "text/plain"}, content="نص".encode())


def fetcher(handler=ok, **cfg) -> Fetcher:
    resolver = {"news.example.org": ["93.184.216.34"], "intranet.example.org": ["10.1.2.3"],
                "v6.example.org": ["::1"]}  # fmt: skip
    return Fetcher(FetchConfig(**cfg), transport=httpx.MockTransport(handler), resolver=lambda h: resolver[h])


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "ftp://news.example.org/x", "gopher://x", "/local/path", "http://127.0.0.1/",
     "http://localhost:8080/", "http://10.0.0.5/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data",
     "http://[::1]/", "http://intranet.example.org/", "http://v6.example.org/", "http://0.0.0.0/"],
)  # fmt: skip
def test_refused(url):
    with fetcher() as f, pytest.raises(InputError):
        f.get(url)


def test_allow_private():
    with fetcher(allow_private=True) as f:
        assert f.get("http://127.0.0.1/x").content == "نص".encode()


def test_public_fetch_and_redirect_rechecked():
    def handler(request):
        if request.url.path == "/moved":
            return httpx.Response(302, headers={"location": "/final"})
        if request.url.path == "/evil":
            return httpx.Response(302, headers={"location": "http://127.0.0.1/admin"})
        return ok(request)

    with fetcher(handler) as f:
        got = f.get("https://news.example.org/moved")
        assert got.final_url == "https://news.example.org/final" and got.status == 200
        with pytest.raises(InputError, match=r"loopback|private"):
            f.get("https://news.example.org/evil")


def test_size_cap():
    def big(request):
        return httpx.Response(200, content=b"x" * 5000)

    with fetcher(big, max_bytes=1000) as f, pytest.raises(InputError, match="limit"):
        f.get("https://news.example.org/big")


def test_timeout_is_a_clear_error():
    def slow(request):
        raise httpx.ReadTimeout("slow", request=request)

    with fetcher(slow, timeout=0.5) as f, pytest.raises(InputError, match="timed out"):
        f.get("https://news.example.org/slow")


def test_concurrency_is_bounded_per_host():
    active, peak = 0, 0
    lock = threading.Lock()

    def handler(request):
        nonlocal active, peak
        with lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.02)
        with lock:
            active -= 1
        return ok(request)

    with fetcher(handler, concurrency=6, per_host=2) as f:
        out = list(f.get_many([f"https://news.example.org/{i}" for i in range(8)]))
    assert len(out) == 8 and all(not isinstance(o, InputError) for o in out)
    assert peak <= 2
