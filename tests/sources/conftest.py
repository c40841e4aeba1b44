"""Fixtures for the source tests: our feed and page fixtures, served from 127.0.0.1."""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


def rss_bytes() -> bytes:
    return (DATA / "rss_ru.xml").read_bytes()


class FeedServer:
    """A tiny site on 127.0.0.1 with feeds, pages and bad answers, counting requests."""

    ETAG = '"rss-v1"'
    LAST_MODIFIED = "Fri, 17 Mar 2023 09:00:00 GMT"

    def __init__(self) -> None:
        self.requests: list[str] = []
        handler = self._handler()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def routes(self) -> dict[str, tuple[int, dict[str, str], bytes]]:
        rss = rss_bytes()
        page_cp1251 = (DATA / "page_ru.html").read_text(encoding="utf-8").encode("cp1251")
        return {
            "/rss": (200, {"Content-Type": "application/rss+xml", "ETag": self.ETAG, "Last-Modified": self.LAST_MODIFIED}, rss),
            "/atom": (200, {"Content-Type": "application/atom+xml"}, (DATA / "atom_en.xml").read_bytes()),
            "/front": (200, {"Content-Type": "text/html; charset=utf-8"}, (DATA / "front_page.html").read_bytes()),
            "/truncated": (200, {"Content-Type": "application/rss+xml"}, rss[: len(rss) * 2 // 3]),
            "/empty": (200, {"Content-Type": "application/rss+xml"}, b""),
            "/page-cp1251": (200, {"Content-Type": "text/html"}, page_cp1251),
            "/big": (200, {"Content-Type": "application/rss+xml"}, b"<rss>" + b" " * (3 * 1024 * 1024) + b"</rss>"),
            "/redirect-private": (302, {"Location": "http://10.0.0.1/feed"}, b""),
            "/redirect-loopback": (302, {"Location": f"http://127.0.0.1:{self.port}/rss"}, b""),
            "/redirect-localhost": (301, {"Location": f"http://localhost:{self.port}/rss"}, b""),
            "/redirect-relative": (307, {"Location": "/atom"}, b""),
            "/redirect-ftp": (302, {"Location": "ftp://files.example.com/feed.xml"}, b""),
            "/missing": (404, {"Content-Type": "text/plain"}, b"not here"),
        }

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                server.requests.append(self.path)
                if self.path == "/slow":
                    time.sleep(2)
                if self.path.startswith("/drip"):  # a byte every 0.1 s, each wait under any timeout
                    self._drip(self.path == "/drip-headers")
                    return
                routes = server.routes()
                status, headers, body = routes.get(self.path, routes["/missing"])
                if self.path == "/rss" and (
                    self.headers.get("If-None-Match") == server.ETAG
                    or self.headers.get("If-Modified-Since") == server.LAST_MODIFIED
                ):
                    status, body = 304, b""
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _drip(self, headers_too: bool) -> None:
                answer = b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 100\r\n\r\n"
                body = b"<rss>" + b" " * 89 + b"</rss>"
                if not headers_too:
                    self.wfile.write(answer)
                    answer = b""
                try:
                    for byte in answer + body:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(0.1)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args: object) -> None:
                pass

        return Handler


@pytest.fixture
def feed_server():
    server = FeedServer()
    server.thread.start()
    yield server
    server.httpd.shutdown()
    server.httpd.server_close()


@pytest.fixture
def db(tmp_path):
    return f"sqlite:///{tmp_path / 'store.db'}"
