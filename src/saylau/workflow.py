"""The jobs that tie the layers together: read inputs, extract events, store both.

Shared by the CLI, the API and the demo so that each of them ingests the same way. The
layers below stay independent of one another; only this module and the shells combine them.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Iterator

from .errors import InputError
from .extract import EXTRACTOR_VERSION, extract_events
from .ingest import read_inputs
from .model import Document, Event
from .store import Store

BATCH_SIZE = 200


@dataclass
class IngestSummary:
    new: int = 0
    seen: int = 0
    events: int = 0
    failures: list[InputError] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)


def extract_inputs(paths: Iterable[str]) -> Iterator[tuple[Document, list[Event]] | InputError]:
    """Documents with their events, and the inputs that failed, in input order."""
    for item in read_inputs(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield item, _dated(extract_events(item), item)


def _dated(events: list[Event], doc: Document) -> list[Event]:
    """Events carry the date of their document (the store filters on it)."""
    if doc.published is None:
        return events
    return [replace(e, published=doc.published) for e in events]


def ingest_into_store(
    paths: Iterable[str],
    store: Store,
    on_item: Callable[[str], None] | None = None,
) -> IngestSummary:
    """Ingest every input; a failed input is recorded and the rest go on.

    Documents are written in batches, each batch in one transaction, so an interruption
    loses at most the batch in flight and never leaves half a document; re-running the same
    command skips what is stored already (documents are keyed by content hash).
    """
    summary = IngestSummary()
    batch: list[tuple[Document, list[Event]]] = []

    def flush() -> None:
        if not batch:
            return
        for (_, events), is_new in zip(batch, store.add_documents(batch, EXTRACTOR_VERSION)):
            if is_new:
                summary.new += 1
                summary.events += len(events)
            else:
                summary.seen += 1
        batch.clear()

    for item in extract_inputs(paths):
        if isinstance(item, InputError):
            summary.failures.append(item)
            label = item.source
        else:
            batch.append(item)
            label = item[0].id
            if len(batch) >= BATCH_SIZE:
                flush()
        if on_item is not None:
            on_item(label)
    flush()
    return summary


def reextract(store: Store, on_item: Callable[[str], None] | None = None) -> tuple[int, int]:
    """Rebuild the events of documents made by another extractor version: (documents, events)."""
    docs = events = 0
    for doc in list(store.documents_needing_reextract(EXTRACTOR_VERSION)):
        new_events = _dated(extract_events(doc), doc)
        store.replace_events(doc.content_hash, new_events, EXTRACTOR_VERSION)
        docs += 1
        events += len(new_events)
        if on_item is not None:
            on_item(doc.id)
    return docs, events
