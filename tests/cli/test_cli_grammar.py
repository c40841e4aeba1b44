"""What every command of `saylau` shares (issue 10, one CLI grammar): --version, -h."""
from __future__ import annotations

from importlib.metadata import version

from typer.main import get_command
from typer.testing import CliRunner

from saylau.cli import app

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
