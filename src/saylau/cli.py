"""The `saylau` command: a thin Typer shell over the library.

Library errors (SaylauError) are printed as one line naming the input; anything else is a bug.
"""
from __future__ import annotations

import functools
import tempfile
from datetime import date
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .cli_help import examples
from .errors import NoStoreError, SaylauError, printable

# Start-up: this module and the cli_* modules import only light things at their top (the
# standard library, typer, rich, saylau.errors); whatever pulls in SQLAlchemy, FastAPI, the
# extractor, trafilatura or datasketch is imported inside the command that needs it, so that
# `saylau --help` or `saylau seats` does not pay for them (tests/cli/test_cli_startup.py).
# The module docstring above is the text of `saylau --help`.

if TYPE_CHECKING:
    from rich.progress import Progress

app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    help=__doc__,
    epilog=examples(
        "saylau demo", "saylau ingest samples/ --db sqlite:///campaign.db", "saylau events --party AUYL -f csv"
    ),
    context_settings={"help_option_names": ["-h", "--help"]},
)
out = Console(emoji=False)  # ":100:" in "feed.jsonl:100: ..." is a line number, not an emoji
err = Console(stderr=True, emoji=False)


def _print_version(asked: bool) -> None:
    if asked:
        from . import __version__

        typer.echo(f"saylau {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: bool = typer.Option(False, "--version", is_eager=True, callback=_print_version, help="Print the version and exit."),
) -> None:
    """Options of `saylau` itself, before any command."""

OutputOption = typer.Option(None, "--output", "-o", help="Write to this file instead of standard output.")
DbOption = typer.Option(None, "--db", help="Database URL (sqlite:///file.db or postgresql://...); default: the user data directory, or $SAYLAU_DB.")
MinConfidenceOption = typer.Option(
    None, "--min-confidence", metavar="X", help="Only events the extractor is at least this sure of (0 to 1, e.g. 0.7)."
)


def _error_line(message: object) -> None:
    """One line on stderr, never wrapped, so that scripts can grep it; a name's newline or
    terminal escape is shown escaped, so that an input cannot forge or colour a line."""
    err.print(f"[red]error:[/red] {escape(printable(str(message)))}", highlight=False, soft_wrap=True)


def _fail(message: str, code: int = 1) -> None:
    _error_line(message)
    raise typer.Exit(code)


def user_errors(command: Callable) -> Callable:
    """Print a SaylauError as one line and exit 1, instead of a traceback."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except NoStoreError as exc:
            typer.echo(f"saylau: {printable(str(exc))}", err=True)
            raise typer.Exit(1) from None
        except SaylauError as exc:
            _fail(str(exc))

    return wrapper


def _progress() -> Progress:
    from .cli_output import progress_bar

    return progress_bar(err)


def _advancing(progress: Progress, task) -> Callable[[str], None]:
    """on_item for the workflow: one step of the bar, showing the item's name escaped."""
    return lambda label: progress.update(task, advance=1, item=printable(label))


@app.command(
    epilog=examples(
        "saylau extract samples/en --format jsonl",
        "saylau extract samples/feed.jsonl --format csv -o events.csv",
    )
)
@user_errors
def extract(
    paths: list[Path] = typer.Argument(..., help="Files (.txt, .md, .jsonl, .html, feeds) or folders; - reads standard input."),
    format: str = typer.Option(
        "jsonl", "--format", "-f", help="jsonl (the interchange format), table, csv, json, parquet or geojson."
    ),
    min_confidence: Optional[str] = MinConfidenceOption,
    output: Optional[Path] = typer.Option(
        None, "--output", "-o", help="Write to this file instead of standard output (with --engine dask: a dataset folder)."
    ),
    engine: str = typer.Option("local", "--engine", help="local (this machine) or dask (a cluster: Parquet into --output DIR)."),
    scheduler: Optional[str] = typer.Option(
        None, "--scheduler", metavar="ADDRESS", help="With --engine dask: a Dask scheduler, e.g. tcp://host:8786 (default: a local cluster)."
    ),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, help="With --engine dask and no --scheduler: local worker processes (default: one per core)."),
    partition_size: int = typer.Option(2000, "--partition-size", min=1, help="With --engine dask: documents (files, lines, rows) per partition."),
) -> None:
    """Print the campaign events found in PATHS (no store): one JSON object per line.

    jsonl is the interchange format exactly (shared/reference/event_schema.md); csv, json,
    parquet and geojson are the rows of `saylau events`, with each event's paragraph.
    With --engine dask the documents and events go to --output DIR as partitioned Parquet
    (for saylau load); JSONL, text folders and Parquet tables (id, text, ...) are read.
    """
    from . import workflow
    from .cli_scale import ENGINES
    from .exports import FORMATS, check_format, event_record

    bound = _confidence(min_confidence)
    if check_format(engine, ENGINES, "--engine") == "dask":
        from .cli_scale import extract_with_dask

        status = extract_with_dask(paths, output, format=format, scheduler=scheduler, workers=workers,
                                   partition_size=partition_size, min_confidence=bound)
        raise typer.Exit(status)
    if scheduler is not None or workers is not None:
        raise SaylauError(f"{'--scheduler' if scheduler is not None else '--workers'} needs --engine dask")
    format = check_format(format, FORMATS)
    failed = 0

    def found():
        nonlocal failed
        for item in workflow.extract_inputs(str(p) for p in paths):
            if isinstance(item, SaylauError):
                failed += 1
                _error_line(item)
                continue
            doc, events = item
            paragraphs = dict(doc.paragraphs()) if format not in ("jsonl", "table") else {}
            for event in events:
                data = event.to_dict()
                if bound is not None and data["confidence"] < bound:  # as the store compares: rounded
                    continue
                yield data if format in ("jsonl", "table") else event_record(event, text=paragraphs.get(event.paragraph))

    if format == "jsonl":
        from .exports import jsonl_chunks, write_chunks

        write_chunks(jsonl_chunks(found()), False, output)
    elif format == "table":
        out.print(_events_table(list(found())))
    else:
        _export(found(), format, output)
    if failed:
        raise typer.Exit(1)


@app.command(
    epilog=examples(
        "saylau ingest samples/ --db sqlite:///campaign.db",
        "saylau ingest --feed https://example.kz/rss --workers 2",
    )
)
@user_errors
def ingest(
    paths: Optional[list[Path]] = typer.Argument(None, help="Files (.txt, .md, .jsonl, .html, .rss, .atom, .xml) or folders."),
    db: Optional[str] = DbOption,
    feed: Optional[list[str]] = typer.Option(None, "--feed", help="RSS/Atom feed URL or file (repeatable)."),
    allow_private: bool = typer.Option(False, "--allow-private", help="Let feed redirects lead to private or loopback addresses."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, help="Extraction processes (default: one per core)."),
) -> None:
    """Read PATHS and feeds, extract their events and keep both in the store (idempotent, resumable)."""
    from . import workflow
    from .store import open_store

    if not paths and not feed:
        _fail("nothing to ingest; give files or folders, or --feed URL_OR_FILE")
    with open_store(db) as store, _progress() as progress:
        task = progress.add_task("ingesting", total=None, item="")
        try:
            summary = workflow.ingest_into_store(
                [str(p) for p in paths or []], store, on_item=_advancing(progress, task),
                feeds=feed or [], allow_private=allow_private, workers=workers,
            )
        except KeyboardInterrupt:
            _fail("interrupted: the finished batches are stored; run the same command again to finish", code=130)
    for failure in summary.failures:
        _error_line(failure)
    out.print(
        f"documents: {summary.new} new, {summary.seen} already stored, {summary.failed} failed; "
        f"events: {summary.events} new"
    )
    if summary.reprints:
        out.print(f"stories: {summary.reprints} new documents reprint a known story (`saylau stories`)")
    if summary.failed:
        raise typer.Exit(1)


@app.command("store", epilog=examples("saylau store", "saylau store --db sqlite:///campaign.db"))
@user_errors
def store_info(db: Optional[str] = DbOption) -> None:
    """Which store is in use: its URL, what it holds and which extractor made its events."""
    from .extract import EXTRACTOR_VERSION
    from .store import open_store

    with open_store(db, create=False) as store:
        out.print(f"store: {store.url}", markup=False, highlight=False, soft_wrap=True)  # (the password masked)
        out.print(f"documents: {store.count_documents():,}; events: {store.count_events():,}")
        versions = store.extractor_versions()
        made = ", ".join(f"{v or 'unknown'} ({n:,} documents)" for v, n in sorted(versions.items()))
        out.print(f"extractor: {made or 'no documents yet'}; this one is {EXTRACTOR_VERSION}")
        stale = sum(n for v, n in versions.items() if v != EXTRACTOR_VERSION)
        if stale:
            out.print(f"{stale:,} documents were read by another extractor: saylau reextract brings them up to date")


@app.command(epilog=examples("saylau reextract --db sqlite:///campaign.db"))
@user_errors
def reextract(db: Optional[str] = DbOption) -> None:
    """Rebuild stored events with this version of the extractor."""
    from . import workflow
    from .extract import EXTRACTOR_VERSION
    from .store import open_store

    with open_store(db, create=False) as store, _progress() as progress:
        task = progress.add_task("re-extracting", total=None, item="")
        docs, events = workflow.reextract(store, on_item=_advancing(progress, task))
    out.print(f"re-extracted {docs} documents with extractor {EXTRACTOR_VERSION}: {events} events")


def _filters(party, region, type_, topic, since, until, min_confidence) -> dict:
    """The store's filters from the options; a repeated option holds codes any of which may match."""
    return {
        "party": _codes(party, "party code"),
        "region": _codes(region, "region code"),
        "event_type": _codes(type_, "event type"),
        "topic": _codes(topic, "topic"),
        "since": _date(since, "--since"),
        "until": _date(until, "--until"),
        "min_confidence": _confidence(min_confidence),
    }


def _codes(values: list[str] | None, kind: str) -> list[str] | None:
    from .reference import known_code

    return [known_code(value, kind) for value in values] if values else None


def _confidence(value: str | None) -> float | None:
    """--min-confidence as a number in [0, 1]; read as text so that a bad one is one line."""
    if value is None:
        return None
    try:
        bound = float(value)
    except ValueError:
        bound = float("nan")
    if not 0.0 <= bound <= 1.0:  # NaN fails too
        raise SaylauError(f"--min-confidence {value!r} is not a number from 0 to 1; use e.g. 0.7")
    return bound


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise SaylauError(f"{option} {value!r} is not a date; use YYYY-MM-DD") from None


TABLE_ROWS = 100  # rows a terminal table shows when --limit is not given (and says so)


@app.command(
    epilog=examples(
        "saylau events --party AUYL --party NPK --format csv -o events.csv",
        "saylau events --region KZ-71 --since 2023-02-20 --min-confidence 0.7",
        "saylau events --format geojson -o map.geojson",
    )
)
@user_errors
def events(
    db: Optional[str] = DbOption,
    party: Optional[list[str]] = typer.Option(None, help="Party code, e.g. AMANAT; repeat for any of several."),
    region: Optional[list[str]] = typer.Option(None, help="Region code, e.g. KZ-11; repeat for any of several."),
    type_: Optional[list[str]] = typer.Option(None, "--type", help="Event type, e.g. voter_meeting; repeatable."),
    topic: Optional[list[str]] = typer.Option(None, help="Topic code, e.g. healthcare; repeatable."),
    since: Optional[str] = typer.Option(None, help="Published on or after YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, help="Published on or before YYYY-MM-DD."),
    min_confidence: Optional[str] = MinConfidenceOption,
    limit: Optional[str] = typer.Option(
        None, "--limit", metavar="N", help=f"At most N events (default: all; the table shows {TABLE_ROWS} and says so)."
    ),
    format: str = typer.Option("table", "--format", "-f", help="table, csv, json, jsonl, parquet or geojson."),
    output: Optional[Path] = OutputOption,
) -> None:
    """List stored events, newest first, filtered; every match, in any export format."""
    from .exports import FORMATS, check_format, stored_record
    from .store import open_store

    format = check_format(format, FORMATS)
    bound = _limit(limit)
    filters = _filters(party, region, type_, topic, since, until, min_confidence)
    with open_store(db, create=False) as store:
        _report_undated_left_out(store, filters)
        if format == "table":
            shown = bound if bound is not None else TABLE_ROWS
            rows = [stored_record(s) for s in store.query_events(limit=shown, **filters)]
            out.print(_events_table(rows))
            total = store.count_events(**filters) if bound is None and len(rows) == shown else len(rows)
            if total > len(rows):
                err.print(
                    f"showing {len(rows)} of {total} events; --limit N shows more, "
                    "--format csv (or json, jsonl, parquet, geojson) gives all",
                    highlight=False, soft_wrap=True,
                )
            return
        records = (stored_record(s) for s in store.iter_events(**filters))
        if bound is not None:
            records = islice(records, bound)
        _export(records, format, output)


def _report_undated_left_out(store, filters: dict) -> None:
    """--since/--until match dated events only: say how many undated ones they leave out."""
    from .store.queries import undated_filters

    if filters.get("since") is None and filters.get("until") is None:
        return
    left_out = store.count_events(**undated_filters(filters))
    if left_out:
        err.print(
            f"--since/--until leave out {left_out:,} undated events (no date in their paragraph or document); "
            "saylau stats counts them",
            highlight=False, soft_wrap=True,
        )


def _limit(value: str | None) -> int | None:
    """--limit as a whole number of at least 1; read as text so that a bad one is one line."""
    if value is None:
        return None
    try:
        bound = int(value)
    except ValueError:
        bound = 0
    if bound < 1:
        raise SaylauError(f"--limit {value!r} is not a number of events (1 or more); leave it out for every event")
    return bound


def _export(records, format: str, output: Path | None) -> None:
    """Stream the export chunks of `records` to `output` or standard output."""
    from .exports import BINARY_FORMATS, write_chunks, write_events
    from .exports.geojson import Placement

    placement = Placement()
    write_chunks(write_events(records, format, placement), format in BINARY_FORMATS, output)
    if format == "geojson" and placement.left_out:
        err.print(
            f"geojson: {placement.placed} events placed; {placement.left_out} left out that name only an oblast "
            "(the reference data has no honest point for a whole region) or no place; csv, json, jsonl and parquet carry them",
            highlight=False, soft_wrap=True,
        )


def _table_cell(value) -> str:
    from .exports import cell

    return cell(value)


def _events_table(rows: list[dict]) -> Table:
    """A compact view: the document column appears only when rows come from several."""
    several_docs = len({row["doc_id"] for row in rows}) > 1
    table = Table(show_lines=False, pad_edge=False)
    if several_docs:
        table.add_column("doc", overflow="fold", max_width=18)
    for column in ("¶", "type", "parties", "where", "audience", "who", "topics"):
        table.add_column(column, overflow="fold")
    table.add_column("conf.", justify="right")
    for row in rows:
        where = row["settlements"] + [r for r in row["regions"]]
        cells = [
            str(row["paragraph"]), row["event_type"].replace("_", " "), _table_cell(row["parties"]), _table_cell(where),
            _table_cell(row["audience"]), _table_cell(row["actors"]), ", ".join(row["topics"]), f"{row['confidence']:.2f}",
        ]
        table.add_row(*([str(row["doc_id"])] if several_docs else []), *cells)
    return table


@app.command(epilog=examples("saylau stats", "saylau stats --format csv -o stats.csv"))
@user_errors
def stats(
    db: Optional[str] = DbOption,
    format: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
    output: Optional[Path] = OutputOption,
) -> None:
    """Party × region activity matrix and the top topics of each party.

    csv: one row per party and region with its events (region "all": the party's events,
    "undated": those of them without a date); json: the matrix, the events per party, the top
    topics per party, the event types and the dates (dated, first, last, undated per party).
    """
    from .exports import check_format
    from .store import open_store

    format = check_format(format, ("table", "csv", "json"))
    with open_store(db, create=False) as store:
        if format == "table":
            _print_stats(store)
            return
        from .exports import csv_chunks, json_document, write_chunks

        summary = _stats_summary(store)
        if format == "json":
            write_chunks(json_document(summary), False, output)
            return
        rows = [
            {"party": party, "region": region, "region_name": summary["region_names"].get(region, ""), "events": n}
            for party, row in summary["matrix"].items()
            for region, n in row.items()
        ] + [{"party": party, "region": "all", "region_name": "", "events": n} for party, n in summary["parties"].items()] + [
            {"party": party, "region": "undated", "region_name": "", "events": n}
            for party, n in summary["dates"]["undated_by_party"].items()
        ]
        write_chunks(csv_chunks(rows, ("party", "region", "region_name", "events")), False, output)


def _stats_summary(store) -> dict:
    """What the stats tables show, as plain data."""
    from .reference import load_regions

    matrix = store.party_region_matrix()
    names = {r.code: r.name["en"] for r in load_regions()}
    return {
        "events": store.count_events(),
        "parties": {party: store.count_events(party=party) for party in sorted(matrix)},
        "matrix": matrix,
        "region_names": {code: names[code] for code in sorted({c for row in matrix.values() for c in row}) if code in names},
        "top_topics": {
            party: [{"topic": t, "events": n} for t, n in store.top_topics(party=party, limit=5)] for party in sorted(matrix)
        },
        "event_types": store.event_type_counts(),
        "dates": _dates_summary(store),
    }


def _dates_summary(store) -> dict:
    """How many events have a day, their first and last, and the undated per party."""
    span = store.date_range()
    return {
        "dated": store.count_events(dated=True),
        "first": span[0].isoformat() if span else None,
        "last": span[1].isoformat() if span else None,
        "undated": store.count_events(dated=False),
        "undated_by_party": store.party_counts(dated=False),
    }


def _print_stats(store) -> None:
    from .reference import load_regions

    matrix = store.party_region_matrix()
    parties = sorted(matrix)
    regions = {r.code: r for r in load_regions()}
    codes = sorted({r for row in matrix.values() for r in row}, key=lambda c: regions[c].name["en"] if c in regions else c)
    dates = _dates_summary(store)
    table = Table(title=f"Campaign events by region and party ({store.count_events()} events, {dates['undated']} undated)")
    table.add_column("region")
    for party in parties:
        table.add_column(party, justify="right")
    for code in codes:
        name = regions[code].name["en"] if code in regions else code
        table.add_row(f"{name} ({code})", *[str(matrix[p].get(code, "")) for p in parties])
    table.add_row("[b]all events[/b]", *[f"[b]{store.count_events(party=p)}[/b]" for p in parties])
    table.add_row("of them undated", *[str(dates["undated_by_party"].get(p, "")) for p in parties])
    out.print(table)
    topics = Table(title="Top topics per party")
    topics.add_column("party")
    topics.add_column("topics (events)")
    for party in parties:
        top = store.top_topics(party=party, limit=5)
        topics.add_row(party, ", ".join(f"{t} ({n})" for t, n in top))
    out.print(topics)
    types = store.event_type_counts()
    out.print("event types: " + ", ".join(f"{k} {v}" for k, v in sorted(types.items(), key=lambda kv: -kv[1])))
    out.print(_dates_line(dates), highlight=False)


def _dates_line(dates: dict) -> str:
    dated = f"dated: {dates['dated']} events" + (f", {dates['first']} to {dates['last']}" if dates["first"] else "")
    return f"{dated}; undated: {dates['undated']} (no date in their paragraph or document; left out by --since/--until and the timeline)"


@app.command(epilog=examples("saylau demo", "saylau demo --serve --port 8080"))
@user_errors
def demo(
    samples: Optional[Path] = typer.Option(None, help="Folder of news to ingest (default: samples/ here, else the copy shipped with Saylau)."),
    db: Optional[str] = typer.Option(None, "--db", help="Store to fill (default: a temporary SQLite file)."),
    serve: bool = typer.Option(False, "--serve", help="Then serve the dashboard over the demo store."),
    port: int = typer.Option(8000, "--port", help="Port for --serve (loopback only)."),
) -> None:
    """Ingest the illustrative sample corpus into a temporary store and print the stats."""
    from . import workflow
    from .store import open_store

    folder = samples or workflow.sample_corpus()
    with tempfile.TemporaryDirectory(prefix="saylau-demo-") as tmp:
        url = db or f"sqlite:///{tmp}/demo.db"
        with open_store(url) as store, _progress() as progress:
            task = progress.add_task("ingesting samples", total=None, item="")
            summary = workflow.ingest_into_store(
                workflow.sample_news(folder), store, on_item=_advancing(progress, task)
            )
            out.print(
                f"Ingested {summary.new + summary.seen} documents from {folder} "
                f"({summary.failed} failed): {summary.events} campaign events."
            )
            _print_stats(store)
            if not serve:
                out.print("See them on the dashboard: [b]saylau demo --serve[/b] (then open http://127.0.0.1:8000/)")
                return
            from .cli_serve import run_server

            run_server(store, "127.0.0.1", port, cache_ttl=10.0)


from saylau import cli_elections  # noqa: E402  seats, project, results

cli_elections.register(app)

from saylau import cli_serve  # noqa: E402  serve

cli_serve.register(app)

from saylau import cli_sources  # noqa: E402  watch, stories

cli_sources.register(app)

from saylau import cli_train  # noqa: E402  train

cli_train.register(app)

from saylau import cli_scale  # noqa: E402  load (and extract --engine dask)

cli_scale.register(app)


def main() -> None:
    app()
