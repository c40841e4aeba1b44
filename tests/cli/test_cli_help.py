"""Every command's help ends with examples that the CLI itself accepts (issue 10, item 3).

The examples are read from the help as a user sees it (80 columns), so a line break that the
help formatter dropped, or an example too long for the terminal, fails here. Each example is
then parsed by the CLI's own Click parser, with every command's callback replaced by one that
does nothing: options, arguments and their types are checked, nothing is run.
"""
from __future__ import annotations

import shlex

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from saylau.cli import app
from saylau.cli_help import examples


def command_paths(command, path: list[str]):
    yield path
    for name, sub in getattr(command, "commands", {}).items():
        yield from command_paths(sub, [*path, name])


PATHS = list(command_paths(get_command(app), []))


def shown_examples(path: list[str]) -> list[str]:
    """The lines under the help's "Examples:" heading, which must end the help."""
    result = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    lines = [line.strip() for line in result.output.splitlines()]
    assert "Examples:" in lines, f"saylau {' '.join(path)} --help has no Examples section"
    return [line for line in lines[lines.index("Examples:") + 1 :] if line]


def parse_only(argv: list[str]) -> None:
    """Parse `saylau ARGV` as the CLI would, running no command; a bad example raises."""
    command = get_command(app)  # a fresh Click tree: changing it leaves `app` alone
    stack = [command]
    while stack:
        current = stack.pop()
        current.callback = lambda *args, **kwargs: None
        stack.extend(getattr(current, "commands", {}).values())
    command.main(argv, prog_name="saylau", standalone_mode=False)


def test_every_command_is_covered():
    assert ["results", "import"] in PATHS and ["seats", "compare"] in PATHS and len(PATHS) > 15


@pytest.mark.parametrize("path", PATHS, ids=lambda path: " ".join(path) or "saylau")
def test_the_help_ends_with_one_to_three_examples_that_parse(path):
    shown = shown_examples(path)
    assert 1 <= len(shown) <= 3, shown
    for line in shown:
        argv = shlex.split(line, comments=True)
        assert argv[0] == "saylau", f"{line!r}: an example is one whole command line"
        if path:
            assert argv[1 : 1 + len(path)] == path, f"{line!r} is not an example of saylau {' '.join(path)}"
        parse_only(argv[1:])


def test_an_example_with_a_wrong_option_does_not_parse():
    with pytest.raises(Exception, match="No such option: --strickt"):
        parse_only(["results", "import", "protocols.csv", "--election", "mazhilis-2023", "--strickt"])
    with pytest.raises(Exception, match="'county' is not one of"):
        parse_only(["results", "show", "--election", "mazhilis-2023", "--level", "county"])
    with pytest.raises(Exception, match="Missing parameter: election"):
        parse_only(["results", "import", "protocols.csv"])


def test_examples_are_one_per_line_and_a_bracket_is_not_markup():
    assert examples("saylau a", "saylau b [x]") == "Examples:\nsaylau a\nsaylau b \\[x]"
    with pytest.raises(ValueError):
        examples("saylau a", "saylau b", "saylau c", "saylau d")
