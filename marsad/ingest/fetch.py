"""Fetching URLs politely and safely: httpx with an injectable transport.

Only http(s) is fetched; hosts that resolve to private, loopback, link-local or otherwise
reserved addresses are refused unless `allow_private` (a feed must not be able to make marsad
read the local network).  Each hop of a redirect is checked again.  Bodies are streamed and cut
off at `max_bytes`; at most `concurrency` requests run at once and `per_host` per host.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import logging
import socket
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from marsad.errors import InputError

log = logging.getLogger(__name__)

Resolver = Callable[[str], list[str]]


def system_resolver(host: str) -> list[str]:
    """Every address the system resolver gives for `host`."""
    try:
        return sorted({str(info[4][0]) for info in socket.getaddrinfo(host, None)})
    except (socket.gaierror, UnicodeError) as err:
        raise InputError(f"{host}: cannot resolve the host ({err})") from None


@dataclass(frozen=True)
class FetchConfig:
    timeout: float = 15.0
    max_bytes: int = 5_000_000
    allow_private: bool = False
    max_redirects: int = 5
    concurrency: int = 4
    per_host: int = 2
    user_agent: str = "marsad/0.1 (conflict-event research; +https://example.invalid/marsad)"


@dataclass(frozen=True)
class Fetched:
    url: str
    final_url: str
    status: int
    content_type: str
    content: bytes
    retrieved: str


def _blocked(addr: str) -> bool:
    ip = ipaddress.ip_address(addr.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return bool(
        ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast or ip.is_unspecified
    )


class Fetcher:
    """GET URLs with the safety rules above; `transport` and `resolver` are injectable for tests."""

    def __init__(
        self,
        config: FetchConfig | None = None,
        transport: httpx.BaseTransport | None = None,
        resolver: Resolver | None = None,
    ) -> None:
        self.config = config or FetchConfig()
        self.resolver = resolver or system_resolver
        self.client = httpx.Client(
            transport=transport,
            timeout=httpx.Timeout(self.config.timeout),
            follow_redirects=False,
            headers={"User-Agent": self.config.user_agent},
        )
        self._hosts: dict[str, threading.Semaphore] = defaultdict(lambda: threading.Semaphore(self.config.per_host))
        self._lock = threading.Lock()

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def check_url(self, url: str) -> str:
        """The URL's host when it may be fetched; InputError naming the rule otherwise."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise InputError(f"{url}: only http and https URLs are fetched, not {parts.scheme or 'a bare path'}")
        host = parts.hostname
        if not host:
            raise InputError(f"{url}: no host in the URL")
        if self.config.allow_private:
            return host
        if host.rstrip(".").lower() == "localhost" or host.lower().endswith(".localhost"):
            raise InputError(f"{url}: refusing a loopback host (use --allow-private to allow it)")
        try:
            addrs = [str(ipaddress.ip_address(host))]
        except ValueError:
            addrs = self.resolver(host)
        bad = [a for a in addrs if _blocked(a)]
        if bad:
            raise InputError(f"{url}: {host} resolves to a private or loopback address ({bad[0]}); use --allow-private")
        return host

    def _semaphore(self, host: str) -> threading.Semaphore:
        with self._lock:
            return self._hosts[host]

    def get(self, url: str) -> Fetched:
        """Fetch one URL, following checked redirects; InputError on any refusal or failure."""
        current = url
        for _ in range(self.config.max_redirects + 1):
            host = self.check_url(current)
            with self._semaphore(host):
                try:
                    with self.client.stream("GET", current) as resp:
                        if resp.is_redirect:
                            loc = resp.headers.get("location")
                            if not loc:
                                raise InputError(f"{current}: redirect without a Location")
                            current = urljoin(current, loc)
                            continue
                        if resp.status_code >= 400:
                            raise InputError(f"{current}: HTTP {resp.status_code}")
                        body = self._read_capped(resp, current)
                        return Fetched(
                            url, current, resp.status_code, resp.headers.get("content-type", ""), body,
                            dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
                        )  # fmt: skip
                except httpx.TimeoutException:
                    raise InputError(f"{current}: timed out after {self.config.timeout:g} s") from None
                except httpx.HTTPError as err:
                    raise InputError(f"{current}: {type(err).__name__}: {err}") from None
        raise InputError(f"{url}: more than {self.config.max_redirects} redirects")

    def _read_capped(self, resp: httpx.Response, url: str) -> bytes:
        cap = self.config.max_bytes
        declared = resp.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > cap:
            raise InputError(f"{url}: {int(declared)} bytes is over the {cap}-byte limit")
        chunks, size = [], 0
        for chunk in resp.iter_bytes():
            size += len(chunk)
            if size > cap:
                raise InputError(f"{url}: body is over the {cap}-byte limit")
            chunks.append(chunk)
        return b"".join(chunks)

    def get_many(self, urls: Iterable[str]) -> Iterator[Fetched | InputError]:
        """Fetch URLs concurrently (bounded overall and per host); results in input order."""

        def one(u: str) -> Fetched | InputError:
            try:
                return self.get(u)
            except InputError as err:
                return err

        with ThreadPoolExecutor(max_workers=self.config.concurrency) as pool:
            yield from pool.map(one, list(urls))
