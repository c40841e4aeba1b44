"""Documents from Parquet: one news item per row, the columns named as the fields of a JSON
Lines record (`id` and `text`, and optionally `title`, `url`, `published`, `lang`).

An archive exported by another tool is often Parquet already; a cluster reads it a row group
at a time, so one file can be shared among workers. A bad row becomes a FormatError whose
source is "<file>:row <n>" (counted from 1), like a bad line of JSON Lines, and reading goes
on. pyarrow is an optional dependency (pip install 'saylau[parquet]').
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from saylau.errors import FormatError, InputError
from saylau.ingest.jsonl import document_from_record
from saylau.model import Document

PARQUET_SUFFIXES = frozenset({".parquet"})
REQUIRED_COLUMNS = ("id", "text")


def parquet_row_groups(path: Path, source: str) -> int | InputError:
    """How many row groups the file has, or the InputError that says why it cannot be read."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        return InputError(source, "reading Parquet needs pyarrow; run pip install 'saylau[parquet]'")
    try:
        metadata = pq.ParquetFile(path).metadata
    except (OSError, ValueError) as exc:  # pyarrow's ArrowInvalid is a ValueError
        return InputError(source, f"not a readable Parquet file ({str(exc).splitlines()[0] if str(exc) else exc})")
    names = set(metadata.schema.names)
    missing = [name for name in REQUIRED_COLUMNS if name not in names]
    if missing:
        listed = " and ".join(f'"{name}"' for name in missing)
        return InputError(source, f"no column {listed}; a news table needs \"id\" and \"text\" columns")
    return metadata.num_row_groups


def read_parquet_row_group(path: Path, source: str, row_group: int) -> Iterator[Document | InputError]:
    """A Document, or a FormatError, for each row of one row group."""
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(path)
    first = sum(parquet.metadata.row_group(i).num_rows for i in range(row_group)) + 1
    for number, record in enumerate(parquet.read_row_group(row_group).to_pylist(), start=first):
        where = f"{source}:row {number}"
        try:
            yield document_from_record(_as_json_values(record), source=source, where=where)
        except FormatError as error:
            yield error


def _as_json_values(record: dict[str, Any]) -> dict[str, Any]:
    """A typed Parquet date (or timestamp) as the ISO text a JSON record would hold."""
    published = record.get("published")
    if isinstance(published, (date, datetime)):
        record = dict(record, published=published.isoformat())
    return record
