"""Fetching feeds and pages over HTTP from a local server, and the guard on redirects."""
from __future__ import annotations

import socket
import time

import pytest
from typer.testing import CliRunner

from saylau.cli import app
from saylau.errors import InputError
from saylau.ingest.feeds import read_feed
from saylau.ingest.fetch import fetch_url, is_public_address
from saylau.ingest.html import read_html_bytes
from saylau.model import Document
from saylau.store import open_store

runner = CliRunner()


@pytest.fixture
def connections(monkeypatch):
    """Every address a socket is opened to during the test."""
    opened: list[str] = []
    original = socket.create_connection

    def spy(address, *args, **kwargs):
        opened.append(address[0])
        return original(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", spy)
    return opened


def test_a_feed_is_fetched_with_its_validators(feed_server):
    result = fetch_url(feed_server.url("/rss"))
    assert result.status == 200
    assert result.content_type == "application/rss+xml"
    assert (result.etag, result.last_modified) == (feed_server.ETAG, feed_server.LAST_MODIFIED)
    again = fetch_url(feed_server.url("/rss"), etag=result.etag, last_modified=result.last_modified)
    assert again.not_modified and again.body == b""


@pytest.mark.parametrize("path", ["/redirect-private", "/redirect-loopback", "/redirect-localhost"])
def test_a_redirect_into_a_private_network_is_refused_before_connecting(feed_server, connections, path):
    with pytest.raises(InputError) as caught:
        fetch_url(feed_server.url(path))
    assert "refused a redirect" in str(caught.value)
    assert "--allow-private" in str(caught.value)
    assert connections == ["127.0.0.1"]  # the server we asked, and nothing else
    assert feed_server.requests == [path]


def test_redirect_to_10_0_0_1_names_the_address(feed_server, connections):
    with pytest.raises(InputError, match=r"refused a redirect to 10\.0\.0\.1 \(10\.0\.0\.1 is not a public address\)"):
        fetch_url(feed_server.url("/redirect-private"))
    assert "10.0.0.1" not in connections


def test_allow_private_follows_a_redirect_to_loopback(feed_server):
    result = fetch_url(feed_server.url("/redirect-loopback"), allow_private=True)
    assert result.status == 200 and result.url.endswith("/rss")
    relative = fetch_url(feed_server.url("/redirect-relative"), allow_private=True)
    assert relative.url == feed_server.url("/atom")


@pytest.mark.parametrize(
    ("path", "options", "reason"),
    [
        ("/redirect-ftp", {"allow_private": True}, "only http and https URLs can be fetched"),
        ("/big", {"max_bytes": 1024 * 1024}, "response too large (3.0 MB > 1.0 MB limit)"),
        ("/slow", {"timeout": 0.3}, "timed out after 0.3 s"),
        ("/missing", {}, "HTTP 404 Not Found"),
    ],
)
def test_fetch_failures_are_one_line_input_errors(feed_server, path, options, reason):
    with pytest.raises(InputError) as caught:
        fetch_url(feed_server.url(path), **options)
    assert reason in str(caught.value)
    assert str(caught.value).startswith(feed_server.url(path))
    assert "\n" not in str(caught.value)


def test_only_http_and_https_are_fetched():
    with pytest.raises(InputError, match="only http and https"):
        fetch_url("file:///etc/passwd")


@pytest.mark.parametrize(
    ("address", "public"),
    [("8.8.8.8", True), ("10.0.0.1", False), ("127.0.0.1", False), ("172.16.5.4", False),
     ("192.168.1.1", False), ("169.254.169.254", False), ("::1", False), ("fe80::1", False),
     ("::ffff:10.0.0.1", False), ("2a00:1450:4001:80b::200e", True), ("0.0.0.0", False)],
)
def test_public_addresses(address, public):
    assert is_public_address(address) is public


def test_feed_urls_become_documents_with_the_entry_dates(feed_server):
    docs = list(read_feed(feed_server.url("/atom")))
    assert all(isinstance(doc, Document) for doc in docs)
    assert [(d.url, d.published.isoformat(), d.lang) for d in docs] == [
        (feed_server.url("/campaign/201"), "2023-03-18", "en"),  # relative to where it was fetched
        ("https://steppe-wire.example.com/campaign/202", "2023-03-19", "en"),
    ]


def test_a_fetched_cp1251_page_without_charset_is_read(feed_server):
    result = fetch_url(feed_server.url("/page-cp1251"))
    doc = read_html_bytes(result.body, result.url, result.url, charset=result.charset, url=result.url)
    assert isinstance(doc, Document)
    assert "Кандидаты партии AMANAT встретились" in doc.text
    assert doc.url == "https://vesti-stepi.example.kz/news/301"


def test_ingest_feed_twice_stores_each_entry_once(feed_server, db):
    first = runner.invoke(app, ["ingest", "--feed", feed_server.url("/rss"), "--feed", feed_server.url("/atom"), "--db", db])
    assert first.exit_code == 0, first.output
    assert "5 new, 0 already stored, 0 failed" in first.stdout
    second = runner.invoke(app, ["ingest", "--feed", feed_server.url("/rss"), "--feed", feed_server.url("/atom"), "--db", db])
    assert second.exit_code == 0, second.output
    assert "0 new, 5 already stored, 0 failed" in second.stdout
    with open_store(db) as store:
        assert store.count_documents() == 5


def test_ingest_feed_reports_a_refused_redirect_and_goes_on(feed_server, db):
    result = runner.invoke(
        app, ["ingest", "--feed", feed_server.url("/redirect-private"), "--feed", feed_server.url("/atom"), "--db", db]
    )
    assert result.exit_code == 1
    assert f"{feed_server.url('/redirect-private')}: refused a redirect to 10.0.0.1" in result.stderr
    assert "2 new, 0 already stored, 1 failed" in result.stdout


def test_watch_polls_twice_without_duplicates(feed_server, db, tmp_path):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# campaign feeds\n{feed_server.url('/rss')}\n\n{feed_server.url('/atom')}\n", encoding="utf-8")
    result = runner.invoke(app, ["watch", str(feeds), "--every", "0s", "--rounds", "2", "--db", db])
    assert result.exit_code == 0, result.output
    lines = [line.split(" ", 1)[1] for line in result.stdout.splitlines()]
    assert lines == [
        f"{feed_server.url('/rss')}: 3 new, 0 already stored, 0 failed; 2 events",
        f"{feed_server.url('/atom')}: 2 new, 0 already stored, 0 failed; 3 events",  # the second paragraph goes on about the meeting
        f"{feed_server.url('/rss')}: 0 new, 0 already stored, 0 failed; 0 events",  # 304 Not Modified
        f"{feed_server.url('/atom')}: 0 new, 2 already stored, 0 failed; 0 events",  # no validators: all known
    ]
    with open_store(db) as store:
        assert store.count_documents() == 5


def test_watch_backs_off_a_failing_feed(feed_server, db, tmp_path):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(feed_server.url("/front") + "\n", encoding="utf-8")
    result = runner.invoke(app, ["watch", str(feeds), "--every", "0s", "--rounds", "2", "--db", db])
    assert result.exit_code == 1
    assert "not an RSS or Atom feed (it is an HTML page" in result.stderr
    assert "failed 2× in a row; backing off" in result.stdout


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://example.kz/rss\r\nX-Injected: 1", "the URL holds a control character (\\r) at character 21"),
        ("http://example.kz/a b.xml", "the URL holds a space at character 19"),
        ("http://example.kz/\x1b[31mrss", "the URL holds a control character (\\x1b) at character 18"),
    ],
)
def test_a_url_with_controls_or_spaces_is_refused_before_connecting(connections, url, reason):
    """urlsplit drops CR and LF silently, so the URL fetched would not be the one given."""
    with pytest.raises(InputError) as caught:
        fetch_url(url)
    assert reason in str(caught.value)
    assert not any(c in str(caught.value) for c in "\r\n\x1b")
    assert connections == []


@pytest.mark.parametrize("path", ["/drip", "/drip-headers"])
def test_a_server_dripping_bytes_is_cut_at_the_deadline(feed_server, path):
    """Issue 13: each byte came within the socket's timeout, so a drip held the read past the
    deadline (132 s against 60 s). Here: a byte per 0.1 s for ~10 s, timeout 0.3 s, deadline 0.9 s."""
    started = time.monotonic()
    with pytest.raises(InputError) as caught:
        fetch_url(feed_server.url(path), timeout=0.3)
    assert time.monotonic() - started < 3
    assert str(caught.value) == f"{feed_server.url(path)}: too slow: the answer took over 0.9 s"
