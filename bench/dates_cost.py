"""What dating costs beside extraction, and how many documents and events get a date.

Reads the news-shaped development sets (tests/data/news/*.jsonl, real-shaped pages in three
languages) without their published dates, as saved text files arrive, and measures on one
core, in turns over several passes:
  1. extraction alone (`extract_events`);
  2. dating alone: the document's date (`document_date`) and each event's (`date_events`);
and prints the share of documents dated (by dateline or text) and of events dated.
A 4 MB document of paragraphs that each name a day is timed too (`--large`).
Run: .venv/bin/python bench/dates_cost.py [--passes N] [--large]
"""
from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LARGE_PARAGRAPH = (
    "Candidates of the Auyl party met with voters in Kokshetau on 2 March and discussed water supply, "
    "roads, schools and the price of fuel for the spring sowing.\n"
)


def read_documents():
    from saylau.model import Document

    docs = []
    for path in sorted((ROOT / "tests" / "data" / "news").glob("dev_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if "text" not in record:  # a gold line, not a document
                continue
            docs.append(Document(id=record["id"], text=record["text"], title=record.get("title"), lang=record.get("lang")))
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--large", action="store_true", help="also time a 4 MB document")
    args = parser.parse_args()

    from saylau.extract import extract_events
    from saylau.ingest.dates import document_date
    from saylau.ingest.event_dates import date_events

    docs = read_documents()
    extracted = [extract_events(doc) for doc in docs]  # warm the resources
    extract_time = dating_time = 0.0
    for _ in range(args.passes):
        start = time.process_time()
        extracted = [extract_events(doc) for doc in docs]
        extract_time += time.process_time() - start
        start = time.process_time()
        whens = [document_date(doc) for doc in docs]
        dated = [date_events(events, doc, when) for events, doc, when in zip(extracted, docs, whens)]
        dating_time += time.process_time() - start
    sources = Counter(when.source or "undated" for when in whens)
    events = [event for batch in dated for event in batch]
    own = sum(1 for batch, when in zip(dated, whens) for event in batch if event.published not in (None, when.day))
    print(f"{len(docs)} documents without metadata dates, {len(events)} events, {args.passes} passes, one core (CPU time)")
    print(f"extraction {extract_time / args.passes:.2f} s/pass; dating {dating_time / args.passes:.3f} s/pass "
          f"({dating_time / extract_time:.1%} of extraction)")
    print("documents dated by " + ", ".join(f"{name} {n}" for name, n in sorted(sources.items())))
    print(f"events with a date: {sum(e.published is not None for e in events)} of {len(events)} "
          f"({own} with a day of their own, not their document's)")
    if args.large:
        from saylau.model import Document, Event, Span

        text = LARGE_PARAGRAPH * (4_000_000 // len(LARGE_PARAGRAPH))
        doc = Document(id="large", text=text)
        fake = [Event(doc_id="large", paragraph=i, evidence={"event_type": (Span(35, 38),)}) for i in range(text.count("\n"))]
        start = time.process_time()
        when = document_date(doc)
        date_events(fake, doc, when)
        print(f"4 MB document, {len(fake):,} paragraphs each naming a day, one event each: dated in {time.process_time() - start:.2f} s")


if __name__ == "__main__":
    main()
