"""Ingest throughput: a folder of generated news files into a fresh SQLite store.

Writes `--docs` text files (100,000 by default) into a temporary folder, 1,000 per
subfolder. Each file is two to four paragraphs drawn from samples/ (English, Russian,
Kazakh) with settlement names swapped at random and a dateline of its own, so the corpus is
varied but, like real news, holds some near-duplicates. Then it runs the same pipeline as
`saylau ingest` (reading, a process pool for extraction, batched commits, near-duplicate
stories), with a progress bar, and prints documents per second. A second pass over the same
folder measures the resume path (everything is already stored, so nothing is extracted).

Run: .venv/bin/python bench/ingest_throughput.py [--docs N] [--workers N] [--folder DIR]
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

ROOT = Path(__file__).resolve().parents[1]
MONTHS_RU = ("января", "февраля", "марта", "апреля", "мая", "июня")


def sample_paragraphs() -> list[str]:
    paragraphs = []
    for path in sorted((ROOT / "samples").glob("*/*.txt")):
        paragraphs.extend(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    if not paragraphs:
        sys.exit("no sample paragraphs under samples/")
    return paragraphs


def generate(folder: Path, count: int, seed: int = 11) -> None:
    from saylau.reference import load_settlements

    rng = random.Random(seed)
    base = sample_paragraphs()
    names = [s.name for s in load_settlements()]
    for number in range(count):
        sub = folder / f"part{number // 1000:03d}"
        if number % 1000 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        paragraphs = []
        for text in rng.sample(base, rng.randint(2, 4)):
            for name in names:
                if name in text and rng.random() < 0.5:
                    text = text.replace(name, rng.choice(names))
            paragraphs.append(text)
        dateline = f"{rng.randint(1, 28)} {rng.choice(MONTHS_RU)} 2023 года, сообщение {number}."
        (sub / f"{number:06d}.txt").write_text(dateline + "\n" + "\n".join(paragraphs) + "\n", encoding="utf-8")


def ingest(folder: Path, db: str, workers: int | None, label: str):
    from saylau import workflow
    from saylau.store import open_store

    progress = Progress(
        TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), transient=False
    )
    with open_store(db) as store, progress:
        task = progress.add_task(label, total=count_files(folder))
        start = time.perf_counter()
        summary = workflow.ingest_into_store(
            [str(folder)], store, on_item=lambda _: progress.advance(task), workers=workers
        )
        elapsed = time.perf_counter() - start
        events = store.count_events(copies=True)
    return summary, elapsed, events


def count_files(folder: Path) -> int:
    return sum(1 for _ in folder.rglob("*.txt"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=None, help="default: one per core")
    parser.add_argument("--folder", type=Path, default=None, help="reuse or keep the generated folder here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="saylau-bench-") as tmp:
        folder = args.folder or Path(tmp) / "news"
        existing = count_files(folder) if folder.exists() else 0
        if existing != args.docs:
            start = time.perf_counter()
            generate(folder, args.docs)
            print(f"generated {args.docs:,} documents in {time.perf_counter() - start:.1f} s")
        db = f"sqlite:///{tmp}/bench.db"
        summary, elapsed, events = ingest(folder, db, args.workers, "ingest")
        print(
            f"ingest: {summary.new:,} documents ({summary.failed} failed, {summary.reprints:,} reprints), "
            f"{events:,} events in {elapsed:.1f} s = {summary.new / elapsed:,.0f} documents/s"
        )
        again, elapsed, _ = ingest(folder, db, args.workers, "re-run")
        print(f"re-run: {again.seen:,} already stored, {again.new} new in {elapsed:.1f} s = {again.seen / elapsed:,.0f} documents/s")


if __name__ == "__main__":
    main()
