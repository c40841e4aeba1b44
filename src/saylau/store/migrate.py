"""Bring a store created by an older Saylau up to the current schema, when it is opened.

``metadata.create_all`` creates missing tables but never changes an existing one, so a
column added to a table later is added here: ``ALTER TABLE ... ADD COLUMN`` with the
column's server default, which every existing row takes. Each step is idempotent (a store
that has the column is left alone) and safe when several processes open the same old store
at once: PostgreSQL adds the column with ``IF NOT EXISTS`` under the table's lock, and on
SQLite, which has no such clause, the process that loses the race gets "duplicate column"
and checks that the column is there.

A column whose value older rows cannot take from a default is filled after it is added:
``events.text``, the paragraph of each event, is cut from the stored document's text as the
extractor cut it (``Document.paragraphs``).
"""
from __future__ import annotations

from sqlalchemy import Column, Connection, Engine, Table, and_, bindparam, inspect, select, text, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.schema import CreateColumn

from saylau.model import split_paragraphs
from saylau.store.schema import documents, events

# (table, column) added after the table's first release, oldest first.
ADDED_COLUMNS: tuple[tuple[Table, Column], ...] = ((events, events.c.confidence), (events, events.c.text))

_FILL_PAGE = 500  # documents per transaction while filling events.text


def upgrade_schema(engine: Engine) -> list[str]:
    """Add every column of ADDED_COLUMNS the store lacks; returns ``table.column`` of each added."""
    added = []
    for table, column in ADDED_COLUMNS:
        if _has_column(engine, table, column):
            continue
        try:
            with engine.begin() as conn:
                _add_column(conn, table, column)
        except OperationalError:
            if not _has_column(engine, table, column):
                raise
            continue  # another process added it between our check and our ALTER
        added.append(f"{table.name}.{column.name}")
    if "events.text" in added:
        fill_paragraph_texts(engine)
    return added


def fill_paragraph_texts(engine: Engine) -> int:
    """Give every event without a paragraph text the text of its paragraph; returns how many.

    Documents are read a page at a time, so a large store is filled in bounded memory.
    """
    filled = 0
    last = ""
    pending = select(events.c.content_hash).where(events.c.text.is_(None)).distinct()
    statement = (
        update(events)
        .where(and_(events.c.content_hash == bindparam("key"), events.c.paragraph == bindparam("number")))
        .values(text=bindparam("paragraph_text"))
    )
    while True:
        query = (
            select(documents.c.content_hash, documents.c.text)
            .where(documents.c.content_hash > last, documents.c.content_hash.in_(pending))
            .order_by(documents.c.content_hash)
            .limit(_FILL_PAGE)
        )
        with engine.begin() as conn:
            page = conn.execute(query).all()
            rows = [
                {"key": key, "number": number, "paragraph_text": paragraph}
                for key, body in page
                for number, paragraph in split_paragraphs(body)
            ]
            if rows:
                filled += max(0, conn.execute(statement, rows).rowcount or 0)
        if len(page) < _FILL_PAGE:
            return filled
        last = page[-1].content_hash


def _has_column(engine: Engine, table: Table, column: Column) -> bool:
    with engine.connect() as conn:
        return column.name in {c["name"] for c in inspect(conn).get_columns(table.name)}


def _add_column(conn: Connection, table: Table, column: Column) -> None:
    dialect = conn.dialect
    definition = CreateColumn(column).compile(dialect=dialect)
    guard = "IF NOT EXISTS " if dialect.name == "postgresql" else ""
    table_name = dialect.identifier_preparer.format_table(table)
    conn.execute(text(f"ALTER TABLE {table_name} ADD COLUMN {guard}{definition}"))
