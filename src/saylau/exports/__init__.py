"""Events and statistics written out whole, in the formats people and programs read.

One vocabulary of format names serves every command and the API (issue 10, one grammar):

    table    a rich table for a terminal (the CLI only)
    csv      one row per event (or per statistic), lists joined with "; "
    json     one JSON array (events) or object (statistics)
    jsonl    one JSON object per line: the interchange format plus id, published, text
    parquet  one row per event, lists as lists (pip install 'saylau[parquet]': pyarrow)
    geojson  a FeatureCollection: each event at its settlements (exports/geojson.py)

Every writer is a generator of chunks (text, or bytes for Parquet) over an iterator of
events, so an export of a million events streams through bounded memory, to a file, to
standard output or into an HTTP response alike. Nothing is cut short: every event given is
written.
"""
from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from saylau.errors import SaylauError
from saylau.model import Event

FORMATS = ("table", "csv", "json", "jsonl", "parquet", "geojson")
BINARY_FORMATS = frozenset({"parquet"})
MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "jsonl": "application/x-ndjson",
    "parquet": "application/vnd.apache.parquet",
    "geojson": "application/geo+json",
}
EXTENSIONS = {"csv": "csv", "json": "json", "jsonl": "jsonl", "parquet": "parquet", "geojson": "geojson"}

# The columns of an event row (CSV and Parquet), in order; the first ones as CSV always had them.
EVENT_COLUMNS = (
    "doc_id", "paragraph", "published", "event_type", "parties", "regions", "settlements",
    "audience", "actors", "topics", "election", "list_types", "confidence", "lang", "id", "text",
)


class FormatChoiceError(SaylauError):
    """A --format (or format=) name that the command or resource does not write."""


def check_format(value: str, allowed: Sequence[str], where: str = "--format") -> str:
    """`value` (any letter case) if it is one of `allowed`, else an error naming them."""
    name = value.strip().lower()
    if name in allowed:
        return name
    listed = ", ".join(allowed[:-1]) + f" or {allowed[-1]}" if len(allowed) > 1 else allowed[0]
    if name in FORMATS:
        raise FormatChoiceError(f"{where} {value!r} is not available here; use {listed}")
    raise FormatChoiceError(f"unknown {where} {value!r}; use {listed}")


def event_record(
    event: Event, *, id: str | None = None, published: date | None = None, text: str | None = None
) -> dict[str, Any]:
    """One event as a flat record: the interchange format (evidence included), and where it
    came from: its store id (if stored), publication date and paragraph text."""
    record = event.to_dict()
    when = published or event.published
    record["published"] = when.isoformat() if when else None
    record["lang"] = event.lang
    record["id"] = id
    record["text"] = text
    return record


def stored_record(stored: Any) -> dict[str, Any]:
    """The record of a StoredEvent (the store's read type), with the API's event id."""
    return event_record(stored.event, id=f"{stored.content_hash}-{stored.id}", published=stored.published, text=stored.text)


def write_events(records: Iterable[dict[str, Any]], fmt: str, report: Any = None) -> Iterator[str | bytes]:
    """Chunks of `records` in the export format `fmt` (csv, json, jsonl, parquet, geojson).

    `report` (a geojson.Placement) counts how many events GeoJSON could place.
    """
    if fmt == "csv":
        return csv_chunks(records, EVENT_COLUMNS)
    if fmt == "json":
        return json_array_chunks(records)
    if fmt == "jsonl":
        return jsonl_chunks(records)
    if fmt == "geojson":
        from saylau.exports.geojson import Placement, feature_collection_chunks

        return feature_collection_chunks(records, report if report is not None else Placement())
    if fmt == "parquet":
        from saylau.exports.parquet import parquet_chunks

        return parquet_chunks(records)
    raise ValueError(f"not an export format: {fmt!r}")


def write_chunks(chunks, binary: bool, output: Path | None) -> None:
    """Text or bytes chunks to the file `output`, else to standard output (the CLI's sink).

    Parquet is refused on a terminal; a file whose export fails half-way is removed.
    """
    if binary and output is None and sys.stdout.isatty():
        raise SaylauError("parquet is binary; give --output FILE or redirect standard output to a file")
    if output is not None:
        try:
            handle = open(output, "wb") if binary else open(output, "w", encoding="utf-8", newline="")
        except OSError as exc:
            raise SaylauError(f"{output}: cannot write ({exc.strerror or exc})") from None
        try:
            with handle:
                for chunk in chunks:
                    handle.write(chunk)
        except BaseException:
            Path(output).unlink(missing_ok=True)  # no half-written file that looks like an export
            raise
        return
    stream = sys.stdout.buffer if binary else sys.stdout
    for chunk in chunks:
        stream.write(chunk)
    stream.flush()


def cell(value: Any) -> str:
    """A CSV cell: lists joined with "; " (actors by name, else role), None empty."""
    if isinstance(value, list):
        return "; ".join(
            (v.get("name") or v.get("role") or "") if isinstance(v, dict) else str(v) for v in value
        )
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value)


def csv_chunks(rows: Iterable[dict[str, Any]], columns: Sequence[str], batch: int = 500) -> Iterator[str]:
    """A header line, then one line per row, a few hundred rows per chunk."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([cell(row.get(column)) for column in columns])
        count += 1
        if count % batch == 0:
            yield _drain(buffer)
    yield _drain(buffer)


def json_array_chunks(rows: Iterable[Any]) -> Iterator[str]:
    """A JSON array with one element per line ("[]" when there is none)."""
    first = True
    for row in rows:
        yield ("[\n" if first else ",\n") + json.dumps(row, ensure_ascii=False)
        first = False
    yield "[]\n" if first else "\n]\n"


def jsonl_chunks(rows: Iterable[Any]) -> Iterator[str]:
    for row in rows:
        yield json.dumps(row, ensure_ascii=False) + "\n"


def json_document(value: Any) -> Iterator[str]:
    """One JSON value, indented, as a single chunk (statistics are small)."""
    yield json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text
