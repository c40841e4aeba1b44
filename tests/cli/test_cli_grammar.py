"""What every command of `saylau` shares (issue 10, one CLI grammar): --version, -h, and read
commands that refuse a store that does not exist instead of creating an empty one."""
from __future__ import annotations

from importlib.metadata import version

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from saylau.cli import app
from saylau.store import open_store

runner = CliRunner()


def command_paths(command, path=()):
    """The words that name the app, each command and each command of each group."""
    yield list(path)
    for name, sub in getattr(command, "commands", {}).items():
        yield from command_paths(sub, (*path, name))


def test_version_prints_the_installed_version_and_exits_0():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"saylau {version('saylau')}\n"


def test_h_is_help_for_the_app_and_every_command():
    for path in command_paths(get_command(app)):
        short, long = runner.invoke(app, [*path, "-h"]), runner.invoke(app, [*path, "--help"])
        assert short.exit_code == 0, (path, short.output)
        assert short.stdout == long.stdout, path


@pytest.mark.parametrize("command", [["events"], ["events", "--format", "csv"], ["stats"], ["stories"], ["reextract"]])
def test_a_read_command_refuses_a_store_that_does_not_exist_and_creates_none(tmp_path, command):
    path = tmp_path / "typo" / "saylau.db"
    result = runner.invoke(app, [*command, "--db", str(path)])
    assert result.exit_code == 1
    assert result.stderr == f"saylau: no store at sqlite:///{path}; run saylau ingest first\n"
    assert not (tmp_path / "typo").exists()


def test_without_db_a_default_store_never_filled_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("SAYLAU_DB", str(tmp_path / "default.db"))
    result = runner.invoke(app, ["stats"])
    assert result.exit_code == 1
    assert result.stderr.startswith("saylau: no store at ")
    assert not (tmp_path / "default.db").exists()


def test_a_read_command_reads_an_existing_store_even_an_empty_one(tmp_path):
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    open_store(url).close()
    result = runner.invoke(app, ["events", "--db", url, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "[]"
