"""`saylau extract --engine dask`: the extractor mapped over the partitions of the inputs.

The client plans partitions (partitions.py) and submits one task per partition. A task reads
its partition on the worker, extracts each document as `saylau extract` does on one machine
(workflow.extract_items), writes the partition's documents and events into the dataset's
staging folder (dataset.py) and returns only counts and the failed inputs. Results stay on
disk, so nothing large travels through the scheduler.

Reference data: a worker plugin builds the extractor's resources when a worker starts, and
extract.load_resources keeps them for the life of that process; tasks carry a partition's
description only. A worker lost mid-run loses its tasks, which Dask runs again on the others
(and the rewritten part files are the same); the run then publishes a dataset equal to the
one an undisturbed run gives.

Without a scheduler address a LocalCluster of one process per core is started. With one
(`tcp://host:8786`), any Dask cluster serves: dask-kubernetes, dask-jobqueue and Coiled all
give such an address; their workers need Saylau installed and the inputs and output folder
at the same paths (a shared file system).
"""
from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from saylau.errors import InputError, SaylauError
from saylau.scale import dataset
from saylau.scale.partitions import DEFAULT_SIZE, Partition, plan_partitions, read_partition

RETRIES = 2  # a task that raises (not a lost worker: Dask reschedules those itself) is tried again


@dataclass(frozen=True)
class PartitionResult:
    """What a task sends back: counts, and its failed inputs as (source, reason)."""

    index: int
    documents: int
    events: int
    failures: tuple[tuple[str, str], ...]


@dataclass
class ExtractSummary:
    partitions: int = 0
    documents: int = 0
    events: int = 0
    seconds: float = 0.0  # from a ready cluster to the last partition written
    failures: list[InputError] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)


def extract_to_dataset(
    paths: Iterable[str],
    output: Path,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    partition_size: int = DEFAULT_SIZE,
    min_confidence: float | None = None,
    on_partition: Callable[[PartitionResult, int], None] | None = None,
    timeout: float | None = None,
) -> ExtractSummary:
    """Extract the events of `paths` on a Dask cluster into the dataset folder `output`.

    Failed inputs are collected per partition and returned in input order (those found while
    planning first); the dataset is published only when every partition is written.
    `on_partition(result, total)` is called as each partition finishes.
    """
    partitions, planning_failures = plan_partitions(paths, partition_size)
    output = output.resolve()
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SaylauError(f"{output}: cannot create the output folder ({exc.strerror or exc})") from None
    staging = dataset.staging_folder(output)
    results: list[PartitionResult] = []
    seconds = 0.0
    try:
        if partitions:
            with dask_client(scheduler, workers) as client:
                started = time.perf_counter()  # the cluster's start-up is not the run's
                results = list(_run(client, partitions, staging, min_confidence, on_partition, timeout))
                seconds = time.perf_counter() - started
        dataset.publish(staging, output, len(partitions))
    except BaseException:
        dataset.discard(staging)  # the previous dataset, if any, stays as it was
        raise
    summary = ExtractSummary(partitions=len(partitions), seconds=seconds)
    summary.failures.extend(planning_failures)
    for result in sorted(results, key=lambda r: r.index):
        summary.documents += result.documents
        summary.events += result.events
        summary.failures.extend(InputError(source, reason) for source, reason in result.failures)
    return summary


def _run(client, partitions: list[Partition], staging: Path, min_confidence, on_partition, timeout) -> Iterator[PartitionResult]:
    from dask.distributed import as_completed

    run = uuid.uuid4().hex  # keys of their own, so a second run is not served this one's results
    futures = client.map(
        extract_partition, partitions, staging=str(staging), min_confidence=min_confidence,
        key=[f"saylau-extract-{run}-{p.index}" for p in partitions], retries=RETRIES,
    )
    try:
        for future in as_completed(futures, timeout=timeout):
            result = future.result()
            if on_partition is not None:
                on_partition(result, len(partitions))
            yield result
    except TimeoutError:
        raise SaylauError(f"the cluster did not finish in {timeout:g} s; the dataset was not changed") from None
    finally:
        client.cancel(futures)


def extract_partition(partition: Partition, staging: str, min_confidence: float | None = None) -> PartitionResult:
    """Read, extract and write one partition (runs on a worker)."""
    from saylau import workflow
    from saylau.exports import event_record
    from saylau.extract import EXTRACTOR_VERSION

    documents: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    failures: list[tuple[str, str]] = []
    for item in workflow.extract_items(read_partition(partition)):
        if isinstance(item, InputError):
            failures.append((item.source, item.reason))
            continue
        doc, found = item
        documents.append(_document_record(doc, EXTRACTOR_VERSION))
        paragraphs = dict(doc.paragraphs()) if found else {}
        for event in found:
            if min_confidence is not None and round(event.confidence, 3) < min_confidence:
                continue
            record = event_record(event, text=paragraphs.get(event.paragraph))
            record["content_hash"] = doc.content_hash
            events.append(record)
    dataset.write_part(Path(staging), "documents", partition.index, documents)
    dataset.write_part(Path(staging), "events", partition.index, events)
    return PartitionResult(partition.index, len(documents), len(events), tuple(failures))


def _document_record(doc, extractor_version: str) -> dict[str, Any]:
    return {
        "content_hash": doc.content_hash, "doc_id": doc.id, "title": doc.title, "url": doc.url,
        "published": doc.published, "lang": doc.lang, "source": doc.source, "text": doc.text,
        "extractor_version": extractor_version,
    }


@contextmanager
def dask_client(scheduler: str | None, workers: int | None = None) -> Iterator[Any]:
    """A Client of the cluster at `scheduler`, else of a LocalCluster of `workers` processes
    (one per core by default), each worker's reference data built when it starts."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise SaylauError("--engine dask needs Dask; run pip install 'saylau[dask]'") from None
    cluster = None
    try:
        if scheduler is None:
            count = workers or os.cpu_count() or 1
            cluster = LocalCluster(n_workers=count, threads_per_worker=1, processes=True, dashboard_address=None)
            client = Client(cluster)
        else:
            client = Client(scheduler, timeout="20s")
    except (OSError, ValueError) as exc:  # unreachable, or not an address (ValueError)
        if cluster is not None:
            cluster.close()
        where = f"the Dask scheduler at {scheduler}" if scheduler else "a local Dask cluster"
        raise SaylauError(f"cannot reach {where} ({exc}); give --scheduler tcp://host:8786") from None
    try:
        from saylau.scale.worker_plugin import PreloadReference

        client.register_plugin(PreloadReference(), name="saylau-reference")
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
