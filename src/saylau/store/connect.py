"""From a database URL (or none) to a working SQLAlchemy engine with the schema in place
(tables created, and those of an older store given the columns added since: migrate.py).

Every failure a user can cause here — a malformed URL, a driver we do not support, a server
that does not answer, a directory that does not exist — becomes a one-line ``StoreError``
that names the URL (password masked) and says what to do.
"""
from __future__ import annotations

import os
import re
import sqlite3
import time
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from saylau.errors import NoStoreError, StoreError
from saylau.store.migrate import upgrade_schema
from saylau.store.schema import documents, metadata

ENV_VAR = "SAYLAU_DB"
_BUSY_TIMEOUT_MS = 10_000  # how long an SQLite writer waits for another to finish
_HINT = "give sqlite:///path/to/file.db or postgresql://user:password@host:5432/dbname"


def default_database_path() -> Path:
    """Where the database lives when no URL is given: the user's data directory."""
    return Path(platformdirs.user_data_dir("saylau")) / "saylau.db"


def resolve_url(url: str | None, create: bool = True) -> str:
    """The URL to open: the argument, else $SAYLAU_DB (a URL or a file path), else the default.

    A bare path (argument or variable) means an SQLite file, and its directory is created
    (unless ``create`` is false); ``postgresql://`` and ``postgres://`` are pointed at the
    psycopg 3 driver.
    """
    chosen = url or os.environ.get(ENV_VAR) or None
    if chosen is None:
        return _sqlite_file_url(default_database_path(), create)
    if "://" not in chosen:
        return _sqlite_file_url(Path(chosen).expanduser(), create)
    for prefix in ("postgresql://", "postgres://"):
        if chosen.startswith(prefix):
            return "postgresql+psycopg://" + chosen[len(prefix):]
    return chosen


def _sqlite_file_url(path: Path, create: bool) -> str:
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def mask_password(url: str) -> str:
    """The URL with any password replaced by ***, even when it does not parse."""
    return re.sub(r"(://[^:/@]*:)[^/?#]*@", r"\1***@", url)


def create_store_engine(url: str, create: bool = True) -> Engine:
    """An engine for ``url`` (already resolved) whose tables are current; raises StoreError.

    With ``create`` false, a store that does not exist raises NoStoreError, before anything
    (an SQLite file, a table) is created.
    """
    try:
        parsed = make_url(url)
        engine = create_engine(parsed, **_engine_options(parsed))
    except (ArgumentError, NoSuchModuleError, ValueError) as exc:
        raise _store_error(url, "unsupported or malformed URL", exc) from exc
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _configure_sqlite)
    try:
        if not create and not _holds_a_store(engine, parsed):
            engine.dispose()
            raise NoStoreError(mask_password(url))
        _create_tables(engine)
        upgrade_schema(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise _store_error(url, "cannot connect or create the tables", exc) from exc
    return engine


def _create_tables(engine: Engine) -> None:
    """The missing tables and indexes, safe when several processes open a new store at once.

    ``create_all`` checks which tables exist, then creates the others: two processes can both
    find none, and the second's CREATE TABLE fails. On SQLite the check and the creation run
    in one transaction that takes the write lock first (BEGIN IMMEDIATE), so the second
    process waits (busy_timeout) and then finds the tables made. PostgreSQL runs DDL in
    transactions; there the loser of a race is retried once, when the tables are there.
    """
    if engine.dialect.name != "sqlite":
        try:
            metadata.create_all(engine)
        except SQLAlchemyError:
            metadata.create_all(engine)  # the other process's tables are committed by now
        return
    with engine.connect() as conn:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            metadata.create_all(conn)
        except BaseException:
            conn.exec_driver_sql("ROLLBACK")
            raise
        conn.exec_driver_sql("COMMIT")


def _holds_a_store(engine: Engine, url: URL) -> bool:
    """Whether the database has our tables. An SQLite file that is not there is not opened:
    connecting would create it. (In memory, or a ``file:`` URI, the table check decides.)"""
    database = url.database or ""
    if url.get_backend_name() == "sqlite" and database not in ("", ":memory:") and not database.startswith("file:"):
        if not Path(database).exists():
            return False
    return inspect(engine).has_table(documents.name)


def _engine_options(url: URL) -> dict[str, object]:
    backend = url.get_backend_name()
    if backend == "postgresql":
        connect_args = {} if "connect_timeout" in url.query else {"connect_timeout": 10}
        return {"pool_pre_ping": True, "connect_args": connect_args}
    if backend == "sqlite":
        return {}
    raise ArgumentError(f"backend {backend!r} is not supported (only sqlite and postgresql)")


def _configure_sqlite(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    """Foreign keys on, WAL for concurrent readers, and a Unicode-aware lower()."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
    if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "memory":
        _switch_to_wal(cursor)
        cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()
    # SQLite's built-in lower() only folds ASCII; Russian and Kazakh text needs full Unicode.
    dbapi_connection.create_function("lower", 1, _unicode_lower, deterministic=True)


def _switch_to_wal(cursor) -> None:  # type: ignore[no-untyped-def]
    """PRAGMA journal_mode = WAL, waiting while another process holds the lock it needs.

    The switch needs the database to itself, and SQLite answers "database is locked" at once
    rather than calling the busy handler, so two processes opening a new store together
    failed; this waits as busy_timeout would. Once a store is in WAL mode it stays so, and
    the pragma is a no-op that needs no lock.
    """
    deadline = time.monotonic() + _BUSY_TIMEOUT_MS / 1000
    pause = 0.005
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.1)


def _unicode_lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def _store_error(url: str, what: str, exc: Exception) -> StoreError:
    lines = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    reason = lines[0].strip() if lines else type(exc).__name__
    return StoreError(
        f"{mask_password(url)}: {what} ({reason}); {_HINT}, and check that it is reachable"
    )
