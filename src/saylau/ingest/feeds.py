"""Documents from news feeds: RSS 0.9x, 1.0 and 2.0 and Atom, read with feedparser.

Each entry becomes one Document:

- id and url: the entry's link (the article's address), else its guid/id, else
  "<feed>#<n>" — the link is what an observer can open and what other sources cite;
- text: the entry's full content if the feed carries it, else its summary, as plain text
  with one paragraph per line; an entry with neither is known by its title alone;
- published: the calendar date the feed wrote (the time zone is not converted, like the
  JSONL reader: 23:30 on the 15th in Almaty is the 15th), from `published`, else `updated`;
- lang: detected from the text (feeds often declare a template default), else the feed's.

feedparser is only ever handed a stream of bytes: given a string (or even bytes) it would
first try it as a URL or a file name and open that itself. Fetching is ours (`fetch.py`), with its limits.

A feed must be a feed: an HTML page (the site's front page where the feed should be), an
empty answer or XML that is not well formed (a download cut short) is one InputError and no
documents. A half-read feed may hold a half-read entry, and the next poll brings it whole.
"""
from __future__ import annotations

import email.utils
import io
import xml.sax
from datetime import date, datetime, timezone
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from typing import Any, Iterator

import feedparser

from saylau.errors import FormatError, InputError
from saylau.ingest.fetch import fetch_url, is_url
from saylau.ingest.headline import without_headline
from saylau.ingest.html import html_to_text
from saylau.ingest.limits import MAX_FILE_BYTES, read_capped
from saylau.ingest.language import detect_language
from saylau.model import LANGUAGES, Document

FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml", ".rdf"})
_PROLOG_BYTES = 65536  # where a document type declaration, with its entities, has to be

Result = Document | InputError


def read_feed(location: str, *, allow_private: bool = False, max_bytes: int | None = None) -> Iterator[Result]:
    """Entries of the feed at `location`: an http(s) URL or a file path.

    `max_bytes` defaults to the fetcher's cap for a URL and to MAX_FILE_BYTES for a file."""
    if is_url(location):
        try:
            fetched = fetch_url(location, allow_private=allow_private, **_limit(max_bytes))
        except InputError as error:
            yield error
            return
        yield from parse_feed(fetched.body, location, base_url=fetched.url, content_type=_content_type(fetched))
        return
    path = Path(location)
    if path.is_dir():
        yield InputError(location, "is a folder; --feed takes a feed URL or a feed file")
        return
    data = read_capped(path, location, MAX_FILE_BYTES if max_bytes is None else max_bytes)
    if isinstance(data, InputError):  # the cap of every other file: refused before reading
        yield data
        return
    yield from parse_feed(data, location)


def parse_feed(
    data: bytes, source: str, base_url: str | None = None, content_type: str | None = None
) -> Iterator[Result]:
    """Documents for the entries of one feed's bytes, or one InputError for a broken feed."""
    if not data.strip():
        yield InputError(source, "empty file" if not is_url(source) else "empty response")
        return
    headers = {"content-location": base_url or (source if is_url(source) else "")}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers, sanitize_html=False)
    version = parsed.get("version") or ""
    entries = parsed.get("entries") or []
    if not version and not entries:
        yield FormatError(source, "not an RSS or Atom feed" + _what_it_is(data))
        return
    problem = parsed.get("bozo_exception")
    if parsed.get("bozo") and isinstance(problem, xml.sax.SAXException):
        if b"<!ENTITY" in data[:_PROLOG_BYTES]:  # the parser refused them; say why it matters
            yield FormatError(source, "the feed declares XML entities (an entity bomb or external entity?); refused")
        else:
            yield FormatError(source, f"malformed feed XML: {_sax_reason(problem)}")
        return
    channel = parsed.get("feed", {})
    feed_lang = _language_code(channel.get("language"))
    home = channel.get("link") or base_url
    for number, entry in enumerate(entries, start=1):
        yield entry_document(entry, source, number, feed_lang, home)


def entry_document(
    entry: Any, source: str, number: int, feed_lang: str | None = None, home: str | None = None
) -> Result:
    """One feed entry as a Document (see the module docstring), or a FormatError.

    A relative link (a saved feed has no address to resolve it against) is taken relative
    to the feed's own site link `home`.
    """
    where = f"{source}#{number}"
    title = html_to_text(entry.get("title") or "").replace("\n", " ") or None
    body = ""
    for content in entry.get("content") or []:
        body = html_to_text(content.get("value") or "")
        if body:
            break
    if not body:
        body = html_to_text(entry.get("summary") or entry.get("description") or "")
    text = without_headline(body, title) if body else title
    if not text:
        return FormatError(where, "entry has no title, summary or content")
    link = (entry.get("link") or "").strip() or None
    if link and home and not urlsplit(link).scheme:
        link = urljoin(home, link)
    guid = (entry.get("id") or "").strip() or None
    return Document(
        id=link or guid or where,
        text=text,
        title=title,
        url=link,
        published=_entry_date(entry),
        lang=detect_language(text) or feed_lang,
        source=source,
    )


def _entry_date(entry: Any) -> date | None:
    for name in ("published", "updated", "created"):
        raw = entry.get(name)
        if raw:
            parsed = _parse_date(str(raw).strip())
            if parsed is not None:
                return parsed
        struct = entry.get(f"{name}_parsed")
        if struct:
            return datetime(*struct[:6], tzinfo=timezone.utc).date()
    return None


def _parse_date(raw: str) -> date | None:
    """The local calendar date of an RFC 822 (RSS) or ISO 8601 (Atom) timestamp."""
    try:
        return email.utils.parsedate_to_datetime(raw).date()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(raw).date()
    except ValueError:
        return None


def _language_code(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    code = value.strip().lower().replace("_", "-").split("-")[0]
    code = {"kz": "kk"}.get(code, code)
    return code if code in LANGUAGES else None


def _what_it_is(data: bytes) -> str:
    start = data[:2048].lstrip().lower()
    if start.startswith((b"<!doctype html", b"<html")) or b"<html" in start:
        return " (it is an HTML page; look for the site's RSS link)"
    if start.startswith(b"{") or start.startswith(b"["):
        return " (it looks like JSON)"
    return ""


def _sax_reason(problem: xml.sax.SAXException) -> str:
    if isinstance(problem, xml.sax.SAXParseException):
        message = problem.getMessage()
        if message == "no element found":
            message = "it ends before the document is complete (truncated?)"
        return f"{message} at line {problem.getLineNumber()}, column {problem.getColumnNumber()}"
    return str(problem)


def _content_type(fetched: Any) -> str | None:
    if not fetched.content_type:
        return None
    return fetched.content_type + (f"; charset={fetched.charset}" if fetched.charset else "")


def _limit(max_bytes: int | None) -> dict[str, int]:
    return {} if max_bytes is None else {"max_bytes": max_bytes}
