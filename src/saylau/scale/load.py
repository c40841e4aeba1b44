"""`saylau load DIR`: a dataset folder (dataset.py) into the store, then its stories.

Documents are loaded in batches of BATCH_SIZE with their events, each batch in one
transaction (COPY on PostgreSQL, batched inserts on SQLite: Store.load_documents). A document
whose text (content hash) is stored already is skipped with its events, so loading the same
folder twice, or again after an interruption, leaves the store as one load does.

Stories (near-duplicates) come after the documents, over the whole store: every document
without a story, in content-hash order, is compared with the stories stored and those before
it, as an ingest files a new document (store/stories.py: file_in_stories), a page per transaction.
An interrupted load leaves documents without stories; the next run of the same command gives
them theirs.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from saylau.model import Document, Event
from saylau.scale.dataset import Part, event_from_row, read_parts
from saylau.store import Store

BATCH_SIZE = 2000
STORY_PAGE = 1000


@dataclass
class LoadSummary:
    new: int = 0
    seen: int = 0
    events: int = 0
    storied: int = 0  # documents given a story after the load
    reprints: int = 0  # of those, documents that joined another document's story
    seconds: float = 0.0  # loading documents and events (stories not counted)

    @property
    def rows(self) -> int:
        """Document and event rows written."""
        return self.new + self.events


def load_dataset(
    folder: Path,
    store: Store,
    on_documents: Callable[[int], None] | None = None,
    on_stories: Callable[[int], None] | None = None,
    batch_size: int = BATCH_SIZE,
) -> LoadSummary:
    """Load every part of the dataset at `folder` into `store`, then assign missing stories.

    `on_documents(n)` is called after each stored batch of n documents, `on_stories(n)`
    after each page of n documents given stories.
    """
    summary = LoadSummary()
    started = time.perf_counter()
    for part in read_parts(folder, batch_size):
        for version, pairs in _by_version(part).items():
            for (_, events), is_new in zip(pairs, store.load_documents(pairs, version)):
                summary.new += is_new
                summary.seen += not is_new
                summary.events += len(events) if is_new else 0
        if on_documents is not None:
            on_documents(len(part.documents))
    summary.seconds = time.perf_counter() - started
    assign_missing_stories(store, summary, on_stories)
    return summary


def _by_version(part: Part) -> dict[str, list[tuple[Document, list[Event]]]]:
    """The part's (document, events) pairs by the extractor version that made the events
    (one version in a dataset from one run; a store records it per document)."""
    grouped: dict[str, list[tuple[Document, list[Event]]]] = {}
    for row in part.documents:
        doc = Document(
            id=row["doc_id"], text=row["text"], title=row["title"], url=row["url"],
            published=row["published"], lang=row["lang"], source=row["source"],
        )
        events = [Event.from_dict(event_from_row(e)) for e in part.events[row["content_hash"], row["doc_id"]]]
        grouped.setdefault(row["extractor_version"] or "", []).append((doc, events))
    return grouped


def assign_missing_stories(store: Store, summary: LoadSummary, on_page: Callable[[int], None] | None = None) -> None:
    """Give every stored document without a story its story (see the module docstring), as
    an ingest files them: the same grouping, under the same lock."""
    from saylau.ingest.nearduplicates import band_keys, signature

    after = ""
    while page := store.documents_without_story(after, STORY_PAGE):
        sketches = {}
        for key, text, published in page:
            sig = signature(text)
            sketches[key] = (sig, band_keys(sig), published)
        _, joined = store.file_stored_in_stories(sketches)
        summary.storied += len(page)
        summary.reprints += len(joined)
        if on_page is not None:
            on_page(len(page))
        after = page[-1][0]
