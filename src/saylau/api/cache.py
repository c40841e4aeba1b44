"""A small in-process cache for the answers of read queries (statistics, counts, pages).

Aggregates over a million events take a second or more, and a dashboard asks for the same
few of them over and over. So each answer is kept, keyed by the query and its filters, with:

- a generation number, bumped by ``invalidate()`` whenever this process writes to the
  store (POST /documents): after our own writes no stale answer is served;
- a short time to live (``ttl`` seconds) that bounds how stale an answer can be when another
  process (``saylau ingest`` on the same database) writes;
- stale-while-revalidate: an expired answer is still served, at most ``ttl`` more seconds,
  while one background thread recomputes it, so no request waits on a recomputation that
  only refreshes data it already has;
- single flight: when an answer is missing, one request computes it and the others that ask
  for the same key meanwhile wait for that result instead of running the query again.

``ttl=0`` turns caching off (every call computes), which tests use to see writes at once.
"""
from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger("saylau.api")
MISSING = object()  # what peek() returns when it has no answer


@dataclass
class _Entry:
    value: Any
    computed_at: float


@dataclass
class _Flight:
    done: threading.Event = field(default_factory=threading.Event)
    value: Any = None
    error: BaseException | None = None


class QueryCache:
    """Answers by key; thread-safe (FastAPI runs sync routes on a thread pool)."""

    def __init__(self, ttl: float = 10.0, max_entries: int = 2048):
        self.ttl = ttl
        self.max_entries = max_entries
        self._entries: OrderedDict[Hashable, _Entry] = OrderedDict()
        self._flights: dict[Hashable, _Flight] = {}
        self._refreshing: set[Hashable] = set()
        self._lock = threading.Lock()
        self._generation = 0
        self.hits = 0
        self.misses = 0

    @property
    def generation(self) -> int:
        return self._generation

    def invalidate(self) -> None:
        """Forget every answer: the store has changed under us."""
        with self._lock:
            self._generation += 1
            self._entries.clear()

    def peek(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """The kept answer for ``key`` without ever computing in this call, else MISSING.

        An expired answer is returned (and refreshed in the background with ``compute``);
        lets an async route answer a hit without leaving the event loop.
        """
        if self.ttl <= 0:
            return MISSING
        with self._lock:
            return self._lookup(key, compute, time.monotonic())

    def _lookup(self, key: Hashable, compute: Callable[[], Any], now: float) -> Any:
        entry = self._entries.get(key)
        if entry is None or now - entry.computed_at >= self.ttl * 2:
            return MISSING
        self._entries.move_to_end(key)
        self.hits += 1
        if now - entry.computed_at >= self.ttl and key not in self._refreshing:
            self._refreshing.add(key)
            self._start_refresh(key, compute, self._generation)
        return entry.value

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """The cached answer for ``key``, computing it with ``compute()`` when needed."""
        if self.ttl <= 0:
            return compute()
        with self._lock:
            found = self._lookup(key, compute, time.monotonic())
            if found is not MISSING:
                return found
            self.misses += 1
            flight = self._flights.get(key)
            leader = flight is None
            if leader:
                flight = self._flights[key] = _Flight()
            generation = self._generation
        assert flight is not None
        if not leader:
            flight.done.wait()
            if flight.error is not None:
                raise flight.error
            return flight.value
        try:
            flight.value = compute()
            self._put(key, flight.value, generation)
            return flight.value
        except BaseException as exc:
            flight.error = exc
            raise
        finally:
            with self._lock:
                self._flights.pop(key, None)
            flight.done.set()

    def _put(self, key: Hashable, value: Any, generation: int) -> None:
        with self._lock:
            if generation != self._generation:
                return  # computed before a write; do not keep it
            self._entries[key] = _Entry(value, time.monotonic())
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def _start_refresh(self, key: Hashable, compute: Callable[[], Any], generation: int) -> None:
        def refresh() -> None:
            try:
                self._put(key, compute(), generation)
            except Exception:  # the stale answer stays; a later miss will raise it to a client
                log.exception("refreshing the cached answer %r failed", key)
            finally:
                with self._lock:
                    self._refreshing.discard(key)

        threading.Thread(target=refresh, name="saylau-cache-refresh", daemon=True).start()
