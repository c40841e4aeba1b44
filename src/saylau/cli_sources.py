"""The source commands of `saylau`: watch (poll feeds) and stories (reprints and coverage).

A thin shell over `saylau.ingest.polling`, `saylau.workflow` and the store. A SaylauError
becomes ``error: <message>`` on stderr and exit status 1. The three are imported inside the
commands, so that the rest of the CLI starts without them.
"""
from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from saylau.cli_help import examples
from saylau.errors import InputError, NoStoreError, SaylauError, printable

if TYPE_CHECKING:
    from saylau.ingest.polling import FeedState
    from saylau.store import Store
    from saylau.workflow import IngestSummary

DbOption = typer.Option("--db", help="Database URL; default: $SAYLAU_DB or the user data directory.")


def watch_command(
    feeds_file: Annotated[Path, typer.Argument(help="Text file with one feed URL (or feed file) per line.")],
    every: Annotated[str, typer.Option("--every", help="Poll interval: 90s, 15m, 2h, 1d.")] = "15m",
    db: Annotated[Optional[str], DbOption] = None,
    allow_private: Annotated[bool, typer.Option("--allow-private", help="Let feed redirects lead to private or loopback addresses.")] = False,
    rounds: Annotated[int, typer.Option("--rounds", min=0, help="Stop after this many polling rounds (0: run until Ctrl-C).")] = 0,
) -> None:
    """Poll the feeds in FEEDS_FILE every --every and ingest new entries (no duplicates across polls)."""
    from saylau.ingest.polling import FeedState, read_feed_list
    from saylau.store import open_store

    try:
        interval = _interval(every)
        states = [FeedState(location) for location in read_feed_list(feeds_file)]
        with open_store(db) as store:
            failed = _watch(states, store, interval, allow_private, rounds)
    except SaylauError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        typer.echo("stopped; every finished poll is stored", err=True)
        return
    if failed:
        raise typer.Exit(1)


def _watch(states: list[FeedState], store: Store, interval: float, allow_private: bool, rounds: int) -> bool:
    """Poll until `rounds` rounds are done (forever if 0); whether any poll failed."""
    from saylau import workflow
    from saylau.ingest.polling import poll_feed, schedule

    done = 0
    failed = False
    while rounds == 0 or done < rounds:
        now = time.monotonic()
        for state in states:
            if state.next_due > now:
                continue
            items = poll_feed(state, allow_private=allow_private)
            summary = workflow.ingest_items(items, store, workers=1)
            schedule(state, time.monotonic(), interval)
            failed |= summary.failed > 0
            _report(state, summary)
        done += 1
        if rounds and done >= rounds:
            break
        time.sleep(max(0.0, min(state.next_due for state in states) - time.monotonic()))
    return failed


def _report(state: FeedState, summary: IngestSummary) -> None:
    stamp = datetime.now().strftime("%H:%M:%S")
    for failure in summary.failures:
        typer.echo(f"error: {failure}", err=True)
    retry = f" (failed {state.failures}× in a row; backing off)" if state.failures else ""
    typer.echo(
        f"{stamp} {printable(state.location)}: {summary.new} new, {summary.seen} already stored, "
        f"{summary.failed} failed; {summary.events} events{retry}"
    )


def _interval(every: str) -> float:
    from saylau.ingest.polling import parse_duration

    try:
        return parse_duration(every)
    except ValueError as exc:
        raise InputError("--every", str(exc)) from None


TABLE_STORIES = 20  # stories the table shows when --limit is not given (its title says so)


def stories_command(
    db: Annotated[Optional[str], DbOption] = None,
    limit: Annotated[
        Optional[int], typer.Option("--limit", min=1, help=f"At most this many stories (default: the table {TABLE_STORIES}, csv and json all).")
    ] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of standard output.")] = None,
) -> None:
    """Stories carried by several documents (near-duplicates) with their outlets, and coverage per party.

    csv: one row per reprinted story; json: {"stories": [...], "coverage": [...]}.
    """
    from saylau.exports import check_format
    from saylau.store import open_store

    console = Console(width=None if Console().is_terminal else 120, emoji=False)
    try:
        format = check_format(format, ("table", "csv", "json"))
        with open_store(db, create=False) as store:
            reprinted = store.reprinted_stories(limit=limit or (TABLE_STORIES if format == "table" else None))
            coverage = store.party_coverage()
        if format != "table":
            _export_stories(reprinted, coverage, format, output)
            return
    except NoStoreError as exc:
        typer.echo(f"saylau: {exc}", err=True)
        raise typer.Exit(1) from None
    except SaylauError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    limit = limit or TABLE_STORIES
    table = Table(title=f"Stories carried by more than one document (top {limit})")
    for column in ("story", "title", "documents", "outlets"):
        table.add_column(column, overflow="fold")
    for story in reprinted:
        first = story.documents[0]
        table.add_row(story.story[:12], escape(first.title or first.doc_id), str(len(story.documents)),
                      escape(", ".join(story.outlets) or "(no urls)"))
    console.print(table)
    parties = Table(title="Coverage per party (a story counts once, however often reprinted)")
    for column in ("party", "stories", "documents", "outlets"):
        parties.add_column(column, justify="left" if column == "party" else "right")
    for row in coverage:
        parties.add_row(row.party, str(row.stories), str(row.documents), str(row.outlets))
    console.print(parties)


def _export_stories(reprinted, coverage, format: str, output: Path | None) -> None:
    from saylau.exports import csv_chunks, json_document, write_chunks
    from saylau.exports.stories import STORY_COLUMNS, coverage_rows, story_rows

    stories = story_rows(reprinted)
    if format == "json":
        write_chunks(json_document({"stories": stories, "coverage": coverage_rows(coverage)}), False, output)
    else:
        write_chunks(csv_chunks(stories, STORY_COLUMNS), False, output)


def register(app: typer.Typer) -> None:
    """Add `watch` and `stories` to the `saylau` app."""
    app.command(
        "watch",
        epilog=examples("saylau watch feeds.txt --every 15m", "saylau watch feeds.txt --rounds 1 --db sqlite:///campaign.db"),
    )(watch_command)
    app.command("stories", epilog=examples("saylau stories", "saylau stories --format json -o stories.json"))(
        stories_command
    )
