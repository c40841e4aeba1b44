"""Scale-out: the same paragraphs extracted on one core, then on a Dask LocalCluster of 1 and
of 2 worker processes; then the 2-worker dataset loaded into a store.

Writes `--paragraphs` JSON Lines records (200,000 by default), each one paragraph of samples/
(English, Russian, Kazakh) with settlement names swapped at random and a numbered closing
sentence, so every text is its own document. Prints paragraphs per second for each run and
the speed-up ratios, then the rows per second of `saylau load` into `--db` (PostgreSQL to
measure COPY; a temporary SQLite file by default) and the time of the stories pass after it.
The clusters are started, and their workers given the reference data, before the clock runs:
the figures are of extraction, as a long run sees it. The machine's load average is printed
too, since a shared machine slows every figure.

Run: .venv/bin/python bench/scale_out.py [--paragraphs N] [--db URL] [--partition-size N]
"""
from __future__ import annotations

import argparse
import functools
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from ingest_throughput import sample_paragraphs  # bench/ is on the path of a script run from it


def generate(path: Path, count: int, seed: int = 7) -> None:
    from saylau.reference import load_settlements

    rng = random.Random(seed)
    base = sample_paragraphs()  # the paragraphs ingest_throughput.py draws from
    names = [s.name for s in load_settlements()]
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            text = rng.choice(base)
            swapped = [name for name in names if name in text and rng.random() < 0.5]
            text = functools.reduce(lambda t, name: t.replace(name, rng.choice(names)), swapped, text)
            record = {"id": f"p{number:07d}", "text": f"{text} Report {number}."}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def run_local(path: Path) -> float:
    """Seconds for `saylau extract` on one core (reference data built beforehand)."""
    from saylau import workflow
    from saylau.extract import load_resources

    load_resources()
    start = time.perf_counter()
    for _ in workflow.extract_inputs([str(path)]):
        pass
    return time.perf_counter() - start


def run_dask(path: Path, workers: int, output: Path, warm: Path, partition_size: int) -> float:
    """Seconds for the Dask engine on a LocalCluster of `workers` processes, started and warm."""
    from dask.distributed import LocalCluster

    from saylau.scale.dask_run import extract_to_dataset

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        extract_to_dataset([str(warm)], output.parent / f"warm-{workers}", scheduler=cluster.scheduler_address,
                           partition_size=50)  # fmt: skip
        start = time.perf_counter()
        summary = extract_to_dataset([str(path)], output, scheduler=cluster.scheduler_address, partition_size=partition_size)
        seconds = time.perf_counter() - start
    if summary.failed:
        sys.exit(f"{summary.failed} inputs failed: {summary.failures[0]}")
    return seconds


def run_load(folder: Path, db: str) -> None:
    from saylau.scale.load import load_dataset
    from saylau.store import open_store

    with open_store(db) as store:
        start = time.perf_counter()
        summary = load_dataset(folder, store)
        total = time.perf_counter() - start
    print(
        f"load into {store.url.split(':', 1)[0]}: {summary.new:,} documents + {summary.events:,} events = "
        f"{summary.rows:,} rows in {summary.seconds:.1f} s = {summary.rows / summary.seconds:,.0f} rows/s; "
        f"stories pass {total - summary.seconds:.1f} s ({summary.storied / max(total - summary.seconds, 1e-9):,.0f} documents/s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=200_000)
    parser.add_argument("--partition-size", type=int, default=2000)
    parser.add_argument("--db", default=None, help="store to load into (default: a temporary SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="saylau-scale-") as tmp:
        corpus, warm = Path(tmp) / "paragraphs.jsonl", Path(tmp) / "warm.jsonl"
        generate(corpus, args.paragraphs)
        generate(warm, 200, seed=3)
        n = args.paragraphs
        print(f"{n:,} paragraphs; {os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f} at the start")
        local = run_local(corpus)
        print(f"local, one process:     {local:7.1f} s  {n / local:8,.0f} paragraphs/s")
        one = run_dask(corpus, 1, Path(tmp) / "out-1", warm, args.partition_size)
        print(f"dask, 1 worker:         {one:7.1f} s  {n / one:8,.0f} paragraphs/s  ({local / one:.2f}x local)")
        two = run_dask(corpus, 2, Path(tmp) / "out-2", warm, args.partition_size)
        print(f"dask, 2 workers:        {two:7.1f} s  {n / two:8,.0f} paragraphs/s  ({local / two:.2f}x local, {one / two:.2f}x 1 worker)")
        print(f"load average {os.getloadavg()[0]:.1f} at the end")
        run_load(Path(tmp) / "out-2", args.db or f"sqlite:///{tmp}/bench.db")


if __name__ == "__main__":
    main()
