"""Events as Parquet, through pyarrow (an optional dependency: pip install 'saylau[parquet]').

One row per event with typed columns: lists of codes as list<string>, actors as a list of
{name, role, party}, the publication date as a date, the evidence as its JSON text. Rows are
written in row groups of ROW_GROUP events and each finished group is handed on at once, so
the file streams through bounded memory.
"""
from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import islice
from typing import Any

from saylau.errors import SaylauError

ROW_GROUP = 10_000


def _pyarrow():
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise SaylauError(
            "Parquet needs pyarrow, which is not installed; run pip install 'saylau[parquet]' (or pip install pyarrow)"
        ) from None
    return pa, pq


def schema():
    pa, _ = _pyarrow()
    codes = pa.list_(pa.string())
    actor = pa.struct([("name", pa.string()), ("role", pa.string()), ("party", pa.string())])
    return pa.schema([
        ("id", pa.string()), ("doc_id", pa.string()), ("paragraph", pa.int32()), ("published", pa.date32()),
        ("lang", pa.string()), ("event_type", pa.string()), ("parties", codes), ("regions", codes),
        ("settlements", codes), ("audience", codes), ("actors", pa.list_(actor)), ("topics", codes),
        ("election", pa.string()), ("list_types", codes), ("confidence", pa.float64()), ("text", pa.string()),
        ("evidence", pa.string()),
    ])


def dataset_event_schema():
    """The event rows of a Parquet dataset (`saylau extract --engine dask`): the export's
    columns and the content hash of the event's document, which `saylau load` joins on."""
    pa, _ = _pyarrow()
    return schema().append(pa.field("content_hash", pa.string()))


def document_schema():
    """The document rows of a Parquet dataset: what the store keeps of a document, and the
    extractor version that made its events."""
    pa, _ = _pyarrow()
    return pa.schema([
        ("content_hash", pa.string()), ("doc_id", pa.string()), ("title", pa.string()), ("url", pa.string()),
        ("published", pa.date32()), ("lang", pa.string()), ("source", pa.string()), ("text", pa.string()),
        ("extractor_version", pa.string()),
    ])


def arrow_table(records: list[dict[str, Any]], table_schema):
    """The records as one pyarrow Table of `table_schema` (dates as ISO text are accepted)."""
    pa, _ = _pyarrow()
    columns = {name: [_value(row, name) for row in records] for name in table_schema.names}
    return pa.Table.from_pydict(columns, schema=table_schema)


def parquet_chunks(records: Iterable[dict[str, Any]]) -> Iterator[bytes]:
    """The bytes of one Parquet file holding every record, a row group at a time."""
    _, pq = _pyarrow()
    table_schema = schema()
    sink = _Sink()
    writer = pq.ParquetWriter(sink, table_schema, compression="zstd")
    rows = iter(records)
    try:
        while batch := list(islice(rows, ROW_GROUP)):
            writer.write_table(arrow_table(batch, table_schema))
            yield sink.take()
    finally:
        writer.close()
    yield sink.take()


def _value(row: dict[str, Any], name: str) -> Any:
    value = row.get(name)
    if name == "published" and isinstance(value, str):
        return date.fromisoformat(value)
    if name == "evidence":
        return json.dumps(value or {}, separators=(",", ":"))
    return value


class _Sink(io.RawIOBase):
    """A write-only file that hands over what was written since the last take()."""

    def __init__(self) -> None:
        self._parts: list[bytes] = []
        self._position = 0

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        chunk = bytes(data)
        self._parts.append(chunk)
        self._position += len(chunk)
        return len(chunk)

    def tell(self) -> int:
        return self._position

    def take(self) -> bytes:
        data = b"".join(self._parts)
        self._parts.clear()
        return data
