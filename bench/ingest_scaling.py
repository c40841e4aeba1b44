"""Does storing grow linearly? With the size of one document, and with the number of documents.

1. Documents of 1, 2, 4 and 8 MB (the English samples repeated, one paragraph a line, as in
   store_large_document.py): their events are extracted once, then `Store.add_documents`
   into a fresh SQLite store is timed. Linear means the seconds per MB stay flat; issue 13
   measured store times that doubled more than the size did (a hash per event).
2. A folder of `--docs` small news files (100,000 by default; written as in
   ingest_throughput.py) through the whole ingest into a fresh SQLite store, with the time
   spent in the store's writes (documents, events, stories) summed per batch. Linear means
   the store time per document of the last batches is that of the first ones: filing a
   document in its story must not slow down as the store fills.

Run: .venv/bin/python bench/ingest_scaling.py [--sizes 1 2 4 8] [--docs N] [--workers N]
Timing goals live here, not in the tests.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent / "src"))
sys.path.insert(0, str(BENCH))

from ingest_throughput import generate  # noqa: E402  (the corpus of the throughput bench)
from store_large_document import document_of, sample_text  # noqa: E402

from saylau.extract import EXTRACTOR_VERSION, extract_events  # noqa: E402
from saylau.store import Store, open_store  # noqa: E402
from saylau.workflow import ingest_into_store  # noqa: E402


def large_documents(sizes: list[int]) -> None:
    base = sample_text()
    extract_events(document_of(1, base[:2000]))  # load the reference data before timing
    print(f"{'size':>6} {'events':>8} {'store s':>8} {'cpu s':>7} {'s per MB':>9}")
    per_mb = []
    for megabytes in sizes:
        doc = document_of(megabytes, base)
        events = extract_events(doc)
        with tempfile.TemporaryDirectory() as folder, open_store(f"sqlite:///{folder}/store.db") as store:
            start, cpu = time.perf_counter(), time.process_time()
            store.add_documents([(doc, events)], EXTRACTOR_VERSION)
            stored, cpu = time.perf_counter() - start, time.process_time() - cpu
        per_mb.append(stored / megabytes)
        print(f"{megabytes:>3} MB {len(events):>8,} {stored:>8.2f} {cpu:>7.2f} {stored / megabytes:>9.2f}")
    print(f"seconds per MB, largest over smallest: {per_mb[-1] / per_mb[0]:.2f} (1.0 is linear)")


def many_documents(count: int, workers: int | None) -> None:
    spent: list[tuple[int, float]] = []  # (new documents, CPU seconds) per stored batch
    write = Store.add_documents_in_stories

    def timed(self, batch, version, sketches):
        start = time.process_time()  # this process's own time: the workers extract meanwhile
        answers = write(self, batch, version, sketches)
        spent.append((sum(answer is not None for answer in answers), time.process_time() - start))
        return answers

    Store.add_documents_in_stories = timed
    with tempfile.TemporaryDirectory(prefix="saylau-scaling-") as tmp:
        folder = Path(tmp) / "news"
        generate(folder, count)
        with open_store(f"sqlite:///{tmp}/store.db") as store:
            start = time.perf_counter()
            summary = ingest_into_store([str(folder)], store, workers=workers)
            elapsed = time.perf_counter() - start
    Store.add_documents_in_stories = write
    stored = sum(seconds for _, seconds in spent)
    tenths = [spent[len(spent) * part // 10 : len(spent) * (part + 1) // 10] for part in range(10)]
    per_document = [sum(s for _, s in part) / max(1, sum(n for n, _ in part)) * 1000 for part in tenths if part]
    print(
        f"{summary.new:,} documents ({summary.reprints:,} reprints, {summary.events:,} events) in {elapsed:.1f} s "
        f"= {summary.new / elapsed:,.0f} documents/s; store writes {stored:.1f} CPU s in {len(spent)} batches"
    )
    print("store CPU ms per document, by tenth of the batches: " + " ".join(f"{ms:.2f}" for ms in per_document))
    print(f"last tenth over first: {per_document[-1] / per_document[0]:.2f} (1.0 is linear)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1, 2, 4, 8], help="document sizes in MB (none: skip)")
    parser.add_argument("--docs", type=int, default=100_000, help="small documents in the folder (0: skip)")
    parser.add_argument("--workers", type=int, default=None, help="extraction processes (default: one per core)")
    args = parser.parse_args()
    if args.sizes:
        large_documents(args.sizes)
    if args.docs:
        many_documents(args.docs, args.workers)


if __name__ == "__main__":
    main()
