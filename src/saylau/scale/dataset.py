"""A dataset folder: the documents and events of a distributed run as partitioned Parquet.

    DIR/documents/part-00000.parquet   one row per document (exports.parquet.document_schema)
    DIR/events/part-00000.parquet      one row per event (the export's columns + content_hash)

Partition n of the run writes part n of both tables, so a reader lines them up by name;
DuckDB, pandas or pyarrow read each folder as one table as it is. Nothing is half-written:
workers write into DIR/.staging/, each file under a temporary name renamed when complete (a
partition run twice, after a lost worker, writes the same file again), and the finished run
swaps the staged folders in for the previous ones. A run that fails leaves the previous
dataset as it was.
"""
from __future__ import annotations

import json
import os
import shutil
import uuid
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from saylau.errors import SaylauError

TABLES = ("documents", "events")
STAGING = ".staging"


def staging_folder(output: Path) -> Path:
    """A fresh staging folder inside `output` (what a failed run left there is cleared)."""
    staging = output / STAGING
    shutil.rmtree(staging, ignore_errors=True)
    for table in TABLES:
        (staging / table).mkdir(parents=True)
    return staging


def part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def _parquet():
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise SaylauError("datasets are Parquet, which needs pyarrow; run pip install 'saylau[dask]'") from None
    return pq


def write_part(staging: Path, table: str, index: int, records: list[dict[str, Any]]) -> None:
    """One partition's rows of `table`, renamed into place only once complete."""
    from saylau.exports.parquet import arrow_table, dataset_event_schema, document_schema

    pq = _parquet()
    schema = document_schema() if table == "documents" else dataset_event_schema()
    final = staging / table / part_name(index)
    temporary = final.with_name(f".{final.name}.{uuid.uuid4().hex}")
    pq.write_table(arrow_table(records, schema), temporary, compression="zstd")
    os.replace(temporary, final)


def publish(staging: Path, output: Path, partitions: int) -> None:
    """Swap the staged tables in for the previous ones; the staging folder is removed."""
    for table in TABLES:
        for stray in (staging / table).glob(".part-*"):  # a lost worker's unfinished file
            stray.unlink()
        written = len(list((staging / table).glob("part-*.parquet")))
        if written != partitions:
            raise SaylauError(f"{output}: {written} of {partitions} partitions of {table} were written; run again")
    for table in TABLES:
        old = output / f".old-{table}"
        shutil.rmtree(old, ignore_errors=True)
        if (output / table).exists():
            os.replace(output / table, old)
        os.replace(staging / table, output / table)
        shutil.rmtree(old, ignore_errors=True)
    shutil.rmtree(staging, ignore_errors=True)


def discard(staging: Path) -> None:
    """Remove what a failed run staged, and its output folder if that is left empty."""
    shutil.rmtree(staging, ignore_errors=True)
    try:
        staging.parent.rmdir()  # only when empty: a previous dataset is never touched
    except OSError:
        pass


@dataclass(frozen=True)
class Part:
    """One partition of a dataset as read back: its document rows and its event rows by document."""

    documents: list[dict[str, Any]]
    events: dict[tuple[str, str], list[dict[str, Any]]]  # (content hash, doc id) -> event rows, in order


def dataset_parts(folder: Path) -> list[str]:
    """The part names of a dataset folder, checked to hold both tables for each."""
    missing = [table for table in TABLES if not (folder / table).is_dir()]
    if missing:
        raise SaylauError(
            f"{folder}: not a Saylau dataset (no {' or '.join(m + '/' for m in missing)}); "
            "make one with saylau extract --engine dask --output DIR"
        )
    names = sorted(p.name for p in (folder / "documents").glob("part-*.parquet"))
    unmatched = [name for name in names if not (folder / "events" / name).is_file()]
    if unmatched:
        raise SaylauError(f"{folder}: events/{unmatched[0]} is missing; run the extraction again")
    return names


def count_documents(folder: Path) -> int:
    """Documents in a dataset, from the Parquet footers (nothing else is read)."""
    pq = _parquet()
    return sum(pq.ParquetFile(folder / "documents" / name).metadata.num_rows for name in dataset_parts(folder))


def read_parts(folder: Path, batch: int) -> Iterator[Part]:
    """The dataset in pieces of at most `batch` documents with their events, in part order."""
    pq = _parquet()
    for name in dataset_parts(folder):
        events: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for row in pq.read_table(folder / "events" / name).to_pylist():
            events[row["content_hash"], row["doc_id"]].append(row)
        for piece in pq.ParquetFile(folder / "documents" / name).iter_batches(batch_size=batch):
            documents = piece.to_pylist()
            keys = [(d["content_hash"], d["doc_id"]) for d in documents]
            yield Part(documents, {key: events.pop(key, []) for key in keys})


def event_from_row(row: dict[str, Any]) -> dict[str, Any]:
    """An event row of the dataset as the interchange record `Event.from_dict` reads."""
    record = dict(row)
    record["evidence"] = json.loads(row["evidence"] or "{}")
    published = row.get("published")
    record["published"] = published.isoformat() if isinstance(published, date) else published
    return record
