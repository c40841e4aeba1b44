"""What the command modules of the CLI share for output: the progress bar of long work.

The `saylau` app (cli.py) and its command groups (cli_*.py) never import one another's
helpers; what they share lives here. Only rich is imported, and only when a bar is made.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress


def progress_bar(console: Console) -> Progress:
    """A bar with a count, the time so far and the item at hand, drawn on `console` (stderr)
    only when it is a terminal, so that scripts and logs get no bar."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[item]}", style="dim", markup=False),  # a file name is not markup
        console=console,
        transient=False,
        disable=not console.is_terminal,
    )
