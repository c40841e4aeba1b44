"""Opening a store: where the default database lives, and what a bad URL says."""
import sqlite3
from pathlib import Path

import pytest

from saylau.errors import NoStoreError, StoreError
from saylau.model import Document
from saylau.store import connect, open_store
from saylau.store.connect import mask_password, resolve_url


def test_without_a_url_the_database_lives_in_the_user_data_directory(tmp_path, monkeypatch):
    monkeypatch.delenv("SAYLAU_DB", raising=False)
    monkeypatch.setattr(connect.platformdirs, "user_data_dir", lambda app: str(tmp_path / app))

    with open_store() as store:
        store.add_document(Document(id="x", text="hello"), [], extractor_version="v1")

    assert (tmp_path / "saylau" / "saylau.db").is_file()


def test_the_environment_variable_names_a_file(tmp_path, monkeypatch):
    path = tmp_path / "nested" / "mine.db"
    monkeypatch.setenv("SAYLAU_DB", str(path))

    with open_store() as store:
        store.add_document(Document(id="x", text="hello"), [], extractor_version="v1")

    with open_store(f"sqlite:///{path}") as store:
        assert store.count_documents() == 1


def test_the_environment_variable_may_be_a_url(tmp_path, monkeypatch):
    monkeypatch.setenv("SAYLAU_DB", f"sqlite:///{tmp_path / 'url.db'}")
    with open_store() as store:
        assert store.count_documents() == 0
    assert (tmp_path / "url.db").is_file()


def test_an_explicit_url_beats_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("SAYLAU_DB", str(tmp_path / "env.db"))
    with open_store(f"sqlite:///{tmp_path / 'arg.db'}"):
        pass
    assert (tmp_path / "arg.db").is_file()
    assert not (tmp_path / "env.db").exists()


@pytest.mark.parametrize(
    ("given", "resolved"),
    [
        ("postgresql://u:p@h/db", "postgresql+psycopg://u:p@h/db"),
        ("postgres://u:p@h/db", "postgresql+psycopg://u:p@h/db"),
        ("postgresql+psycopg://u:p@h/db", "postgresql+psycopg://u:p@h/db"),
        ("sqlite:///x.db", "sqlite:///x.db"),
    ],
)
def test_postgresql_urls_use_psycopg_3(given, resolved):
    assert resolve_url(given) == resolved


def test_passwords_are_masked_even_in_urls_that_do_not_parse():
    assert mask_password("postgresql://saylau:s3cr@t@db:5432/x") == "postgresql://saylau:***@db:5432/x"
    assert mask_password("sqlite:///plain.db") == "sqlite:///plain.db"


def one_line_error(url: str) -> str:
    with pytest.raises(StoreError) as caught:
        open_store(url)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_an_unknown_scheme_is_a_one_line_store_error():
    message = one_line_error("mysql+nosuchdriver://user:hunter2@host/db")
    assert message.startswith("mysql+nosuchdriver://user:***@host/db: unsupported or malformed URL")
    assert "hunter2" not in message
    assert "sqlite:///" in message  # says what a valid URL looks like


def test_a_malformed_url_is_a_store_error():
    assert "not a url" in one_line_error("not a url://")


def test_an_unreachable_server_is_a_store_error_with_the_password_masked():
    message = one_line_error("postgresql://saylau:hunter2@127.0.0.1:1/nowhere")
    assert message.startswith("postgresql+psycopg://saylau:***@127.0.0.1:1/nowhere: cannot connect")
    assert "hunter2" not in message


def test_a_file_in_a_missing_directory_is_a_store_error(tmp_path):
    message = one_line_error(f"sqlite:///{tmp_path / 'missing' / 'x.db'}")
    assert "cannot connect or create the tables" in message


def test_the_default_path_is_named_saylau_db():
    assert connect.default_database_path().name == "saylau.db"
    assert isinstance(connect.default_database_path(), Path)


def test_reading_a_store_that_does_not_exist_is_an_error_and_creates_nothing(tmp_path):
    path = tmp_path / "typo" / "x.db"
    with pytest.raises(NoStoreError) as caught:
        open_store(str(path), create=False)
    assert str(caught.value) == f"no store at sqlite:///{path}; run saylau ingest first"
    assert not (tmp_path / "typo").exists()


def test_an_sqlite_file_without_our_tables_is_not_a_store(tmp_path):
    path = tmp_path / "other.db"
    sqlite3.connect(path).execute("CREATE TABLE notes (text)").connection.close()
    with pytest.raises(NoStoreError):
        open_store(f"sqlite:///{path}", create=False)


def test_an_existing_store_is_read_even_when_empty(tmp_path):
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    open_store(url).close()
    with open_store(url, create=False) as store:
        assert store.count_documents() == 0
