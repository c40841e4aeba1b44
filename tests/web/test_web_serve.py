"""`saylau serve`: registered in the CLI, loopback by default, with the documented options."""
from __future__ import annotations

from typer.testing import CliRunner

from saylau.cli import app


def test_serve_is_a_command_with_db_host_and_port():
    result = CliRunner().invoke(app, ["serve", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    for option in ("--db", "--host", "--port", "--demo", "--cache-ttl"):
        assert option in result.output
    assert "127.0.0.1" in result.output


def test_serve_reports_an_unreachable_store_on_one_line():
    result = CliRunner().invoke(app, ["serve", "--db", "mysql://nowhere/db"])
    assert result.exit_code == 1
    assert result.output.startswith("error: mysql://nowhere/db: unsupported or malformed URL")
