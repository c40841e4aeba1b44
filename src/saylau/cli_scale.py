"""The commands beyond one machine: `saylau extract --engine dask` and `saylau load`.

A thin shell over saylau.scale: it checks the options, draws the progress and prints the
summary. A SaylauError becomes ``error: <message>`` on stderr and exit status 1; so does
each failed input, as `saylau extract` prints them on one machine.
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from saylau.cli_help import examples
from saylau.errors import NoStoreError, SaylauError, printable

ENGINES = ("local", "dask")
_err = Console(stderr=True, emoji=False)


def _error(message: object) -> None:
    typer.echo(f"error: {printable(str(message))}", err=True)


def extract_with_dask(
    paths: list[Path],
    output: Path | None,
    *,
    format: str,
    scheduler: str | None,
    workers: int | None,
    partition_size: int,
    min_confidence: float | None,
) -> int:
    """`saylau extract --engine dask`: the exit status (1 when any input failed)."""
    from saylau.cli_output import progress_bar
    from saylau.scale.dask_run import extract_to_dataset

    if output is None:
        raise SaylauError("--engine dask writes a dataset folder; give --output DIR")
    if format.strip().lower() not in ("jsonl", "parquet"):
        raise SaylauError(f"--engine dask writes Parquet (documents/ and events/ in --output DIR); --format {format!r} is for --engine local")
    with progress_bar(_err) as progress:
        task = progress.add_task("extracting", total=None, item="")

        def advance(result, total: int) -> None:
            progress.update(task, total=total, advance=1, item=f"partition {result.index}")

        summary = extract_to_dataset(
            [str(p) for p in paths], output, scheduler=scheduler, workers=workers,
            partition_size=partition_size, min_confidence=min_confidence, on_partition=advance,
        )
    for failure in summary.failures:
        _error(failure)
    rate = summary.documents / summary.seconds if summary.seconds else 0.0
    typer.echo(
        f"{output}: {summary.documents} documents ({summary.failed} failed), {summary.events} events "
        f"in {summary.partitions} partitions; {summary.seconds:.1f} s on the cluster, {rate:,.1f} documents/s"
    )
    return 1 if summary.failed else 0


def load_command(
    folder: Annotated[Path, typer.Argument(help="A dataset folder written by saylau extract --engine dask --output DIR.")],
    db: Annotated[Optional[str], typer.Option("--db", help="Database URL; default: $SAYLAU_DB or the user data directory.")] = None,
) -> None:
    """Load a Parquet dataset (documents/ and events/) into the store, then group its stories.

    Idempotent: a document whose text is stored already is skipped with its events, so a load
    run twice, or again after an interruption, leaves the store as one load does. COPY on
    PostgreSQL, batched inserts on SQLite, one transaction per batch.
    Example: saylau load out/ --db postgresql://user:password@host/saylau
    """
    from saylau.cli_output import progress_bar
    from saylau.scale.dataset import count_documents
    from saylau.scale.load import load_dataset
    from saylau.store import open_store

    try:
        total = count_documents(folder)
        with open_store(db) as store, progress_bar(_err) as progress:
            loading = progress.add_task("loading", total=total, item="")
            stories = progress.add_task("stories", total=None, item="", visible=False)

            def loaded(count: int) -> None:
                progress.update(loading, advance=count)

            def storied(count: int) -> None:
                progress.update(stories, advance=count, visible=True)

            summary = load_dataset(folder, store, on_documents=loaded, on_stories=storied)
            url = store.url
    except NoStoreError as exc:
        typer.echo(f"saylau: {exc}", err=True)
        raise typer.Exit(1) from None
    except SaylauError as exc:
        _error(exc)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        _error("interrupted: the finished batches are stored; run the same command again to finish")
        raise typer.Exit(130) from None
    rate = summary.rows / summary.seconds if summary.seconds else 0.0
    typer.echo(
        f"{printable(url)}: documents: {summary.new} new, {summary.seen} already stored; events: {summary.events} new "
        f"({rate:,.0f} rows/s); stories: {summary.storied} documents placed, {summary.reprints} reprint another"
    )


def register(app: typer.Typer) -> None:
    """Add `load` to the `saylau` app (the dask engine is an option of `extract`)."""
    app.command(
        "load",
        epilog=examples(
            "saylau load events-dataset/",
            "saylau load events-dataset/ --db postgresql+psycopg://user:pw@host/saylau",
        ),
    )(load_command)
