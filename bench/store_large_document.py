"""Store time of one large document: must grow with its size, not with size × events.

Builds documents of 1, 2 and 4 MB from the English sample paragraphs (one paragraph a
line, so that every paragraph can give events), extracts their events once, then times
`Store.add_documents` into a fresh SQLite store, and the whole ingest (`ingest_items`:
dating, extraction, near-duplicate signature, store) of the same document into another.
Issue 13 measured 10.5, 24.5 and 57.4 s of ingest for 1, 2 and 4 MB before the content hash
was computed once per document.

Run: .venv/bin/python bench/store_large_document.py [--sizes 1 2 4] [--store-only] [--src <checkout>/src]
(--src measures another checkout, e.g. the code before the fix, with this one's samples).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def sample_text() -> str:
    lines = []
    for path in sorted((ROOT / "samples" / "en").glob("*.txt")):
        lines.extend(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return "\n".join(lines) + "\n"


def document_of(megabytes: int, base: str):
    from saylau.model import Document

    size = megabytes * 1024 * 1024
    text = (base * (size // len(base.encode("utf-8")) + 1))[:size]
    return Document(id=f"large-{megabytes}mb.txt", text=text, lang="en", source="bench")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 2, 4], help="document sizes in MB")
    parser.add_argument("--store-only", action="store_true", help="time the store alone, not the whole ingest")
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the saylau package folder to measure")
    args = parser.parse_args()
    sys.path.insert(0, str(args.src.resolve()))

    from saylau.extract import EXTRACTOR_VERSION, extract_events
    from saylau.store import open_store
    from saylau.workflow import ingest_items

    base = sample_text()
    extract_events(document_of(1, base[:2000]))  # load the reference data before timing
    print(f"{'size':>6} {'events':>8} {'extract s':>10} {'store s':>9} {'ingest s':>9}")
    for megabytes in args.sizes:
        doc = document_of(megabytes, base)
        with tempfile.TemporaryDirectory() as folder:
            start = time.perf_counter()
            events = extract_events(doc)
            extracted = time.perf_counter() - start
            with open_store(f"sqlite:///{folder}/store.db") as store:
                start = time.perf_counter()
                store.add_documents([(doc, events)], EXTRACTOR_VERSION)
                stored = time.perf_counter() - start
            ingested = float("nan")
            if not args.store_only:
                fresh = document_of(megabytes, base)  # nothing computed on it yet
                with open_store(f"sqlite:///{folder}/ingest.db") as store:
                    start = time.perf_counter()
                    ingest_items([fresh], store, workers=1)
                    ingested = time.perf_counter() - start
        print(f"{megabytes:>4} MB {len(events):>8} {extracted:>10.2f} {stored:>9.2f} {ingested:>9.2f}")


if __name__ == "__main__":
    main()
