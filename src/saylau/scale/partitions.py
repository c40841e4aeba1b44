"""The inputs of a distributed run, shared out as partitions of about `size` documents.

A partition names what to read, never the text: a handful of files, a range of lines of one
JSON Lines file, or one row group of a Parquet file. The client only lists files and counts
lines; the workers read, so the text goes from the disk to the worker that needs it. Each
document is named exactly as a run on one machine names it (the same FileEntry ids and
sources, the same "<file>:<line>" in errors), which keeps the two runs' outputs equal.
"""
from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from saylau.errors import InputError, SaylauError
from saylau.ingest.files import JSONL_SUFFIXES, READABLE, FileEntry, list_path, read_entry
from saylau.ingest.limits import MAX_FILE_BYTES
from saylau.ingest.parquet import PARQUET_SUFFIXES, parquet_row_groups, read_parquet_row_group
from saylau.model import Document

DEFAULT_SIZE = 2000  # documents (lines, files) per partition: seconds of work for one worker
_COUNT_CHUNK = 1 << 20


@dataclass(frozen=True)
class Share:
    """One file, or the part of it one worker reads: its lines (JSONL) or a row group (Parquet)."""

    entry: FileEntry
    lines: range | None = None
    row_group: int | None = None


@dataclass(frozen=True)
class Partition:
    index: int
    shares: tuple[Share, ...]


def plan_partitions(paths: Iterable[str], size: int = DEFAULT_SIZE) -> tuple[list[Partition], list[InputError]]:
    """The partitions of `paths`, in input order, and the inputs that cannot be read at all."""
    if size < 1:
        raise SaylauError(f"--partition-size {size} is not a number of documents (1 or more)")
    partitions: list[Partition] = []
    errors: list[InputError] = []
    files: list[Share] = []

    def close(shares: list[Share]) -> None:
        if shares:
            partitions.append(Partition(len(partitions), tuple(shares)))

    for path in paths:
        if str(path) == "-":
            raise SaylauError("--engine dask reads files and folders its workers can open, not standard input (-)")
        for entry in list_path(path, READABLE | PARQUET_SUFFIXES):
            if isinstance(entry, InputError):
                errors.append(entry)
                continue
            suffix = entry.path.suffix.lower()
            if suffix not in JSONL_SUFFIXES and suffix not in PARQUET_SUFFIXES:
                files.append(Share(entry))
                if len(files) == size:
                    close(files)
                    files = []
                continue
            close(files)
            files = []
            for share in _split(entry, size, errors):
                close([share])
    close(files)
    return partitions, errors


def _split(entry: FileEntry, size: int, errors: list[InputError]) -> Iterator[Share]:
    """The shares of one JSONL file (line ranges) or Parquet file (row groups)."""
    if entry.path.suffix.lower() in PARQUET_SUFFIXES:
        groups = parquet_row_groups(entry.path, entry.source)
        if isinstance(groups, InputError):
            errors.append(groups)
            return
        for group in range(groups):
            yield Share(entry, row_group=group)
        return
    lines = _count_lines(entry)
    for start in range(1, lines + 1, size):
        stop = start + size if start + size <= lines else sys.maxsize  # the last share reads to the end
        yield Share(entry, lines=range(start, stop))


def _count_lines(entry: FileEntry) -> int:
    """Lines of a JSON Lines file by its newline bytes (1 when unreadable or too large: the
    worker that reads it then reports why, as a run on one machine does)."""
    newlines = 0
    last = b"\n"
    try:
        if entry.path.stat().st_size > MAX_FILE_BYTES:
            return 1
        with entry.path.open("rb") as handle:
            while chunk := handle.read(_COUNT_CHUNK):
                newlines += chunk.count(b"\n")
                last = chunk[-1:]
    except OSError:
        return 1
    return max(1, newlines + (last != b"\n"))  # a last line without its newline counts too


def read_partition(partition: Partition) -> Iterator[Document | InputError]:
    """The documents and failures of one partition, in input order (runs on a worker)."""
    for share in partition.shares:
        if share.row_group is not None:
            yield from read_parquet_row_group(share.entry.path, share.entry.source, share.row_group)
        else:
            yield from read_entry(share.entry, lines=share.lines)
