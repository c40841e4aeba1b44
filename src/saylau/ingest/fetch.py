"""Fetch one http(s) URL for the feed and page readers, without becoming a way into the network.

A feed names a server somewhere on the internet, and that server answers as it likes: it may
redirect us to http://10.0.0.1/admin or http://127.0.0.1:6379/. So:

- only http and https, a timeout on every socket operation and a deadline on the whole
  answer (status, headers and body, however slowly they drip in), and a size cap on the body;
- the URL the user gave is fetched wherever it points (they asked for it), but every
  redirect target must resolve to public addresses only. Loopback, private (10/8,
  172.16/12, 192.168/16, fc00::/7), link-local (169.254/16, fe80::/10), shared, multicast and
  reserved addresses are refused unless the caller passes ``allow_private=True``;
- the host is resolved and every address checked *before* any connection, and the socket
  is then opened to the checked address itself (the hostname still goes in the Host header
  and the TLS handshake), so a second DNS answer cannot swap the target in between;
- conditional requests: give the ETag and Last-Modified of the last answer, and a 304
  comes back as ``FetchResult.not_modified`` with an empty body.

Every failure a server or a URL can cause is an InputError naming the URL, one line long.
"""
from __future__ import annotations

import http.client
import ipaddress
import re
import socket
import ssl
import threading
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin, urlsplit

from saylau.errors import InputError, printable

DEFAULT_TIMEOUT = 20.0  # seconds, for connecting and for each read
MAX_RESPONSE_BYTES = 20 * 1024 * 1024  # a feed or article page is well under this
MAX_REDIRECTS = 5
BODY_DEADLINE_FACTOR = 3  # the whole answer (status, headers, body) must arrive within this many timeouts
_CHUNK = 64 * 1024
USER_AGENT = "saylau/0.1 (election observatory; feed reader)"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_URL_UNSAFE = re.compile(r"[\x00-\x20\x7f]")  # controls and spaces: never raw in a URL


@dataclass(frozen=True)
class FetchResult:
    url: str  # after redirects
    status: int  # 200 or 304
    body: bytes
    content_type: str | None = None  # "application/rss+xml", without parameters
    charset: str | None = None  # from the Content-Type header, if any
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def is_url(location: str) -> bool:
    """Whether `location` is meant as a URL (has a scheme) rather than a file path."""
    scheme = urlsplit(location).scheme
    return len(scheme) > 1 and "://" in location  # "C:\\feed.xml" has a one-letter "scheme"


def fetch_url(
    url: str,
    *,
    allow_private: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = MAX_RESPONSE_BYTES,
    etag: str | None = None,
    last_modified: str | None = None,
) -> FetchResult:
    """GET `url`, following up to MAX_REDIRECTS checked redirects; raises InputError."""
    headers = {"User-Agent": USER_AGENT, "Accept": "*/*", "Accept-Encoding": "identity"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    current = url
    for hop in range(MAX_REDIRECTS + 1):
        scheme, host, port, target = _split(current, url)
        addresses = resolve_checked(host, port, url, redirected=hop > 0, allow_private=allow_private)
        status, response_headers, body = _get(scheme, host, port, target, addresses, headers, timeout, max_bytes, url)
        if status in _REDIRECTS:
            location = response_headers.get("Location")
            if not location:
                raise InputError(url, f"HTTP {status} redirect without a Location header")
            current = urljoin(current, location.strip())
            continue
        if status == 304:
            return FetchResult(current, 304, b"", etag=etag, last_modified=last_modified)
        if status != 200:
            raise InputError(url, f"HTTP {status} {http.client.responses.get(status, '')}".rstrip())
        message = Message()
        message["Content-Type"] = response_headers.get("Content-Type", "")
        return FetchResult(
            url=current,
            status=200,
            body=body,
            content_type=message.get_content_type() if response_headers.get("Content-Type") else None,
            charset=message.get_content_charset(),
            etag=response_headers.get("ETag"),
            last_modified=response_headers.get("Last-Modified"),
        )
    raise InputError(url, f"more than {MAX_REDIRECTS} redirects")


def resolve_checked(
    host: str, port: int, source: str, *, redirected: bool, allow_private: bool
) -> list[str]:
    """The addresses of `host`, refusing non-public ones for a redirect unless allowed.

    Every address is checked, not just the first: a name that resolves to one public and
    one private address could otherwise be connected to the private one.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise InputError(source, f"cannot resolve host {host} ({_reason(exc)})") from None
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if redirected and not allow_private:
        for address in addresses:
            if not is_public_address(address):
                raise InputError(
                    source,
                    f"refused a redirect to {host} ({address} is not a public address); "
                    "pass --allow-private to follow redirects into private networks",
                )
    return addresses


def is_public_address(address: str) -> bool:
    """Whether `address` is a globally routable unicast address (IPv4-mapped ones unwrapped)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _split(current: str, source: str) -> tuple[str, str, int, str]:
    unsafe = _URL_UNSAFE.search(current)
    if unsafe is not None:  # urlsplit would drop CR and LF silently and fetch another URL
        where = "a redirect's URL" if current != source else "the URL"
        what = "a space" if unsafe.group() == " " else f"a control character ({printable(unsafe.group())})"
        raise InputError(source, f"{where} holds {what} at character {unsafe.start()}; percent-encode it")
    parts = urlsplit(current)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        what = f"a redirect to {scheme or 'a relative'} URL" if current != source else f"{scheme or 'no'} scheme"
        raise InputError(source, f"only http and https URLs can be fetched (got {what})")
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError:
        raise InputError(source, f"invalid port in {current}") from None
    if not parts.hostname:
        raise InputError(source, f"no host in {current}")
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    return scheme, parts.hostname, port, target


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to an address checked beforehand, whatever the name resolves to later."""

    def __init__(self, host: str, port: int, address: str, timeout: float):
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float):
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def _get(
    scheme: str,
    host: str,
    port: int,
    target: str,
    addresses: list[str],
    headers: dict[str, str],
    timeout: float,
    max_bytes: int,
    source: str,
) -> tuple[int, http.client.HTTPMessage, bytes]:
    connection_class = _PinnedHTTPSConnection if scheme == "https" else _PinnedHTTPConnection
    last_error: Exception | None = None
    allowed = BODY_DEADLINE_FACTOR * timeout
    for address in addresses:
        connection = connection_class(host, port, address, timeout)
        watchdog = _Watchdog(connection, allowed)
        try:
            connection.request("GET", target, headers=headers)
            response = connection.getresponse()
            if response.status in _REDIRECTS or response.status == 304:
                return response.status, response.headers, b""
            length = response.getheader("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise InputError(source, _too_large(int(length), max_bytes))
            body = _read_body(response, max_bytes, source)
            if watchdog.fired:  # the cut looks like the end of the body: it is not
                raise InputError(source, _too_slow(allowed))
            return response.status, response.headers, body
        except (OSError, http.client.HTTPException) as exc:
            if watchdog.fired:
                raise InputError(source, _too_slow(allowed)) from None
            last_error = exc
        finally:
            watchdog.cancel()
            connection.close()
    if isinstance(last_error, (socket.timeout, TimeoutError)):
        raise InputError(source, f"timed out after {timeout:g} s")
    raise InputError(source, f"cannot fetch ({_reason(last_error)})")


class _Watchdog:
    """Cuts the connection once `seconds` have passed since it was made.

    The socket's timeout bounds each wait for a byte, not the answer: a server dripping a
    byte every half second would hold a read for as long as it likes (issue 13 measured
    132 s against a 60 s deadline). Shutting the socket down from a timer ends any read in
    progress, in the status line, the headers or the body; `fired` tells the reader why.
    """

    def __init__(self, connection: http.client.HTTPConnection, seconds: float):
        self.fired = False
        self._connection = connection
        self._timer = threading.Timer(seconds, self._cut)
        self._timer.daemon = True
        self._timer.start()

    def _cut(self) -> None:
        self.fired = True
        sock = self._connection.sock
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def cancel(self) -> None:
        self._timer.cancel()


def _read_body(response: http.client.HTTPResponse, max_bytes: int, source: str) -> bytes:
    """The body, in chunks of what has arrived, at most `max_bytes` (the watchdog of `_get`
    bounds its time)."""
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read1(_CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise InputError(source, _too_large(size, max_bytes))
        chunks.append(chunk)
    return b"".join(chunks)


def _too_slow(allowed: float) -> str:
    return f"too slow: the answer took over {allowed:g} s"


def _too_large(size: int, limit: int) -> str:
    """"response too large (3.0 MB > 1.0 MB limit)"; bytes when megabytes would read "1.0 MB > 1.0 MB"."""
    shown, cap = f"{size / 1048576:.1f} MB", f"{limit / 1048576:.1f} MB"
    if shown == cap:
        shown, cap = f"{size:,} bytes", f"{limit:,} bytes"
    return f"response too large ({shown} > {cap} limit)"


def _reason(exc: Exception | None) -> str:
    if exc is None:
        return "no address"
    if isinstance(exc, ssl.SSLError):
        return f"TLS error: {exc.reason or exc}"
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return reason if reason[1:2].isupper() else reason[:1].lower() + reason[1:]  # "URL ...", not "uRL ..."
