"""The `saylau` command: a thin Typer shell over the library.

Library errors (SaylauError) are printed as one line naming the input; anything else is a bug.
"""
from __future__ import annotations

import typer

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)


def main() -> None:
    app()
