"""Bring a store created by an older Saylau up to the current schema, when it is opened.

``metadata.create_all`` creates missing tables but never changes an existing one, so a
column added to a table later is added here: ``ALTER TABLE ... ADD COLUMN`` with the
column's server default, which every existing row takes. Each step is idempotent (a store
that has the column is left alone) and safe when several processes open the same old store
at once: PostgreSQL adds the column with ``IF NOT EXISTS`` under the table's lock, and on
SQLite, which has no such clause, the process that loses the race gets "duplicate column"
and checks that the column is there.
"""
from __future__ import annotations

from sqlalchemy import Column, Connection, Engine, Table, inspect, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.schema import CreateColumn

from saylau.store.schema import events

# (table, column) added after the table's first release, oldest first.
ADDED_COLUMNS: tuple[tuple[Table, Column], ...] = ((events, events.c.confidence),)


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
    return added


def _has_column(engine: Engine, table: Table, column: Column) -> bool:
    with engine.connect() as conn:
        return column.name in {c["name"] for c in inspect(conn).get_columns(table.name)}


def _add_column(conn: Connection, table: Table, column: Column) -> None:
    dialect = conn.dialect
    definition = CreateColumn(column).compile(dialect=dialect)
    guard = "IF NOT EXISTS " if dialect.name == "postgresql" else ""
    table_name = dialect.identifier_preparer.format_table(table)
    conn.execute(text(f"ALTER TABLE {table_name} ADD COLUMN {guard}{definition}"))
