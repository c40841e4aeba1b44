"""Polling a list of feeds: conditional requests, and backoff for feeds that fail.

A feed is polled every `interval` seconds. Its ETag and Last-Modified are remembered after
each good answer and sent with the next request, so an unchanged feed costs the server a
304 and us nothing. A feed that fails (cannot be fetched, or is not a well-formed feed) is
retried later and later: after n failures in a row it waits interval × 2ⁿ, at most
MAX_BACKOFF (or the interval, if that is longer); one good poll resets it. The validators
of a broken answer are not kept, so a truncated download cannot hide the whole feed
behind a 304.

Nothing here knows about the store: `poll_feed` returns documents and errors, and the
caller ingests them (documents already stored are skipped by content hash, so polling the
same entries again adds nothing).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from saylau.errors import InputError
from saylau.ingest.feeds import parse_feed, read_feed
from saylau.ingest.fetch import fetch_url, is_url
from saylau.model import Document

MAX_BACKOFF = 4 * 3600.0  # seconds
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d)?\s*$", re.IGNORECASE)
_UNIT_SECONDS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400}


@dataclass
class FeedState:
    location: str  # URL or file path
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0  # failed polls in a row
    next_due: float = 0.0  # on the caller's clock (time.monotonic)


def poll_feed(state: FeedState, *, allow_private: bool = False) -> list[Document | InputError]:
    """Fetch the feed once (conditionally) and parse it; updates `state` but not its schedule.

    Returns [] when the server answers 304 Not Modified.
    """
    if not is_url(state.location):
        items = list(read_feed(state.location))
        _record(state, items, None, None)
        return items
    try:
        fetched = fetch_url(
            state.location, allow_private=allow_private, etag=state.etag, last_modified=state.last_modified
        )
    except InputError as error:
        state.failures += 1
        return [error]
    if fetched.not_modified:
        state.failures = 0
        return []
    content_type = fetched.content_type and fetched.content_type + (f"; charset={fetched.charset}" if fetched.charset else "")
    items = list(parse_feed(fetched.body, state.location, base_url=fetched.url, content_type=content_type))
    _record(state, items, fetched.etag, fetched.last_modified)
    return items


def schedule(state: FeedState, now: float, interval: float) -> None:
    """Set the next poll: `interval` after a good poll, longer after each failure in a row."""
    if state.failures == 0:
        state.next_due = now + interval
    else:
        state.next_due = now + min(interval * 2**state.failures, max(MAX_BACKOFF, interval))


def parse_duration(text: str) -> float:
    """Seconds in "90s", "15m", "2h", "1d" (a bare number is seconds); ValueError otherwise."""
    match = _DURATION.match(text)
    if not match:
        raise ValueError(f"{text!r} is not a duration; write e.g. 90s, 15m, 2h or 1d")
    return float(match.group(1)) * _UNIT_SECONDS[(match.group(2) or "s").lower()]


def read_feed_list(path: Path) -> list[str]:
    """Feed URLs or files, one a line; blank lines and lines starting with # are skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), getattr(exc, "strerror", None) or str(exc)) from None
    feeds = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if not feeds:
        raise InputError(str(path), "no feeds listed (one URL or file per line)")
    return feeds


def _record(state: FeedState, items: list[Document | InputError], etag: str | None, last_modified: str | None) -> None:
    broken = bool(items) and all(isinstance(item, InputError) for item in items)
    if broken:
        state.failures += 1
        return
    state.failures = 0
    state.etag, state.last_modified = etag, last_modified
