"""Saylau: campaign events from Kazakhstan's news, and seats from its votes.

The curated public API; each name is imported on first use, so that `import saylau` stays
cheap for a command that needs only one layer.

    read_inputs(paths)               documents (and input errors) from files, folders, JSONL
    extract_events(document)         campaign events of one document, with evidence spans
    open_store(url=None)             SQLite by default, PostgreSQL by URL
    load_rules(election_id)          the electoral law of one election (reference data)
    allocate_list_seats(rules, votes)  list seats by that law, exactly
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "read_inputs": "saylau.ingest",
    "extract_events": "saylau.extract",
    "open_store": "saylau.store",
    "load_rules": "saylau.elections",
    "allocate_list_seats": "saylau.elections",
    "Document": "saylau.model",
    "Event": "saylau.model",
    "SaylauError": "saylau.errors",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'saylau' has no attribute {name!r}")
    return getattr(import_module(_EXPORTS[name]), name)
