"""`saylau --help` and `saylau seats` start without the heavy libraries (issue 10, fast start).

Not timed (a loaded machine would make that flaky): each test runs the CLI in a fresh
interpreter and asserts which libraries it has imported. bench/cli_startup.py gives the times.
"""
from __future__ import annotations

import subprocess
import sys
from importlib import resources

HEAVY = ("sqlalchemy", "fastapi", "uvicorn", "trafilatura", "feedparser", "datasketch", "scipy", "sklearn",
         "numpy", "pymorphy3")  # fmt: skip

HELP_OF_EVERY_COMMAND = """
from typer.main import get_command
from typer.testing import CliRunner
from saylau.cli import app

def command_paths(command, path):
    yield path
    for name, sub in getattr(command, "commands", {}).items():
        yield from command_paths(sub, [*path, name])

for path in command_paths(get_command(app), []):
    result = CliRunner().invoke(app, [*path, "--help"])
    assert result.exit_code == 0 and "Usage" in result.output, (path, result.output)
"""

SEATS = """
from typer.testing import CliRunner
from saylau.cli import app

result = CliRunner().invoke(app, ["seats", "--rules", "mazhilis-2023", "--votes", {votes!r}])
assert result.exit_code == 0 and "AMANAT" in result.output, result.output
"""

REPORT = """
import sys
print(" ".join(sorted(name for name in {heavy!r} if name in sys.modules)))
"""


def heavy_modules_after(script: str) -> list[str]:
    """The heavy libraries a fresh interpreter holds after running `script`."""
    done = subprocess.run(
        [sys.executable, "-c", script + REPORT.format(heavy=HEAVY)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_the_help_of_every_command_imports_no_heavy_library():
    assert heavy_modules_after(HELP_OF_EVERY_COMMAND) == []


def test_seats_imports_no_heavy_library():
    votes = resources.files("saylau.reference").joinpath("data", "results", "mazhilis-2023.csv")
    assert heavy_modules_after(SEATS.format(votes=str(votes))) == []
