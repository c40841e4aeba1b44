"""The jobs that tie the layers together: read inputs, extract events, store both.

Shared by the CLI, the API and the demo so that each of them ingests the same way. The
layers below stay independent of one another; only this module and the shells combine them.

An ingest is a pipeline built for folders of 100,000 files on a small machine:

1. the main process reads inputs (files, folders, feeds) in batches of BATCH_SIZE and asks
   the store, in one query per batch, which content hashes it holds already: those are
   counted as already stored and never extracted, so re-running an interrupted ingest
   skips its finished part at the cost of reading it;
2. the new documents go to a process pool (one worker per core) that dates them (their
   published date, else a date written in their text), extracts their events and computes
   their near-duplicate signature; meanwhile the main process reads the next batch;
3. the main process assigns each document its story (near-duplicates of a stored or
   earlier document join that document's story) and writes the batch in one transaction.

A batch is stored whole or not at all, and batches are written in input order, so an
ingest killed at any point (Ctrl-C, kill -9, a power cut) leaves a store that the same
command completes to exactly the store an uninterrupted run gives.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import islice
from pathlib import Path

from .errors import InputError, SaylauError
from .extract import EXTRACTOR_VERSION, extract_events
from .ingest import read_inputs
from .ingest.dates import find_date
from .ingest.feeds import read_feed
from .ingest.nearduplicates import THRESHOLD, band_keys, signature, similarities
from .ingest.storable import check_document
from .model import Document, Event
from .store import Store

BATCH_SIZE = 1000
PARALLEL_FROM = 200  # new documents in one batch before a process pool is worth starting

Item = Document | InputError


@dataclass
class IngestSummary:
    new: int = 0
    seen: int = 0
    events: int = 0
    reprints: int = 0  # new documents that are near-duplicates of another (same story)
    failures: list[InputError] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)


@dataclass(frozen=True)
class Analysed:
    """What a worker computes for one document; the document itself stays in the parent."""

    published: date | None
    events: list[Event]
    signature: bytes
    bands: list[int]


def read_sources(
    paths: Iterable[str] = (), feeds: Iterable[str] = (), allow_private: bool = False
) -> Iterator[Item]:
    """Documents and failures from files/folders, then from feeds (URLs or files)."""
    yield from read_inputs(list(paths))
    for feed in feeds:
        yield from read_feed(feed, allow_private=allow_private)


def dated(doc: Document) -> Document:
    """The document with its published date, else the first date its text gives, else none."""
    if doc.published is not None:
        return doc
    found = find_date(doc.text)
    return doc if found is None else replace(doc, published=found)


def analyse(doc: Document) -> Analysed:
    """Date, events and near-duplicate signature of one document (pure; runs in workers)."""
    doc = dated(doc)
    sig = signature(doc.text)
    return Analysed(doc.published, _dated(extract_events(doc), doc), sig, band_keys(sig))


def extract_inputs(paths: Iterable[str]) -> Iterator[tuple[Document, list[Event]] | InputError]:
    """Documents with their events, and the inputs that failed, in input order."""
    return extract_items(read_inputs(paths))


def extract_items(items: Iterable[Item]) -> Iterator[tuple[Document, list[Event]] | InputError]:
    """`extract_inputs` over items already read: the one way a document becomes events
    without a store, shared by `saylau extract` and by its workers on a cluster."""
    for item in map(_checked, items):
        if isinstance(item, InputError):
            yield item
        else:
            doc = dated(item)
            yield doc, _dated(extract_events(doc), doc)


def _checked(item: Item) -> Item:
    """A document no store can keep (NUL, a lone surrogate) becomes its input's error here,
    before it is hashed or joins a batch that its failure would abort."""
    return check_document(item) if isinstance(item, Document) else item


def _dated(events: list[Event], doc: Document) -> list[Event]:
    """Events carry the date of their document (the store filters on it)."""
    if doc.published is None:
        return events
    return [replace(e, published=doc.published) for e in events]


def ingest_into_store(
    paths: Iterable[str],
    store: Store,
    on_item: Callable[[str], None] | None = None,
    *,
    feeds: Iterable[str] = (),
    allow_private: bool = False,
    workers: int | None = None,
) -> IngestSummary:
    """Ingest every input (files, folders, then feeds); a failed input is recorded and the rest go on.

    See the module docstring for the pipeline. `workers` defaults to the number of cores;
    1 extracts in this process. `on_item` is called once per input item, when it is settled.
    """
    return ingest_items(read_sources(paths, feeds, allow_private), store, on_item, workers=workers)


def ingest_items(
    items: Iterable[Item],
    store: Store,
    on_item: Callable[[str], None] | None = None,
    *,
    workers: int | None = None,
) -> IngestSummary:
    """The pipeline over already-read items (documents and failures), e.g. from a feed poll."""
    summary = IngestSummary()
    notify = on_item or (lambda label: None)
    pending: deque[tuple[list[tuple[Document, str]], _Result]] = deque()
    in_flight: set[str] = set()  # hashes of documents sent to extraction but not yet stored
    with _Analyser(workers) as analyser:
        iterator = map(_checked, items)
        while chunk := list(islice(iterator, BATCH_SIZE)):
            fresh = _fresh_documents(chunk, store, in_flight, summary, notify)
            pending.append((fresh, analyser.submit([doc for doc, _ in fresh])))
            if len(pending) > 1:
                _commit(*pending.popleft(), store, summary, notify, in_flight)
        while pending:
            _commit(*pending.popleft(), store, summary, notify, in_flight)
    return summary


def _fresh_documents(
    chunk: Sequence[Item],
    store: Store,
    in_flight: set[str],
    summary: IngestSummary,
    notify: Callable[[str], None],
) -> list[tuple[Document, str]]:
    """The chunk's documents that are neither stored nor on their way; the rest are settled."""
    docs = [(item, item.content_hash) for item in chunk if isinstance(item, Document)]
    known = store.known_hashes(key for _, key in docs)
    fresh = []
    for item in chunk:
        if isinstance(item, InputError):
            summary.failures.append(item)
            notify(item.source)
    for doc, key in docs:
        if key in known or key in in_flight:
            summary.seen += 1
            notify(doc.id)
        else:
            in_flight.add(key)
            fresh.append((doc, key))
    return fresh


def _commit(
    fresh: list[tuple[Document, str]],
    result: "_Result",
    store: Store,
    summary: IngestSummary,
    notify: Callable[[str], None],
    in_flight: set[str],
) -> None:
    """Assign stories to a batch of analysed documents and store it in one transaction."""
    analysed = result.get()
    if not fresh:
        return
    keys = [a.bands for a in analysed]
    stories = assign_stories([key for _, key in fresh], [a.signature for a in analysed], keys, store)
    pairs = []
    sketches = {}
    for (doc, key), found, bands in zip(fresh, analysed, keys):
        pairs.append((doc if found.published == doc.published else replace(doc, published=found.published), found.events))
        sketches[key] = (stories[key], found.signature, bands)
    for (doc, key), (_, events), is_new in zip(fresh, pairs, store.add_documents(pairs, EXTRACTOR_VERSION, sketches)):
        in_flight.discard(key)
        if is_new:
            summary.new += 1
            summary.events += len(events)
            summary.reprints += stories[key] != key
        else:
            summary.seen += 1
        notify(doc.id)


def assign_stories(
    hashes: Sequence[str], signatures: Sequence[bytes], keys: Sequence[Sequence[int]], store: Store
) -> dict[str, str]:
    """content hash -> story for a batch, in order: each joins its most similar predecessor's
    story (stored, or earlier in the batch) when similar enough, else starts its own."""
    stored = store.story_candidates(key for bands in keys for key in bands)
    local: dict[int, list[tuple[str, str, bytes]]] = {}
    stories: dict[str, str] = {}
    for key, sig, bands in zip(hashes, signatures, keys):
        found = {other: (story, other_sig) for band in bands
                 for other, story, other_sig in stored.get(band, []) + local.get(band, []) if other != key}
        best: tuple[float, str] | None = None
        if found:
            scores = similarities(sig, [other_sig for _, other_sig in found.values()])
            for score, (story, _) in zip(scores, found.values()):
                if score >= THRESHOLD and (best is None or (score, story) > best):
                    best = (float(score), story)
        stories[key] = best[1] if best else key
        if stories[key] == key:  # only a story's first document stands for it (as in the store)
            for band in bands:
                local.setdefault(band, []).append((key, key, sig))
    return stories


class _Result:
    """A batch analysed in this process: the same `get()` as a pool's AsyncResult."""

    def __init__(self, value: list[Analysed]):
        self._value = value

    def get(self) -> list[Analysed]:
        return self._value


class _Analyser:
    """Runs `analyse` over batches: here for small ones, in a process pool for large ones.

    The pool is started on the first batch with PARALLEL_FROM new documents, so a small
    ingest never pays for starting workers. Workers are spawned (not forked): the parent
    holds database connections and a progress-bar thread that a fork would copy.
    """

    def __init__(self, workers: int | None):
        self.workers = max(1, workers if workers is not None else (os.cpu_count() or 1))
        self._pool = None

    def submit(self, docs: list[Document]):
        if self._pool is None and (self.workers == 1 or len(docs) < PARALLEL_FROM):
            return _Result([analyse(doc) for doc in docs])
        if self._pool is None:
            self._pool = multiprocessing.get_context("spawn").Pool(self.workers, initializer=_ignore_interrupts)
        chunk = max(1, len(docs) // (self.workers * 4))
        return self._pool.map_async(analyse, docs, chunksize=chunk)

    def __enter__(self) -> "_Analyser":
        return self

    def __exit__(self, exc_type, *rest) -> None:
        if self._pool is None:
            return
        if exc_type is None:
            self._pool.close()
        else:
            self._pool.terminate()
        self._pool.join()


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which stops the pool: one message, not one per worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


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


def sample_corpus() -> Path:
    """The illustrative corpus the demo ingests: samples/ of the working folder, else the copy
    shipped inside the package (so that `saylau demo` works from any install)."""
    from importlib import resources

    for candidate in (Path.cwd() / "samples", Path(str(resources.files("saylau") / "samples"))):
        if candidate.is_dir():
            return candidate
    raise SaylauError("the samples/ folder was not found; give your own folder with --samples")


def sample_news(folder: Path) -> list[str]:
    """The news of a sample folder: everything but its READMEs and the election results,
    which describe the samples rather than report a campaign."""
    return [str(p) for p in sorted(folder.iterdir()) if not p.name.lower().startswith("readme") and p.name != "results"]