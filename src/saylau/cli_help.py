"""The Examples section that ends the help of every `saylau` command.

Typer prints a command's epilog below its options through rich, which keeps each line break
and drops the common indentation: so each example is one line of its own, short enough for
an 80-column terminal not to wrap it. A "[" is escaped, since rich would read it as markup.
Imports nothing, so that `saylau --help` stays fast. tests/cli/test_cli_help.py checks that
every command ends with one to three examples and that each parses with the CLI's own parser.
"""
from __future__ import annotations


def examples(*commands: str) -> str:
    """The epilog of a command: a heading, then one example command line per line."""
    if not 1 <= len(commands) <= 3:
        raise ValueError(f"a command's help shows 1 to 3 examples, not {len(commands)}")
    return "Examples:\n" + "\n".join(command.replace("[", r"\[") for command in commands)
