"""From a database URL (or none) to a working SQLAlchemy engine with the schema in place
(tables created, and those of an older store given the columns added since: migrate.py).

Every failure a user can cause here — a malformed URL, a driver we do not support, a server
that does not answer, a directory that does not exist — becomes a one-line ``StoreError``
that names the URL (password masked) and says what to do.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from saylau.errors import StoreError
from saylau.store.migrate import upgrade_schema
from saylau.store.schema import metadata

ENV_VAR = "SAYLAU_DB"
_HINT = "give sqlite:///path/to/file.db or postgresql://user:password@host:5432/dbname"


def default_database_path() -> Path:
    """Where the database lives when no URL is given: the user's data directory."""
    return Path(platformdirs.user_data_dir("saylau")) / "saylau.db"


def resolve_url(url: str | None) -> str:
    """The URL to open: the argument, else $SAYLAU_DB (a URL or a file path), else the default.

    A bare path (argument or variable) means an SQLite file, and its directory is created;
    ``postgresql://`` and ``postgres://`` are pointed at the psycopg 3 driver.
    """
    chosen = url or os.environ.get(ENV_VAR) or None
    if chosen is None:
        return _sqlite_file_url(default_database_path())
    if "://" not in chosen:
        return _sqlite_file_url(Path(chosen).expanduser())
    for prefix in ("postgresql://", "postgres://"):
        if chosen.startswith(prefix):
            return "postgresql+psycopg://" + chosen[len(prefix):]
    return chosen


def _sqlite_file_url(path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def mask_password(url: str) -> str:
    """The URL with any password replaced by ***, even when it does not parse."""
    return re.sub(r"(://[^:/@]*:)[^/?#]*@", r"\1***@", url)


def create_store_engine(url: str) -> Engine:
    """An engine for ``url`` (already resolved) whose tables are current; raises StoreError."""
    try:
        parsed = make_url(url)
        engine = create_engine(parsed, **_engine_options(parsed))
    except (ArgumentError, NoSuchModuleError, ValueError) as exc:
        raise _store_error(url, "unsupported or malformed URL", exc) from exc
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _configure_sqlite)
    try:
        metadata.create_all(engine)
        upgrade_schema(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise _store_error(url, "cannot connect or create the tables", exc) from exc
    return engine


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
    cursor.execute("PRAGMA busy_timeout = 10000")
    if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "memory":
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()
    # SQLite's built-in lower() only folds ASCII; Russian and Kazakh text needs full Unicode.
    dbapi_connection.create_function("lower", 1, _unicode_lower, deterministic=True)


def _unicode_lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def _store_error(url: str, what: str, exc: Exception) -> StoreError:
    lines = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    reason = lines[0].strip() if lines else type(exc).__name__
    return StoreError(
        f"{mask_password(url)}: {what} ({reason}); {_HINT}, and check that it is reachable"
    )
