"""Persistence of documents and events, and the queries the CLI, API and dashboard ask.

    from saylau.store import open_store

    with open_store() as store:                      # SQLite in the user's data directory
        store.add_document(doc, events, extractor_version="1")
        store.query_events(party="AMANAT", since=date(2023, 3, 1))

This package is the only place in Saylau that speaks SQL.
"""
from __future__ import annotations

from saylau.store.connect import ENV_VAR, create_store_engine, default_database_path, resolve_url
from saylau.store.queries import EventFilters, Interval
from saylau.store.rows import StoredEvent
from saylau.store.sql_store import Store

__all__ = [
    "ENV_VAR",
    "EventFilters",
    "Interval",
    "Store",
    "StoredEvent",
    "default_database_path",
    "open_store",
]


def open_store(url: str | None = None, *, create: bool = True) -> Store:
    """Open (creating tables as needed) the store at ``url``.

    ``url`` may be ``sqlite:///path``, ``postgresql://...`` (run through psycopg 3) or
    ``postgresql+psycopg://...``. Without it, $SAYLAU_DB (a URL or a file path) is used, else
    ``saylau.db`` in the user's data directory. Raises StoreError, naming the URL with its
    password masked, when the URL is malformed or the database cannot be reached.

    With ``create=False`` (commands that only read) a store that does not exist yet (no SQLite
    file, or a database without our tables) raises NoStoreError instead, and nothing is created.
    """
    resolved = resolve_url(url, create=create)
    return Store(create_store_engine(resolved, create=create), resolved)
