"""Bulk loading on PostgreSQL: a batch of documents and events through COPY.

Row-by-row INSERTs cost a round trip and a parse per row; COPY streams the batch in one
statement. COPY cannot skip rows that exist, so documents go first into a temporary table
and from there into `documents` with ON CONFLICT DO NOTHING, which tells which are new; only
the events of those are copied, straight into `events`, and their labels join back to the
new event ids through the unique (content hash, paragraph, ordinal) key. The caller holds
the transaction: a batch is stored whole or not at all. SQLite has no COPY; there the
Store's batched inserts (add_documents) serve.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from saylau.model import Document, Event
from saylau.store.rows import document_event_rows, document_row
from saylau.store.schema import LABEL_TABLES

_DOCUMENT_COLUMNS = (
    "content_hash", "doc_id", "title", "url", "published", "lang", "source", "text", "ingested_at", "extractor_version",
)
_EVENT_COLUMNS = (
    "content_hash", "doc_id", "paragraph", "ordinal", "event_type", "election", "published", "lang",
    "extractor_version", "confidence", "payload", "text",
)


def copy_documents(
    conn: Connection, pairs: Sequence[tuple[Document, Sequence[Event]]], extractor_version: str, now: datetime
) -> set[str]:
    """COPY the pairs (one per content hash) into the store; the content hashes that were new."""
    cursor = conn.connection.driver_connection.cursor()  # psycopg 3, inside the caller's transaction
    try:
        documents = ", ".join(_DOCUMENT_COLUMNS)
        cursor.execute("CREATE TEMPORARY TABLE saylau_load_documents (LIKE documents) ON COMMIT DROP")
        _copy(cursor, "saylau_load_documents", _DOCUMENT_COLUMNS,
              (document_row(doc, extractor_version, now) for doc, _ in pairs))
        cursor.execute(
            f"INSERT INTO documents ({documents}) SELECT {documents} FROM saylau_load_documents "
            "ON CONFLICT (content_hash) DO NOTHING RETURNING content_hash"
        )
        inserted = {row[0] for row in cursor.fetchall()}
        rows: list[tuple[dict[str, Any], Event]] = []
        for doc, events in pairs:
            if doc.content_hash in inserted:
                rows.extend(zip(document_event_rows(doc, events, extractor_version), events))
        _copy(cursor, "events", _EVENT_COLUMNS, (row for row, _ in rows))
        _copy_labels(cursor, rows)
    finally:
        cursor.close()
    return inserted


def _copy(cursor: Any, table: str, columns: Sequence[str], rows) -> None:
    with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([row[column] for column in columns])


def _copy_labels(cursor: Any, rows: Sequence[tuple[dict[str, Any], Event]]) -> None:
    """The parties, regions and topics of the new events, joined to their ids by position."""
    cursor.execute(
        "CREATE TEMPORARY TABLE saylau_load_labels (content_hash text, paragraph integer, ordinal integer, "
        "field text, value text) ON COMMIT DROP"
    )
    with cursor.copy("COPY saylau_load_labels FROM STDIN") as copy:
        for row, event in rows:
            for field in LABEL_TABLES:
                for value in dict.fromkeys(getattr(event, field)):
                    copy.write_row([row["content_hash"], row["paragraph"], row["ordinal"], field, value])
    for field, (table, column) in LABEL_TABLES.items():
        cursor.execute(
            f"INSERT INTO {table.name} (event_id, {column.name}) "
            "SELECT e.id, l.value FROM saylau_load_labels l JOIN events e "
            "ON e.content_hash = l.content_hash AND e.paragraph = l.paragraph AND e.ordinal = l.ordinal "
            "WHERE l.field = %s",
            (field,),
        )
