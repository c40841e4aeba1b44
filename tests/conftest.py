"""Fixtures for every test.

- No test may write into the user's real data directory.
- `store_url` gives each test a fresh store: SQLite, and PostgreSQL too when
  $SAYLAU_TEST_PG is set. On PostgreSQL each test gets a schema of its own (dropped
  afterwards), selected through the connection's search_path, so tests never see each
  other's rows.
"""
from __future__ import annotations

import importlib.util
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

PG_URL = os.environ.get("SAYLAU_TEST_PG")
NO_PG = "PostgreSQL tests skipped: set SAYLAU_TEST_PG=postgresql+psycopg://user:pw@host/db to run them"


@pytest.fixture(autouse=True)
def _private_default_store(tmp_path, monkeypatch):
    """Commands run without --db use a store inside the test's own temporary folder."""
    monkeypatch.setenv("SAYLAU_DB", f"sqlite:///{tmp_path / 'default-store.db'}")


@pytest.fixture(
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(not PG_URL, reason=NO_PG))]
)
def store_url(store_urls) -> str:
    return store_urls()


@pytest.fixture
def store_urls(request: pytest.FixtureRequest, tmp_path) -> Iterator[Callable[[], str]]:
    """A maker of fresh, empty stores of the backend `store_url` is parametrised with: for
    tests that compare several stores (one SQLite file, or one PostgreSQL schema, each)."""
    callspec = getattr(request.node, "callspec", None)
    backend = callspec.params.get("store_url", "sqlite") if callspec else "sqlite"
    schemas: list[str] = []
    admin = sa.create_engine(PG_URL) if backend == "postgresql" else None

    def make() -> str:
        number = len(schemas)
        if admin is None:
            schemas.append(f"{number}")
            return f"sqlite:///{tmp_path / ('test.db' if number == 0 else f'test-{number}.db')}"
        schema = f"saylau_test_{uuid.uuid4().hex[:12]}"
        with admin.begin() as conn:
            conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
        schemas.append(schema)
        url = sa.engine.make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"})
        return url.render_as_string(hide_password=False)

    yield make
    if admin is not None:
        with admin.begin() as conn:
            for schema in schemas:
                conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def hostile_corpus(tmp_path) -> Path:
    """tests/data/hostile/ written whole into tmp_path/hostile (see its make_corpus.py)."""
    script = Path(__file__).parent / "data" / "hostile" / "make_corpus.py"
    spec = importlib.util.spec_from_file_location("make_corpus", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.write_corpus(tmp_path / "hostile")
