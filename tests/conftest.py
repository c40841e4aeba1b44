"""Fixtures for every test: no test may write into the user's real data directory."""
from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _private_default_store(tmp_path, monkeypatch):
    """Commands run without --db use a store inside the test's own temporary folder."""
    monkeypatch.setenv("SAYLAU_DB", f"sqlite:///{tmp_path / 'default-store.db'}")
